#include "models/history/comparehistoryschema.h"

#include "models/compare/comparemetrics.h"

// Frozen: a released migration is never edited, only followed by a new one.
static const char *const s_migration1 = R"sql(
CREATE TABLE compare_runs (
    id TEXT PRIMARY KEY,
    started_at TEXT NOT NULL,
    finished_at TEXT,
    prompt TEXT NOT NULL,
    system_prompt TEXT NOT NULL DEFAULT '',
    settings_json TEXT NOT NULL,
    tool_version TEXT NOT NULL
);
CREATE TABLE compare_nodes (
    run_id TEXT NOT NULL REFERENCES compare_runs(id) ON DELETE CASCADE,
    node_index INTEGER NOT NULL,
    name TEXT NOT NULL,
    url TEXT NOT NULL,
    simulated INTEGER NOT NULL,
    backend TEXT NOT NULL,
    server_version TEXT,
    model_id TEXT,
    context_length INTEGER,
    PRIMARY KEY (run_id, node_index)
);
CREATE TABLE compare_cells (
    run_id TEXT NOT NULL REFERENCES compare_runs(id) ON DELETE CASCADE,
    cell_index INTEGER NOT NULL,
    node_index INTEGER NOT NULL,
    thinking INTEGER NOT NULL,
    run INTEGER NOT NULL,
    warmup INTEGER NOT NULL,
    state TEXT NOT NULL,
    error TEXT,
    http_status INTEGER,
    text TEXT NOT NULL,
    reasoning TEXT NOT NULL,
    finish_reason TEXT,
    model TEXT,
    system_fingerprint TEXT,
    flags TEXT NOT NULL,
    server_timings TEXT,
    chunk_count INTEGER NOT NULL,
    started_at TEXT,
    started_ms REAL,
    finished_ms REAL,
    ttfr_ms REAL, ttft_ms REAL, ttfa_ms REAL, ttr_ms REAL, headers_ms REAL,
    prefill_ms REAL, prefill_tps REAL, thinking_ms REAL, generation_ms REAL,
    decode_tps REAL, raw_tps REAL, effective_tps REAL,
    prompt_tokens INTEGER, cached_prompt_tokens INTEGER, completion_tokens INTEGER,
    reasoning_tokens INTEGER, answer_tokens INTEGER, thinking_ratio REAL,
    itl_p50_ms REAL, itl_p95_ms REAL, server_prefill_ms REAL, server_decode_tps REAL,
    client_server_gap_ms REAL,
    prefill_source TEXT, decode_source TEXT, reasoning_tokens_source TEXT, answer_tokens_source TEXT,
    PRIMARY KEY (run_id, cell_index)
);
CREATE INDEX compare_cells_node ON compare_cells(run_id, node_index, thinking)
)sql";

// 2: a user-given name per run (history list), the list's sort order as an index, and the sources of
// effective speed and thinking ratio (estimated when the server gives no reasoning-token count).
static const char *const s_migration2 = R"sql(
ALTER TABLE compare_runs ADD COLUMN label TEXT NOT NULL DEFAULT '';
ALTER TABLE compare_cells ADD COLUMN effective_tps_source TEXT;
ALTER TABLE compare_cells ADD COLUMN thinking_ratio_source TEXT;
CREATE INDEX compare_runs_started ON compare_runs(started_at DESC)
)sql";

// 3: measurement round 2: connection set-up time and the server's decode speed like for like
// ((predicted_n - 1) / predicted_ms). raw_tps stays for old rows; new rows leave it NULL (it was the
// decode speed with an off-by-one).
static const char *const s_migration3 = R"sql(
ALTER TABLE compare_cells ADD COLUMN connect_ms REAL;
ALTER TABLE compare_cells ADD COLUMN server_decode_steps_tps REAL
)sql";

// 4: token usage per request as the server reported it (cloud nodes bill by it), as JSON
// (CompareResultJson::usageToJson); NULL for rows written before.
static const char *const s_migration4 = R"sql(
ALTER TABLE compare_cells ADD COLUMN usage_json TEXT
)sql";

QStringList CompareHistorySchema::migrations()
{
    return {QString::fromUtf8(s_migration1).trimmed(), QString::fromUtf8(s_migration2).trimmed(),
            QString::fromUtf8(s_migration3).trimmed(), QString::fromUtf8(s_migration4).trimmed()};
}

QStringList CompareHistorySchema::cellColumns()
{
    QStringList c{QStringLiteral("run_id"),      QStringLiteral("cell_index"),
                  QStringLiteral("node_index"),  QStringLiteral("thinking"),
                  QStringLiteral("run"),         QStringLiteral("warmup"),
                  QStringLiteral("state"),       QStringLiteral("error"),
                  QStringLiteral("http_status"), QStringLiteral("text"),
                  QStringLiteral("reasoning"),   QStringLiteral("finish_reason"),
                  QStringLiteral("model"),       QStringLiteral("system_fingerprint"),
                  QStringLiteral("flags"),       QStringLiteral("server_timings"),
                  QStringLiteral("chunk_count"), QStringLiteral("started_at"),
                  QStringLiteral("started_ms"),  QStringLiteral("finished_ms")};
    for (const CompareMetric &m : CompareMetric::all())
        c.append(m.keyString());
    c << QStringLiteral("prefill_source") << QStringLiteral("decode_source")
      << QStringLiteral("reasoning_tokens_source") << QStringLiteral("answer_tokens_source")
      << QStringLiteral("effective_tps_source") << QStringLiteral("thinking_ratio_source")
      << QStringLiteral("usage_json");
    return c;
}
