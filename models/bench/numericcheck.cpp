#include "models/bench/numericcheck.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <cmath>

namespace {

// One number, a fraction first so "3/4" is not read as 3 and 4.
const QRegularExpression &numberRe()
{
    static const QRegularExpression re(
        QStringLiteral(
            R"((?<![\p{Latin}\d.])([-+]?)(?:(\d+)\s*/\s*(\d+)(?![\d.,])|((?:\d{1,3}(?:[,\x{00A0}\x{2009}\x{202F}]\d{3})+|\d+)(?:\.\d+)?|\.\d+)(?:[eE]([-+]?\d+))?))"),
        QRegularExpression::UseUnicodePropertiesOption);
    return re;
}

QString prepare(const QString &text)
{
    // NFKC turns a no-break space into a plain one: join "1\u00A0234" before normalizing.
    static const QRegularExpression groupSpace(
        QStringLiteral(R"((?<=\d)[\x{00A0}\x{2009}\x{202F}](?=\d{3}(?!\d)))"));
    QString s = QString(text).replace(groupSpace, QString()).normalized(QString::NormalizationForm_KC);
    s.replace(QChar(0x2212), QLatin1Char('-')); // minus sign
    // \frac{a}{b} and \dfrac{a}{b} -> a/b
    static const QRegularExpression frac(QStringLiteral(R"(\\d?frac\s*\{\s*(-?\d+)\s*\}\s*\{\s*(\d+)\s*\})"));
    s.replace(frac, QStringLiteral("\\1/\\2"));
    return s;
}

std::optional<double> toValue(const QRegularExpressionMatch &m)
{
    const double sign = m.captured(1) == QLatin1String("-") ? -1.0 : 1.0;
    if (!m.captured(2).isEmpty()) {
        const double den = m.captured(3).toDouble();
        if (den == 0)
            return std::nullopt;
        return sign * m.captured(2).toDouble() / den;
    }
    QString digits = m.captured(4);
    digits.remove(QLatin1Char(',')).remove(QChar(0x00A0)).remove(QChar(0x2009)).remove(QChar(0x202F));
    bool ok = false;
    double v = digits.toDouble(&ok);
    if (!ok)
        return std::nullopt;
    if (!m.captured(5).isEmpty())
        v *= std::pow(10.0, m.captured(5).toDouble());
    return sign * v;
}

QList<double> numbersIn(const QString &prepared)
{
    QList<double> out;
    auto it = numberRe().globalMatch(prepared);
    while (it.hasNext())
        if (const auto v = toValue(it.next()))
            out.append(*v);
    return out;
}

// Content of the last \boxed{...}, braces balanced.
std::optional<QString> lastBoxed(const QString &s)
{
    const qsizetype at = s.lastIndexOf(QLatin1String("\\boxed{"));
    if (at < 0)
        return std::nullopt;
    int depth = 1;
    const qsizetype start = at + 7;
    for (qsizetype i = start; i < s.size(); ++i) {
        if (s.at(i) == QLatin1Char('{'))
            ++depth;
        else if (s.at(i) == QLatin1Char('}') && --depth == 0)
            return s.mid(start, i - start);
    }
    return s.mid(start);
}

} // namespace

QList<double> NumericCheck::extractAll(const QString &text)
{
    return numbersIn(prepare(text));
}

std::optional<double> NumericCheck::extractFinal(const QString &text)
{
    const QString s = prepare(text);
    if (const auto boxed = lastBoxed(s)) {
        const QList<double> inBox = numbersIn(*boxed);
        if (!inBox.isEmpty())
            return inBox.last();
    }
    // A marker needs its separator: "To answer this, 3 + 4" is not a marker, "The answer is 7" is.
    static const QRegularExpression marker(
        QStringLiteral(R"((?:\b(?:final answer|answer|result)\b\s*(?:\*\*)?\s*(?:is|was|:|=)|)"
                       R"((?:정답|답|결과|합계|총합)\s*(?:\*\*)?\s*(?:은|는|이|:|=)))"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    qsizetype markerEnd = -1;
    auto it = marker.globalMatch(s);
    while (it.hasNext())
        markerEnd = it.next().capturedEnd(0);
    if (markerEnd >= 0) {
        const QList<double> after = numbersIn(s.mid(markerEnd, 60));
        if (!after.isEmpty())
            return after.first();
    }
    // A bold segment that is essentially one number: "**42**", "**$1,200**", "**42개**".
    static const QRegularExpression bold(
        QStringLiteral(R"(\*\*([^*\d]{0,3}[-+]?[\d.,/\x{00A0}]+[^*\d]{0,6})\*\*)"),
        QRegularExpression::UseUnicodePropertiesOption);
    std::optional<double> lastBold;
    auto bit = bold.globalMatch(s);
    while (bit.hasNext()) {
        const QList<double> inBold = numbersIn(bit.next().captured(1));
        if (inBold.size() == 1)
            lastBold = inBold.first();
    }
    if (lastBold)
        return lastBold;
    const QList<double> all = numbersIn(s);
    if (all.isEmpty())
        return std::nullopt;
    return all.last();
}

CheckResult NumericCheck::evaluate(const Check &check, const QString &text)
{
    const double allowed = std::max({check.tolerance, check.relTolerance * std::abs(check.expected), 1e-9});
    auto matches = [&](double v) { return std::abs(v - check.expected) <= allowed; };
    CheckResult r;
    const QString want = QString::number(check.expected, 'g', 12);
    if (check.anyNumber) {
        const QList<double> all = extractAll(text);
        const bool hit = std::any_of(all.cbegin(), all.cend(), matches);
        r.outcome = hit ? CheckOutcome::Passed : CheckOutcome::Failed;
        r.detail = hit ? QCoreApplication::translate("NumericCheck", "found %1").arg(want)
                       : QCoreApplication::translate("NumericCheck", "%1 not among %n number(s)", nullptr,
                                                     int(all.size()))
                             .arg(want);
        return r;
    }
    const std::optional<double> got = extractFinal(text);
    if (!got) {
        r.outcome = CheckOutcome::Failed;
        r.detail = QCoreApplication::translate("NumericCheck", "no number found (expected %1)").arg(want);
        return r;
    }
    r.outcome = matches(*got) ? CheckOutcome::Passed : CheckOutcome::Failed;
    r.detail = QCoreApplication::translate("NumericCheck", "got %1, expected %2")
                   .arg(QString::number(*got, 'g', 12), want);
    return r;
}
