#include "models/compare/compareresultjson.h"
#include "models/history/comparehistorystore.h"
#include "models/history/historydatabase.h"
#include "tests/support/samplecomparerun.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

// CompareHistoryStore: every field survives a save/load, the list, labels, deletes, one transaction
// per run, and the v1 -> v2 migration of an existing database.
class TestCompareHistoryStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString dbPath(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }

    static int rows(HistoryDatabase &db, const QString &sql)
    {
        QSqlQuery q(db.db());
        return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void roundTripKeepsEveryField()
    {
        HistoryDatabase db;
        QVERIFY(db.open(dbPath("roundtrip.sqlite")));
        CompareHistoryStore store(db);
        QVERIFY2(store.open(), qPrintable(store.errorString()));
        QCOMPARE(db.schemaVersion(QStringLiteral("compare")), 4);

        CompareRun run = SampleCompareRun::make();
        // Token usage as a cloud node reports it (migration 4): every kind, one left unknown.
        TokenUsage usage;
        usage.promptTokens = 1200;
        usage.completionTokens = 340;
        usage.reasoningTokens = 200;
        usage.cachedTokens = 1024;
        usage.cacheWriteTokens = 96;
        run.cells.last().result.usage = usage;
        QVERIFY2(store.save(run), qPrintable(store.errorString()));
        const std::optional<CompareRun> loaded = store.load(run.id);
        QVERIFY2(loaded, qPrintable(store.errorString()));
        // Readable first: the same JSON (every key), then exact equality (no rounding anywhere).
        QCOMPARE(QString::fromUtf8(CompareResultJson::toBytes(*loaded)),
                 QString::fromUtf8(CompareResultJson::toBytes(run)));
        QCOMPARE(loaded->cells.size(), run.cells.size());
        for (int i = 0; i < run.cells.size(); ++i)
            QVERIFY2(loaded->cells.at(i) == run.cells.at(i), qPrintable(QStringLiteral("cell %1").arg(i)));
        QCOMPARE(loaded->nodes, run.nodes);
        QCOMPARE(loaded->settings, run.settings);
        QVERIFY(*loaded == run);

        // Unknown numbers are stored as NULL, not 0.
        QCOMPARE(rows(db, QStringLiteral(
                              "SELECT count(*) FROM compare_cells WHERE ttr_ms IS NULL AND warmup = 0")),
                 1);
        QCOMPARE(rows(db, QStringLiteral("SELECT count(*) FROM compare_cells WHERE ttr_ms = 0")), 0);
        QVERIFY(db.integrityOk());
    }

    void savingTwiceReplaces()
    {
        HistoryDatabase db;
        QVERIFY(db.open(dbPath("twice.sqlite")));
        CompareHistoryStore store(db);
        QVERIFY(store.open());
        CompareRun run = SampleCompareRun::make();
        QVERIFY(store.save(run));
        run.cells.removeLast();
        QVERIFY(store.save(run));
        QCOMPARE(store.count(), 1);
        QCOMPARE(store.load(run.id)->cells.size(), run.cells.size());
    }

    void listIsNewestFirstWithPreview()
    {
        HistoryDatabase db;
        QVERIFY(db.open(dbPath("list.sqlite")));
        CompareHistoryStore store(db);
        QVERIFY(store.open());
        CompareRun base = SampleCompareRun::make();
        for (int i = 0; i < 3; ++i) {
            CompareRun r = base;
            r.id = QStringLiteral("run-%1").arg(i);
            r.startedAt = base.startedAt.addDays(i);
            r.label = QString();
            r.settings.prompt =
                i == 2 ? QStringLiteral("first line\nsecond line") : QString(200, QLatin1Char('x'));
            QVERIFY(store.save(r));
        }
        const QList<CompareHistoryEntry> list = store.list();
        QCOMPARE(list.size(), 3);
        QCOMPARE(list.at(0).id, QStringLiteral("run-2"));
        QCOMPARE(list.at(2).id, QStringLiteral("run-0"));
        QCOMPARE(list.at(0).promptPreview, QStringLiteral("first line"));
        QCOMPARE(list.at(1).promptPreview.size(), CompareHistoryStore::PreviewLength);
        QCOMPARE(list.at(0).nodeNames, (QStringList{"DGX1", "Desktop | 5090"}));
        QCOMPARE(list.at(0).cells, 8);
        QCOMPARE(list.at(0).done, 7);
        QCOMPARE(list.at(0).startedAt, base.startedAt.addDays(2));
        QCOMPARE(store.list(1, 1).constFirst().id, QStringLiteral("run-1"));
    }

    void labelAndRemove()
    {
        HistoryDatabase db;
        QVERIFY(db.open(dbPath("label.sqlite")));
        CompareHistoryStore store(db);
        QVERIFY(store.open());
        const CompareRun run = SampleCompareRun::make();
        QVERIFY(store.save(run));
        QVERIFY(store.setLabel(run.id, QStringLiteral("renamed")));
        QCOMPARE(store.load(run.id)->label, QStringLiteral("renamed"));
        QVERIFY(!store.setLabel(QStringLiteral("nope"), QStringLiteral("x")));
        QVERIFY(!store.errorString().isEmpty());
        QVERIFY(store.remove(run.id));
        QCOMPARE(store.count(), 0);
        // Cascade: no orphan nodes or cells.
        QCOMPARE(rows(db, QStringLiteral("SELECT count(*) FROM compare_cells")), 0);
        QCOMPARE(rows(db, QStringLiteral("SELECT count(*) FROM compare_nodes")), 0);
        QVERIFY(!store.load(run.id));
        QVERIFY(!store.remove(run.id));
    }

    void oneRunIsOneTransaction()
    {
        HistoryDatabase db;
        QVERIFY(db.open(dbPath("atomic.sqlite")));
        CompareHistoryStore store(db);
        QVERIFY(store.open());
        // Make the 5th cell insert fail: nothing of the run may remain.
        QSqlQuery q(db.db());
        QVERIFY(q.exec(
            QStringLiteral("CREATE TRIGGER fail_cell BEFORE INSERT ON compare_cells WHEN NEW.cell_index = 4 "
                           "BEGIN SELECT RAISE(ABORT, 'disk on fire'); END")));
        QVERIFY(!store.save(SampleCompareRun::make()));
        QVERIFY2(store.errorString().contains(QStringLiteral("disk on fire")),
                 qPrintable(store.errorString()));
        QCOMPARE(store.count(), 0);
        QCOMPARE(rows(db, QStringLiteral("SELECT count(*) FROM compare_nodes")), 0);
        QCOMPARE(rows(db, QStringLiteral("SELECT count(*) FROM compare_cells")), 0);
    }

    void migratesVersion1Database()
    {
        const QString path = dbPath("v1.sqlite");
        {
            // A database as version 1 wrote it, with one run in it.
            HistoryDatabase db;
            QVERIFY(db.open(path));
            QVERIFY2(
                db.migrate(CompareHistoryStore::component(), CompareHistoryStore::migrations().mid(0, 1)),
                qPrintable(db.lastError()));
            QCOMPARE(db.schemaVersion(CompareHistoryStore::component()), 1);
            QSqlQuery q(db.db());
            QVERIFY(q.exec(QStringLiteral(
                "INSERT INTO compare_runs(id, started_at, prompt, settings_json, tool_version) "
                "VALUES('old-run', '2024-01-02T03:04:05.000Z', 'Old prompt', "
                "'{\"runs\":1,\"warmup\":false}', '0.0.1')")));
            QVERIFY(q.exec(QStringLiteral(
                "INSERT INTO compare_nodes VALUES('old-run', 0, 'DGX1', 'http://dgx1.local:30000', "
                "0, 'vllm', NULL, 'm', NULL)")));
            QVERIFY(q.exec(QStringLiteral(
                "INSERT INTO compare_cells(run_id, cell_index, node_index, thinking, run, warmup, state, "
                "text, reasoning, "
                "flags, chunk_count, ttft_ms, effective_tps) "
                "VALUES('old-run', 0, 0, 0, 1, 0, 'DONE', 'Paris.', '', '[]', 3, 41.5, 12.25)")));
            QVERIFY(!db.db().record(QStringLiteral("compare_runs")).contains(QStringLiteral("label")));
        }
        HistoryDatabase db;
        QVERIFY(db.open(path));
        CompareHistoryStore store(db);
        QVERIFY2(store.open(), qPrintable(store.errorString()));
        QCOMPARE(db.schemaVersion(CompareHistoryStore::component()), 4);
        QVERIFY(db.db().record(QStringLiteral("compare_runs")).contains(QStringLiteral("label")));
        QVERIFY(
            db.db().record(QStringLiteral("compare_cells")).contains(QStringLiteral("effective_tps_source")));
        QCOMPARE(rows(db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = "
                                         "'compare_runs_started'")),
                 1);

        const QList<CompareHistoryEntry> list = store.list();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.constFirst().label, QString());
        QCOMPARE(list.constFirst().promptPreview, QStringLiteral("Old prompt"));
        const std::optional<CompareRun> old = store.load(QStringLiteral("old-run"));
        QVERIFY(old);
        QCOMPARE(old->settings.runs, 1);
        QCOMPARE(old->settings.warmup, false);
        QCOMPARE(old->cells.size(), 1);
        QCOMPARE(old->cells.constFirst().result.text, QStringLiteral("Paris."));
        QCOMPARE(old->cells.constFirst().result.metrics.ttftMs, std::optional<double>(41.5));
        QCOMPARE(old->cells.constFirst().result.metrics.ttrMs, std::nullopt);
        QCOMPARE(old->cells.constFirst().result.metrics.effectiveTpsSource, MetricSource::None);
        QVERIFY(store.setLabel(QStringLiteral("old-run"), QStringLiteral("from v1")));
        // New runs go in next to the old one; opening again changes nothing.
        QVERIFY(store.save(SampleCompareRun::make()));
        QVERIFY(store.open());
        QCOMPARE(store.count(), 2);
        QVERIFY(db.integrityOk());
    }

    void refusesWhenDatabaseClosed()
    {
        HistoryDatabase db;
        CompareHistoryStore store(db);
        QVERIFY(!store.open());
        QVERIFY(!store.errorString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCompareHistoryStore)
#include "tst_comparehistorystore.moc"
