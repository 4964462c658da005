#pragma once

#include <QByteArray>
#include <QList>
#include <optional>

// One llama-server slot as `/slots` reports it (needs `--slots`). n_decoded lives in
// next_token[0].n_decoded and counts the tokens generated so far by the task the slot runs
// (id_task); it resets to 0 when the task ends.
struct SlotState
{
    int id = -1;
    qint64 idTask = -1;
    bool processing = false;
    qint64 nDecoded = 0;
    bool operator==(const SlotState &) const = default;
};

namespace SlotsReading {
// nullopt when the body is not a /slots array (disabled slots answer 501 with an error object).
std::optional<QList<SlotState>> parse(const QByteArray &body);
} // namespace SlotsReading

// Live generation rate of a llama.cpp node. `llamacpp:tokens_predicted_total` moves only when a request
// ends, so a counter rate is 0 during a 30 s generation and then a spike. This rate counts the
// n_decoded deltas of the processing slots between polls, plus the counter's delta minus the tokens
// the slots already showed for tasks that ended (their tail since the last poll), over measured time.
class SlotRate final
{
public:
    // `generationTotal`: the tokens_predicted_total counter of the same poll (nullopt when unknown).
    // Returns tok/s since the previous update, nullopt on the first one (or after clear()).
    std::optional<double> update(qint64 monotonicMs, const QList<SlotState> &states,
                                 std::optional<double> generationTotal);
    void clear();

private:
    std::optional<qint64> m_lastMs;
    QList<SlotState> m_lastSlots;
    std::optional<double> m_lastTotal;
};
