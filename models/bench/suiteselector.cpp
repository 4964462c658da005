#include "models/bench/suiteselector.h"

#include <QFileInfo>

bool SuiteSelector::looksLikePath(const QString &argument)
{
    return argument.contains(QLatin1Char('/')) ||
           argument.endsWith(QLatin1String(".json"), Qt::CaseInsensitive);
}

std::optional<SuiteSelector::Selection> SuiteSelector::select(const QStringList &arguments,
                                                              const SuiteLoadReport &loaded, QString *error)
{
    Selection selection;
    const auto add = [&](const Suite &suite, const QString &argument) {
        for (const Suite &s : std::as_const(selection.suites)) {
            if (s.name == suite.name) {
                *error = tr("suite '%1' is given twice (by '%2')").arg(suite.name, argument);
                return false;
            }
        }
        selection.suites.append(suite);
        return true;
    };
    for (const QString &argument : arguments) {
        if (argument == QLatin1String("all")) {
            for (const Suite &s : loaded.suites)
                if (!add(s, argument))
                    return std::nullopt;
            continue;
        }
        const Suite *byName = loaded.suite(argument);
        const QFileInfo file(argument);
        if (byName && !looksLikePath(argument)) {
            if (!add(*byName, argument))
                return std::nullopt;
            continue;
        }
        if (!looksLikePath(argument) && !file.isFile()) {
            *error = tr("unknown suite '%1' (see --list; a path to a suite file works too)").arg(argument);
            return std::nullopt;
        }
        if (!file.exists()) {
            *error = tr("no suite file %1").arg(argument);
            return std::nullopt;
        }
        QList<SuiteLoadError> errors;
        const std::optional<Suite> suite = SuiteLoader::loadFile(file.absoluteFilePath(), &errors);
        if (!suite) {
            QStringList lines;
            for (const SuiteLoadError &e : std::as_const(errors))
                lines << e.toString();
            *error = tr("suite file %1 is not a valid suite:\n  %2")
                         .arg(argument, lines.join(QStringLiteral("\n  ")));
            return std::nullopt;
        }
        if (!add(*suite, argument))
            return std::nullopt;
        selection.files << file.absoluteFilePath();
    }
    return selection;
}
