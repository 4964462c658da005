#pragma once

#include "models/bench/benchresult.h"
#include "models/bench/suite.h"

#include <QList>

// Puts a benchmark report's cells and verdicts in suite/task order (the order of the run's suites, then
// each suite's task order, then the run's node order) instead of the order the cells finished in.
// Tasks no given suite knows (an edited suite) follow the known ones of their suite, by id. Stateless.
class BenchReportOrder final
{
public:
    static BenchReport sorted(const BenchReport &report, const QList<Suite> &suites);
};
