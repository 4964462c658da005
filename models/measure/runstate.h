#pragma once

#include <QString>

// How one request ended. Every non-Done state keeps the partial text and partial timings.
enum class RunState { Pending, Running, Done, Error, Timeout, Runaway, Cancelled, Incomplete };

QString runStateKey(RunState state); // DONE | ERROR | TIMEOUT | RUNAWAY | CANCELLED | INCOMPLETE | PENDING | RUNNING
RunState runStateFromKey(const QString &key);
QString runStateDisplayName(RunState state); // translated
