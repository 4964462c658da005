#include "models/measure/runawaydetector.h"

#include <QCoreApplication>

RunawayDetector::RunawayDetector() = default;

RunawayDetector::RunawayDetector(const Options &options) : m_options(options) {}

void RunawayDetector::reset()
{
    m_tail.clear();
    m_sinceCheck = 0;
    m_loop.reset();
}

std::optional<RunawayDetector::Loop> RunawayDetector::feed(QStringView text)
{
    if (m_loop || text.isEmpty())
        return m_loop;
    m_tail.append(text);
    if (m_tail.size() > 2 * m_options.tailChars)
        m_tail.remove(0, m_tail.size() - m_options.tailChars);
    m_sinceCheck += int(text.size());
    if (m_sinceCheck < m_options.checkEveryChars)
        return std::nullopt;
    m_sinceCheck = 0;
    m_loop = findLoop(m_tail, m_options);
    return m_loop;
}

std::optional<RunawayDetector::Loop> RunawayDetector::findLoop(QStringView text, const Options &options)
{
    const qsizetype n = text.size();
    if (n < options.minSpanChars)
        return std::nullopt;
    const QChar *s = text.data();
    const qsizetype maxPeriod = std::min<qsizetype>(options.maxPeriod, n / std::max(2, options.minRepeats));
    for (qsizetype p = std::max(1, options.minPeriod); p <= maxPeriod; ++p) {
        // Length of the stretch at the end where s[i] == s[i - p]: the text is periodic with period p there.
        const qsizetype needed = std::max<qsizetype>(options.minSpanChars, qsizetype(options.minRepeats) * p);
        qsizetype run = 0;
        for (qsizetype i = n - 1; i >= p && s[i] == s[i - p]; --i)
            ++run;
        const qsizetype span = run + p; // the first copy matches nothing before it but belongs to the loop
        if (span < needed)
            continue;
        Loop loop;
        loop.period = int(p);
        loop.repeats = int(span / p);
        loop.sample = text.right(p).left(120).toString();
        return loop;
    }
    return std::nullopt;
}

bool RunawayDetector::isLengthWithoutAnswer(const QString &finishReason, const QString &answer)
{
    return finishReason == QLatin1String("length") && answer.trimmed().isEmpty();
}

QString RunawayDetector::describe(const Loop &loop, const QString &where)
{
    return QCoreApplication::translate("RunawayDetector",
                                       "Runaway: the %1 repeats the same %2-character passage %3 times "
                                       "(\"%4\"); the request was stopped.")
        .arg(where)
        .arg(loop.period)
        .arg(loop.repeats)
        .arg(loop.sample.simplified());
}

QString RunawayDetector::describeLengthWithoutAnswer(int maxTokens)
{
    return QCoreApplication::translate("RunawayDetector",
                                       "Runaway: generation hit max_tokens (%1) before any answer text; the "
                                       "model spent the whole budget thinking.")
        .arg(maxTokens);
}
