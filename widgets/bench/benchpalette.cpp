#include "widgets/bench/benchpalette.h"

#include <QtGlobal>

QColor BenchPalette::verdict(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Unanimous:
        return QColor(0x2e, 0x9e, 0x5b); // green
    case Verdict::Majority:
        return QColor(0x8c, 0xc6, 0x5a); // yellow-green
    case Verdict::Split:
        return QColor(0xf0, 0xa2, 0x3b); // amber
    case Verdict::AllFail:
        return QColor(0xd6, 0x45, 0x45); // red
    }
    return QColor(Qt::gray);
}

QColor BenchPalette::verdictText(Verdict verdict)
{
    // The light middle verdicts take dark text, the saturated ends white.
    return verdict == Verdict::Majority || verdict == Verdict::Split ? text() : QColor(Qt::white);
}

QColor BenchPalette::score(double score, double passThreshold)
{
    const double s = qBound(0.0, score, 100.0);
    if (s >= passThreshold) {
        // pale green at the threshold, stronger green at 100
        const double t = passThreshold >= 100 ? 1.0 : (s - passThreshold) / (100.0 - passThreshold);
        return QColor::fromHsvF(0.36, 0.18 + 0.27 * t, 0.93 - 0.05 * t);
    }
    // red at 0, amber just below the threshold
    const double t = passThreshold <= 0 ? 0.0 : s / passThreshold;
    return QColor::fromHsvF(0.0 + 0.09 * t, 0.45 - 0.12 * t, 0.97);
}

QColor BenchPalette::unstable()
{
    return QColor(0x8e, 0x44, 0xad);
}

QColor BenchPalette::failedRun()
{
    return QColor(0xe0, 0xb4, 0xb4);
}

QColor BenchPalette::pending()
{
    return QColor(0xf2, 0xf2, 0xf2);
}

QColor BenchPalette::text()
{
    return QColor(0x20, 0x20, 0x20);
}

QColor BenchPalette::divergent()
{
    return QColor(0x6a, 0x1b, 0x9a); // violet: apart from the red-amber-green score scale
}
