#pragma once

#include <QStringList>

// The SQL schema of the compare history (component "compare" of HistoryDatabase). Migrations are
// frozen once released: a change is a new migration appended to the list, never an edit.
//  1: compare_runs, compare_nodes, compare_cells (every metric a column, NULL = unknown)
//  2: compare_runs.label, compare_cells.effective_tps_source / thinking_ratio_source, index on start time
namespace CompareHistorySchema {

QStringList migrations();
// compare_cells columns in the order CompareHistoryStore binds and reads them (latest schema).
QStringList cellColumns();

} // namespace CompareHistorySchema
