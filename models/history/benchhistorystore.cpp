#include "models/history/benchhistorystore.h"

#include "models/history/historydatabase.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <nlohmann/json.hpp>

using json = nlohmann::json;

// Frozen: a released migration is never edited, only followed by a new one.
static const char *const s_migration1 = R"sql(
CREATE TABLE bench_runs (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    started_ms INTEGER NOT NULL,
    finished_ms INTEGER,
    suites TEXT NOT NULL,
    settings_json TEXT NOT NULL,
    status TEXT NOT NULL,
    tool_version TEXT NOT NULL
);
CREATE TABLE bench_nodes (
    run_id INTEGER NOT NULL REFERENCES bench_runs(id) ON DELETE CASCADE,
    node TEXT NOT NULL,
    url TEXT NOT NULL,
    backend TEXT NOT NULL,
    server_version TEXT,
    model_id TEXT,
    context_length INTEGER,
    props_json TEXT,
    fingerprint TEXT NOT NULL,
    PRIMARY KEY (run_id, node)
);
CREATE TABLE bench_results (
    run_id INTEGER NOT NULL REFERENCES bench_runs(id) ON DELETE CASCADE,
    suite TEXT NOT NULL,
    task TEXT NOT NULL,
    node TEXT NOT NULL,
    run_index INTEGER NOT NULL,
    state TEXT NOT NULL,
    error TEXT,
    score REAL,
    skipped_checks INTEGER NOT NULL,
    checks_json TEXT NOT NULL,
    answers_json TEXT NOT NULL,
    reasoning_json TEXT NOT NULL,
    timings_json TEXT NOT NULL,
    tct_ms REAL,
    effective_tps REAL,
    started_ms INTEGER,
    PRIMARY KEY (run_id, suite, task, node, run_index)
);
CREATE TABLE bench_cells (
    run_id INTEGER NOT NULL REFERENCES bench_runs(id) ON DELETE CASCADE,
    suite TEXT NOT NULL,
    task TEXT NOT NULL,
    node TEXT NOT NULL,
    pass_threshold REAL NOT NULL,
    runs INTEGER NOT NULL,
    mean_score REAL, min_score REAL, max_score REAL,
    passed INTEGER NOT NULL,
    stable INTEGER NOT NULL,
    state TEXT NOT NULL,
    ttr_ms REAL,
    effective_tps REAL,
    PRIMARY KEY (run_id, suite, task, node)
);
CREATE INDEX bench_cells_lookup ON bench_cells(suite, task, node, run_id);
CREATE TABLE bench_verdicts (
    run_id INTEGER NOT NULL REFERENCES bench_runs(id) ON DELETE CASCADE,
    suite TEXT NOT NULL,
    task TEXT NOT NULL,
    verdict TEXT NOT NULL,
    passing_nodes TEXT NOT NULL,
    nodes TEXT NOT NULL,
    PRIMARY KEY (run_id, suite, task)
);
CREATE INDEX bench_verdicts_counts ON bench_verdicts(run_id, verdict);
CREATE INDEX bench_cells_history ON bench_cells(suite, run_id, node, mean_score, ttr_ms, passed)
)sql";

// Migration 2 (issue 8): the task version each cell was graded with. Rows stored before it have ''
// (comparable only with each other). Kept in its own function: other migrations follow it, none edits it.
static QString taskVersionMigration()
{
    return QStringLiteral("ALTER TABLE bench_cells ADD COLUMN task_version TEXT NOT NULL DEFAULT ''");
}

// Migration 3 (issue 12): structural consensus of code tasks. Each cell keeps its solution's structure,
// each verdict the comparison and its flag (docs/consensus.md); NULL for other tasks and older rows.
static QString consensusMigration()
{
    return QStringLiteral("ALTER TABLE bench_cells ADD COLUMN structure_json TEXT;\n"
                          "ALTER TABLE bench_verdicts ADD COLUMN consensus_json TEXT");
}

namespace {

QVariant jsonText(const std::optional<nlohmann::ordered_json> &value)
{
    return value ? QVariant(QString::fromStdString(value->dump())) : QVariant(QMetaType(QMetaType::QString));
}

nlohmann::ordered_json parsedText(const QVariant &v)
{
    const QByteArray bytes = v.toByteArray();
    return v.isNull() ? nlohmann::ordered_json()
                      : nlohmann::ordered_json::parse(bytes.cbegin(), bytes.cend(), nullptr, false);
}

QVariant opt(const std::optional<double> &v)
{
    return v ? QVariant(*v) : QVariant(QMetaType(QMetaType::Double));
}

std::optional<double> optDouble(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<double>(v.toDouble());
}

QByteArray stringsJson(const QStringList &list)
{
    json arr = json::array();
    for (const QString &s : list)
        arr.push_back(s.toStdString());
    return QByteArray::fromStdString(arr.dump());
}

QStringList stringsFromJson(const QByteArray &bytes)
{
    QStringList out;
    const json arr = json::parse(bytes.cbegin(), bytes.cend(), nullptr, false);
    if (arr.is_array())
        for (const json &v : arr)
            if (v.is_string())
                out << QString::fromStdString(v.get<std::string>());
    return out;
}

json optJson(const std::optional<double> &v)
{
    return v ? json(*v) : json(nullptr);
}

std::optional<double> jsonOpt(const json &o, const char *key)
{
    auto it = o.find(key);
    return (it != o.end() && it->is_number()) ? std::optional<double>(it->get<double>()) : std::nullopt;
}

QDateTime fromMs(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

CellSummary summaryFrom(const QSqlQuery &q, int first)
{
    CellSummary s;
    s.runId = q.value(first).toLongLong();
    s.suite = q.value(first + 1).toString();
    s.task = q.value(first + 2).toString();
    s.node = q.value(first + 3).toString();
    s.mean = optDouble(q.value(first + 4));
    s.min = optDouble(q.value(first + 5));
    s.max = optDouble(q.value(first + 6));
    s.passed = q.value(first + 7).toBool();
    s.state = runStateFromKey(q.value(first + 8).toString());
    s.taskVersion = q.value(first + 9).toString();
    return s;
}

const char *const s_summaryColumns =
    "run_id, suite, task, node, mean_score, min_score, max_score, passed, state, task_version";
constexpr int s_summaryColumnCount = 10;

} // namespace

BenchHistoryStore::BenchHistoryStore(HistoryDatabase &database) : m_database(database) {}

QStringList BenchHistoryStore::migrations()
{
    return {QString::fromLatin1(s_migration1), taskVersionMigration(), consensusMigration()};
}

bool BenchHistoryStore::fail(const QString &what, const QString &detail) const
{
    m_error = what + QStringLiteral(": ") + detail;
    return false;
}

bool BenchHistoryStore::open()
{
    if (!m_database.isOpen())
        return fail(tr("history database"), tr("not open"));
    if (!m_database.migrate(component(), migrations()))
        return fail(tr("migration"), m_database.lastError());
    return true;
}

std::optional<qint64> BenchHistoryStore::createRun(const BenchRunInfo &info)
{
    QSqlDatabase db = m_database.db();
    db.transaction();
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO bench_runs(started_ms, finished_ms, suites, settings_json, status, tool_version) "
        "VALUES(?, ?, ?, ?, ?, ?)"));
    q.addBindValue(
        (info.startedAt.isValid() ? info.startedAt : QDateTime::currentDateTimeUtc()).toMSecsSinceEpoch());
    q.addBindValue(info.finishedAt.isValid() ? QVariant(info.finishedAt.toMSecsSinceEpoch())
                                             : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(QString::fromUtf8(stringsJson(info.suites)));
    q.addBindValue(QString::fromUtf8(info.settingsJson.isEmpty() ? QByteArray("{}") : info.settingsJson));
    q.addBindValue(benchRunStatusKey(info.status));
    q.addBindValue(QStringLiteral(TOKSCOPE_VERSION));
    if (!q.exec()) {
        db.rollback();
        fail(tr("create run"), q.lastError().text());
        return std::nullopt;
    }
    const qint64 id = q.lastInsertId().toLongLong();
    if (!saveNodes(id, info.nodes) || !db.commit()) {
        db.rollback();
        return std::nullopt;
    }
    return id;
}

bool BenchHistoryStore::saveNodes(qint64 runId, const QList<NodeFingerprint> &nodes)
{
    QSqlQuery q(m_database.db());
    q.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO bench_nodes(run_id, node, url, backend, server_version, model_id, "
        "context_length, props_json, fingerprint) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const NodeFingerprint &n : nodes) {
        q.addBindValue(runId);
        q.addBindValue(n.node);
        q.addBindValue(n.url.isNull() ? QStringLiteral("") : n.url); // a null QString binds as SQL NULL
        q.addBindValue(backendKey(n.backend));
        q.addBindValue(n.serverVersion);
        q.addBindValue(n.modelId);
        q.addBindValue(n.contextLength ? QVariant(*n.contextLength)
                                       : QVariant(QMetaType(QMetaType::LongLong)));
        q.addBindValue(QString::fromUtf8(n.propsJson.isEmpty() ? QByteArray("{}") : n.propsJson));
        q.addBindValue(n.digest());
        if (!q.exec())
            return fail(tr("save nodes"), q.lastError().text());
    }
    return true;
}

bool BenchHistoryStore::setRunStatus(qint64 runId, BenchRunStatus status, const QDateTime &finishedAt)
{
    QSqlQuery q(m_database.db());
    q.prepare(QStringLiteral("UPDATE bench_runs SET status = ?, finished_ms = ? WHERE id = ?"));
    q.addBindValue(benchRunStatusKey(status));
    q.addBindValue(finishedAt.isValid() ? QVariant(finishedAt.toMSecsSinceEpoch())
                                        : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(runId);
    return q.exec() ? true : fail(tr("update run"), q.lastError().text());
}

bool BenchHistoryStore::saveVerdict(qint64 runId, const TaskVerdict &v)
{
    QSqlQuery q(m_database.db());
    q.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO bench_verdicts(run_id, suite, task, verdict, passing_nodes, nodes, "
        "consensus_json) VALUES(?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(runId);
    q.addBindValue(v.suite);
    q.addBindValue(v.task);
    q.addBindValue(verdictKey(v.verdict));
    q.addBindValue(QString::fromUtf8(stringsJson(v.passingNodes)));
    q.addBindValue(QString::fromUtf8(stringsJson(v.nodes)));
    q.addBindValue(jsonText(v.consensus ? std::optional(v.consensus->toJson()) : std::nullopt));
    return q.exec() ? true : fail(tr("save verdict"), q.lastError().text());
}

bool BenchHistoryStore::saveCell(qint64 runId, const BenchCell &cell,
                                 const std::optional<TaskVerdict> &verdict)
{
    QSqlDatabase db = m_database.db();
    if (!db.transaction())
        return fail(tr("save cell"), db.lastError().text());
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO bench_results(run_id, suite, task, node, run_index, state, error, "
        "score, skipped_checks, checks_json, answers_json, reasoning_json, timings_json, tct_ms, "
        "effective_tps, started_ms) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const BenchRun &r : cell.runs) {
        QStringList answers, reasoning;
        json timings = json::array();
        for (const BenchTurn &t : r.turns) {
            answers << t.answer;
            reasoning << t.reasoning;
            timings.push_back(
                {{"ttr_ms", optJson(t.ttrMs)},
                 {"ttft_ms", optJson(t.ttftMs)},
                 {"effective_tps", optJson(t.effectiveTps)},
                 {"answer_tokens", t.answerTokens ? json(*t.answerTokens) : json(nullptr)},
                 {"completion_tokens", t.completionTokens ? json(*t.completionTokens) : json(nullptr)},
                 {"finish_reason", t.finishReason.toStdString()}});
        }
        q.addBindValue(runId);
        q.addBindValue(cell.suite);
        q.addBindValue(cell.task);
        q.addBindValue(cell.node);
        q.addBindValue(r.runIndex);
        q.addBindValue(runStateKey(r.state));
        q.addBindValue(r.error);
        q.addBindValue(opt(r.score));
        q.addBindValue(r.skippedChecks);
        q.addBindValue(QString::fromUtf8(checkResultsToJson(r.checks)));
        q.addBindValue(QString::fromUtf8(stringsJson(answers)));
        q.addBindValue(QString::fromUtf8(stringsJson(reasoning)));
        q.addBindValue(QString::fromStdString(timings.dump()));
        q.addBindValue(opt(r.tctMs()));
        q.addBindValue(opt(r.effectiveTps()));
        q.addBindValue(r.startedAt.isValid() ? QVariant(r.startedAt.toMSecsSinceEpoch())
                                             : QVariant(QMetaType(QMetaType::LongLong)));
        if (!q.exec()) {
            db.rollback();
            return fail(tr("save result"), q.lastError().text());
        }
    }
    q.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO bench_cells(run_id, suite, task, node, pass_threshold, runs, mean_score, "
        "min_score, max_score, passed, stable, state, ttr_ms, effective_tps, task_version, structure_json) "
        "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &v : {QVariant(runId), QVariant(cell.suite), QVariant(cell.task), QVariant(cell.node),
                              QVariant(cell.passThreshold), QVariant(cell.runs.size()), opt(cell.score.mean),
                              opt(cell.score.min), opt(cell.score.max), QVariant(cell.score.passed),
                              QVariant(cell.score.stable), QVariant(runStateKey(cell.score.state)),
                              opt(cell.ttrMs), opt(cell.effectiveTps), QVariant(cell.taskVersion),
                              jsonText(cell.structure.analysed ? std::optional(cell.structure.toJson())
                                                               : std::nullopt)})
        q.addBindValue(v);
    if (!q.exec() || (verdict && !saveVerdict(runId, *verdict))) {
        const QString error = q.lastError().text();
        db.rollback();
        return m_error.isEmpty() ? fail(tr("save cell"), error) : false;
    }
    if (!db.commit()) {
        db.rollback();
        return fail(tr("commit"), db.lastError().text());
    }
    return true;
}

bool BenchHistoryStore::removeRun(qint64 runId)
{
    QSqlQuery q(m_database.db());
    q.prepare(QStringLiteral("DELETE FROM bench_runs WHERE id = ?"));
    q.addBindValue(runId);
    return q.exec() ? true : fail(tr("remove run"), q.lastError().text());
}

std::optional<BenchRunInfo> BenchHistoryStore::run(qint64 runId) const
{
    QSqlQuery q(m_database.db());
    q.prepare(QStringLiteral(
        "SELECT id, started_ms, finished_ms, suites, settings_json, status FROM bench_runs WHERE id = ?"));
    q.addBindValue(runId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    BenchRunInfo info;
    info.id = q.value(0).toLongLong();
    info.startedAt = fromMs(q.value(1));
    info.finishedAt = fromMs(q.value(2));
    info.suites = stringsFromJson(q.value(3).toByteArray());
    info.settingsJson = q.value(4).toByteArray();
    info.status = benchRunStatusFromKey(q.value(5).toString());
    QSqlQuery n(m_database.db());
    n.prepare(
        QStringLiteral("SELECT node, url, backend, server_version, model_id, context_length, props_json "
                       "FROM bench_nodes WHERE run_id = ? ORDER BY rowid"));
    n.addBindValue(runId);
    if (n.exec()) {
        while (n.next()) {
            NodeFingerprint f;
            f.node = n.value(0).toString();
            f.url = n.value(1).toString();
            f.backend = backendFromKey(n.value(2).toString());
            f.serverVersion = n.value(3).toString();
            f.modelId = n.value(4).toString();
            if (!n.value(5).isNull())
                f.contextLength = n.value(5).toLongLong();
            f.propsJson = n.value(6).toByteArray();
            info.nodes.append(f);
        }
    }
    return info;
}

QList<BenchRunInfo> BenchHistoryStore::runs(int limit, int offset) const
{
    QList<BenchRunInfo> out;
    QSqlQuery q(m_database.db());
    q.prepare(QStringLiteral("SELECT id FROM bench_runs ORDER BY id DESC LIMIT ? OFFSET ?"));
    q.addBindValue(limit);
    q.addBindValue(offset);
    if (!q.exec())
        return out;
    while (q.next())
        if (auto info = run(q.value(0).toLongLong()))
            out.append(*info);
    return out;
}

QList<BenchCell> BenchHistoryStore::cells(qint64 runId, bool withTexts) const
{
    QList<BenchCell> out;
    QSqlQuery c(m_database.db());
    c.prepare(QStringLiteral(
        "SELECT suite, task, node, pass_threshold, mean_score, min_score, max_score, passed, stable, "
        "state, ttr_ms, effective_tps, runs, task_version, structure_json FROM bench_cells WHERE run_id = ? "
        "ORDER BY rowid"));
    c.addBindValue(runId);
    if (!c.exec())
        return out;
    while (c.next()) {
        BenchCell cell;
        cell.suite = c.value(0).toString();
        cell.task = c.value(1).toString();
        cell.node = c.value(2).toString();
        cell.passThreshold = c.value(3).toDouble();
        cell.score.mean = optDouble(c.value(4));
        cell.score.min = optDouble(c.value(5));
        cell.score.max = optDouble(c.value(6));
        cell.score.passed = c.value(7).toBool();
        cell.score.stable = c.value(8).toBool();
        cell.score.state = runStateFromKey(c.value(9).toString());
        cell.ttrMs = optDouble(c.value(10));
        cell.effectiveTps = optDouble(c.value(11));
        cell.score.runs = c.value(12).toInt();
        cell.taskVersion = c.value(13).toString();
        if (!c.value(14).isNull())
            cell.structure = CodeStructure::fromJson(parsedText(c.value(14)));
        out.append(cell);
    }
    QHash<QString, qsizetype> index;
    for (qsizetype i = 0; i < out.size(); ++i)
        index.insert(out.at(i).key(), i);
    // All the run's results in one query, attached to their cells.
    QSqlQuery r(m_database.db());
    r.setForwardOnly(true);
    r.prepare(QStringLiteral(
                  "SELECT suite, task, node, run_index, state, error, score, skipped_checks, checks_json, "
                  "started_ms, timings_json%1 FROM bench_results WHERE run_id = ? ORDER BY rowid")
                  .arg(withTexts ? QStringLiteral(", answers_json, reasoning_json") : QString()));
    r.addBindValue(runId);
    if (!r.exec())
        return out;
    while (r.next()) {
        const qsizetype i = index.value(r.value(0).toString() + QLatin1Char('\x1f') + r.value(1).toString() +
                                            QLatin1Char('\x1f') + r.value(2).toString(),
                                        -1);
        if (i < 0)
            continue;
        BenchRun run;
        run.runIndex = r.value(3).toInt();
        run.state = runStateFromKey(r.value(4).toString());
        run.error = r.value(5).toString();
        run.score = optDouble(r.value(6));
        run.skippedChecks = r.value(7).toInt();
        run.checks = checkResultsFromJson(r.value(8).toByteArray());
        run.startedAt = fromMs(r.value(9));
        const QByteArray timingsBytes = r.value(10).toByteArray();
        const json timings = json::parse(timingsBytes.cbegin(), timingsBytes.cend(), nullptr, false);
        const QStringList answers = withTexts ? stringsFromJson(r.value(11).toByteArray()) : QStringList();
        const QStringList reasoning = withTexts ? stringsFromJson(r.value(12).toByteArray()) : QStringList();
        const size_t turnCount = timings.is_array() ? timings.size() : 0;
        for (size_t t = 0; t < turnCount; ++t) {
            const json &tj = timings[t];
            BenchTurn turn;
            turn.ttrMs = jsonOpt(tj, "ttr_ms");
            turn.ttftMs = jsonOpt(tj, "ttft_ms");
            turn.effectiveTps = jsonOpt(tj, "effective_tps");
            if (const auto n = jsonOpt(tj, "answer_tokens"))
                turn.answerTokens = qint64(*n);
            if (const auto n = jsonOpt(tj, "completion_tokens"))
                turn.completionTokens = qint64(*n);
            turn.finishReason = QString::fromStdString(tj.value("finish_reason", std::string()));
            turn.answer = answers.value(qsizetype(t));
            turn.reasoning = reasoning.value(qsizetype(t));
            run.turns.append(turn);
        }
        BenchCell &cell = out[i];
        cell.runs.append(run);
        cell.score.scoredRuns = int(cell.runs.size());
    }
    for (BenchCell &cell : out)
        std::sort(cell.runs.begin(), cell.runs.end(),
                  [](const BenchRun &a, const BenchRun &b) { return a.runIndex < b.runIndex; });
    return out;
}

QSet<QString> BenchHistoryStore::storedCellKeys(qint64 runId) const
{
    QSet<QString> keys;
    QSqlQuery q(m_database.db());
    q.prepare(QStringLiteral("SELECT suite, task, node FROM bench_cells WHERE run_id = ?"));
    q.addBindValue(runId);
    if (q.exec())
        while (q.next())
            keys.insert(q.value(0).toString() + QLatin1Char('\x1f') + q.value(1).toString() +
                        QLatin1Char('\x1f') + q.value(2).toString());
    return keys;
}

QList<TaskVerdict> BenchHistoryStore::verdicts(qint64 runId) const
{
    QList<TaskVerdict> out;
    QSqlQuery q(m_database.db());
    q.prepare(QStringLiteral("SELECT suite, task, verdict, passing_nodes, nodes, consensus_json FROM bench_verdicts WHERE "
                             "run_id = ? ORDER BY rowid"));
    q.addBindValue(runId);
    if (!q.exec())
        return out;
    while (q.next()) {
        TaskVerdict v;
        v.suite = q.value(0).toString();
        v.task = q.value(1).toString();
        v.verdict = verdictFromKey(q.value(2).toString()).value_or(Verdict::AllFail);
        v.passingNodes = stringsFromJson(q.value(3).toByteArray());
        v.nodes = stringsFromJson(q.value(4).toByteArray());
        if (!q.value(5).isNull())
            v.consensus = CodeConsensus::fromJson(parsedText(q.value(5)));
        out.append(v);
    }
    return out;
}

std::optional<BenchReport> BenchHistoryStore::report(qint64 runId) const
{
    const std::optional<BenchRunInfo> info = run(runId);
    if (!info)
        return std::nullopt;
    BenchReport rep;
    rep.run = *info;
    rep.cells = cells(runId);
    rep.verdicts = verdicts(runId);
    rep.regressions = regressions(runId);
    return rep;
}

int BenchHistoryStore::runCount() const
{
    QSqlQuery q(m_database.db());
    return (q.exec(QStringLiteral("SELECT COUNT(*) FROM bench_runs")) && q.next()) ? q.value(0).toInt() : 0;
}

int BenchHistoryStore::resultCount() const
{
    QSqlQuery q(m_database.db());
    return (q.exec(QStringLiteral("SELECT COUNT(*) FROM bench_results")) && q.next()) ? q.value(0).toInt()
                                                                                      : 0;
}

QList<BenchHistoryStore::VerdictCounts> BenchHistoryStore::verdictHistory(int limit) const
{
    QList<VerdictCounts> out;
    QSqlQuery q(m_database.db());
    // The newest `limit` runs, counted per verdict in one pass over the verdict table's primary key.
    q.prepare(QStringLiteral(
        "SELECT r.id, r.started_ms, r.status, v.verdict, COUNT(v.verdict) FROM "
        "(SELECT id, started_ms, status FROM bench_runs ORDER BY id DESC LIMIT ?) r "
        "LEFT JOIN bench_verdicts v ON v.run_id = r.id GROUP BY r.id, v.verdict ORDER BY r.id"));
    q.addBindValue(limit);
    if (!q.exec()) {
        fail(tr("verdict history"), q.lastError().text());
        return out;
    }
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        if (out.isEmpty() || out.last().runId != id) {
            VerdictCounts c;
            c.runId = id;
            c.startedAt = fromMs(q.value(1));
            c.status = benchRunStatusFromKey(q.value(2).toString());
            out.append(c);
        }
        const int n = q.value(4).toInt();
        switch (verdictFromKey(q.value(3).toString()).value_or(Verdict::AllFail)) {
        case Verdict::Unanimous:
            out.last().unanimous += n;
            break;
        case Verdict::Majority:
            out.last().majority += n;
            break;
        case Verdict::Split:
            out.last().split += n;
            break;
        case Verdict::AllFail:
            out.last().allFail += n;
            break;
        }
    }
    return out;
}

QList<BenchHistoryStore::NodeSuiteStat> BenchHistoryStore::nodeSuiteHistory(const QString &suite,
                                                                            int limit) const
{
    QList<NodeSuiteStat> out;
    QSqlQuery q(m_database.db());
    // With a suite: walks the covering index bench_cells_history in (run, node) order; no sort, no row reads.
    q.prepare(
        QStringLiteral(
            "SELECT c.run_id, r.started_ms, c.node, c.suite, AVG(c.mean_score), AVG(c.ttr_ms), COUNT(*), "
            "SUM(c.passed), n.fingerprint, n.model_id FROM (SELECT id, started_ms FROM bench_runs "
            "ORDER BY id DESC LIMIT ?) r JOIN bench_cells c ON c.run_id = r.id %1 "
            "LEFT JOIN bench_nodes n ON n.run_id = c.run_id AND n.node = c.node "
            "GROUP BY c.run_id, c.suite, c.node ORDER BY c.run_id, c.suite, c.node")
            .arg(suite.isEmpty() ? QString() : QStringLiteral("AND c.suite = ?")));
    q.addBindValue(limit);
    if (!suite.isEmpty())
        q.addBindValue(suite);
    if (!q.exec()) {
        fail(tr("node history"), q.lastError().text());
        return out;
    }
    while (q.next()) {
        NodeSuiteStat s;
        s.runId = q.value(0).toLongLong();
        s.startedAt = fromMs(q.value(1));
        s.node = q.value(2).toString();
        s.suite = q.value(3).toString();
        s.meanScore = optDouble(q.value(4));
        s.meanTtrMs = optDouble(q.value(5));
        s.cells = q.value(6).toInt();
        s.passed = q.value(7).toInt();
        s.fingerprint = q.value(8).toString();
        s.modelId = q.value(9).toString();
        out.append(s);
    }
    return out;
}

QList<CellSummary> BenchHistoryStore::cellSummaries(qint64 runId) const
{
    QList<CellSummary> out;
    QSqlQuery q(m_database.db());
    q.prepare(QStringLiteral("SELECT %1 FROM bench_cells WHERE run_id = ? ORDER BY rowid")
                  .arg(QLatin1String(s_summaryColumns)));
    q.addBindValue(runId);
    if (q.exec())
        while (q.next())
            out.append(summaryFrom(q, 0));
    return out;
}

std::optional<CellSummary> BenchHistoryStore::previousCell(qint64 runId, const QString &suite,
                                                           const QString &task, const QString &node,
                                                           const QString &taskVersion) const
{
    QSqlQuery q(m_database.db());
    q.prepare(
        QStringLiteral("SELECT %1 FROM bench_cells WHERE suite = ? AND task = ? AND node = ? AND run_id < ? "
                       "AND state = 'DONE' AND task_version = ? ORDER BY run_id DESC LIMIT 1")
            .arg(QLatin1String(s_summaryColumns)));
    for (const QVariant &v :
         {QVariant(suite), QVariant(task), QVariant(node), QVariant(runId), QVariant(taskVersion)})
        q.addBindValue(v);
    if (q.exec() && q.next())
        return summaryFrom(q, 0);
    return std::nullopt;
}

QList<Regression> BenchHistoryStore::regressions(qint64 runId) const
{
    QList<Regression> out;
    QSqlQuery q(m_database.db());
    // Each cell of the run next to the same suite + task + node + task version in the latest earlier run
    // that was DONE: a task whose checks changed starts a new line of history.
    q.prepare(QStringLiteral(
        "SELECT p.run_id, p.suite, p.task, p.node, p.mean_score, p.min_score, p.max_score, p.passed, "
        "p.state, p.task_version, c.run_id, c.suite, c.task, c.node, c.mean_score, c.min_score, c.max_score, "
        "c.passed, c.state, c.task_version FROM bench_cells c JOIN bench_cells p ON p.suite = c.suite "
        "AND p.task = c.task AND p.node = c.node AND p.task_version = c.task_version "
        "AND p.run_id = (SELECT MAX(x.run_id) FROM bench_cells x WHERE "
        "x.suite = c.suite AND x.task = c.task AND x.node = c.node AND x.task_version = c.task_version "
        "AND x.run_id < c.run_id AND x.state = 'DONE') WHERE c.run_id = ? ORDER BY c.rowid"));
    q.addBindValue(runId);
    if (!q.exec()) {
        fail(tr("regressions"), q.lastError().text());
        return out;
    }
    while (q.next())
        if (const auto r =
                RegressionDetector::compare(summaryFrom(q, 0), summaryFrom(q, s_summaryColumnCount)))
            out.append(*r);
    return out;
}

QList<BenchHistoryStore::PairedDelta> BenchHistoryStore::compareRuns(qint64 runA, qint64 runB) const
{
    QList<PairedDelta> out;
    QHash<QString, qsizetype> index;
    for (qint64 id : {runA, runB}) {
        for (const CellSummary &c : cellSummaries(id)) {
            const QString key = c.suite + QLatin1Char('\x1f') + c.task + QLatin1Char('\x1f') + c.node;
            qsizetype i = index.value(key, -1);
            if (i < 0) {
                i = out.size();
                index.insert(key, i);
                out.append(PairedDelta{c.suite, c.task, c.node, {}, {}, {}, {}});
            }
            PairedDelta &d = out[i];
            (id == runA ? d.meanA : d.meanB) = c.mean;
            (id == runA ? d.passedA : d.passedB) = c.passed;
        }
    }
    return out;
}
