#include "models/pair/reviewverdictparser.h"

#include <QRegularExpression>

namespace {

bool isFence(const QString &line)
{
    const QString t = line.trimmed();
    return t.startsWith(QLatin1String("```")) || t.startsWith(QLatin1String("~~~"));
}

QStringList numberedItems(const QStringList &lines, int from, const QList<bool> &inCode)
{
    static const QRegularExpression item(QStringLiteral(R"(^\s*[-*]?\s*(\d{1,2})[.):]\s+(\S.*)$)"));
    QStringList issues;
    for (int i = from; i < lines.size(); ++i) {
        if (inCode.at(i))
            continue;
        const QRegularExpressionMatch m = item.match(lines.at(i));
        if (m.hasMatch())
            issues << m.captured(2).trimmed();
    }
    return issues;
}

} // namespace

ReviewVerdictParser::Result ReviewVerdictParser::parse(const QString &answer)
{
    static const QRegularExpression verdictLine(
        QStringLiteral(R"(^[\s>#*_`]*verdict[\s*_`]*[:\-\x{FF1A}][\s*_`]*(approve|approved|reject|rejected)\b(.*)$)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression otherWord(QStringLiteral(R"(\b(approve|approved|reject|rejected)\b)"),
                                              QRegularExpression::CaseInsensitiveOption);
    const QStringList lines = answer.split(QLatin1Char('\n'));
    QList<bool> inCode;
    bool code = false;
    for (const QString &l : lines) {
        if (isFence(l)) {
            inCode.append(true);
            code = !code;
            continue;
        }
        inCode.append(code);
    }

    Result r;
    for (int i = int(lines.size()) - 1; i >= 0; --i) {
        if (inCode.at(i))
            continue;
        const QRegularExpressionMatch m = verdictLine.match(lines.at(i));
        if (!m.hasMatch())
            continue;
        const QString word = m.captured(1).toLower();
        const QString rest = m.captured(2);
        const bool approve = word.startsWith(QLatin1String("approve"));
        const QRegularExpressionMatch other = otherWord.match(rest);
        if (other.hasMatch() && other.captured(1).toLower().startsWith(QLatin1String("approve")) != approve)
            continue; // "VERDICT: APPROVE or REJECT": the instructions echoed, not a verdict
        r.verdict = approve ? ReviewVerdict::Approve : ReviewVerdict::Reject;
        r.line = i;
        break;
    }
    if (r.verdict == ReviewVerdict::Reject) {
        r.issues = numberedItems(lines, r.line + 1, inCode);
        if (r.issues.isEmpty())
            r.issues = numberedItems(lines, 0, inCode);
    }
    return r;
}
