#pragma once

#include <QStringList>

// The SQL schema of the pair history (component "pair" of HistoryDatabase), kept apart from the other
// components' migration lists. Frozen once released: a change is a new migration appended, never an edit.
//  1: pair_runs, pair_task_runs, pair_steps (step metrics as JSON under CompareMetric keys)
//  2: pair_rubber_stamp_runs, pair_rubber_stamp_results (RubberStampHistoryStore)
namespace PairHistorySchema {

QStringList migrations();

} // namespace PairHistorySchema
