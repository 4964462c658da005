#include "models/history/comparehistorystore.h"

#include "models/compare/comparemetrics.h"
#include "models/compare/compareresultjson.h"
#include "models/history/comparehistoryschema.h"
#include "models/history/historydatabase.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <nlohmann/json.hpp>

QStringList CompareHistoryStore::migrations()
{
    return CompareHistorySchema::migrations();
}

CompareHistoryStore::CompareHistoryStore(HistoryDatabase &database) : m_database(database) {}

bool CompareHistoryStore::fail(const QString &what, const QString &detail) const
{
    m_error = what + QStringLiteral(": ") + detail;
    return false;
}

bool CompareHistoryStore::open()
{
    if (!m_database.isOpen())
        return fail(CompareHistoryStore::tr("History database is not open"), m_database.lastError());
    if (!m_database.migrate(component(), migrations()))
        return fail(CompareHistoryStore::tr("Cannot update the history schema"), m_database.lastError());
    return true;
}

static QVariant nullable(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}

template <typename T> static QVariant nullable(const std::optional<T> &v)
{
    return v ? QVariant::fromValue(*v) : QVariant(QMetaType::fromType<T>());
}

// NOT NULL text columns: an empty QString may be null and would bind as NULL.
static QString notNull(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

static QString isoTime(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

static QDateTime readTime(const QVariant &v)
{
    if (v.isNull())
        return {};
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    return t.isValid() ? t.toUTC() : QDateTime();
}

template <typename T> static std::optional<T> readOptional(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<T>(v.value<T>());
}

static QString flagsJson(const QStringList &flags)
{
    nlohmann::json a = nlohmann::json::array();
    for (const QString &f : flags)
        a.push_back(f.toStdString());
    return QString::fromStdString(a.dump());
}

static QStringList readFlags(const QString &json)
{
    QStringList out;
    const nlohmann::json a = nlohmann::json::parse(json.toStdString(), nullptr, false);
    if (a.is_array())
        for (const auto &f : a)
            if (f.is_string())
                out.append(QString::fromStdString(f.get<std::string>()));
    return out;
}

bool CompareHistoryStore::save(const CompareRun &run)
{
    if (run.id.isEmpty())
        return fail(CompareHistoryStore::tr("Cannot save the comparison"),
                    CompareHistoryStore::tr("it has no id"));
    QSqlDatabase db = m_database.db();
    if (!db.transaction())
        return fail(CompareHistoryStore::tr("Cannot save the comparison"), db.lastError().text());
    const auto rollback = [&](const QSqlQuery &q) {
        const QString why = q.lastError().text();
        db.rollback();
        return fail(CompareHistoryStore::tr("Cannot save the comparison"), why);
    };

    QSqlQuery q(db);
    // Saving again (e.g. after a label change elsewhere) replaces the run as a whole.
    q.prepare(QStringLiteral("DELETE FROM compare_runs WHERE id = ?"));
    q.addBindValue(run.id);
    if (!q.exec())
        return rollback(q);

    q.prepare(
        HistoryDatabase::insertStatement(QStringLiteral("compare_runs"),
                  {QStringLiteral("id"), QStringLiteral("started_at"), QStringLiteral("finished_at"),
                   QStringLiteral("prompt"), QStringLiteral("system_prompt"), QStringLiteral("settings_json"),
                   QStringLiteral("tool_version"), QStringLiteral("label")}));
    q.addBindValue(run.id);
    q.addBindValue(isoTime(run.startedAt.isValid() ? run.startedAt : QDateTime::currentDateTimeUtc()));
    q.addBindValue(nullable(isoTime(run.finishedAt)));
    q.addBindValue(notNull(run.settings.prompt));
    q.addBindValue(notNull(run.settings.systemPrompt));
    q.addBindValue(QString::fromStdString(run.settings.toJson().dump()));
    q.addBindValue(QStringLiteral(TOKSCOPE_VERSION));
    q.addBindValue(notNull(run.label));
    if (!q.exec())
        return rollback(q);

    q.prepare(HistoryDatabase::insertStatement(QStringLiteral("compare_nodes"),
                        {QStringLiteral("run_id"), QStringLiteral("node_index"), QStringLiteral("name"),
                         QStringLiteral("url"), QStringLiteral("simulated"), QStringLiteral("backend"),
                         QStringLiteral("server_version"), QStringLiteral("model_id"),
                         QStringLiteral("context_length")}));
    for (int i = 0; i < run.nodes.size(); ++i) {
        const CompareNodeInfo &n = run.nodes.at(i);
        q.addBindValue(run.id);
        q.addBindValue(i);
        q.addBindValue(notNull(n.name));
        q.addBindValue(n.url.toString(QUrl::RemoveUserInfo));
        q.addBindValue(n.simulated ? 1 : 0);
        q.addBindValue(backendKey(n.backend));
        q.addBindValue(nullable(n.serverVersion));
        q.addBindValue(nullable(n.modelId));
        q.addBindValue(nullable(n.contextLength));
        if (!q.exec())
            return rollback(q);
    }

    q.prepare(HistoryDatabase::insertStatement(QStringLiteral("compare_cells"), CompareHistorySchema::cellColumns()));
    for (int i = 0; i < run.cells.size(); ++i) {
        const CompareCell &c = run.cells.at(i);
        const ChatResult &r = c.result;
        q.addBindValue(run.id);
        q.addBindValue(i);
        q.addBindValue(c.nodeIndex);
        q.addBindValue(c.thinking ? 1 : 0);
        q.addBindValue(c.run);
        q.addBindValue(c.warmup ? 1 : 0);
        q.addBindValue(runStateKey(r.state));
        q.addBindValue(nullable(r.error));
        q.addBindValue(r.httpStatus > 0 ? QVariant(r.httpStatus) : QVariant(QMetaType::fromType<int>()));
        q.addBindValue(notNull(r.text));
        q.addBindValue(notNull(r.reasoning));
        q.addBindValue(nullable(r.finishReason));
        q.addBindValue(nullable(r.model));
        q.addBindValue(nullable(r.systemFingerprint));
        q.addBindValue(flagsJson(r.flags));
        q.addBindValue(r.serverTimingsJson.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                                     : QVariant(QString::fromUtf8(r.serverTimingsJson)));
        q.addBindValue(r.chunkCount);
        q.addBindValue(nullable(isoTime(c.startedAt)));
        q.addBindValue(nullable(c.startedMs));
        q.addBindValue(nullable(c.finishedMs));
        for (const CompareMetric &m : CompareMetric::all()) {
            if (m.isCount())
                q.addBindValue(nullable(r.metrics.*m.count));
            else
                q.addBindValue(nullable(r.metrics.*m.real));
        }
        q.addBindValue(nullable(metricSourceKey(r.metrics.prefillSource)));
        q.addBindValue(nullable(metricSourceKey(r.metrics.decodeSource)));
        q.addBindValue(nullable(metricSourceKey(r.metrics.reasoningTokensSource)));
        q.addBindValue(nullable(metricSourceKey(r.metrics.answerTokensSource)));
        q.addBindValue(nullable(metricSourceKey(r.metrics.effectiveTpsSource)));
        q.addBindValue(nullable(metricSourceKey(r.metrics.thinkingRatioSource)));
        q.addBindValue(r.usage == TokenUsage()
                           ? QVariant(QMetaType::fromType<QString>())
                           : QVariant(QString::fromStdString(CompareResultJson::usageToJson(r.usage).dump())));
        if (!q.exec())
            return rollback(q);
    }
    if (!db.commit())
        return rollback(q);
    return true;
}

QList<CompareHistoryEntry> CompareHistoryStore::list(int limit, int offset) const
{
    QList<CompareHistoryEntry> out;
    QSqlQuery q(m_database.db());
    q.prepare(QStringLiteral(
        "SELECT r.id, r.started_at, r.label, substr(r.prompt, 1, 400),"
        " (SELECT group_concat(name, char(31)) FROM (SELECT name FROM compare_nodes WHERE run_id = r.id "
        "ORDER BY node_index)),"
        " (SELECT count(*) FROM compare_cells WHERE run_id = r.id AND warmup = 0),"
        " (SELECT count(*) FROM compare_cells WHERE run_id = r.id AND warmup = 0 AND state = 'DONE')"
        " FROM compare_runs r ORDER BY r.started_at DESC, r.rowid DESC LIMIT ? OFFSET ?"));
    q.addBindValue(limit);
    q.addBindValue(offset);
    if (!q.exec()) {
        fail(CompareHistoryStore::tr("Cannot list the history"), q.lastError().text());
        return out;
    }
    while (q.next()) {
        CompareHistoryEntry e;
        e.id = q.value(0).toString();
        e.startedAt = readTime(q.value(1));
        e.label = q.value(2).toString();
        QString preview = q.value(3).toString().trimmed();
        preview = preview.left(preview.indexOf(QLatin1Char('\n')) < 0 ? preview.size()
                                                                      : preview.indexOf(QLatin1Char('\n')));
        if (preview.size() > PreviewLength)
            preview = preview.left(PreviewLength - 1) + QStringLiteral("\u2026");
        e.promptPreview = preview;
        const QString names = q.value(4).toString();
        e.nodeNames = names.isEmpty() ? QStringList() : names.split(QChar(31));
        e.cells = q.value(5).toInt();
        e.done = q.value(6).toInt();
        out.append(e);
    }
    return out;
}

std::optional<CompareRun> CompareHistoryStore::load(const QString &id) const
{
    QSqlDatabase db = m_database.db();
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "SELECT id, started_at, finished_at, label, settings_json FROM compare_runs WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec()) {
        fail(CompareHistoryStore::tr("Cannot read the comparison"), q.lastError().text());
        return std::nullopt;
    }
    if (!q.next()) {
        fail(CompareHistoryStore::tr("Cannot read the comparison"),
             CompareHistoryStore::tr("no run with id %1").arg(id));
        return std::nullopt;
    }
    CompareRun run;
    run.id = q.value(0).toString();
    run.startedAt = readTime(q.value(1));
    run.finishedAt = readTime(q.value(2));
    run.label = q.value(3).toString();
    run.settings = CompareSettings::fromJson(
        nlohmann::ordered_json::parse(q.value(4).toString().toStdString(), nullptr, false));

    q.prepare(QStringLiteral("SELECT name, url, simulated, backend, server_version, model_id, context_length"
                             " FROM compare_nodes WHERE run_id = ? ORDER BY node_index"));
    q.addBindValue(id);
    if (!q.exec()) {
        fail(CompareHistoryStore::tr("Cannot read the comparison"), q.lastError().text());
        return std::nullopt;
    }
    while (q.next()) {
        CompareNodeInfo n;
        n.name = q.value(0).toString();
        n.url = QUrl(q.value(1).toString());
        n.simulated = q.value(2).toBool();
        n.backend = backendFromKey(q.value(3).toString());
        n.serverVersion = q.value(4).toString();
        n.modelId = q.value(5).toString();
        n.contextLength = readOptional<qint64>(q.value(6));
        run.nodes.append(n);
    }

    const QStringList columns = CompareHistorySchema::cellColumns();
    q.prepare(QStringLiteral("SELECT %1 FROM compare_cells WHERE run_id = ? ORDER BY cell_index")
                  .arg(columns.join(QLatin1Char(','))));
    q.addBindValue(id);
    if (!q.exec()) {
        fail(CompareHistoryStore::tr("Cannot read the comparison"), q.lastError().text());
        return std::nullopt;
    }
    while (q.next()) {
        const auto v = [&q](const char *name) { return q.value(QLatin1String(name)); };
        CompareCell c;
        c.nodeIndex = v("node_index").toInt();
        c.thinking = v("thinking").toBool();
        c.run = v("run").toInt();
        c.warmup = v("warmup").toBool();
        ChatResult &r = c.result;
        r.state = runStateFromKey(v("state").toString());
        r.error = v("error").toString();
        r.httpStatus = v("http_status").toInt();
        r.text = v("text").toString();
        r.reasoning = v("reasoning").toString();
        r.finishReason = v("finish_reason").toString();
        r.model = v("model").toString();
        r.systemFingerprint = v("system_fingerprint").toString();
        r.flags = readFlags(v("flags").toString());
        r.serverTimingsJson =
            v("server_timings").isNull() ? QByteArray() : v("server_timings").toString().toUtf8();
        r.chunkCount = v("chunk_count").toInt();
        if (!v("usage_json").isNull())
            r.usage = CompareResultJson::usageFromJson(
                nlohmann::ordered_json::parse(v("usage_json").toString().toStdString(), nullptr, false));
        c.startedAt = readTime(v("started_at"));
        c.startedMs = readOptional<double>(v("started_ms"));
        c.finishedMs = readOptional<double>(v("finished_ms"));
        for (const CompareMetric &m : CompareMetric::all()) {
            const QVariant value = q.value(m.keyString());
            if (m.isCount())
                r.metrics.*m.count = readOptional<qint64>(value);
            else
                r.metrics.*m.real = readOptional<double>(value);
        }
        r.metrics.prefillSource = metricSourceFromKey(v("prefill_source").toString());
        r.metrics.decodeSource = metricSourceFromKey(v("decode_source").toString());
        r.metrics.reasoningTokensSource = metricSourceFromKey(v("reasoning_tokens_source").toString());
        r.metrics.answerTokensSource = metricSourceFromKey(v("answer_tokens_source").toString());
        r.metrics.effectiveTpsSource = metricSourceFromKey(v("effective_tps_source").toString());
        r.metrics.thinkingRatioSource = metricSourceFromKey(v("thinking_ratio_source").toString());
        run.cells.append(c);
    }
    return run;
}

bool CompareHistoryStore::setLabel(const QString &id, const QString &label)
{
    QSqlQuery q(m_database.db());
    q.prepare(QStringLiteral("UPDATE compare_runs SET label = ? WHERE id = ?"));
    q.addBindValue(notNull(label));
    q.addBindValue(id);
    if (!q.exec())
        return fail(CompareHistoryStore::tr("Cannot rename the comparison"), q.lastError().text());
    if (q.numRowsAffected() == 0)
        return fail(CompareHistoryStore::tr("Cannot rename the comparison"),
                    CompareHistoryStore::tr("no run with id %1").arg(id));
    return true;
}

bool CompareHistoryStore::remove(const QString &id)
{
    QSqlQuery q(m_database.db());
    q.prepare(QStringLiteral("DELETE FROM compare_runs WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return fail(CompareHistoryStore::tr("Cannot delete the comparison"), q.lastError().text());
    return q.numRowsAffected() > 0;
}

int CompareHistoryStore::count() const
{
    QSqlQuery q(m_database.db());
    return q.exec(QStringLiteral("SELECT count(*) FROM compare_runs")) && q.next() ? q.value(0).toInt() : 0;
}
