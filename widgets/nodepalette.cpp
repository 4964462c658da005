#include "widgets/nodepalette.h"

#include <array>

namespace {
constexpr std::array<QRgb, 8> kColors = {
    0x2563eb, // blue
    0xea580c, // orange
    0x0d9488, // teal
    0x9333ea, // purple
    0xdb2777, // pink
    0x65a30d, // olive green
    0x0891b2, // cyan
    0xa16207, // amber brown
};
} // namespace

QColor NodePalette::color(int index)
{
    const int n = int(kColors.size());
    return QColor(kColors[std::size_t(((index % n) + n) % n)]);
}

int NodePalette::size()
{
    return int(kColors.size());
}
