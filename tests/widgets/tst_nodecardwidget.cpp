#include "models/itemmodels/nodestatusmodel.h"
#include "models/node/backend.h"
#include "models/node/nodehealth.h"
#include "widgets/dashboard/cardformat.h"
#include "widgets/dashboard/nodecardwidget.h"

#include <QLabel>
#include <QProgressBar>
#include <QStandardItemModel>
#include <QTest>
#include <QUrl>

using R = NodeStatusModel::Role;

class TestNodeCardWidget : public QObject
{
    Q_OBJECT
private:
    // The card reads semantic roles from any model row: a QStandardItem stands in for NodeStatusModel.
    static QStandardItem *upNode()
    {
        auto *item = new QStandardItem;
        item->setData(QStringLiteral("dgx1"), R::NodeIdRole);
        item->setData(QStringLiteral("DGX1"), R::NameRole);
        item->setData(QStringLiteral("builder"), R::NodeRoleRole);
        item->setData(QUrl(QStringLiteral("http://dgx1.local:30000")), R::UrlRole);
        item->setData(int(Backend::Vllm), R::BackendRole);
        item->setData(QStringLiteral("Qwen3.5-35B-A3B-FP8"), R::ModelRole);
        item->setData(qint64(262144), R::ContextRole);
        item->setData(int(NodeHealth::Up), R::HealthRole);
        item->setData(qint64(1500), R::LastGoodAgeMsRole);
        item->setData(4.2, R::LatencyMsRole);
        item->setData(0.34, R::KvCacheUsageRole);
        item->setData(2.0, R::RequestsRunningRole);
        item->setData(1.0, R::RequestsWaitingRole);
        item->setData(1980.4, R::PromptTpsRole);
        item->setData(64.84, R::GenerationTpsRole);
        item->setData(false, R::SimulatedRole);
        return item;
    }

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void showsEveryField()
    {
        QStandardItemModel model;
        model.appendRow(upNode());
        NodeCardWidget card;
        card.refresh(model.index(0, 0));
        QCOMPARE(card.nodeId(), QStringLiteral("dgx1"));
        QCOMPARE(card.nameText(), QStringLiteral("DGX1"));
        QCOMPARE(card.health(), NodeHealth::Up);
        QVERIFY(card.statusText().contains(nodeHealthDisplayName(NodeHealth::Up).toUpper()));
        QVERIFY(card.backendText().contains(QLatin1String("vLLM")));
        QVERIFY(card.backendText().contains(QLatin1String("builder")));
        QVERIFY(card.addressText().contains(QLatin1String("dgx1.local:30000")));
        QCOMPARE(card.modelText(), QStringLiteral("Qwen3.5-35B-A3B-FP8"));
        QCOMPARE(card.promptTpsText(), QStringLiteral("1,980"));
        QCOMPARE(card.generationTpsText(), QStringLiteral("64.8"));
        QVERIFY(card.detailText().contains(CardFormat::age(1500)));
        QVERIFY(!card.isSimulatedShown());
        const QProgressBar *kv = card.findChild<QProgressBar *>();
        QVERIFY(kv);
        QCOMPARE(kv->value(), 340);
        QStringList texts;
        for (const QLabel *label : card.findChildren<QLabel *>())
            texts << label->text();
        QVERIFY2(texts.contains(QStringLiteral("262,144 tokens")), qPrintable(texts.join(QLatin1Char('|'))));
        QVERIFY(texts.contains(QStringLiteral("34 %")));
        QVERIFY(texts.contains(QStringLiteral("2 running \u00b7 1 waiting")));
        QVERIFY(texts.contains(QStringLiteral("4.2 ms")));
    }

    void unknownIsADashNeverZero()
    {
        QStandardItemModel model;
        auto *item = new QStandardItem;
        item->setData(QStringLiteral("x"), R::NodeIdRole);
        item->setData(QStringLiteral("Desktop 5090"), R::NameRole);
        item->setData(int(NodeHealth::Down), R::HealthRole);
        item->setData(QStringLiteral("connection refused"), R::ReasonRole);
        item->setData(true, R::SimulatedRole);
        model.appendRow(item);
        NodeCardWidget card;
        card.refresh(model.index(0, 0));
        QCOMPARE(card.health(), NodeHealth::Down);
        QCOMPARE(card.promptTpsText(), CardFormat::unknown());
        QCOMPARE(card.generationTpsText(), CardFormat::unknown());
        QCOMPARE(card.modelText(), CardFormat::unknown());
        QVERIFY(card.detailText().contains(QLatin1String("connection refused")));
        QVERIFY(card.isSimulatedShown());
        for (const QLabel *label : card.findChildren<QLabel *>()) {
            QVERIFY2(label->text() != QLatin1String("0") && !label->text().startsWith(QLatin1String("0 ")),
                     qPrintable(label->text()));
        }
        QVERIFY(!card.findChild<QProgressBar *>()->isEnabled());
    }

    void formats_data()
    {
        QTest::addColumn<QString>("actual");
        QTest::addColumn<QString>("expected");
        QTest::newRow("tps big") << CardFormat::tokensPerSecond(2049.6) << "2,050";
        QTest::newRow("tps small") << CardFormat::tokensPerSecond(6.24) << "6.2";
        QTest::newRow("tps zero") << CardFormat::tokensPerSecond(0.0) << "0";
        QTest::newRow("tps unknown") << CardFormat::tokensPerSecond(QVariant()) << "\u2014";
        QTest::newRow("ms") << CardFormat::milliseconds(37.4) << "37 ms";
        QTest::newRow("ms as s") << CardFormat::milliseconds(1520.0) << "1.52 s";
        QTest::newRow("age now") << CardFormat::age(400) << "just now";
        QTest::newRow("age s") << CardFormat::age(12'300) << "12 s ago";
        QTest::newRow("age min") << CardFormat::age(5 * 60'000) << "5 min ago";
        QTest::newRow("age h") << CardFormat::age(3 * 3'600'000) << "3 h ago";
        QTest::newRow("percent") << CardFormat::percent(0.996) << "100 %";
        QTest::newRow("percent small") << CardFormat::percent(0.004) << "0.4 %";
        QTest::newRow("percent zero") << CardFormat::percent(0.0) << "0 %";
    }
    void formats()
    {
        QFETCH(QString, actual);
        QFETCH(QString, expected);
        QCOMPARE(actual, expected);
    }
};

QTEST_MAIN(TestNodeCardWidget)
#include "tst_nodecardwidget.moc"
