#include "models/compare/textdiff.h"

#include <QHash>
#include <QRegularExpression>
#include <vector>

static void appendHunk(QList<TextDiff::Hunk> &out, TextDiff::Op op, const QString &token)
{
    if (!out.isEmpty() && out.last().op == op)
        out.last().tokens.append(token);
    else
        out.append({op, {token}});
}

QList<TextDiff::Hunk> TextDiff::diff(const QStringList &a, const QStringList &b, int maxTokens)
{
    // Trim the common prefix and suffix first: answers usually differ in a small middle part.
    qsizetype prefix = 0;
    while (prefix < a.size() && prefix < b.size() && a.at(prefix) == b.at(prefix))
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < a.size() - prefix && suffix < b.size() - prefix &&
           a.at(a.size() - 1 - suffix) == b.at(b.size() - 1 - suffix))
        ++suffix;
    const QStringList ma = a.mid(prefix, a.size() - prefix - suffix);
    const QStringList mb = b.mid(prefix, b.size() - prefix - suffix);

    QList<Hunk> out;
    for (qsizetype i = 0; i < prefix; ++i)
        appendHunk(out, Op::Equal, a.at(i));

    const qsizetype n = ma.size();
    const qsizetype m = mb.size();
    maxTokens = std::min(maxTokens, 65535);
    if (n > maxTokens || m > maxTokens) {
        for (const QString &t : ma)
            appendHunk(out, Op::Delete, t);
        for (const QString &t : mb)
            appendHunk(out, Op::Insert, t);
    } else {
        // Compare small integers, not strings, in the O(n*m) loop: one id per distinct token.
        QHash<QString, int> ids;
        const auto idOf = [&ids](const QString &token) {
            auto it = ids.constFind(token);
            if (it == ids.constEnd())
                it = ids.insert(token, int(ids.size()));
            return it.value();
        };
        std::vector<int> tokA(static_cast<size_t>(n));
        std::vector<int> tokB(static_cast<size_t>(m));
        for (qsizetype i = 0; i < n; ++i)
            tokA[size_t(i)] = idOf(ma.at(i));
        for (qsizetype j = 0; j < m; ++j)
            tokB[size_t(j)] = idOf(mb.at(j));
        // lcs[i][j] = LCS length of ma[i..] and mb[j..]; lengths <= maxTokens fit 16 bits.
        std::vector<quint16> lcs(size_t((n + 1) * (m + 1)), 0);
        const auto at = [m](qsizetype i, qsizetype j) { return size_t(i * (m + 1) + j); };
        for (qsizetype i = n - 1; i >= 0; --i)
            for (qsizetype j = m - 1; j >= 0; --j)
                lcs[at(i, j)] = tokA[size_t(i)] == tokB[size_t(j)]
                                    ? quint16(lcs[at(i + 1, j + 1)] + 1)
                                    : std::max(lcs[at(i + 1, j)], lcs[at(i, j + 1)]);
        qsizetype i = 0;
        qsizetype j = 0;
        while (i < n && j < m) {
            if (tokA[size_t(i)] == tokB[size_t(j)]) {
                appendHunk(out, Op::Equal, ma.at(i));
                ++i;
                ++j;
            } else if (lcs[at(i + 1, j)] >= lcs[at(i, j + 1)]) {
                appendHunk(out, Op::Delete, ma.at(i++));
            } else {
                appendHunk(out, Op::Insert, mb.at(j++));
            }
        }
        while (i < n)
            appendHunk(out, Op::Delete, ma.at(i++));
        while (j < m)
            appendHunk(out, Op::Insert, mb.at(j++));
    }

    for (qsizetype k = a.size() - suffix; k < a.size(); ++k)
        appendHunk(out, Op::Equal, a.at(k));
    return out;
}

QList<TextDiff::Hunk> TextDiff::diff(const QString &a, const QString &b, Granularity granularity)
{
    if (granularity == Granularity::Lines)
        return diff(splitLines(a), splitLines(b));
    return diff(splitWords(a), splitWords(b));
}

QStringList TextDiff::splitLines(const QString &text)
{
    QString t = text;
    t.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    if (t.endsWith(QLatin1Char('\n')))
        t.chop(1);
    return t.isEmpty() ? QStringList() : t.split(QLatin1Char('\n'));
}

QStringList TextDiff::splitWords(const QString &text)
{
    static const QRegularExpression whitespace(QStringLiteral("\\s+"));
    return text.split(whitespace, Qt::SkipEmptyParts);
}

QString TextDiff::renderLines(const QList<Hunk> &hunks, int context)
{
    QStringList lines;
    for (int h = 0; h < hunks.size(); ++h) {
        const Hunk &hunk = hunks.at(h);
        if (hunk.op != Op::Equal) {
            const QString prefix = hunk.op == Op::Delete ? QStringLiteral("- ") : QStringLiteral("+ ");
            for (const QString &t : hunk.tokens)
                lines.append(prefix + t);
            continue;
        }
        // Keep `context` lines next to a change; elide the rest of a long equal run.
        const bool changeBefore = h > 0;
        const bool changeAfter = h + 1 < hunks.size();
        const qsizetype size = hunk.tokens.size();
        const qsizetype head = changeBefore ? std::min<qsizetype>(context, size) : 0;
        const qsizetype tail = changeAfter ? std::min<qsizetype>(context, size - head) : 0;
        for (qsizetype i = 0; i < head; ++i)
            lines.append(QStringLiteral("  ") + hunk.tokens.at(i));
        if (head + tail < size)
            lines.append(QStringLiteral("  \u2026"));
        for (qsizetype i = size - tail; i < size; ++i)
            lines.append(QStringLiteral("  ") + hunk.tokens.at(i));
    }
    return lines.join(QLatin1Char('\n'));
}

QString TextDiff::renderWords(const QList<Hunk> &hunks)
{
    QStringList parts;
    for (const Hunk &hunk : hunks) {
        const QString joined = hunk.tokens.join(QLatin1Char(' '));
        switch (hunk.op) {
        case Op::Equal:
            parts.append(joined);
            break;
        case Op::Delete:
            parts.append(QStringLiteral("[-") + joined + QStringLiteral("-]"));
            break;
        case Op::Insert:
            parts.append(QStringLiteral("{+") + joined + QStringLiteral("+}"));
            break;
        }
    }
    return parts.join(QLatin1Char(' '));
}

QString TextDiff::describe(const QString &a, const QString &b)
{
    const QStringList la = splitLines(a);
    const QStringList lb = splitLines(b);
    if (la.size() > 1 || lb.size() > 1)
        return renderLines(diff(la, lb));
    return renderWords(diff(splitWords(a), splitWords(b)));
}
