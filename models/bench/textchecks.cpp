#include "models/bench/textchecks.h"

#include "models/bench/textnormalizer.h"

#include <QCoreApplication>

namespace {

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_');
}

bool isHangulSyllable(QChar c)
{
    return c.unicode() >= 0xAC00 && c.unicode() <= 0xD7A3;
}

QString shorten(const QString &s)
{
    const QString one = TextNormalizer::collapseWhitespace(s);
    return one.size() > 80 ? one.left(77) + QStringLiteral("...") : one;
}

} // namespace

bool TextChecks::containsWord(const QString &haystack, const QString &needle)
{
    if (needle.isEmpty())
        return true;
    for (qsizetype at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
        const qsizetype end = at + needle.size();
        const bool startOk = at == 0 || !isWordChar(haystack.at(at - 1)) || !isWordChar(needle.front());
        const bool endOk = end >= haystack.size() || !isWordChar(haystack.at(end)) ||
                           !isWordChar(needle.back()) || isHangulSyllable(needle.back());
        if (startOk && endOk)
            return true;
    }
    return false;
}

CheckResult TextChecks::exact(const Check &check, const QString &text)
{
    CheckResult r;
    const QString got = check.normalize ? TextNormalizer::normalizeForExact(text) : text;
    r.read = got.left(300); // what was compared
    for (const QString &value : check.values) {
        const QString want = check.normalize ? TextNormalizer::normalizeForExact(value) : value;
        if (got == want) {
            r.outcome = CheckOutcome::Passed;
            r.detail = QCoreApplication::translate("TextChecks", "equals \"%1\"").arg(shorten(value));
            return r;
        }
    }
    r.outcome = CheckOutcome::Failed;
    r.detail = QCoreApplication::translate("TextChecks", "\"%1\" is not one of: %2")
                   .arg(shorten(text), check.values.join(QStringLiteral(" | ")));
    return r;
}

CheckResult TextChecks::contains(const Check &check, const QString &text)
{
    const QString hay = check.normalize ? TextNormalizer::normalize(text) : text;
    QStringList found;
    QStringList missing;
    for (const QString &value : check.values) {
        const QString needle = check.normalize ? TextNormalizer::normalize(value) : value;
        const bool hit = check.wholeWord ? containsWord(hay, needle) : hay.contains(needle);
        (hit ? found : missing).append(value);
    }
    CheckResult r;
    const bool pass = check.matchAll ? missing.isEmpty() : !found.isEmpty();
    r.outcome = pass ? CheckOutcome::Passed : CheckOutcome::Failed;
    if (pass)
        r.detail =
            QCoreApplication::translate("TextChecks", "found: %1").arg(found.join(QStringLiteral(", ")));
    else if (check.matchAll)
        r.detail =
            QCoreApplication::translate("TextChecks", "missing: %1").arg(missing.join(QStringLiteral(", ")));
    else
        r.detail = QCoreApplication::translate("TextChecks", "none of: %1")
                       .arg(check.values.join(QStringLiteral(", ")));
    return r;
}
