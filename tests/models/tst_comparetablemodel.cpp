// The side-by-side comparison table: one column per node x mode, one row per metric, mean and
// min-max over DONE runs, source, unknown as unknown, best per row, column sorting, Markdown.
#include "models/itemmodels/comparetablemodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

namespace {
CompareCell cell(int node, bool thinking, int run, RunState state, std::optional<double> ttr,
                 std::optional<double> decode, std::optional<double> prefillMs = std::nullopt)
{
    CompareCell c;
    c.nodeIndex = node;
    c.thinking = thinking;
    c.run = run;
    c.warmup = run == 0;
    c.result.state = state;
    c.result.text = QStringLiteral("same answer");
    c.result.metrics.ttrMs = ttr;
    c.result.metrics.decodeTps = decode;
    c.result.metrics.decodeSource = decode ? MetricSource::Client : MetricSource::None;
    if (prefillMs) {
        c.result.metrics.prefillMs = prefillMs;
        c.result.metrics.prefillSource = MetricSource::Server;
    }
    return c;
}

// Two nodes (B simulated) x thinking ON/OFF, two runs each. Node A thinking ON is the slowest
// (TTR 900/1100) but decodes fastest; node B OFF has no decode speed at all.
CompareRun sampleRun()
{
    CompareRun run;
    run.id = QStringLiteral("r1");
    run.settings.runs = 2;
    CompareNodeInfo a;
    a.name = QStringLiteral("DGX1");
    CompareNodeInfo b;
    b.name = QStringLiteral("Desktop 5090 (simulated)");
    b.simulated = true;
    run.nodes = {a, b};
    run.cells << cell(0, true, 0, RunState::Done, 5000, 1) // warm-up: never counted
              << cell(0, true, 1, RunState::Done, 900, 70, 120) << cell(0, true, 2, RunState::Done, 1100, 80, 130)
              << cell(0, false, 1, RunState::Done, 400, 60) << cell(0, false, 2, RunState::Done, 600, 50)
              << cell(1, true, 1, RunState::Done, 300, 65) << cell(1, true, 2, RunState::Timeout, 9000, 1)
              << cell(1, false, 1, RunState::Done, 200, std::nullopt)
              << cell(1, false, 2, RunState::Done, 200, std::nullopt);
    return run;
}
} // namespace

class TestCompareTableModel : public QObject
{
    Q_OBJECT
private slots:
    void shapeAndHeaders()
    {
        CompareTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.columnCount(), 0);
        model.setRun(sampleRun());
        QCOMPARE(model.columnCount(), 4);
        QVERIFY(model.rowCount() > 10);
        const QString h0 = model.headerData(0, Qt::Horizontal).toString();
        QVERIFY2(h0.contains(QLatin1String("DGX1")) && h0.contains(QLatin1String("ON")), qPrintable(h0));
        QVERIFY(!h0.contains(QLatin1String("SIMULATED")));
        const QString h2 = model.headerData(2, Qt::Horizontal).toString();
        QVERIFY2(h2.contains(QLatin1String("Desktop 5090")) && h2.contains(QLatin1String("SIMULATED")), qPrintable(h2));
        QVERIFY2(!h2.contains(QLatin1String("(simulated)")), qPrintable(h2));
        QCOMPARE(model.headerData(2, Qt::Horizontal, CompareTableModel::SimulatedRole).toBool(), true);
        QVERIFY(model.headerData(model.rowOf(QStringLiteral("ttr_ms")), Qt::Vertical).toString().contains(QLatin1String("ms")));
        model.clear();
        QCOMPARE(model.columnCount(), 0);
    }

    void meanRangeSourceAndUnknown()
    {
        CompareTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRun(sampleRun());
        const int ttr = model.rowOf(QStringLiteral("ttr_ms"));
        const QModelIndex a = model.index(ttr, model.columnOf(0, true));
        QCOMPARE(model.data(a, CompareTableModel::MeanRole).toDouble(), 1000.0); // warm-up not counted
        QCOMPARE(model.data(a, CompareTableModel::MinRole).toDouble(), 900.0);
        QCOMPARE(model.data(a, CompareTableModel::MaxRole).toDouble(), 1100.0);
        QCOMPARE(model.data(a, CompareTableModel::CountRole).toInt(), 2);
        QVERIFY(model.data(a).toString().contains(QLatin1String("1000")));
        QVERIFY(!model.data(a, CompareTableModel::RangeTextRole).toString().isEmpty());

        // The TIMEOUT run is not averaged: one DONE run, no range.
        const QModelIndex bOn = model.index(ttr, model.columnOf(1, true));
        QCOMPARE(model.data(bOn, CompareTableModel::MeanRole).toDouble(), 300.0);
        QVERIFY(model.data(bOn, CompareTableModel::RangeTextRole).toString().isEmpty());
        const QModelIndex runs = model.index(model.rowOf(QStringLiteral("runs")), model.columnOf(1, true));
        QVERIFY2(model.data(runs).toString().contains(QLatin1String("1")), qPrintable(model.data(runs).toString()));

        const int decode = model.rowOf(QStringLiteral("decode_tps"));
        const QModelIndex unknown = model.index(decode, model.columnOf(1, false));
        QVERIFY(!model.data(unknown, CompareTableModel::MeanRole).isValid());
        QCOMPARE(model.data(unknown, CompareTableModel::UnknownRole).toBool(), true);
        QCOMPARE(model.data(unknown).toString(), QStringLiteral("unknown"));

        const int prefill = model.rowOf(QStringLiteral("prefill_ms"));
        QCOMPARE(model.data(model.index(prefill, 0), CompareTableModel::SourceRole).toString(), QStringLiteral("server"));
        QCOMPARE(model.data(model.index(decode, 0), CompareTableModel::SourceRole).toString(), QStringLiteral("client"));
    }

    void bestPerRow()
    {
        CompareTableModel model;
        model.setRun(sampleRun());
        const int ttr = model.rowOf(QStringLiteral("ttr_ms"));
        const int decode = model.rowOf(QStringLiteral("decode_tps"));
        // Lowest TTR wins: node B OFF (200 ms).
        for (int col = 0; col < model.columnCount(); ++col)
            QCOMPARE(model.data(model.index(ttr, col), CompareTableModel::BestRole).toBool(), col == model.columnOf(1, false));
        // Highest decode wins: node A ON (75 tok/s); the unknown one is never best.
        for (int col = 0; col < model.columnCount(); ++col)
            QCOMPARE(model.data(model.index(decode, col), CompareTableModel::BestRole).toBool(), col == model.columnOf(0, true));
        // Counts have no best.
        const int tokens = model.rowOf(QStringLiteral("completion_tokens"));
        for (int col = 0; col < model.columnCount(); ++col)
            QVERIFY(!model.data(model.index(tokens, col), CompareTableModel::BestRole).toBool());
    }

    void sortColumnsByAMetric()
    {
        CompareTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRun(sampleRun());
        const int ttr = model.rowOf(QStringLiteral("ttr_ms"));
        model.sortColumnsByRow(ttr, Qt::AscendingOrder);
        QList<double> means;
        for (int col = 0; col < model.columnCount(); ++col)
            means << model.data(model.index(ttr, col), CompareTableModel::MeanRole).toDouble();
        QCOMPARE(means, (QList<double>{200, 300, 500, 1000}));
        QVERIFY(model.data(model.index(ttr, 0), CompareTableModel::BestRole).toBool()); // best follows the column

        const int decode = model.rowOf(QStringLiteral("decode_tps"));
        model.sortColumnsByRow(decode, Qt::DescendingOrder);
        QCOMPARE(model.data(model.index(decode, 0), CompareTableModel::MeanRole).toDouble(), 75.0);
        // Unknown sorts last in either order.
        QVERIFY(!model.data(model.index(decode, 3), CompareTableModel::MeanRole).isValid());
        model.sortColumnsByRow(decode, Qt::AscendingOrder);
        QVERIFY(!model.data(model.index(decode, 3), CompareTableModel::MeanRole).isValid());
        model.sortColumnsByRow(-1, Qt::AscendingOrder); // out of range: ignored
        QCOMPARE(model.columnCount(), 4);
    }

    void markdownAndTsv()
    {
        CompareTableModel model;
        model.setRun(sampleRun());
        const QString md = model.toMarkdown();
        const QStringList lines = md.trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), model.rowCount() + 2);
        QVERIFY(lines[0].contains(QLatin1String("DGX1")) && lines[0].contains(QLatin1String("SIMULATED")));
        QVERIFY(lines[1].startsWith(QLatin1String("| --- |")));
        QVERIFY2(md.contains(QLatin1String("**200.0 ms**")), qPrintable(md));
        QVERIFY(md.contains(QLatin1String("unknown")));
        QVERIFY(!md.contains(QLatin1String("(simulated)")));

        const int ttr = model.rowOf(QStringLiteral("ttr_ms"));
        const QString tsv = model.toTsv({model.index(ttr, 0), model.index(ttr, 1)});
        const QStringList rows = tsv.trimmed().split(QLatin1Char('\n'));
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows[1].split(QLatin1Char('\t')).size(), 3);
        QVERIFY(rows[1].contains(QLatin1String("1000")));
        QVERIFY(model.toTsv({}).isEmpty());
    }
};

QTEST_MAIN(TestCompareTableModel)
#include "tst_comparetablemodel.moc"
