#pragma once

#include <QString>

// Elapsed time as a clock, the one format of every progress line (GUI and CLI): "h:mm:ss".
class ElapsedText final
{
public:
    static QString clock(qint64 ms); // negative = 0
};
