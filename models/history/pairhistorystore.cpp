#include "models/history/pairhistorystore.h"

#include "models/bench/benchresult.h"
#include "models/compare/comparemetrics.h"
#include "models/history/historydatabase.h"
#include "models/history/pairhistoryschema.h"
#include "models/measure/metricsource.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <nlohmann/json.hpp>

using json = nlohmann::json;

namespace {

QVariant nullableText(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}

QVariant nullableReal(std::optional<double> v)
{
    return v ? QVariant(*v) : QVariant(QMetaType::fromType<double>());
}

QVariant nullableBool(std::optional<bool> v)
{
    return v ? QVariant(*v ? 1 : 0) : QVariant(QMetaType::fromType<int>());
}

QString notNull(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

std::optional<double> readReal(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<double>(v.toDouble());
}

std::optional<bool> readBool(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<bool>(v.toInt() != 0);
}

QString isoTime(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime readTime(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromString(v.toString(), Qt::ISODateWithMs).toUTC();
}

QString stringsJson(const QStringList &list)
{
    json a = json::array();
    for (const QString &s : list)
        a.push_back(s.toStdString());
    return QString::fromStdString(a.dump());
}

QStringList readStrings(const QString &text)
{
    QStringList out;
    const json a = json::parse(text.toStdString(), nullptr, false);
    if (a.is_array())
        for (const json &s : a)
            if (s.is_string())
                out << QString::fromStdString(s.get<std::string>());
    return out;
}

QString messagesJson(const QList<ChatMessage> &messages)
{
    json a = json::array();
    for (const ChatMessage &m : messages)
        a.push_back({{"role", m.role.toStdString()}, {"content", m.content.toStdString()}});
    return QString::fromStdString(a.dump());
}

QList<ChatMessage> readMessages(const QString &text)
{
    QList<ChatMessage> out;
    const json a = json::parse(text.toStdString(), nullptr, false);
    if (a.is_array())
        for (const json &m : a)
            if (m.is_object())
                out.append({QString::fromStdString(m.value("role", std::string())),
                            QString::fromStdString(m.value("content", std::string()))});
    return out;
}

// Every ResponseMetrics field under its CompareMetric key, plus the sources.
QString metricsJson(const ResponseMetrics &r)
{
    json j;
    for (const CompareMetric &m : CompareMetric::all()) {
        const std::optional<double> v = m.value(r);
        j[m.key] = v ? json(*v) : json(nullptr);
    }
    j["prefill_source"] = metricSourceKey(r.prefillSource).toStdString();
    j["decode_source"] = metricSourceKey(r.decodeSource).toStdString();
    j["reasoning_tokens_source"] = metricSourceKey(r.reasoningTokensSource).toStdString();
    j["answer_tokens_source"] = metricSourceKey(r.answerTokensSource).toStdString();
    j["effective_tps_source"] = metricSourceKey(r.effectiveTpsSource).toStdString();
    j["thinking_ratio_source"] = metricSourceKey(r.thinkingRatioSource).toStdString();
    return QString::fromStdString(j.dump());
}

ResponseMetrics readMetrics(const QString &text)
{
    ResponseMetrics r;
    const json j = json::parse(text.toStdString(), nullptr, false);
    if (!j.is_object())
        return r;
    for (const CompareMetric &m : CompareMetric::all()) {
        const auto it = j.find(m.key);
        m.setValue(r, (it != j.end() && it->is_number()) ? std::optional<double>(it->get<double>())
                                                          : std::nullopt);
    }
    const auto source = [&j](const char *key) {
        return metricSourceFromKey(QString::fromStdString(j.value(key, std::string())));
    };
    r.prefillSource = source("prefill_source");
    r.decodeSource = source("decode_source");
    r.reasoningTokensSource = source("reasoning_tokens_source");
    r.answerTokensSource = source("answer_tokens_source");
    r.effectiveTpsSource = source("effective_tps_source");
    r.thinkingRatioSource = source("thinking_ratio_source");
    return r;
}

const QStringList &runColumns()
{
    static const QStringList c = QStringLiteral(
                                     "started_at,finished_at,status,builder_node,builder_simulated,"
                                     "builder_thinking,reviewer_node,reviewer_simulated,reviewer_thinking,suites,"
                                     "runs,rounds,reviewer_prompt_key,reviewer_prompt,settings_json,tool_version")
                                     .split(QLatin1Char(','));
    return c;
}

const QStringList &taskColumns()
{
    static const QStringList c = QStringLiteral("run_id,task_run_index,suite,task,title,run,pass_threshold,state,"
                                                "error,score,passed,checks_json,single_score,single_passed,"
                                                "single_checks_json,tct_ms")
                                     .split(QLatin1Char(','));
    return c;
}

const QStringList &stepColumns()
{
    static const QStringList c = QStringLiteral("run_id,task_run_index,step_index,round,role,node,simulated,"
                                                "thinking,state,error,messages_json,text,reasoning,finish_reason,"
                                                "flags_json,start_ms,end_ms,ttr_ms,verdict,issues_json,"
                                                "metrics_json")
                                     .split(QLatin1Char(','));
    return c;
}

} // namespace

PairHistoryStore::PairHistoryStore(HistoryDatabase &database) : m_database(database) {}

bool PairHistoryStore::fail(const QString &what, const QString &detail) const
{
    m_error = what + QStringLiteral(": ") + detail;
    return false;
}

bool PairHistoryStore::open()
{
    if (!m_database.isOpen())
        return fail(tr("History database is not open"), m_database.lastError());
    if (!m_database.migrate(component(), PairHistorySchema::migrations()))
        return fail(tr("Cannot update the history schema"), m_database.lastError());
    return true;
}

std::optional<qint64> PairHistoryStore::savePairRun(const PairRun &run)
{
    QSqlDatabase db = m_database.db();
    if (!db.transaction()) {
        fail(tr("Cannot save the pair run"), db.lastError().text());
        return std::nullopt;
    }
    QSqlQuery q(db);
    const auto rollback = [&]() -> std::optional<qint64> {
        const QString why = q.lastError().text();
        db.rollback();
        fail(tr("Cannot save the pair run"), why);
        return std::nullopt;
    };
    if (run.id > 0) { // saving again replaces the run as a whole
        q.prepare(QStringLiteral("DELETE FROM pair_runs WHERE id = ?"));
        q.addBindValue(run.id);
        if (!q.exec())
            return rollback();
    }
    QStringList cols = runColumns();
    if (run.id > 0)
        cols.prepend(QStringLiteral("id"));
    q.prepare(HistoryDatabase::insertStatement(QStringLiteral("pair_runs"), cols));
    if (run.id > 0)
        q.addBindValue(run.id);
    q.addBindValue(isoTime(run.startedAt.isValid() ? run.startedAt : QDateTime::currentDateTimeUtc()));
    q.addBindValue(nullableText(isoTime(run.finishedAt)));
    q.addBindValue(pairRunStatusKey(run.status));
    q.addBindValue(notNull(run.builderNode));
    q.addBindValue(run.builderSimulated ? 1 : 0);
    q.addBindValue(nullableBool(run.builderThinking));
    q.addBindValue(notNull(run.reviewerNode));
    q.addBindValue(run.reviewerSimulated ? 1 : 0);
    q.addBindValue(nullableBool(run.reviewerThinking));
    q.addBindValue(stringsJson(run.suites));
    q.addBindValue(run.runs);
    q.addBindValue(run.rounds);
    q.addBindValue(notNull(run.reviewerPromptKey));
    q.addBindValue(notNull(run.reviewerPrompt));
    q.addBindValue(run.settingsJson.isEmpty() ? QStringLiteral("{}") : QString::fromUtf8(run.settingsJson));
    q.addBindValue(QStringLiteral(TOKSCOPE_VERSION));
    if (!q.exec())
        return rollback();
    const qint64 id = run.id > 0 ? run.id : q.lastInsertId().toLongLong();

    q.prepare(HistoryDatabase::insertStatement(QStringLiteral("pair_task_runs"), taskColumns()));
    for (int i = 0; i < run.taskRuns.size(); ++i) {
        const PairTaskRun &t = run.taskRuns.at(i);
        q.addBindValue(id);
        q.addBindValue(i);
        q.addBindValue(notNull(t.suite));
        q.addBindValue(notNull(t.task));
        q.addBindValue(notNull(t.title));
        q.addBindValue(t.runIndex);
        q.addBindValue(t.passThreshold);
        q.addBindValue(runStateKey(t.state));
        q.addBindValue(nullableText(t.error));
        q.addBindValue(nullableReal(t.score));
        q.addBindValue(t.passed ? 1 : 0);
        q.addBindValue(QString::fromUtf8(checkResultsToJson(t.checks)));
        q.addBindValue(nullableReal(t.singleScore));
        q.addBindValue(t.singlePassed ? 1 : 0);
        q.addBindValue(QString::fromUtf8(checkResultsToJson(t.singleChecks)));
        q.addBindValue(nullableReal(t.tctMs()));
        if (!q.exec())
            return rollback();
    }
    q.prepare(HistoryDatabase::insertStatement(QStringLiteral("pair_steps"), stepColumns()));
    for (int i = 0; i < run.taskRuns.size(); ++i) {
        for (const PairStep &s : run.taskRuns.at(i).steps) {
            q.addBindValue(id);
            q.addBindValue(i);
            q.addBindValue(s.index);
            q.addBindValue(s.round);
            q.addBindValue(pairRoleKey(s.role));
            q.addBindValue(notNull(s.node));
            q.addBindValue(s.simulated ? 1 : 0);
            q.addBindValue(nullableBool(s.thinking));
            q.addBindValue(runStateKey(s.state));
            q.addBindValue(nullableText(s.error));
            q.addBindValue(messagesJson(s.messages));
            q.addBindValue(notNull(s.text));
            q.addBindValue(notNull(s.reasoning));
            q.addBindValue(nullableText(s.finishReason));
            q.addBindValue(stringsJson(s.flags));
            q.addBindValue(nullableReal(s.startMs));
            q.addBindValue(nullableReal(s.endMs));
            q.addBindValue(nullableReal(s.metrics.ttrMs));
            q.addBindValue(nullableText(reviewVerdictKey(s.verdict)));
            q.addBindValue(stringsJson(s.issues));
            q.addBindValue(metricsJson(s.metrics));
            if (!q.exec())
                return rollback();
        }
    }
    if (!db.commit())
        return rollback();
    return id;
}

std::optional<PairRun> PairHistoryStore::loadPairRun(qint64 id) const
{
    QSqlQuery q(m_database.db());
    q.prepare(QStringLiteral("SELECT ") + runColumns().join(QLatin1Char(',')) +
              QStringLiteral(" FROM pair_runs WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec()) {
        fail(tr("Cannot read the pair run"), q.lastError().text());
        return std::nullopt;
    }
    if (!q.next()) {
        fail(tr("Cannot read the pair run"), tr("no pair run %1").arg(id));
        return std::nullopt;
    }
    PairRun run;
    run.id = id;
    run.startedAt = readTime(q.value(0));
    run.finishedAt = readTime(q.value(1));
    run.status = pairRunStatusFromKey(q.value(2).toString());
    run.builderNode = q.value(3).toString();
    run.builderSimulated = q.value(4).toInt() != 0;
    run.builderThinking = readBool(q.value(5));
    run.reviewerNode = q.value(6).toString();
    run.reviewerSimulated = q.value(7).toInt() != 0;
    run.reviewerThinking = readBool(q.value(8));
    run.suites = readStrings(q.value(9).toString());
    run.runs = q.value(10).toInt();
    run.rounds = q.value(11).toInt();
    run.reviewerPromptKey = q.value(12).toString();
    run.reviewerPrompt = q.value(13).toString();
    run.settingsJson = q.value(14).toString().toUtf8();

    q.prepare(QStringLiteral("SELECT ") + taskColumns().mid(2).join(QLatin1Char(',')) +
              QStringLiteral(" FROM pair_task_runs WHERE run_id = ? ORDER BY task_run_index"));
    q.addBindValue(id);
    if (!q.exec()) {
        fail(tr("Cannot read the pair run"), q.lastError().text());
        return std::nullopt;
    }
    while (q.next()) {
        PairTaskRun t;
        t.suite = q.value(0).toString();
        t.task = q.value(1).toString();
        t.title = q.value(2).toString();
        t.runIndex = q.value(3).toInt();
        t.passThreshold = q.value(4).toDouble();
        t.state = runStateFromKey(q.value(5).toString());
        t.error = q.value(6).toString();
        t.score = readReal(q.value(7));
        t.passed = q.value(8).toInt() != 0;
        t.checks = checkResultsFromJson(q.value(9).toString().toUtf8());
        t.singleScore = readReal(q.value(10));
        t.singlePassed = q.value(11).toInt() != 0;
        t.singleChecks = checkResultsFromJson(q.value(12).toString().toUtf8());
        run.taskRuns.append(t);
    }
    q.prepare(QStringLiteral("SELECT task_run_index,") + stepColumns().mid(2).join(QLatin1Char(',')) +
              QStringLiteral(" FROM pair_steps WHERE run_id = ? ORDER BY task_run_index, step_index"));
    q.addBindValue(id);
    if (!q.exec()) {
        fail(tr("Cannot read the pair run"), q.lastError().text());
        return std::nullopt;
    }
    while (q.next()) {
        const int taskRun = q.value(0).toInt();
        if (taskRun < 0 || taskRun >= run.taskRuns.size())
            continue;
        PairStep s;
        s.index = q.value(1).toInt();
        s.round = q.value(2).toInt();
        s.role = pairRoleFromKey(q.value(3).toString()).value_or(PairRole::Build);
        s.node = q.value(4).toString();
        s.simulated = q.value(5).toInt() != 0;
        s.thinking = readBool(q.value(6));
        s.state = runStateFromKey(q.value(7).toString());
        s.error = q.value(8).toString();
        s.messages = readMessages(q.value(9).toString());
        s.text = q.value(10).toString();
        s.reasoning = q.value(11).toString();
        s.finishReason = q.value(12).toString();
        s.flags = readStrings(q.value(13).toString());
        s.startMs = readReal(q.value(14));
        s.endMs = readReal(q.value(15));
        s.verdict = reviewVerdictFromKey(q.value(17).toString());
        s.issues = readStrings(q.value(18).toString());
        s.metrics = readMetrics(q.value(19).toString());
        run.taskRuns[taskRun].steps.append(s);
    }
    return run;
}

QList<PairRunEntry> PairHistoryStore::pairRuns(int limit) const
{
    QList<PairRunEntry> out;
    QSqlQuery q(m_database.db());
    q.prepare(QStringLiteral("SELECT r.id, r.started_at, r.status, r.builder_node, r.reviewer_node, "
                             "r.reviewer_prompt_key, r.suites, "
                             "(SELECT COUNT(*) FROM pair_task_runs t WHERE t.run_id = r.id) "
                             "FROM pair_runs r ORDER BY r.started_at DESC, r.id DESC LIMIT ?"));
    q.addBindValue(limit);
    if (!q.exec()) {
        fail(tr("Cannot list pair runs"), q.lastError().text());
        return out;
    }
    while (q.next())
        out.append({q.value(0).toLongLong(), readTime(q.value(1)), pairRunStatusFromKey(q.value(2).toString()),
                    q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                    readStrings(q.value(6).toString()), q.value(7).toInt()});
    return out;
}

bool PairHistoryStore::removePairRun(qint64 id)
{
    QSqlQuery q(m_database.db());
    q.prepare(QStringLiteral("DELETE FROM pair_runs WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return fail(tr("Cannot remove the pair run"), q.lastError().text());
    return q.numRowsAffected() > 0;
}
