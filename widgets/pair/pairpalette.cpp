#include "widgets/pair/pairpalette.h"

QColor PairPalette::phase(PairRole role, Phase phase)
{
    const bool reviewer = role == PairRole::Review;
    switch (phase) {
    case Phase::Prefill:
        return reviewer ? QColor(0xfd, 0xd9, 0xb5) : QColor(0xbf, 0xd7, 0xf2);
    case Phase::Thinking:
        return reviewer ? QColor(0xc0, 0x84, 0xfc) : QColor(0xa7, 0x8b, 0xfa);
    case Phase::Generation:
        return reviewer ? QColor(0xea, 0x7a, 0x1c) : QColor(0x25, 0x63, 0xeb);
    }
    return Qt::gray;
}

QColor PairPalette::verdict(ReviewVerdict verdict)
{
    switch (verdict) {
    case ReviewVerdict::Approve:
        return QColor(0x15, 0x80, 0x3d);
    case ReviewVerdict::Reject:
        return QColor(0xb9, 0x1c, 0x1c);
    case ReviewVerdict::Unparsable:
        return QColor(0xa1, 0x62, 0x07);
    case ReviewVerdict::None:
        break;
    }
    return mutedText();
}

QColor PairPalette::failed()
{
    return QColor(0xdc, 0x26, 0x26);
}

QColor PairPalette::gap()
{
    return QColor(0x6b, 0x72, 0x80);
}

QColor PairPalette::tct()
{
    return QColor(0x11, 0x18, 0x27);
}

QColor PairPalette::grid()
{
    return QColor(0xe5, 0xe7, 0xeb);
}

QColor PairPalette::laneBackground(int lane)
{
    return lane % 2 ? QColor(0xf9, 0xfa, 0xfb) : QColor(0xf3, 0xf4, 0xf6);
}

QColor PairPalette::text()
{
    return QColor(0x1f, 0x29, 0x37);
}

QColor PairPalette::mutedText()
{
    return QColor(0x6b, 0x72, 0x80);
}

QColor PairPalette::simulated()
{
    return QColor(0x6d, 0x28, 0xd9);
}

QColor PairPalette::better()
{
    return QColor(0xdc, 0xfc, 0xe7);
}
