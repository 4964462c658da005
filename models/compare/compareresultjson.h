#pragma once

#include "models/compare/comparerun.h"
#include "models/compare/comparesummary.h"

#include "models/measure/tokenusage.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <nlohmann/json.hpp>
#include <optional>

// The JSON shape of a comparison, shared by `tokscope-cli compare --json` and the JSON export:
//   {"run": {id, started_at, finished_at, label, settings, nodes: [...]},
//    "cells": [one object per node x mode x run, warm-ups included with "warmup": true],
//    "summary": [one object per node x mode: runs, done, states, flags, stable, stability, diff,
//                and {mean, min, max, n} under every metric key]}
// Metric keys, units and definitions: CompareMetric. Unknown values are null, never 0.
// The API key is never part of a CompareRun, so it cannot appear here.
class CompareResultJson final
{
    Q_DECLARE_TR_FUNCTIONS(CompareResultJson)

public:
    static nlohmann::ordered_json toJson(const CompareRun &run);
    static nlohmann::ordered_json toJson(const CompareRun &run, const QList<CompareGroupSummary> &summary);
    static QByteArray toBytes(const CompareRun &run, int indent = 2);

    static nlohmann::ordered_json runToJson(const CompareRun &run);
    static nlohmann::ordered_json nodeToJson(const CompareNodeInfo &node);
    static nlohmann::ordered_json cellToJson(const CompareRun &run, const CompareCell &cell);
    // Token usage of one request: input, output, reasoning, cache read/write, total (null = not sent).
    static nlohmann::ordered_json usageToJson(const TokenUsage &usage);
    static TokenUsage usageFromJson(const nlohmann::ordered_json &json);
    static nlohmann::ordered_json summaryToJson(const CompareRun &run, const CompareGroupSummary &group);

    // Reads a document written by toJson() back (e.g. to reopen an exported file). Summaries are
    // recomputed from the cells, not read. nullopt + *error for anything that is not such a document.
    static std::optional<CompareRun> fromBytes(const QByteArray &json, QString *error = nullptr);
    static std::optional<CompareRun> fromJson(const nlohmann::ordered_json &json, QString *error = nullptr);
};
