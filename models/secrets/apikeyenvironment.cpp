#include "models/secrets/apikeyenvironment.h"

#include <QCoreApplication>

namespace ApiKeyEnvironment {

QString nameProblem(const QString &name)
{
    if (name.isEmpty())
        return {};
    const auto usable = [](QChar c, bool first) {
        return (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
               (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || c == QLatin1Char('_') ||
               (!first && c >= QLatin1Char('0') && c <= QLatin1Char('9'));
    };
    for (qsizetype i = 0; i < name.size(); ++i) {
        if (!usable(name.at(i), i == 0))
            return QCoreApplication::translate(
                       "ApiKeyEnvironment",
                       "'%1' is not an environment variable name: use letters, digits and _, "
                       "not starting with a digit (e.g. TOKSCOPE_DGX1_KEY).")
                .arg(name);
    }
    return {};
}

QString value(const QString &name)
{
    if (name.isEmpty() || !nameProblem(name).isEmpty())
        return {};
    return qEnvironmentVariable(name.toLatin1().constData());
}

bool isSet(const QString &name)
{
    return !value(name).isEmpty();
}

} // namespace ApiKeyEnvironment
