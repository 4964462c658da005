#pragma once

#include "models/measure/metricinfo.h"

// The compare code's name for the metric registry (models/measure/metricinfo.h).
using CompareMetric = MetricInfo;
