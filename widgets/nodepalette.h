#pragma once

#include <QColor>

// One color per node position, shared by the node cards and the charts so a node looks the same
// everywhere. Chosen to stay distinguishable on a light background (and for common color blindness:
// blue / orange / teal lead).
class NodePalette final
{
public:
    static QColor color(int index);
    static int size();
};
