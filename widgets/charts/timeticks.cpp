#include "widgets/charts/timeticks.h"

#include <QDateTime>

#include <cmath>

qint64 TimeTicks::stepMs(qint64 spanMs, int maxTicks)
{
    static constexpr qint64 s = 1000, m = 60 * s, h = 60 * m;
    static constexpr qint64 steps[] = {s,      2 * s,  5 * s,  10 * s, 15 * s, 30 * s, m,     2 * m,  5 * m,
                                       10 * m, 15 * m, 30 * m, h,      2 * h,  3 * h,  6 * h, 12 * h, 24 * h};
    for (qint64 step : steps) {
        if (spanMs / step <= qMax(1, maxTicks))
            return step;
    }
    return steps[std::size(steps) - 1];
}

QList<TimeTick> TimeTicks::compute(qint64 fromEpochMs, qint64 toEpochMs, int maxTicks)
{
    QList<TimeTick> ticks;
    if (toEpochMs <= fromEpochMs)
        return ticks;
    const qint64 step = stepMs(toEpochMs - fromEpochMs, maxTicks);
    // Align on the local clock: shift by the UTC offset, round up to the step, shift back.
    const qint64 offsetMs = qint64(QDateTime::fromMSecsSinceEpoch(fromEpochMs).offsetFromUtc()) * 1000;
    const qint64 localFrom = fromEpochMs + offsetMs;
    qint64 local =
        (localFrom / step + 1) * step; // strictly after `from`: labels never repeat in a 24 h window
    const QString format = step < 60'000 ? QStringLiteral("HH:mm:ss") : QStringLiteral("HH:mm");
    for (; local - offsetMs <= toEpochMs; local += step) {
        const qint64 t = local - offsetMs;
        ticks.append({t, QDateTime::fromMSecsSinceEpoch(t).toString(format)});
    }
    return ticks;
}
