#pragma once

// A round top and tick count for a 0-based value axis holding `maximum`: 1 to 6 intervals of
// 1, 2, 2.5 or 5 x 10^n, so the labels read 0 / 500 / 1000 / 1500 rather than 0 / 1250 / 2500.
// A maximum of 0 or less (no data) gives 0..10.
struct ValueScale
{
    double top = 10;
    int ticks = 6; // including 0 and top

    static ValueScale forMaximum(double maximum);
};
