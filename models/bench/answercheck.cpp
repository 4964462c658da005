#include "models/bench/answercheck.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <climits>

namespace {

using RE = QRegularExpression;
constexpr auto kOpts = RE::UseUnicodePropertiesOption | RE::CaseInsensitiveOption;

bool isHangul(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0xAC00 && u <= 0xD7A3) || (u >= 0x1100 && u <= 0x11FF) || (u >= 0x3130 && u <= 0x318F);
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_');
}

// A word boundary, or a change of script: Korean particles attach to Latin words and digits ("Au입니다",
// "1989년"), and a Hangul needle may be followed by anything ("서울특별시", "서울입니다").
bool boundaryBefore(const QString &hay, qsizetype at, const QString &needle)
{
    if (at == 0 || !isWordChar(hay.at(at - 1)) || !isWordChar(needle.front()))
        return true;
    return isHangul(hay.at(at - 1)) != isHangul(needle.front());
}

bool boundaryAfter(const QString &hay, qsizetype end, const QString &needle)
{
    if (end >= hay.size() || !isWordChar(hay.at(end)) || !isWordChar(needle.back()) ||
        isHangul(needle.back()))
        return true;
    // A digit run continues a number: "1989" is not in "19890".
    if (needle.back().isDigit() && hay.at(end).isDigit())
        return false;
    return isHangul(hay.at(end)) != isHangul(needle.back());
}

QString prepare(const QString &text, bool fold)
{
    QString s = text.normalized(QString::NormalizationForm_KC);
    if (fold)
        s = s.toCaseFolded();
    s.replace(QChar(0x2019), QLatin1Char('\'')); // it’s -> it's
    static const RE latexCommand(QStringLiteral(R"(\\(?:mathrm|text|textbf|mathbf|operatorname|emph)\b)"));
    s.remove(latexCommand);
    static const RE marks(QStringLiteral(R"([*`$~{}]|^\s*#+\s*|^\s*>\s*)"), RE::MultilineOption);
    s.remove(marks);
    s.replace(QLatin1Char('|'), QLatin1Char('\n')); // table cells read as separate lines
    return s;
}

struct Range
{
    qsizetype begin = 0, end = 0;
    bool contains(qsizetype i) const { return i >= begin && i < end; }
};

// Splits [0, s.size()) before each match of `re` (the match opens the next range) or after it.
QList<Range> splitAt(const QString &s, const RE &re, bool matchOpensNext)
{
    QList<Range> out;
    qsizetype start = 0;
    auto it = re.globalMatch(s);
    while (it.hasNext()) {
        const auto m = it.next();
        const qsizetype cut = matchOpensNext ? m.capturedStart(0) : m.capturedEnd(0);
        if (cut > start) {
            out.append({start, cut});
            start = cut;
        }
    }
    if (start < s.size())
        out.append({start, s.size()});
    return out;
}

Range rangeOf(const QList<Range> &ranges, qsizetype at)
{
    for (const Range &r : ranges)
        if (r.contains(at))
            return r;
    return {};
}

QStringList sentencesOf(const QString &text)
{
    static const RE end(QStringLiteral(R"((?<=[.!?。！？;])\s+|\n+|\.{3}|…)"));
    QStringList out;
    for (const QString &s : text.split(end, Qt::SkipEmptyParts))
        if (!s.trimmed().isEmpty())
            out << s.trimmed();
    return out;
}

// Clauses: a contrast opens a new one ("..., but X"; "X라고 생각하지만, Y").
const RE &contrastRe()
{
    static const RE contrast(
        QStringLiteral(
            R"((?:,\s*|\s+)(?:but|however|although|though|whereas|yet)\b|(?<=지만)|(?<=는데)|하지만|그러나)"),
        kOpts);
    return contrast;
}

struct Mention
{
    qsizetype at = 0;
    qsizetype end = 0;
    QString value; // as written in the check
    bool accepted = false;
    bool committed = false;
};

bool isCommitted(const QString &sentence, const Mention &m)
{
    const QList<Range> clauses = splitAt(sentence, contrastRe(), true);
    const Range clause = rangeOf(clauses, m.at);
    const QString clauseText = sentence.mid(clause.begin, clause.end - clause.begin);
    static const RE attributed(
        QStringLiteral(
            R"(\b(?:many|most|some|people|others|often|commonly|usually|frequently|widely|sometimes)\b.{0,40}?\b(?:think|thinks|thought|believe|believes|believed|assume|assumes|assumed|guess|guesses|say|says|said|claim|claims|attribute|attributes|mistake|mistaken|confuse|confused)\b|\b(?:misconception|mistakenly|myth|common mistake|mix(?:ed)? up|mistaken for|confused with)\b|생각하|생각합|생각되|알려져|알고 있|착각|오해|헷갈리|혼동|흔히|많은 사람|이라고들|라고들)"),
        kOpts);
    // Segments: commas and dashes separate "X, not Y" and "X — not Y".
    static const RE segmentCut(QStringLiteral(R"([,，、]\s*|\s+[—–-]\s+|—|–|\()"));
    const QList<Range> segments = splitAt(sentence, segmentCut, true);
    // Attributed: a cue before the mention in its clause ("many think it's X"), or after it in its own
    // segment ("X라고 생각하지만", "X is a common misconception"); not "X — not Y, as people think".
    const Range ownSegment = rangeOf(segments, m.at);
    for (auto it = attributed.globalMatch(clauseText); it.hasNext();) {
        const auto cue = it.next();
        const qsizetype at = clause.begin + cue.capturedStart(0);
        if (at < m.at || (at >= m.end && at < ownSegment.end))
            return false;
    }
    Range seg = ownSegment;
    seg.begin = std::max(seg.begin, clause.begin);
    const QString before = sentence.mid(seg.begin, m.at - seg.begin);
    static const RE negBefore(
        QStringLiteral(
            R"(\b(?:not|never|nor|rather than|instead of|than|unlike|except|besides|other than|because|since)\b|n't\b)"),
        kOpts);
    if (negBefore.match(before).hasMatch())
        return false;
    const QString after = sentence.mid(m.end, 60);
    static const RE negAfter(
        QStringLiteral(
            R"(^(?:[^\s()]{0,3}\))?\s*(?:\([^)]*\)\s*)?(?:(?:is|was|are|were)\s+(?:not|never)\b|(?:isn't|wasn't|aren't|weren't)\b|(?:[은는이가도와과]\s*)?(?:아니|아닌|아님|말고|보다|에 비해)))"),
        kOpts);
    if (negAfter.match(after).hasMatch())
        return false;
    // A Korean reason clause: "백두산은 북한에 있으므로, ..." does not answer.
    const Range segAfter = rangeOf(segments, m.at);
    const QString restOfSegment = sentence.mid(m.end, std::min(segAfter.end, clause.end) - m.end);
    static const RE reasonAfter(QStringLiteral(R"(므로|때문에)"));
    return !reasonAfter.match(restOfSegment).hasMatch();
}

QList<Mention> mentionsIn(const QString &sentence, const QList<QPair<QString, bool>> &candidates)
{
    QList<Mention> out;
    for (const auto &[value, needleAccepted] : candidates) {
        const QString &needle = value;
        if (needle.isEmpty())
            continue;
        for (qsizetype at = sentence.indexOf(needle); at >= 0; at = sentence.indexOf(needle, at + 1)) {
            const qsizetype end = at + needle.size();
            if (!boundaryBefore(sentence, at, needle) || !boundaryAfter(sentence, end, needle))
                continue;
            Mention m{at, end, needle, needleAccepted, false};
            m.committed = isCommitted(sentence, m);
            out.append(m);
        }
    }
    // Overlapping mentions ("Halla" inside "Mount Halla"): keep the longer one.
    std::sort(out.begin(), out.end(),
              [](const Mention &a, const Mention &b) { return a.at != b.at ? a.at < b.at : a.end > b.end; });
    QList<Mention> kept;
    for (const Mention &m : out)
        if (kept.isEmpty() || m.at >= kept.last().end)
            kept.append(m);
    return kept;
}

QList<QPair<qsizetype, qsizetype>> topicSpans(const QString &sentence, const QStringList &topics)
{
    QList<QPair<qsizetype, qsizetype>> out;
    for (const QString &t : topics)
        for (qsizetype at = sentence.indexOf(t); at >= 0 && !t.isEmpty(); at = sentence.indexOf(t, at + 1))
            out.append({at, at + t.size()});
    return out;
}

} // namespace

AnswerReading AnswerCheck::read(const Check &check, const QString &text)
{
    const bool fold = check.normalize;
    auto norm = [fold](const QString &s) { return prepare(s, fold).trimmed(); };
    QList<QPair<QString, bool>> candidates;
    QHash<QString, QString> written; // normalized -> as written in the check
    for (const QString &v : check.values) {
        candidates.append({norm(v), true});
        written.insert(norm(v), v);
    }
    for (const QString &v : check.others) {
        candidates.append({norm(v), false});
        written.insert(norm(v), v);
    }
    QStringList topics;
    for (const QString &t : check.topics)
        topics << norm(t);
    const bool numericValues = std::all_of(check.values.cbegin(), check.values.cend(), [](const QString &v) {
        static const RE digits(QStringLiteral(R"(^\d+$)"));
        return digits.match(v).hasMatch();
    });

    struct Candidate
    {
        QString sentence;
        QString shown; // as written (not case-folded), for the result's "read"
        QList<Mention> committed;
        QList<Mention> numberRivals;
        bool topical = false;
        bool correction = false;
    };
    QList<Candidate> found;
    static const RE correction(
        QStringLiteral(
            R"(\b(?:actually|in fact|correction|wait|i mean|to be precise)\b|사실은|실제로는|실제로|정정)"),
        kOpts);
    for (const QString &written : sentencesOf(prepare(text, false))) {
        // Folding keeps the length almost always; when it does not, show the folded sentence.
        const QString sentence = fold ? written.toCaseFolded() : written;
        Candidate c;
        c.sentence = sentence;
        c.shown = sentence.size() == written.size() ? written : sentence;
        for (const Mention &m : mentionsIn(sentence, candidates))
            if (m.committed)
                c.committed.append(m);
        if (c.committed.isEmpty())
            continue;
        if (numericValues && !check.values.isEmpty()) {
            // Other numbers of the same length are rivals for a hedge ("1592년 또는 1597년").
            const qsizetype len = check.values.first().size();
            static const RE number(QStringLiteral(R"((?<!\d)\d+(?!\d))"));
            auto it = number.globalMatch(sentence);
            while (it.hasNext()) {
                const auto m = it.next();
                if (m.capturedLength(0) != len || written.contains(m.captured(0)))
                    continue;
                Mention rival{m.capturedStart(0), m.capturedEnd(0), m.captured(0), false, false};
                if (isCommitted(sentence, rival))
                    c.numberRivals.append(rival);
            }
        }
        c.topical = !topicSpans(sentence, topics).isEmpty();
        c.correction = correction.match(sentence).hasMatch();
        found.append(c);
    }
    AnswerReading reading;
    if (found.isEmpty())
        return reading;
    QList<Candidate> pool;
    for (const Candidate &c : found)
        if (c.topical)
            pool.append(c);
    if (pool.isEmpty())
        pool = found;
    Candidate chosen = pool.first();
    for (qsizetype i = 1; i < pool.size(); ++i)
        if (pool.at(i).correction)
            chosen = pool.at(i);
    reading.sentence = chosen.shown;

    QStringList accepted, rivals;
    for (const Mention &m : chosen.committed)
        (m.accepted ? accepted : rivals) << written.value(m.value, m.value);
    for (const Mention &m : chosen.numberRivals)
        rivals << m.value;
    rivals.removeDuplicates();
    static const RE hedge(
        QStringLiteral(
            R"(\b(?:or|either|maybe|perhaps|possibly|probably|not sure|unsure|uncertain)\b|또는|혹은|아니면|이나|인지|아마)"),
        kOpts);
    if (!accepted.isEmpty() && !rivals.isEmpty() && hedge.match(chosen.sentence).hasMatch()) {
        reading.kind = AnswerReading::Kind::Hedged;
        reading.candidate = accepted.first();
        reading.rivals = rivals;
        return reading;
    }
    Mention pick = chosen.committed.first();
    const QList<QPair<qsizetype, qsizetype>> topicAt = topicSpans(chosen.sentence, topics);
    if (!topicAt.isEmpty()) {
        // Nearest a topic word, in the same clause first; a Korean predicate follows its answer
        // ("1950년 6월 25일에 발발하여 1953년..."): prefer mentions before a Hangul topic.
        const QList<Range> clauses = splitAt(chosen.sentence, contrastRe(), true);
        qsizetype best = LLONG_MAX;
        for (const Mention &m : chosen.committed)
            for (const auto &[t, tEnd] : topicAt) {
                qsizetype d = t >= m.end ? t - m.end : (m.at >= tEnd ? m.at - tEnd : 0);
                if (isHangul(chosen.sentence.at(t)) && m.at >= tEnd)
                    d += 1000;
                if (rangeOf(clauses, m.at).begin != rangeOf(clauses, t).begin)
                    d += 10000;
                if (d < best) {
                    best = d;
                    pick = m;
                }
            }
    }
    reading.kind = AnswerReading::Kind::Committed;
    reading.candidate = written.value(pick.value, pick.value);
    reading.accepted = pick.accepted;
    return reading;
}

CheckResult AnswerCheck::evaluate(const Check &check, const QString &text)
{
    const AnswerReading reading = read(check, text);
    CheckResult r;
    r.read = reading.sentence;
    const QString want = check.values.join(QStringLiteral(" | "));
    switch (reading.kind) {
    case AnswerReading::Kind::None:
        r.outcome = CheckOutcome::Failed;
        r.detail =
            QCoreApplication::translate("AnswerCheck", "no answer committed to (expected %1)").arg(want);
        break;
    case AnswerReading::Kind::Hedged:
        r.outcome = CheckOutcome::Failed;
        r.detail = QCoreApplication::translate("AnswerCheck", "hedges between %1 and %2")
                       .arg(reading.candidate, reading.rivals.join(QStringLiteral(", ")));
        break;
    case AnswerReading::Kind::Committed:
        r.outcome = reading.accepted ? CheckOutcome::Passed : CheckOutcome::Failed;
        r.detail = reading.accepted
                       ? QCoreApplication::translate("AnswerCheck", "answers %1").arg(reading.candidate)
                       : QCoreApplication::translate("AnswerCheck", "answers %1, expected %2")
                             .arg(reading.candidate, want);
        break;
    }
    return r;
}
