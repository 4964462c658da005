#include "models/bench/numericcheck.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <cmath>

namespace {

using RE = QRegularExpression;
using Units = QList<QPair<QString, double>>;

// One number, a fraction first so "3/4" is not read as 3 and 4.
const RE &numberRe()
{
    static const RE re(
        QStringLiteral(
            R"((?<![\p{Latin}\d.])([-+]?)(?:(\d+)\s*/\s*(\d+)(?![\d.,])|((?:\d{1,3}(?:[,\x{00A0}\x{2009}\x{202F}]\d{3})+|\d+)(?:\.\d+)?|\.\d+)(?:[eE]([-+]?\d+))?))"),
        RE::UseUnicodePropertiesOption);
    return re;
}

QString superscriptsToPowers(const QString &text)
{
    static const QString sup = QStringLiteral("⁰¹²³⁴⁵⁶⁷⁸⁹");
    QString out;
    out.reserve(text.size());
    bool inPower = false;
    for (const QChar c : text) {
        const qsizetype d = sup.indexOf(c);
        if (d >= 0 || c == QChar(0x207B)) {
            if (!inPower)
                out += QLatin1Char('^');
            inPower = true;
            out += d >= 0 ? QChar(char16_t(u'0' + d)) : QChar(u'-');
            continue;
        }
        inPower = false;
        out += c;
    }
    return out;
}

QString prepare(const QString &text)
{
    // Superscript digits before NFKC (which turns "10⁵" into "105").
    QString s = superscriptsToPowers(text);
    // NFKC turns a no-break space into a plain one: join "1\u00A0234" before normalizing.
    static const RE groupSpace(QStringLiteral(R"((?<=\d)[\x{00A0}\x{2009}\x{202F}](?=\d{3}(?!\d)))"));
    s.replace(groupSpace, QString());
    s = s.normalized(QString::NormalizationForm_KC);
    s.replace(QChar(0x2212), QLatin1Char('-')); // minus sign
    // LaTeX: {,} thousands separators, \, \; \! spacing, \times and \cdot, \left( \right).
    s.replace(QStringLiteral("{,}"), QStringLiteral(","));
    static const RE latexSpace(QStringLiteral(R"((?<=\d)\\[,;:! ](?=\d))"));
    s.replace(latexSpace, QString());
    static const RE latexTimes(QStringLiteral(R"(\\(?:times|cdot)\b)"));
    s.replace(latexTimes, QStringLiteral("×"));
    static const RE latexLeftRight(QStringLiteral(R"(\\(?:left|right)\b)"));
    s.remove(latexLeftRight);
    // A plain space between groups of three digits: "299 792", "7 006 652".
    static const RE spaceGroups(QStringLiteral(R"((?<![\d.,])(\d{1,3})((?: \d{3})+)(?!\d))"));
    for (auto m = spaceGroups.match(s); m.hasMatch(); m = spaceGroups.match(s, m.capturedStart(0) + 1)) {
        QString joined = m.captured(0);
        joined.remove(QLatin1Char(' '));
        s.replace(m.capturedStart(0), m.capturedLength(0), joined);
    }
    // \frac{a}{b} and \dfrac{a}{b} -> a/b
    static const RE frac(QStringLiteral(R"(\\d?frac\s*\{\s*(-?\d+)\s*\}\s*\{\s*(\d+)\s*\})"));
    s.replace(frac, QStringLiteral("\\1/\\2"));
    // Powers of ten: "3 × 10^5", "3 x 10^{5}", "10^5" (alone) -> 3e5, 1e5.
    static const RE times10(
        QStringLiteral(R"((\d+(?:\.\d+)?)\s*(?:×|x|\*|·)\s*10\s*\^\s*\{?\s*([-+]?\d+)\s*\}?)"));
    s.replace(times10, QStringLiteral("\\1e\\2"));
    static const RE bare10(QStringLiteral(R"((?<![\d.^])10\s*\^\s*\{?\s*([-+]?\d+)\s*\}?)"));
    s.replace(bare10, QStringLiteral("1e\\1"));
    // Korean myriads: 30만 = 300000, 2억 = 200000000 (not "만큼", "만원" stays money in 만 units).
    static const RE myriad(
        QStringLiteral(R"((\d+(?:\.\d+)?)\s?(만|억)(?![큼에])(?=[^\p{Hangul}]|원|명|개|킬로|$))"),
        RE::UseUnicodePropertiesOption);
    for (auto m = myriad.match(s); m.hasMatch(); m = myriad.match(s, m.capturedStart(0) + 1)) {
        const double v = m.captured(1).toDouble() * (m.captured(2) == QStringLiteral("만") ? 1e4 : 1e8);
        s.replace(m.capturedStart(0), m.capturedLength(0), QString::number(v, 'f', 0));
    }
    return s;
}

struct Num
{
    double value = 0;
    qsizetype at = 0, end = 0;
};

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

// Numbers with their positions. A number followed by a unit of `units` is converted by its factor; a
// factor of 0 marks a unit the question did not ask for: that number is not an answer.
QList<Num> numbersIn(const QString &s, const Units &units)
{
    QList<Num> out;
    auto it = numberRe().globalMatch(s);
    while (it.hasNext()) {
        const auto m = it.next();
        auto v = toValue(m);
        if (!v)
            continue;
        const QString after = s.mid(m.capturedEnd(0), 40).trimmed().toCaseFolded();
        bool drop = false;
        qsizetype bestLen = 0;
        for (const auto &[unit, factor] : units) {
            const QString u = unit.toCaseFolded();
            if (u.size() > bestLen && after.startsWith(u) &&
                (after.size() == u.size() || !after.at(u.size()).isLetter())) {
                bestLen = u.size();
                drop = factor <= 0;
                if (!drop)
                    *v = *v * factor;
            }
        }
        if (!drop)
            out.append({*v, m.capturedStart(0), m.capturedEnd(0)});
    }
    return out;
}

// Content of the last \boxed{...}, braces balanced.
std::optional<QPair<qsizetype, qsizetype>> lastBoxed(const QString &s)
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
            return QPair<qsizetype, qsizetype>(start, i);
    }
    return QPair<qsizetype, qsizetype>(start, s.size());
}

// Blanks (same length, so positions hold) what is context, not answer.
QString maskContext(const QString &s)
{
    QString m = s;
    auto blank = [&m](const RE &re) {
        auto it = re.globalMatch(m);
        QList<QPair<qsizetype, qsizetype>> spans;
        while (it.hasNext()) {
            const auto x = it.next();
            spans.append({x.capturedStart(0), x.capturedLength(0)});
        }
        for (const auto &[at, len] : spans)
            for (qsizetype i = at; i < at + len; ++i)
                if (m.at(i) != QLatin1Char('\n'))
                    m[i] = QLatin1Char(' ');
    };
    using O = RE::PatternOption;
    const auto ci = RE::CaseInsensitiveOption | RE::UseUnicodePropertiesOption;
    static const RE modulus(
        QStringLiteral(
            R"(\\pmod\s*\{[^}]*\}|\\(?:bmod|mod)\s*\{?\s*\d+\s*\}?|\(\s*mod(?:ulo)?\s+\d+\s*\)|\bmod(?:ulo)?\s+\d+)"),
        ci);
    static const RE checkLine(
        QStringLiteral(
            R"(^[^\S\n]*(?:\(?\s*)?(?:check|checking|verify|verification|verifying|sanity check|double-check|proof|검산|검증|확인)\b.*$|^.*[✓✔✅].*$)"),
        ci | O::MultilineOption);
    static const RE parens(QStringLiteral(R"(\([^()\n]*\))"));
    static const RE would(
        QStringLiteral(
            R"([^.!?\n]*\b(?:would|would've)\b[^.!?\n]*|[^.!?\n]*(?:였다면|었다면|라면)[^.!?\n]*)"),
        ci);
    static const RE since(QStringLiteral(R"(,\s*(?:since|because|as)\b[^.!?\n]*)"), ci);
    blank(modulus);
    blank(checkLine);
    blank(parens);
    blank(parens); // nested once
    blank(would);
    blank(since);
    return m;
}

QString sentenceAround(const QString &s, qsizetype at)
{
    static const RE end(QStringLiteral(R"([.!?。]\s|\n)"));
    qsizetype begin = 0;
    auto it = end.globalMatch(s);
    qsizetype stop = s.size();
    while (it.hasNext()) {
        const auto m = it.next();
        if (m.capturedEnd(0) <= at)
            begin = m.capturedEnd(0);
        else {
            stop = m.capturedStart(0) + 1;
            break;
        }
    }
    return s.mid(begin, stop - begin).trimmed();
}

bool hedgedAround(const QString &s, const Num &chosen, const Units &units)
{
    // "44 or 45", "either 33 or 57", "1443년 또는 1446년": two different numbers joined by "or".
    const QList<Num> all = numbersIn(s, units);
    static const RE joiner(
        QStringLiteral(
            R"(^[^\S\n]*[^\s\d]{0,3}[^\S\n]*,?[^\S\n]*(?:or|또는|혹은|아니면)[^\S\n]+(?:maybe|possibly|perhaps|even)?[^\S\n]*$)"),
        RE::CaseInsensitiveOption | RE::UseUnicodePropertiesOption);
    for (qsizetype i = 0; i + 1 < all.size(); ++i) {
        const Num &a = all.at(i), &b = all.at(i + 1);
        if (a.at != chosen.at && b.at != chosen.at)
            continue;
        if (a.value != b.value && joiner.match(s.mid(a.end, b.at - a.end)).hasMatch())
            return true;
    }
    return false;
}

} // namespace

QList<double> NumericCheck::extractAll(const QString &text, const Units &units)
{
    QList<double> out;
    for (const Num &n : numbersIn(prepare(text), units))
        out.append(n.value);
    return out;
}

std::optional<NumericCheck::Found> NumericCheck::findFinal(const QString &text, const Units &units)
{
    const QString s = prepare(text);
    auto found = [&](const Num &n) {
        Found f;
        f.value = n.value;
        f.text = s.mid(n.at, n.end - n.at);
        f.sentence = sentenceAround(s, n.at);
        f.hedged = hedgedAround(s, n, units);
        return f;
    };
    if (const auto boxed = lastBoxed(s)) {
        QString inBox = s.mid(boxed->first, boxed->second - boxed->first);
        const QString masked = maskContext(inBox);
        QList<Num> nums = numbersIn(masked, units);
        if (nums.isEmpty())
            nums = numbersIn(inBox, units);
        if (!nums.isEmpty()) {
            Num n = nums.last();
            n.at += boxed->first;
            n.end += boxed->first;
            return found(n);
        }
    }
    QString m = maskContext(s);
    if (numbersIn(m, units).isEmpty())
        m = s; // nothing but context: the context is all there is
    // A marker needs its separator: "To answer this, 3 + 4" is not a marker, "The answer is 7" is.
    static const RE marker(
        QStringLiteral(
            R"((?:\b(?:final answer|answer|result|remainder|total)\b\s*(?:\*\*)?\s*(?:is|was|:|=)|)"
            R"((?:정답|답|결과|합계|총합|나머지)\s*(?:\*\*)?\s*(?:은|는|이|:|=)))"),
        RE::CaseInsensitiveOption | RE::UseUnicodePropertiesOption);
    qsizetype markerEnd = -1;
    auto it = marker.globalMatch(m);
    while (it.hasNext())
        markerEnd = it.next().capturedEnd(0);
    if (markerEnd >= 0) {
        const QList<Num> after = numbersIn(m.mid(markerEnd, 60), units);
        if (!after.isEmpty()) {
            Num n = after.first();
            n.at += markerEnd;
            n.end += markerEnd;
            return found(n);
        }
    }
    // A bold segment that is essentially one number: "**42**", "**$1,200**", "**42개**", "**299,792 km/s**".
    static const RE bold(
        QStringLiteral(R"(\*\*([^*\d]{0,3}[-+]?[\d.,/\x{00A0}]+(?:e[-+]?\d+)?[^*\d]{0,8})\*\*)"),
        RE::UseUnicodePropertiesOption);
    std::optional<Num> lastBold;
    auto bit = bold.globalMatch(m);
    while (bit.hasNext()) {
        const auto b = bit.next();
        const QList<Num> inBold = numbersIn(b.captured(1), units);
        if (inBold.size() == 1) {
            Num n = inBold.first();
            n.at += b.capturedStart(1);
            n.end += b.capturedStart(1);
            lastBold = n;
        }
    }
    if (lastBold)
        return found(*lastBold);
    const QList<Num> all = numbersIn(m, units);
    if (all.isEmpty())
        return std::nullopt;
    return found(all.last());
}

std::optional<double> NumericCheck::extractFinal(const QString &text)
{
    const auto f = findFinal(text);
    return f ? std::optional<double>(f->value) : std::nullopt;
}

CheckResult NumericCheck::evaluate(const Check &check, const QString &text)
{
    const double allowed = std::max({check.tolerance, check.relTolerance * std::abs(check.expected), 1e-9});
    auto matches = [&](double v) { return std::abs(v - check.expected) <= allowed; };
    CheckResult r;
    const QString want = QString::number(check.expected, 'g', 12);
    if (check.anyNumber) {
        const QList<double> all = extractAll(text, check.units);
        const bool hit = std::any_of(all.cbegin(), all.cend(), matches);
        r.outcome = hit ? CheckOutcome::Passed : CheckOutcome::Failed;
        r.detail = hit ? QCoreApplication::translate("NumericCheck", "found %1").arg(want)
                       : QCoreApplication::translate("NumericCheck", "%1 not among %n number(s)", nullptr,
                                                     int(all.size()))
                             .arg(want);
        return r;
    }
    const std::optional<Found> got = findFinal(text, check.units);
    if (!got) {
        r.outcome = CheckOutcome::Failed;
        r.detail = QCoreApplication::translate("NumericCheck", "no number found (expected %1)").arg(want);
        return r;
    }
    r.read = got->sentence.left(300);
    if (got->hedged) {
        r.outcome = CheckOutcome::Failed;
        r.detail =
            QCoreApplication::translate("NumericCheck", "hedges between numbers around %1 (expected %2)")
                .arg(got->text, want);
        return r;
    }
    r.outcome = matches(got->value) ? CheckOutcome::Passed : CheckOutcome::Failed;
    r.detail = QCoreApplication::translate("NumericCheck", "got %1 (read \"%2\"), expected %3")
                   .arg(QString::number(got->value, 'g', 12), got->text, want);
    return r;
}
