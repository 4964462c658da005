// Korean complete in what the user sees: every page rendered with the Korean catalogue loaded, and
// every visible label, button, tab, group title, menu and table header checked for English words.
// Names (nodes, backends, suites), units and acronyms are allowed (kAllowed); anything else in Latin
// letters is reported with the page it was found on.
#include "models/history/benchhistorystore.h"
#include "models/history/comparehistorystore.h"
#include "models/history/historydatabase.h"
#include "models/node/nodeconfigstore.h"
#include "models/monitor/nodemonitor.h"
#include "models/settings/appsettings.h"
#include "translations/translationloader.h"
#include "widgets/mainwindow.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocumentFragment>

#include <memory>

namespace {
// Words that stay as they are in Korean: product and protocol names, units, acronyms, file types.
const QStringList kAllowed{
    QStringLiteral("Tokscope"), QStringLiteral("vLLM"),     QStringLiteral("llama"),    QStringLiteral("cpp"),
    QStringLiteral("server"),   QStringLiteral("OpenAI"),   QStringLiteral("DGX"),      QStringLiteral("DGX1"),
    QStringLiteral("DGX2"),     QStringLiteral("Desktop"),  QStringLiteral("5090"),     QStringLiteral("tok"),
    QStringLiteral("TTFT"),     QStringLiteral("TTFA"),     QStringLiteral("TTFR"),     QStringLiteral("TTR"),
    QStringLiteral("ITL"),      QStringLiteral("TCT"),      QStringLiteral("KV"),       QStringLiteral("MTP"),
    QStringLiteral("JSON"),     QStringLiteral("CSV"),      QStringLiteral("PNG"),      QStringLiteral("SVG"),
    QStringLiteral("Markdown"), QStringLiteral("URL"),      QStringLiteral("API"),      QStringLiteral("HTTP"),
    QStringLiteral("metrics"),  QStringLiteral("ms"),       QStringLiteral("min"),      QStringLiteral("max"),
    QStringLiteral("STABLE"),   QStringLiteral("UNSTABLE"), QStringLiteral("PASS"),     QStringLiteral("FAIL"),
    QStringLiteral("UNANIMOUS"), QStringLiteral("MAJORITY"), QStringLiteral("SPLIT"),   QStringLiteral("ALL_FAIL"), QStringLiteral("UNAN"), QStringLiteral("MAJ"),
    QStringLiteral("DONE"),     QStringLiteral("ERROR"),    QStringLiteral("TIMEOUT"),  QStringLiteral("RUNAWAY"),
    QStringLiteral("ON"),       QStringLiteral("OFF"),      QStringLiteral("GPU"),      QStringLiteral("CPU"),
    QStringLiteral("SQLite"),   QStringLiteral("OpenGL"),   QStringLiteral("localhost"), QStringLiteral("http"),
    QStringLiteral("https"),    QStringLiteral("local"),    QStringLiteral("Alpha"),    QStringLiteral("Beta"),
};

QString plain(const QString &text)
{
    return Qt::mightBeRichText(text) ? QTextDocumentFragment::fromHtml(text).toPlainText() : text;
}
} // namespace

class TestKoreanUi : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QStringList m_problems;

    void check(const QString &where, const QString &text)
    {
        static const QRegularExpression word(QStringLiteral("[A-Za-z][A-Za-z_]{2,}"));
        const QString p = plain(text);
        auto it = word.globalMatch(p);
        while (it.hasNext()) {
            const QString w = it.next().captured();
            if (kAllowed.contains(w))
                continue;
            const QString entry = QStringLiteral("%1: \"%2\"").arg(where, p.simplified().left(100));
            if (!m_problems.contains(entry))
                m_problems << entry;
            return;
        }
    }

    void checkWidgets(const QString &where, QWidget *root)
    {
        for (QWidget *w : root->findChildren<QWidget *>()) {
            if (!w->isVisibleTo(root))
                continue;
            if (auto *l = qobject_cast<QLabel *>(w))
                check(where, l->text());
            else if (auto *b = qobject_cast<QAbstractButton *>(w))
                check(where, QString(b->text()).remove(QLatin1Char('&')));
            else if (auto *g = qobject_cast<QGroupBox *>(w))
                check(where, g->title());
            else if (auto *t = qobject_cast<QTabBar *>(w)) {
                for (int i = 0; i < t->count(); ++i)
                    check(where, t->tabText(i));
            } else if (auto *h = qobject_cast<QHeaderView *>(w); h && h->model()) {
                const int n = h->orientation() == Qt::Horizontal ? h->model()->columnCount() : h->model()->rowCount();
                for (int i = 0; i < n; ++i)
                    check(where, h->model()->headerData(i, h->orientation()).toString());
            }
        }
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        const QString installed = TranslationLoader::install(*qApp, QStringLiteral("ko"));
        QVERIFY2(installed.startsWith(QLatin1String("ko")), qPrintable(installed));
        QLocale::setDefault(QLocale(QStringLiteral("ko")));
    }

    void everyPageIsKorean()
    {
        AppSettings settings(m_dir.filePath(QStringLiteral("settings.ini")));
        NodeConfigStore store(m_dir.filePath(QStringLiteral("nodes.json")));
        QList<NodeConfig> nodes;
        for (const char *name : {"Alpha", "Beta"}) {
            NodeConfig n;
            n.id = QString::fromLatin1(name).toLower();
            n.name = QString::fromLatin1(name);
            n.url = QUrl(QStringLiteral("http://127.0.0.1:9"));
            nodes << n;
        }
        QVERIFY(store.setNodes(nodes));
        HistoryDatabase db;
        QVERIFY(db.open(m_dir.filePath(QStringLiteral("history.sqlite"))));
        CompareHistoryStore compareHistory(db);
        QVERIFY(compareHistory.open());
        BenchHistoryStore benchHistory(db);
        QVERIFY(benchHistory.open());
        NodeMonitor monitor;
        monitor.setNodes(store.nodes());
        AppContext c;
        c.monitor = &monitor;
        c.settings = &settings;
        c.nodeStore = &store;
        c.database = &db;
        c.compareHistory = &compareHistory;
        c.benchHistory = &benchHistory;
        MainWindow window(c);
        window.addStandardPages();
        window.resize(1280, 720);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        for (QAction *menu : window.menuBar()->actions())
            check(QStringLiteral("menu"), QString(menu->text()).remove(QLatin1Char('&')));
        for (int i = 0; i < window.pageCount(); ++i) {
            window.setCurrentPage(i);
            QTest::qWait(50);
            checkWidgets(QStringLiteral("page %1 (%2)").arg(i).arg(window.page(i)->objectName()), window.page(i));
        }
        QVERIFY2(m_problems.isEmpty(),
                 qPrintable(QStringLiteral("%1 English string(s) on the Korean screens:\n").arg(m_problems.size()) +
                            m_problems.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TestKoreanUi)
#include "tst_koreanui.moc"
