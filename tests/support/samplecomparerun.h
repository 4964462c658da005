#pragma once

#include "models/compare/comparerun.h"

#include <QString>

// A finished comparison with every field of every cell set to a distinct, non-default value (texts
// with Korean, quotes, commas, pipes and newlines; nulls where a real run has them), for the history,
// JSON and export tests. Two nodes x thinking on/off x 2 runs plus one warm-up per node.
namespace SampleCompareRun {

CompareRun make();

} // namespace SampleCompareRun
