// Tokscope GUI entry point: parses the command line, creates the engine objects (AppContext) and shows
// the main window.
#include "app/keychain/keychainsecretstore.h"
#include "models/history/historystores.h"
#include "models/node/nodeconfigstore.h"
#include "models/monitor/nodemonitor.h"
#include "models/settings/appdatadir.h"
#include "models/settings/appsettings.h"
#include "translations/translationloader.h"
#include "widgets/appcontext.h"
#include "widgets/appstyle.h"
#include "widgets/lab/labcontroller.h"
#include "widgets/mainwindow.h"
#include "widgets/history/historypage.h"
#include "widgets/pair/pairpage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLocale>
#include <QStyle>
#include <QTimer>

#include <cstdio>
#include <memory>
#include <optional>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("tokscope"));
    QApplication::setOrganizationName(QStringLiteral("tokscope"));
    QApplication::setApplicationVersion(QStringLiteral(TOKSCOPE_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Dashboard and measurement bench for self-hosted LLM inference nodes."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(
        QStringLiteral("demo"), QCoreApplication::translate("main", "Start the simulated lab (three nodes on "
                                                                    "127.0.0.1) and show it."));
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  QCoreApplication::translate("main", "User interface language: en or ko."),
                                  QStringLiteral("en|ko"));
    const QCommandLineOption db(QStringLiteral("db"),
                                QCoreApplication::translate("main", "History database file."),
                                QStringLiteral("PATH"));
    const QCommandLineOption nodes(
        QStringLiteral("nodes"),
        QCoreApplication::translate("main", "Node list file (default: the saved nodes)."),
        QStringLiteral("FILE"));
    const QCommandLineOption settingsFile(QStringLiteral("settings"),
                                          QCoreApplication::translate("main", "Settings INI file to use."),
                                          QStringLiteral("FILE"));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QCoreApplication::translate("main", "Save a PNG of the main window and quit."),
        QStringLiteral("FILE"));
    const QCommandLineOption screenshotDelay(
        QStringLiteral("screenshot-delay"),
        QCoreApplication::translate("main", "Seconds to wait before --screenshot (default 5)."),
        QStringLiteral("S"), QStringLiteral("5"));
    const QCommandLineOption page(
        QStringLiteral("page"),
        QCoreApplication::translate("main", "Page to show first (0 = Dashboard, 1 = Compare, "
                                            "2 = Benchmarks, 3 = History, 4 = Overview, 5 = Pair)."),
        QStringLiteral("N"));
    const QCommandLineOption quitAfter(
        QStringLiteral("quit-after"),
        QCoreApplication::translate("main", "Quit with exit code 0 after S seconds (smoke tests, demos)."),
        QStringLiteral("S"));
    const QCommandLineOption size(QStringLiteral("size"),
                                  QCoreApplication::translate("main", "Window size, e.g. 1280x720 (for screenshots)."),
                                  QStringLiteral("WxH"));
    parser.addOptions({demo, lang, db, nodes, settingsFile, screenshot, screenshotDelay, page, quitAfter, size});
    parser.process(app);
    std::optional<int> quitAfterMs;
    if (parser.isSet(quitAfter)) {
        bool ok = false;
        const double seconds = parser.value(quitAfter).toDouble(&ok);
        if (!ok || seconds < 0 || seconds > 7 * 24 * 3600) {
            std::fprintf(
                stderr, "tokscope: %s\n",
                qPrintable(QCoreApplication::translate(
                               "main", "--quit-after needs a number of seconds (0 to 604800), not '%1'")
                               .arg(parser.value(quitAfter))));
            return 2;
        }
        quitAfterMs = qRound(seconds * 1000);
    }

    const std::unique_ptr<AppSettings> settingsOwner =
        parser.isSet(settingsFile) ? std::make_unique<AppSettings>(parser.value(settingsFile))
                                   : std::make_unique<AppSettings>();
    AppSettings &settings = *settingsOwner;
    const QString language = parser.isSet(lang) ? parser.value(lang) : settings.language();
    const QString installed = TranslationLoader::install(app, language);
    if (!language.isEmpty())
        QLocale::setDefault(QLocale(installed));
    AppStyle::apply(app);

    KeychainSecretStore keychain;
    NodeConfigStore store(parser.isSet(nodes) ? parser.value(nodes) : NodeConfigStore::defaultFilePath());
    store.setSecretStore(&keychain);
    if (!store.load())
        std::fprintf(stderr, "tokscope: %s\n", qPrintable(store.errorString()));
    for (const QString &warning : store.warnings() + store.keyNotes())
        std::fprintf(stderr, "tokscope: %s\n", qPrintable(warning));

    for (const QString &note : AppDataDir::adoptLegacyFiles())
        std::fprintf(stderr, "tokscope: %s\n", qPrintable(note));
    HistoryStores history;
    const bool databaseOpen =
        history.open(parser.isSet(db) ? parser.value(db) : settings.historyDatabasePath());
    if (!databaseOpen)
        std::fprintf(stderr, "tokscope: %s\n", qPrintable(history.errorString()));

    NodeMonitor monitor;
    AppContext context;
    context.monitor = &monitor;
    context.settings = &settings;
    context.database = databaseOpen ? &history.database() : nullptr;
    context.nodeStore = &store;
    context.compareHistory = history.compare();
    context.benchHistory = history.bench();

    MainWindow window(context);
    window.addStandardPages();
    auto *pairPage = new PairPage(context);
    pairPage->setLabController(window.labController());
    const int pairIndex = window.addPage(pairPage, QCoreApplication::translate("main", "Pair"),
                                         window.style()->standardIcon(QStyle::SP_ArrowRight));
    // The History timeline lists pair runs beside benchmark runs and reopens them on the Pair page.
    if (auto *historyPage = window.findChild<HistoryPage *>()) {
        QObject::connect(historyPage, &HistoryPage::openPairRunRequested, pairPage,
                         [&window, pairPage, pairIndex](qint64 id) {
                             window.setCurrentPage(pairIndex);
                             pairPage->openStored(id);
                         });
        QObject::connect(pairPage, &PairPage::runFinished, historyPage, &HistoryPage::refresh);
    }
    if (parser.isSet(page))
        window.setCurrentPage(parser.value(page).toInt());
    if (!parser.isSet(screenshot)) // screenshots use the default size, not the user's last one
        window.restoreState();
    if (parser.isSet(size)) {
        const QStringList wh = parser.value(size).split(QLatin1Char('x'));
        const int w = wh.value(0).toInt();
        const int h = wh.value(1).toInt();
        if (wh.size() != 2 || w < 200 || h < 200) {
            std::fprintf(stderr, "tokscope: --size wants WIDTHxHEIGHT, e.g. 1280x720\n");
            return 2;
        }
        window.resize(w, h);
    }
    window.show();
    if (parser.isSet(demo)) {
        window.labController()->setCloudNodeEnabled(true); // plus a simulated Anthropic API node
        if (window.startSimulatedLab() && window.currentPage() == pairPage)
            pairPage->runDemo(); // the Pair page's demo: a simulated pair run, then the rubber-stamp test
    } else {
        monitor.setNodes(store.nodes());
        monitor.start();
    }

    if (parser.isSet(screenshot)) {
        const QString file = parser.value(screenshot);
        const int delayMs = qMax(0, qRound(parser.value(screenshotDelay).toDouble() * 1000));
        QTimer::singleShot(delayMs, &window, [&window, file] {
            if (!window.grab().save(file)) {
                std::fprintf(stderr, "tokscope: cannot write %s\n", qPrintable(file));
                QCoreApplication::exit(1);
                return;
            }
            QCoreApplication::quit();
        });
    }
    if (quitAfterMs)
        QTimer::singleShot(*quitAfterMs, &window, [&window] {
            window.close(); // saves the window state like a user's close
            QCoreApplication::exit(0);
        });
    return app.exec();
}
