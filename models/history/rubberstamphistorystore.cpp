#include "models/history/rubberstamphistorystore.h"

#include "models/history/historydatabase.h"
#include "models/history/pairhistoryschema.h"
#include "models/history/pairhistorystore.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <nlohmann/json.hpp>

using json = nlohmann::json;

namespace {

json optionalJson(std::optional<double> v)
{
    return v ? json(*v) : json(nullptr);
}

std::optional<double> readOptional(const json &j, const char *key)
{
    const auto it = j.find(key);
    return it != j.end() && it->is_number() ? std::optional<double>(it->get<double>()) : std::nullopt;
}

QString rateJson(const RubberStampRate &r)
{
    json j{{"mean", optionalJson(r.mean)}, {"min", optionalJson(r.min)}, {"max", optionalJson(r.max)}};
    j["per_run"] = json::array();
    for (const std::optional<double> &v : r.perRun)
        j["per_run"].push_back(optionalJson(v));
    return QString::fromStdString(j.dump());
}

RubberStampRate readRate(const QString &text)
{
    RubberStampRate r;
    const json j = json::parse(text.toStdString(), nullptr, false);
    if (!j.is_object())
        return r;
    r.mean = readOptional(j, "mean");
    r.min = readOptional(j, "min");
    r.max = readOptional(j, "max");
    if (const auto it = j.find("per_run"); it != j.end() && it->is_array())
        for (const json &v : *it)
            r.perRun.append(v.is_number() ? std::optional<double>(v.get<double>()) : std::nullopt);
    return r;
}

QString isoTime(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime readTime(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromString(v.toString(), Qt::ISODateWithMs).toUTC();
}

const QStringList &testColumns()
{
    static const QStringList c = QStringLiteral("started_at,finished_at,status,reviewer_node,reviewer_simulated,"
                                                "reviewer_thinking,suites,runs,bad_samples,good_samples,"
                                                "corpus_samples,tool_version")
                                     .split(QLatin1Char(','));
    return c;
}

const QStringList &resultColumns()
{
    static const QStringList c = QStringLiteral("test_id,prompt_index,prompt_key,prompt,bad_reviews,bad_approved,"
                                                "good_reviews,good_rejected,unparsable,failed,rubber_stamp_json,"
                                                "nitpick_json")
                                     .split(QLatin1Char(','));
    return c;
}

} // namespace

RubberStampHistoryStore::RubberStampHistoryStore(HistoryDatabase &database) : m_database(database) {}

bool RubberStampHistoryStore::fail(const QString &what, const QString &detail) const
{
    m_error = what + QStringLiteral(": ") + detail;
    return false;
}

bool RubberStampHistoryStore::open()
{
    if (!m_database.isOpen())
        return fail(tr("History database is not open"), m_database.lastError());
    if (!m_database.migrate(PairHistoryStore::component(), PairHistorySchema::migrations()))
        return fail(tr("Cannot update the history schema"), m_database.lastError());
    return true;
}

std::optional<qint64> RubberStampHistoryStore::save(const RubberStampRun &run)
{
    QSqlDatabase db = m_database.db();
    if (!db.transaction()) {
        fail(tr("Cannot save the rubber-stamp test"), db.lastError().text());
        return std::nullopt;
    }
    QSqlQuery q(db);
    const auto rollback = [&]() -> std::optional<qint64> {
        const QString why = q.lastError().text();
        db.rollback();
        fail(tr("Cannot save the rubber-stamp test"), why);
        return std::nullopt;
    };
    json suites = json::array();
    for (const QString &s : run.suites)
        suites.push_back(s.toStdString());
    q.prepare(HistoryDatabase::insertStatement(QStringLiteral("pair_rubber_stamp_runs"), testColumns()));
    q.addBindValue(isoTime(run.startedAt.isValid() ? run.startedAt : QDateTime::currentDateTimeUtc()));
    q.addBindValue(run.finishedAt.isValid() ? QVariant(isoTime(run.finishedAt)) : QVariant(QMetaType::fromType<QString>()));
    q.addBindValue(run.cancelled ? QStringLiteral("cancelled") : QStringLiteral("finished"));
    q.addBindValue(run.reviewerNode.isNull() ? QStringLiteral("") : run.reviewerNode);
    q.addBindValue(run.reviewerSimulated ? 1 : 0);
    q.addBindValue(run.reviewerThinking ? QVariant(*run.reviewerThinking ? 1 : 0) : QVariant(QMetaType::fromType<int>()));
    q.addBindValue(QString::fromStdString(suites.dump()));
    q.addBindValue(run.runs);
    q.addBindValue(run.badSamples);
    q.addBindValue(run.goodSamples);
    q.addBindValue(run.corpusSamples);
    q.addBindValue(QStringLiteral(TOKSCOPE_VERSION));
    if (!q.exec())
        return rollback();
    const qint64 id = q.lastInsertId().toLongLong();
    q.prepare(HistoryDatabase::insertStatement(QStringLiteral("pair_rubber_stamp_results"), resultColumns()));
    for (int i = 0; i < run.results.size(); ++i) {
        const RubberStampPromptResult &r = run.results.at(i);
        q.addBindValue(id);
        q.addBindValue(i);
        q.addBindValue(r.promptKey.isNull() ? QStringLiteral("") : r.promptKey);
        q.addBindValue(r.prompt.isNull() ? QStringLiteral("") : r.prompt);
        q.addBindValue(r.badReviews);
        q.addBindValue(r.badApproved);
        q.addBindValue(r.goodReviews);
        q.addBindValue(r.goodRejected);
        q.addBindValue(r.unparsable);
        q.addBindValue(r.failed);
        q.addBindValue(rateJson(r.rubberStamp));
        q.addBindValue(rateJson(r.nitpick));
        if (!q.exec())
            return rollback();
    }
    if (!db.commit())
        return rollback();
    return id;
}

QList<RubberStampRun> RubberStampHistoryStore::tests(int limit) const
{
    QList<RubberStampRun> out;
    QSqlQuery q(m_database.db());
    q.prepare(QStringLiteral("SELECT id,") + testColumns().join(QLatin1Char(',')) +
              QStringLiteral(" FROM pair_rubber_stamp_runs ORDER BY started_at DESC, id DESC LIMIT ?"));
    q.addBindValue(limit);
    if (!q.exec()) {
        fail(tr("Cannot read the rubber-stamp tests"), q.lastError().text());
        return out;
    }
    while (q.next()) {
        RubberStampRun r;
        r.id = q.value(0).toLongLong();
        r.startedAt = readTime(q.value(1));
        r.finishedAt = readTime(q.value(2));
        r.cancelled = q.value(3).toString() == QLatin1String("cancelled");
        r.reviewerNode = q.value(4).toString();
        r.reviewerSimulated = q.value(5).toInt() != 0;
        r.reviewerThinking = q.value(6).isNull() ? std::nullopt : std::optional<bool>(q.value(6).toInt() != 0);
        const json suites = json::parse(q.value(7).toString().toStdString(), nullptr, false);
        if (suites.is_array())
            for (const json &s : suites)
                if (s.is_string())
                    r.suites << QString::fromStdString(s.get<std::string>());
        r.runs = q.value(8).toInt();
        r.badSamples = q.value(9).toInt();
        r.goodSamples = q.value(10).toInt();
        r.corpusSamples = q.value(11).toInt();
        out.append(r);
    }
    QSqlQuery rq(m_database.db());
    rq.prepare(QStringLiteral("SELECT ") + resultColumns().mid(2).join(QLatin1Char(',')) +
               QStringLiteral(" FROM pair_rubber_stamp_results WHERE test_id = ? ORDER BY prompt_index"));
    for (RubberStampRun &r : out) {
        rq.addBindValue(r.id);
        if (!rq.exec()) {
            fail(tr("Cannot read the rubber-stamp tests"), rq.lastError().text());
            continue;
        }
        while (rq.next()) {
            RubberStampPromptResult p;
            p.promptKey = rq.value(0).toString();
            p.prompt = rq.value(1).toString();
            p.badReviews = rq.value(2).toInt();
            p.badApproved = rq.value(3).toInt();
            p.goodReviews = rq.value(4).toInt();
            p.goodRejected = rq.value(5).toInt();
            p.unparsable = rq.value(6).toInt();
            p.failed = rq.value(7).toInt();
            p.rubberStamp = readRate(rq.value(8).toString());
            p.nitpick = readRate(rq.value(9).toString());
            r.results.append(p);
        }
    }
    return out;
}
