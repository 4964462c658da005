#pragma once

#include "models/history/historydatabase.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

class BenchHistoryStore;
class CompareHistoryStore;
class PairHistoryStore;

// Opens the history database and its stores, the one way the app and every CLI command do it: the
// default file (~/.local/share/tokscope/history.sqlite) unless a path is given, WAL and migrations
// when writing. ReadOnly never creates anything: a missing file fails with fileMissing(), and a store
// whose part of the history was never written stays null (nothing to show). Owns the connection on
// the thread that called open().
class HistoryStores final
{
    Q_DISABLE_COPY_MOVE(HistoryStores)
    Q_DECLARE_TR_FUNCTIONS(HistoryStores)

public:
    HistoryStores();
    ~HistoryStores();

    // path empty = HistoryDatabase::defaultPath(). False: errorString() says why, every store is null.
    bool open(const QString &path, HistoryDatabase::Mode mode = HistoryDatabase::Mode::ReadWrite);
    QString errorString() const { return m_error; }
    QString path() const { return m_database.path(); }
    bool fileMissing() const { return m_database.fileMissing(); }

    bool isOpen() const { return m_database.isOpen(); }
    HistoryDatabase &database() { return m_database; }
    CompareHistoryStore *compare() const { return m_compare.get(); }
    BenchHistoryStore *bench() const { return m_bench.get(); }
    PairHistoryStore *pair() const { return m_pair.get(); }

private:
    HistoryDatabase m_database;
    std::unique_ptr<CompareHistoryStore> m_compare;
    std::unique_ptr<BenchHistoryStore> m_bench;
    std::unique_ptr<PairHistoryStore> m_pair;
    QString m_error;
};
