#include "models/bench/regexcheck.h"

#include "models/bench/textnormalizer.h"

#include <QCoreApplication>

QRegularExpression RegexCheck::compile(const QString &pattern, const QString &flags)
{
    QRegularExpression::PatternOptions options = QRegularExpression::UseUnicodePropertiesOption;
    if (flags.contains(QLatin1Char('i')))
        options |= QRegularExpression::CaseInsensitiveOption;
    if (flags.contains(QLatin1Char('s')))
        options |= QRegularExpression::DotMatchesEverythingOption;
    if (flags.contains(QLatin1Char('m')))
        options |= QRegularExpression::MultilineOption;
    if (flags.contains(QLatin1Char('x')))
        options |= QRegularExpression::ExtendedPatternSyntaxOption;
    return QRegularExpression(pattern, options);
}

CheckResult RegexCheck::evaluate(const Check &check, const QString &text)
{
    CheckResult r;
    const QRegularExpression re = compile(check.pattern, check.flags);
    if (!re.isValid()) {
        r.outcome = CheckOutcome::Failed;
        r.detail = QCoreApplication::translate("RegexCheck", "invalid regex: %1").arg(re.errorString());
        return r;
    }
    // A check that normalizes by default would surprise regex authors: only when explicitly asked.
    const QRegularExpressionMatch m = re.match(check.normalize ? TextNormalizer::normalize(text) : text);
    r.outcome = m.hasMatch() ? CheckOutcome::Passed : CheckOutcome::Failed;
    if (m.hasMatch())
        r.read = m.captured(0).left(300);
    r.detail = m.hasMatch()
                   ? QCoreApplication::translate("RegexCheck", "matched \"%1\"").arg(m.captured(0).left(80))
                   : QCoreApplication::translate("RegexCheck", "no match for /%1/").arg(check.pattern);
    return r;
}
