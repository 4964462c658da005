#include "models/net/slotsreading.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace SlotsReading {

std::optional<QList<SlotState>> parse(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray())
        return std::nullopt;
    QList<SlotState> out;
    for (const QJsonValue &v : doc.array()) {
        const QJsonObject o = v.toObject();
        if (!o.contains(QLatin1String("id")))
            return std::nullopt;
        SlotState s;
        s.id = o.value(QLatin1String("id")).toInt(-1);
        s.idTask = qint64(o.value(QLatin1String("id_task")).toDouble(-1));
        s.processing = o.value(QLatin1String("is_processing")).toBool();
        const QJsonArray next = o.value(QLatin1String("next_token")).toArray();
        if (!next.isEmpty())
            s.nDecoded = qint64(next.first().toObject().value(QLatin1String("n_decoded")).toDouble(0));
        else if (o.contains(QLatin1String("n_decoded"))) // older builds: at the slot's top level
            s.nDecoded = qint64(o.value(QLatin1String("n_decoded")).toDouble(0));
        out.append(s);
    }
    return out;
}

} // namespace SlotsReading

void SlotRate::clear()
{
    *this = SlotRate();
}

std::optional<double> SlotRate::update(qint64 monotonicMs, const QList<SlotState> &states,
                                       std::optional<double> generationTotal)
{
    double shown = 0;        // tokens decoded since the previous poll by tasks still running
    double endedShown = 0;   // tokens the slots had shown for tasks that ended since
    for (const SlotState &prev : std::as_const(m_lastSlots)) {
        if (!prev.processing)
            continue;
        const auto now = std::find_if(states.cbegin(), states.cend(), [&](const SlotState &s) {
            return s.id == prev.id && s.idTask == prev.idTask && s.processing;
        });
        if (now == states.cend())
            endedShown += double(prev.nDecoded);
    }
    for (const SlotState &s : states) {
        if (!s.processing)
            continue;
        const auto prev = std::find_if(m_lastSlots.cbegin(), m_lastSlots.cend(), [&](const SlotState &p) {
            return p.id == s.id && p.idTask == s.idTask && p.processing;
        });
        const qint64 before = prev == m_lastSlots.cend() ? 0 : prev->nDecoded;
        shown += double(std::max<qint64>(0, s.nDecoded - before));
    }

    std::optional<double> rate;
    const bool restarted = generationTotal && m_lastTotal && *generationTotal < *m_lastTotal;
    if (m_lastMs && monotonicMs > *m_lastMs && !restarted) { // a counter drop is a restart: no rate
        double tokens = shown;
        if (generationTotal && m_lastTotal && *generationTotal >= *m_lastTotal) {
            // The counter grew by every token of the tasks that ended; the slots showed part of those.
            const double counted = *generationTotal - *m_lastTotal;
            tokens += std::max(0.0, counted - endedShown);
        }
        rate = tokens / (double(monotonicMs - *m_lastMs) / 1000.0);
    }
    m_lastMs = monotonicMs;
    m_lastSlots = states;
    m_lastTotal = generationTotal;
    return rate;
}
