// tokscope-cli: the same engine as the GUI, headless. Commands register themselves (clicommand.h).
#include "app/cli/clicommand.h"
#include "models/settings/appdatadir.h"
#include "translations/translationloader.h"

#include <QCoreApplication>
#include <QTextStream>

static void printUsage(QTextStream &out)
{
    out << QCoreApplication::translate("CliCommand", "Usage: tokscope-cli <command> [options]") << "\n\n"
        << QCoreApplication::translate("CliCommand", "Commands:") << '\n';
    for (const CliCommand &c : CliCommandRegistry::all())
        out << "  " << c.name.leftJustified(10) << QCoreApplication::translate("CliCommand", c.summary)
            << '\n';
    out << '\n'
        << QCoreApplication::translate("CliCommand", "Options:") << '\n'
        << "  --help      " << QCoreApplication::translate("CliCommand", "Show this list.") << '\n'
        << "  --version   " << QCoreApplication::translate("CliCommand", "Print the version.") << "\n\n"
        << QCoreApplication::translate("CliCommand",
                                       "Run 'tokscope-cli <command> --help' for a command's options.")
        << '\n';
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("tokscope"));
    QCoreApplication::setOrganizationName(QStringLiteral("tokscope"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TOKSCOPE_VERSION));
    TranslationLoader::install(app, qEnvironmentVariable("TOKSCOPE_LANG"));

    QStringList args = app.arguments();
    args.removeFirst();
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (args.isEmpty() || args.first() == QLatin1String("--help") || args.first() == QLatin1String("-h")) {
        printUsage(args.isEmpty() ? err : out);
        return args.isEmpty() ? 2 : 0;
    }
    if (args.first() == QLatin1String("--version")) {
        out << "tokscope-cli " << TOKSCOPE_VERSION << '\n';
        return 0;
    }
    for (const QString &note : AppDataDir::adoptLegacyFiles())
        err << "tokscope-cli: " << note << '\n';
    const QString name = args.takeFirst();
    const CliCommand *command = CliCommandRegistry::find(name);
    if (!command) {
        err << "tokscope-cli: unknown command '" << name << "'\n\n";
        printUsage(err);
        return 2;
    }
    return command->run(args);
}
