#pragma once

#include "models/bench/verdict.h"

#include <QColor>

// Colours of benchmark results, shared by the matrix, the dialogs and the history charts so a verdict
// looks the same everywhere. Light backgrounds with dark text (Fusion light palette); red/green pairs
// also differ in lightness so they stay apart for common colour blindness.
class BenchPalette final
{
public:
    static QColor verdict(Verdict verdict);
    static QColor verdictText(Verdict verdict); // readable on verdict()
    // Cell background for a score: failing scores warm (red to amber), passing ones green, the
    // threshold is where the hue switches.
    static QColor score(double score, double passThreshold);
    static QColor unstable();  // the UNSTABLE badge
    static QColor failedRun(); // a request that did not end DONE (ERROR, TIMEOUT, ...)
    static QColor pending();   // not run yet
    static QColor divergent(); // the corner mark of a divergent approach (structural consensus)
    static QColor text();      // dark text on every background above
};
