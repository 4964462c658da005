#include "models/sim/simlab.h"
#include "models/sim/simulatednode.h"

#include "models/itemmodels/nodestatusmodel.h"
#include "models/monitor/nodemonitor.h"
#include "tests/support/scriptedhttpserver.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

class TestNodeStatusModel : public QObject
{
    Q_OBJECT

private:
    static constexpr int WaitMs = 20000;

    static QUrl closedPortUrl()
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(ScriptedHttpServer::unusedPort()));
    }

    static QVariant value(const NodeStatusModel &model, int row, int role)
    {
        return model.data(model.index(row), role);
    }

private slots:
    void rowsAndUnknownsBeforeThePoll()
    {
        NodeMonitor monitor;
        monitor.setNodes(NodeConfig::defaultLab());
        NodeStatusModel model(&monitor);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(value(model, 0, Qt::DisplayRole).toString(), QStringLiteral("DGX1"));
        QCOMPARE(value(model, 2, NodeStatusModel::NameRole).toString(), QStringLiteral("Desktop 5090"));
        QCOMPARE(value(model, 1, NodeStatusModel::NodeRoleRole).toString(), QStringLiteral("reviewer"));
        QCOMPARE(value(model, 0, NodeStatusModel::UrlRole).toUrl(),
                 QUrl(QStringLiteral("http://dgx1.local:30000")));
        QCOMPARE(value(model, 0, NodeStatusModel::HealthRole).toInt(), int(NodeHealth::Unknown));
        for (int role : {NodeStatusModel::ModelRole, NodeStatusModel::ContextRole,
                         NodeStatusModel::LatencyMsRole, NodeStatusModel::KvCacheUsageRole,
                         NodeStatusModel::RequestsRunningRole, NodeStatusModel::RequestsWaitingRole,
                         NodeStatusModel::PromptTpsRole, NodeStatusModel::GenerationTpsRole,
                         NodeStatusModel::LastGoodAgeMsRole, NodeStatusModel::SampleTimeRole})
            QVERIFY2(!value(model, 0, role).isValid(), qPrintable(QString::number(role))); // unknown, never 0
        QCOMPARE(model.nodeId(1), QStringLiteral("dgx2"));
        QCOMPARE(model.rowOf(QStringLiteral("desktop5090")), 2);
        QVERIFY(model.roleNames().value(NodeStatusModel::GenerationTpsRole) == "generationTps");
        QVERIFY(!model.data(model.index(3), Qt::DisplayRole).isValid());
    }

    void samplesUpdateTheirRow()
    {
        SimLab lab;
        QVERIFY(lab.start(0.02));
        QList<NodeConfig> nodes = lab.nodes();
        NodeConfig down;
        down.id = QStringLiteral("down");
        down.name = QStringLiteral("Down node");
        down.url = closedPortUrl();
        nodes.append(down);
        NodeMonitor monitor;
        monitor.setNodes(nodes);
        NodeStatusModel model(&monitor);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        monitor.pollNow();
        QTRY_VERIFY_WITH_TIMEOUT(changed.count() >= 4, WaitMs);
        QSet<int> rows;
        for (const QList<QVariant> &args : std::as_const(changed)) {
            const QModelIndex from = args[0].toModelIndex(), to = args[1].toModelIndex();
            QCOMPARE(from.row(), to.row()); // one row per sample
            rows.insert(from.row());
        }
        QCOMPARE(rows, (QSet<int>{0, 1, 2, 3}));

        const SimulatedNode *dgx1 = lab.server(nodes[0].id);
        QCOMPARE(value(model, 0, NodeStatusModel::HealthRole).toInt(), int(NodeHealth::Up));
        QCOMPARE(value(model, 0, NodeStatusModel::BackendRole).toInt(), int(Backend::Vllm));
        QCOMPARE(value(model, 0, NodeStatusModel::ModelRole).toString(), dgx1->profile().modelId);
        QCOMPARE(value(model, 0, NodeStatusModel::ContextRole).toLongLong(), dgx1->profile().contextLength);
        QVERIFY(value(model, 0, NodeStatusModel::SimulatedRole).toBool());
        QVERIFY(value(model, 0, NodeStatusModel::LatencyMsRole).toDouble() >= 0);
        QVERIFY(value(model, 0, NodeStatusModel::LastGoodAgeMsRole).toLongLong() >= 0);
        QVERIFY(value(model, 0, NodeStatusModel::RequestsRunningRole).isValid());
        QVERIFY(value(model, 0, NodeStatusModel::KvCacheUsageRole).isValid());
        QVERIFY(!value(model, 0, NodeStatusModel::PromptTpsRole).isValid()); // one scrape: no rate yet
        QVERIFY(value(model, 0, NodeStatusModel::SampleTimeRole).toDateTime().isValid());
        QCOMPARE(value(model, 0, NodeStatusModel::ReasonRole).toString(), QString());
        QCOMPARE(value(model, 2, NodeStatusModel::BackendRole).toInt(), int(Backend::LlamaCpp));

        QCOMPARE(value(model, 3, NodeStatusModel::HealthRole).toInt(), int(NodeHealth::Down));
        QCOMPARE(value(model, 3, NodeStatusModel::ReasonRole).toString(),
                 QStringLiteral("connection refused"));
        QVERIFY(!value(model, 3, NodeStatusModel::LatencyMsRole).isValid());
        QVERIFY(!value(model, 3, NodeStatusModel::LastGoodAgeMsRole).isValid());
        QVERIFY(!value(model, 3, NodeStatusModel::SimulatedRole).toBool());

        // A second scrape gives a measured rate (0 tok/s while idle is a measurement, not a default).
        changed.clear();
        monitor.pollNow(nodes[0].id);
        QVERIFY(changed.wait(WaitMs));
        QVERIFY(value(model, 0, NodeStatusModel::GenerationTpsRole).isValid());
    }

    void rowsFollowTheNodeOrder()
    {
        NodeMonitor monitor;
        QList<NodeConfig> nodes = NodeConfig::defaultLab();
        monitor.setNodes(nodes);
        NodeStatusModel model(&monitor);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        nodes[0].name = QStringLiteral("DGX-1");
        monitor.setNodes(nodes); // same rows: data changes, no reset
        QCOMPARE(reset.count(), 0);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(value(model, 0, NodeStatusModel::NameRole).toString(), QStringLiteral("DGX-1"));

        nodes.move(2, 0);
        nodes.removeAt(2);
        monitor.setNodes(nodes);
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.nodeId(0), QStringLiteral("desktop5090"));
        QCOMPARE(model.nodeId(1), QStringLiteral("dgx1"));

        monitor.setNodes({});
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestNodeStatusModel)
#include "tst_nodestatusmodel.moc"
