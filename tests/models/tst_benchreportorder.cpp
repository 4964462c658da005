// Benchmark exports list rows in suite/task order (the run's suites, each suite's task order, the run's
// node order), not in the order the cells finished (issue 10: "the benchmark Markdown lists rows in
// completion order").
#include "models/bench/benchexporter.h"
#include "models/bench/benchreportorder.h"

#include <QTest>

namespace {

Suite suite(const QString &name, const QStringList &taskIds)
{
    Suite s;
    s.name = name;
    for (const QString &id : taskIds) {
        Task t;
        t.id = id;
        s.tasks.append(t);
    }
    return s;
}

BenchCell cell(const QString &suite, const QString &task, const QString &node)
{
    BenchCell c;
    c.suite = suite;
    c.task = task;
    c.node = node;
    return c;
}

QStringList rows(const BenchReport &r)
{
    QStringList out;
    for (const BenchCell &c : r.cells)
        out << c.suite + QLatin1Char('/') + c.task + QLatin1Char('@') + c.node;
    return out;
}

// Completion order: the fast node's cells first, tasks mixed across suites.
BenchReport completionOrderReport()
{
    BenchReport r;
    r.run.suites = {QStringLiteral("math"), QStringLiteral("coding")};
    for (const QString &n : {QStringLiteral("DGX1"), QStringLiteral("DGX2")}) {
        NodeFingerprint fp;
        fp.node = n;
        r.run.nodes.append(fp);
    }
    r.cells = {cell(QStringLiteral("coding"), QStringLiteral("lru"), QStringLiteral("DGX2")),
               cell(QStringLiteral("math"), QStringLiteral("primes"), QStringLiteral("DGX2")),
               cell(QStringLiteral("math"), QStringLiteral("add"), QStringLiteral("DGX2")),
               cell(QStringLiteral("coding"), QStringLiteral("lru"), QStringLiteral("DGX1")),
               cell(QStringLiteral("math"), QStringLiteral("add"), QStringLiteral("DGX1")),
               cell(QStringLiteral("math"), QStringLiteral("primes"), QStringLiteral("DGX1")),
               cell(QStringLiteral("coding"), QStringLiteral("edited-away"), QStringLiteral("DGX1"))};
    r.verdicts = {TaskVerdict{QStringLiteral("coding"), QStringLiteral("lru"), Verdict::Unanimous, {}, {}},
                  TaskVerdict{QStringLiteral("math"), QStringLiteral("primes"), Verdict::Split, {}, {}},
                  TaskVerdict{QStringLiteral("math"), QStringLiteral("add"), Verdict::AllFail, {}, {}}};
    return r;
}

const QList<Suite> kSuites = {suite(QStringLiteral("coding"), {QStringLiteral("fizz"), QStringLiteral("lru")}),
                              suite(QStringLiteral("math"), {QStringLiteral("add"), QStringLiteral("primes")})};

} // namespace

class TstBenchReportOrder : public QObject
{
    Q_OBJECT
private slots:
    void cellsAndVerdictsInSuiteTaskNodeOrder();
    void markdownListsRowsInSuiteTaskOrder();
};

void TstBenchReportOrder::cellsAndVerdictsInSuiteTaskNodeOrder()
{
    const BenchReport sorted = BenchReportOrder::sorted(completionOrderReport(), kSuites);
    QCOMPARE(rows(sorted), QStringList({QStringLiteral("math/add@DGX1"), QStringLiteral("math/add@DGX2"),
                                        QStringLiteral("math/primes@DGX1"), QStringLiteral("math/primes@DGX2"),
                                        QStringLiteral("coding/lru@DGX1"), QStringLiteral("coding/lru@DGX2"),
                                        QStringLiteral("coding/edited-away@DGX1")}));
    QCOMPARE(sorted.verdicts.size(), 3);
    QCOMPARE(sorted.verdicts[0].task, QStringLiteral("add"));
    QCOMPARE(sorted.verdicts[1].task, QStringLiteral("primes"));
    QCOMPARE(sorted.verdicts[2].task, QStringLiteral("lru"));
}

void TstBenchReportOrder::markdownListsRowsInSuiteTaskOrder()
{
    const QString md =
        QString::fromUtf8(BenchExporter::toMarkdown(BenchReportOrder::sorted(completionOrderReport(), kSuites)));
    const auto at = [&md](const char *row) {
        const qsizetype i = md.indexOf(QLatin1String(row));
        if (i < 0)
            qWarning("missing row %s", row);
        return i;
    };
    const qsizetype add1 = at("| math | add | DGX1 |");
    const qsizetype add2 = at("| math | add | DGX2 |");
    const qsizetype primes1 = at("| math | primes | DGX1 |");
    const qsizetype lru1 = at("| coding | lru | DGX1 |");
    const qsizetype lru2 = at("| coding | lru | DGX2 |");
    QVERIFY(add1 >= 0 && add1 < add2);
    QVERIFY(add2 < primes1);
    QVERIFY(primes1 < lru1);
    QVERIFY(lru1 < lru2);
    const qsizetype vAdd = at("| math | add | ALL_FAIL |");
    const qsizetype vLru = at("| coding | lru | UNANIMOUS |");
    QVERIFY(vAdd >= 0 && vAdd < vLru);
}

QTEST_GUILESS_MAIN(TstBenchReportOrder)
#include "tst_benchreportorder.moc"
