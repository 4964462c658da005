// The metric registry (MetricInfo) is the one owner of every metric fact: its views agree with it,
// and the README's metric table is the one it generates.
#include "models/compare/comparemetrics.h"
#include "models/measure/metricdefinitions.h"
#include "models/measure/metricinfo.h"

#include <QFile>
#include <QSet>
#include <QTest>

class TestMetricRegistry : public QObject
{
    Q_OBJECT

private slots:
    void everyRowIsComplete()
    {
        QSet<QString> keys;
        QSet<int> tableRanks;
        QSet<int> summaryRanks;
        for (const MetricInfo &m : MetricInfo::all()) {
            const QString key = m.keyString();
            QVERIFY2(!keys.contains(key), qPrintable(key));
            keys.insert(key);
            QVERIFY2(m.label && m.definition && m.origin, qPrintable(key));
            QVERIFY2((m.real != nullptr) != (m.count != nullptr), qPrintable(key));
            QCOMPARE(m.isCount(), m.unit == MetricInfo::Unit::Tokens);
            QVERIFY2(m.tableRank == 0 || !tableRanks.contains(m.tableRank), qPrintable(key));
            QVERIFY2(m.summaryRank == 0 || !summaryRanks.contains(m.summaryRank), qPrintable(key));
            tableRanks.insert(m.tableRank);
            summaryRanks.insert(m.summaryRank);
            QCOMPARE(MetricInfo::find(key), &m);
        }
        QVERIFY(!MetricInfo::find(QStringLiteral("nope")));
    }

    void accessorRoundTrips()
    {
        double x = 1.5;
        for (const MetricInfo &m : MetricInfo::all()) {
            ResponseMetrics r;
            QVERIFY(!m.value(r));
            QCOMPARE(m.source(r), MetricSource::None);
            m.setValue(r, x);
            const double expected = m.isCount() ? double(qint64(x)) : x;
            QCOMPARE(m.value(r), expected);
            QVERIFY2(m.source(r) != MetricSource::None || m.sourceField, m.key);
            // Every metric reads its own field: no two rows share one.
            for (const MetricInfo &other : MetricInfo::all())
                if (&other != &m)
                    QVERIFY2(other.value(r) != m.value(r), qPrintable(m.keyString() + u' ' + other.keyString()));
            x += 1;
        }
    }

    void viewsAgreeWithTheRegistry()
    {
        QCOMPARE(MetricDefinitions::all().size(), MetricInfo::all().size());
        for (const MetricInfo &m : MetricInfo::all()) {
            const std::optional<MetricDefinition> d = MetricDefinitions::find(m.keyString());
            QVERIFY(d);
            QCOMPARE(d->label, m.displayName());
            QCOMPARE(d->definition, m.definitionText());
            QCOMPARE(CompareMetric::find(m.keyString()), &m);
        }
        QCOMPARE(MetricInfo::find(QStringLiteral("decode_tps"))->columnTitle(), QStringLiteral("Raw decode tok/s"));
        QCOMPARE(MetricInfo::find(QStringLiteral("completion_tokens"))->columnTitle(), QStringLiteral("Completion tokens"));
        QCOMPARE(MetricInfo::find(QStringLiteral("thinking_ratio"))->exportDecimals(), 4);
        QCOMPARE(MetricInfo::keyMetrics().first()->keyString(), QStringLiteral("ttft_ms"));
    }

    void readmeTableIsTheRegistry()
    {
        QFile f(QStringLiteral(TOKSCOPE_SOURCE_DIR "/README.md"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString readme = QString::fromUtf8(f.readAll());
        const QString begin = QStringLiteral("<!-- metric table: generated from MetricInfo (models/measure/metricinfo.cpp) -->\n");
        const QString end = QStringLiteral("<!-- end of metric table -->");
        const qsizetype a = readme.indexOf(begin);
        const qsizetype b = readme.indexOf(end);
        QVERIFY2(a >= 0 && b > a, "README.md lacks the metric table markers");
        const QString table = readme.mid(a + begin.size(), b - a - begin.size());
        const QString expected = MetricInfo::markdownTable();
        if (table != expected)
            qWarning().noquote() << "README.md metric table should read:\n" << expected;
        QCOMPARE(table, expected);
    }
};

QTEST_GUILESS_MAIN(TestMetricRegistry)
#include "tst_metricregistry.moc"
