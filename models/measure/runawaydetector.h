#pragma once

#include <QString>
#include <optional>

// Watches the tail of a streamed text (reasoning or answer) for a model stuck in a loop: the same
// passage repeated back to back. A passage of p characters counts as a loop when it repeats at least
// `minRepeats` times and the repeated stretch covers at least `minSpanChars`, so short legitimate
// repetition (a row of dashes, a few equal table lines) is not a runaway. Cost: the tail is re-checked
// every `checkEveryChars` new characters, O(maxPeriod + repeated span) per check.
class RunawayDetector final
{
public:
    struct Options
    {
        int minPeriod = 1;
        int maxPeriod = 1000;
        int minRepeats = 4;
        int minSpanChars = 800;
        int checkEveryChars = 64;
        int tailChars = 8192; // kept text; must exceed minRepeats * maxPeriod
    };
    struct Loop
    {
        int period = 0;  // characters in the repeated passage
        int repeats = 0; // how many times it repeats (whole copies)
        QString sample;  // the passage (shortened for display)
    };

    RunawayDetector();
    explicit RunawayDetector(const Options &options);

    // Appends text; returns the loop when the tail now is one (then it stays detected).
    std::optional<Loop> feed(QStringView text);
    std::optional<Loop> loop() const { return m_loop; }
    void reset();

    // Checks a whole text at once (tests, non-streamed answers).
    static std::optional<Loop> findLoop(QStringView text, const Options &options);
    // A runaway that no loop shows: the answer is empty although generation stopped at max_tokens.
    static bool isLengthWithoutAnswer(const QString &finishReason, const QString &answer);
    // Translated explanation for the result's error text. `where` is "reasoning" or "answer" (translated).
    static QString describe(const Loop &loop, const QString &where);
    static QString describeLengthWithoutAnswer(int maxTokens);

private:
    Options m_options;
    QString m_tail;
    int m_sinceCheck = 0;
    std::optional<Loop> m_loop;
};
