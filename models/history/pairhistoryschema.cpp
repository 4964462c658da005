#include "models/history/pairhistoryschema.h"

static const char *const s_migration1 = R"sql(
CREATE TABLE pair_runs (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    started_at TEXT NOT NULL,
    finished_at TEXT,
    status TEXT NOT NULL,
    builder_node TEXT NOT NULL,
    builder_simulated INTEGER NOT NULL,
    builder_thinking INTEGER,
    reviewer_node TEXT NOT NULL,
    reviewer_simulated INTEGER NOT NULL,
    reviewer_thinking INTEGER,
    suites TEXT NOT NULL,
    runs INTEGER NOT NULL,
    rounds INTEGER NOT NULL,
    reviewer_prompt_key TEXT NOT NULL,
    reviewer_prompt TEXT NOT NULL,
    settings_json TEXT NOT NULL,
    tool_version TEXT NOT NULL
);
CREATE TABLE pair_task_runs (
    run_id INTEGER NOT NULL REFERENCES pair_runs(id) ON DELETE CASCADE,
    task_run_index INTEGER NOT NULL,
    suite TEXT NOT NULL,
    task TEXT NOT NULL,
    title TEXT NOT NULL,
    run INTEGER NOT NULL,
    pass_threshold REAL NOT NULL,
    state TEXT NOT NULL,
    error TEXT,
    score REAL,
    passed INTEGER NOT NULL,
    checks_json TEXT NOT NULL,
    single_score REAL,
    single_passed INTEGER NOT NULL,
    single_checks_json TEXT NOT NULL,
    tct_ms REAL,
    PRIMARY KEY (run_id, task_run_index)
);
CREATE TABLE pair_steps (
    run_id INTEGER NOT NULL REFERENCES pair_runs(id) ON DELETE CASCADE,
    task_run_index INTEGER NOT NULL,
    step_index INTEGER NOT NULL,
    round INTEGER NOT NULL,
    role TEXT NOT NULL,
    node TEXT NOT NULL,
    simulated INTEGER NOT NULL,
    thinking INTEGER,
    state TEXT NOT NULL,
    error TEXT,
    messages_json TEXT NOT NULL,
    text TEXT NOT NULL,
    reasoning TEXT NOT NULL,
    finish_reason TEXT,
    flags_json TEXT NOT NULL,
    start_ms REAL,
    end_ms REAL,
    ttr_ms REAL,
    verdict TEXT,
    issues_json TEXT NOT NULL,
    metrics_json TEXT NOT NULL,
    PRIMARY KEY (run_id, task_run_index, step_index)
);
CREATE INDEX pair_runs_started ON pair_runs(started_at DESC)
)sql";

// 2: rubber-stamp tests (one row per test, one per reviewer prompt; rates as {mean,min,max,per_run} JSON)
static const char *const s_migration2 = R"sql(
CREATE TABLE pair_rubber_stamp_runs (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    started_at TEXT NOT NULL,
    finished_at TEXT,
    status TEXT NOT NULL,
    reviewer_node TEXT NOT NULL,
    reviewer_simulated INTEGER NOT NULL,
    reviewer_thinking INTEGER,
    suites TEXT NOT NULL,
    runs INTEGER NOT NULL,
    bad_samples INTEGER NOT NULL,
    good_samples INTEGER NOT NULL,
    corpus_samples INTEGER NOT NULL,
    tool_version TEXT NOT NULL
);
CREATE TABLE pair_rubber_stamp_results (
    test_id INTEGER NOT NULL REFERENCES pair_rubber_stamp_runs(id) ON DELETE CASCADE,
    prompt_index INTEGER NOT NULL,
    prompt_key TEXT NOT NULL,
    prompt TEXT NOT NULL,
    bad_reviews INTEGER NOT NULL,
    bad_approved INTEGER NOT NULL,
    good_reviews INTEGER NOT NULL,
    good_rejected INTEGER NOT NULL,
    unparsable INTEGER NOT NULL,
    failed INTEGER NOT NULL,
    rubber_stamp_json TEXT NOT NULL,
    nitpick_json TEXT NOT NULL,
    PRIMARY KEY (test_id, prompt_index)
);
CREATE INDEX pair_rubber_stamp_runs_started ON pair_rubber_stamp_runs(started_at DESC)
)sql";

QStringList PairHistorySchema::migrations()
{
    return {QString::fromUtf8(s_migration1).trimmed(), QString::fromUtf8(s_migration2).trimmed()};
}
