#include "models/history/historystores.h"

#include "models/history/benchhistorystore.h"
#include "models/history/comparehistorystore.h"
#include "models/history/pairhistorystore.h"

HistoryStores::HistoryStores() = default;

HistoryStores::~HistoryStores()
{
    // The stores use the database's connection: drop them before it closes.
    m_pair.reset();
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
    auto pair = std::make_unique<PairHistoryStore>(m_database);
    if (!readOnly || m_database.schemaVersion(PairHistoryStore::component()) > 0) {
        if (!pair->open()) {
            m_error = pair->errorString();
            m_bench.reset();
            m_compare.reset();
            return false;
        }
        m_pair = std::move(pair);
    }
    return true;
}
