#pragma once

#include "models/pair/pairrun.h"

#include <QByteArray>
#include <nlohmann/json.hpp>

// The outputs of a pair run, shared by `tokscope-cli pair` and the page's export:
// JSON {"run": {...}, "tasks": [one per task x run: steps (role, node, thinking, state, ttr_ms, tokens,
// verdict, ...), score, passed, single_score, tct_ms, ...], "per_task": [...], "summary": [...]},
// CSV (one row per step) and Markdown (summary, per-task table, steps). Unknown values are null / "-".
class PairExporter final
{
public:
    static nlohmann::ordered_json toJson(const PairRun &run, bool includeTexts = false);
    static nlohmann::ordered_json stepToJson(const PairStep &step, bool includeTexts);
    static QByteArray toJsonBytes(const PairRun &run, bool includeTexts = false);
    static QByteArray toCsv(const PairRun &run);
    static QByteArray toMarkdown(const PairRun &run);
};
