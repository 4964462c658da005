#pragma once

#include "models/pair/pairstep.h"

#include <QColor>

// Colours of the Pair page and its timeline: one hue per role (builder blue, reviewer orange) with the
// phases of a step as shades (prefill light, thinking hatched-looking mid, generation full), verdict
// badges, gaps and the TCT marker. Light background, dark text.
class PairPalette final
{
public:
    enum class Phase
    {
        Prefill,
        Thinking,
        Generation
    };
    static QColor phase(PairRole role, Phase phase);
    static QColor verdict(ReviewVerdict verdict);
    static QColor failed();
    static QColor gap();
    static QColor tct();
    static QColor grid();
    static QColor laneBackground(int lane);
    static QColor text();
    static QColor mutedText();
    static QColor simulated();
    static QColor better(); // the single-vs-pair table: the better side
};
