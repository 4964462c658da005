#pragma once

#include <QList>
#include <QString>

// Round local-time tick marks for a time axis: every 1/2/5/10/15/30 s or min, or 1/2/3/6/12 h, the
// finest step that gives at most maxTicks marks in (fromMs, toMs], aligned in local time (so hourly
// marks fall on the hour in the user's time zone). Labels read "HH:mm", or "HH:mm:ss" below a minute.
struct TimeTick
{
    qint64 epochMs = 0;
    QString label;
    bool operator==(const TimeTick &) const = default;
};

class TimeTicks final
{
public:
    static QList<TimeTick> compute(qint64 fromEpochMs, qint64 toEpochMs, int maxTicks = 8);
    static qint64 stepMs(qint64 spanMs, int maxTicks = 8);
};
