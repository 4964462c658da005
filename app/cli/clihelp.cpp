#include "app/cli/clihelp.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace CliHelp {

QString commandHelp(const QCommandLineParser &parser, const QString &command)
{
    QString text = parser.helpText();
    const QStringList args = QCoreApplication::arguments();
    const QString program = args.isEmpty() ? QString() : args.constFirst();
    const QString name = QStringLiteral("tokscope-cli ") + command;
    const qsizetype lineEnd = text.indexOf(QLatin1Char('\n'));
    const qsizetype at = program.isEmpty() ? -1 : text.indexOf(program);
    if (at >= 0 && (lineEnd < 0 || at < lineEnd))
        text.replace(at, program.size(), name);
    return text;
}

} // namespace CliHelp
