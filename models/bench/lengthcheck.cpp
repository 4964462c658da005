#include "models/bench/lengthcheck.h"

#include "models/bench/textnormalizer.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

QString LengthCheck::measuredText(const QString &text)
{
    QString t = text.trimmed();
    // A preamble line that introduces the answer ("Here's a one-sentence summary:") when more follows.
    static const QRegularExpression preamble(QStringLiteral(R"(^[^\n]{0,120}[:：][*_]*\s*\n+(?=\S))"));
    const QRegularExpressionMatch p = preamble.match(t);
    if (p.hasMatch() && p.captured(0).count(QLatin1Char(' ')) < 15)
        t = t.mid(p.capturedEnd(0));
    // A label before the answer on its line: "**Summary:** ...", "요약: ...".
    static const QRegularExpression label(
        QStringLiteral(R"(^[*_\s]*(?:one-sentence summary|summary|tl;?dr|answer|요약|답)\s*[:：][*_]*\s*)"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    t.remove(label);
    return t.trimmed();
}

int LengthCheck::charCount(const QString &text)
{
    const QString t = text.trimmed();
    return int(t.toUcs4().size());
}

int LengthCheck::wordCount(const QString &text)
{
    const QString t = TextNormalizer::collapseWhitespace(text);
    return t.isEmpty() ? 0 : int(t.count(QLatin1Char(' '))) + 1;
}

int LengthCheck::lineCount(const QString &text)
{
    int n = 0;
    for (const QString &line : text.split(QLatin1Char('\n')))
        if (!line.trimmed().isEmpty())
            ++n;
    return n;
}

CheckResult LengthCheck::evaluate(const Check &check, const QString &text)
{
    const QString counted = measuredText(text);
    QStringList problems;
    QStringList measured;
    auto test = [&](const std::optional<int> &min, const std::optional<int> &max, int value,
                    const QString &unit) {
        if (!min && !max)
            return;
        measured << QStringLiteral("%1 %2").arg(value).arg(unit);
        if (min && value < *min)
            problems << QCoreApplication::translate("LengthCheck", "%1 %2 < minimum %3")
                            .arg(value)
                            .arg(unit)
                            .arg(*min);
        if (max && value > *max)
            problems << QCoreApplication::translate("LengthCheck", "%1 %2 > maximum %3")
                            .arg(value)
                            .arg(unit)
                            .arg(*max);
    };
    test(check.minChars, check.maxChars, charCount(counted),
         QCoreApplication::translate("LengthCheck", "chars"));
    test(check.minWords, check.maxWords, wordCount(counted),
         QCoreApplication::translate("LengthCheck", "words"));
    test(check.minLines, check.maxLines, lineCount(counted),
         QCoreApplication::translate("LengthCheck", "lines"));
    CheckResult r;
    r.read = counted;
    r.outcome = problems.isEmpty() ? CheckOutcome::Passed : CheckOutcome::Failed;
    r.detail = problems.isEmpty() ? measured.join(QStringLiteral(", ")) : problems.join(QStringLiteral("; "));
    return r;
}
