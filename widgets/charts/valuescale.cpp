#include "widgets/charts/valuescale.h"

#include <QtGlobal>

#include <cmath>

ValueScale ValueScale::forMaximum(double maximum)
{
    if (!(maximum > 0) || !std::isfinite(maximum))
        return {};
    const double rough = maximum / 4;
    const double magnitude = std::pow(10.0, std::floor(std::log10(rough)));
    double step = 10 * magnitude;
    for (double m : {1.0, 2.0, 2.5, 5.0}) {
        if (m * magnitude >= rough) {
            step = m * magnitude;
            break;
        }
    }
    const int intervals = qMax(1, int(std::ceil(maximum / step - 1e-9)));
    return {intervals * step, intervals + 1};
}
