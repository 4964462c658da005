#include "models/itemmodels/nodeconfigtablemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

namespace {
NodeConfig node(const QString &id, const QString &name)
{
    NodeConfig n;
    n.id = id;
    n.name = name;
    n.url = QUrl(QStringLiteral("http://%1.local:30000").arg(id));
    n.apiKey = QStringLiteral("sk-secret-%1").arg(id);
    return n;
}

QStringList names(const NodeConfigTableModel &model)
{
    QStringList out;
    for (const NodeConfig &c : model.configs())
        out << c.name;
    return out;
}
} // namespace

class TestNodeConfigTableModel : public QObject
{
    Q_OBJECT
private slots:
    void showsColumnsWithoutApiKey()
    {
        NodeConfigTableModel model;
        QAbstractItemModelTester tester(&model);
        model.setConfigs({node(QStringLiteral("a"), QStringLiteral("Alpha"))});
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.columnCount(), int(NodeConfigTableModel::ColumnCount));
        QCOMPARE(model.index(0, NodeConfigTableModel::NameColumn).data().toString(), QStringLiteral("Alpha"));
        QCOMPARE(model.index(0, NodeConfigTableModel::UrlColumn).data().toString(),
                 QStringLiteral("http://a.local:30000"));
        QCOMPARE(model.index(0, 0).data(NodeConfigTableModel::NodeIdRole).toString(), QStringLiteral("a"));
        for (int column = 0; column < model.columnCount(); ++column) {
            for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(Qt::EditRole)})
                QVERIFY(!model.index(0, column).data(role).toString().contains(QLatin1String("secret")));
        }
        // The key is kept for saving, just never displayed.
        QCOMPARE(model.config(0).apiKey, QStringLiteral("sk-secret-a"));
    }

    void moveRows_data()
    {
        QTest::addColumn<int>("from");
        QTest::addColumn<int>("to"); // destinationChild as in QAbstractItemModel::moveRows
        QTest::addColumn<bool>("moved");
        QTest::addColumn<QStringList>("expected");
        const QString a = QStringLiteral("A"), b = QStringLiteral("B"), c = QStringLiteral("C");
        QTest::newRow("first down one") << 0 << 2 << true << QStringList{b, a, c};
        QTest::newRow("first to end") << 0 << 3 << true << QStringList{b, c, a};
        QTest::newRow("last up one") << 2 << 1 << true << QStringList{a, c, b};
        QTest::newRow("last to top") << 2 << 0 << true << QStringList{c, a, b};
        QTest::newRow("onto itself") << 1 << 1 << false << QStringList{a, b, c};
        QTest::newRow("just behind itself") << 1 << 2 << false << QStringList{a, b, c};
        QTest::newRow("out of range") << 3 << 0 << false << QStringList{a, b, c};
    }
    void moveRows()
    {
        QFETCH(int, from);
        QFETCH(int, to);
        QFETCH(bool, moved);
        QFETCH(QStringList, expected);
        NodeConfigTableModel model;
        QAbstractItemModelTester tester(&model);
        model.setConfigs({node(QStringLiteral("a"), QStringLiteral("A")),
                          node(QStringLiteral("b"), QStringLiteral("B")),
                          node(QStringLiteral("c"), QStringLiteral("C"))});
        QCOMPARE(model.moveRows({}, from, 1, {}, to), moved);
        QCOMPARE(names(model), expected);
    }

    void appendSetRemove()
    {
        NodeConfigTableModel model;
        QAbstractItemModelTester tester(&model);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QCOMPARE(model.appendConfig(node(QStringLiteral("a"), QStringLiteral("A"))), 0);
        QCOMPARE(model.appendConfig(node(QStringLiteral("b"), QStringLiteral("B"))), 1);
        NodeConfig edited = model.config(1);
        edited.name = QStringLiteral("Bee");
        model.setConfig(1, edited);
        QCOMPARE(changed.count(), 1);
        model.setConfig(1, edited); // unchanged: no signal
        QCOMPARE(changed.count(), 1);
        QCOMPARE(names(model), (QStringList{QStringLiteral("A"), QStringLiteral("Bee")}));
        QVERIFY(!model.removeRows(1, 2));
        QVERIFY(model.removeRows(0, 1));
        QCOMPARE(names(model), QStringList{QStringLiteral("Bee")});
        QCOMPARE(model.config(5).id, QString()); // out of range: an empty config, no crash
    }
};

QTEST_GUILESS_MAIN(TestNodeConfigTableModel)
#include "tst_nodeconfigtablemodel.moc"
