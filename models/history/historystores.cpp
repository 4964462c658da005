#include "models/history/historystores.h"

#include "models/history/benchhistorystore.h"
#include "models/history/comparehistorystore.h"

HistoryStores::HistoryStores() = default;

HistoryStores::~HistoryStores()
{
    // The stores use the database's connection: drop them before it closes.
    m_bench.reset();
    m_compare.reset();
}

bool HistoryStores::open(const QString &path, HistoryDatabase::Mode mode)
{
    m_error.clear();
    if (!m_database.open(path, mode)) {
        m_error = m_database.fileMissing() ? m_database.lastError()
                                           : tr("cannot open the history database %1: %2")
                                                 .arg(m_database.path(), m_database.lastError());
        return false;
    }
    const bool readOnly = mode == HistoryDatabase::Mode::ReadOnly;
    auto compare = std::make_unique<CompareHistoryStore>(m_database);
    auto bench = std::make_unique<BenchHistoryStore>(m_database);
    if (!readOnly || m_database.schemaVersion(CompareHistoryStore::component()) > 0) {
        if (!compare->open()) {
            m_error = compare->errorString();
            return false;
        }
        m_compare = std::move(compare);
    }
    if (!readOnly || m_database.schemaVersion(BenchHistoryStore::component()) > 0) {
        if (!bench->open()) {
            m_error = bench->errorString();
            m_compare.reset();
            return false;
        }
        m_bench = std::move(bench);
    }
    return true;
}
