#include "models/bench/benchresult.h"

#include <QCoreApplication>
#include <QCryptographicHash>

#include <nlohmann/json.hpp>

std::optional<double> BenchRun::tctMs() const
{
    if (turns.isEmpty())
        return std::nullopt;
    double sum = 0;
    for (const BenchTurn &t : turns) {
        if (!t.ttrMs)
            return std::nullopt;
        sum += *t.ttrMs + t.gapBeforeMs.value_or(0.0);
    }
    return sum;
}

std::optional<double> BenchRun::effectiveTps() const
{
    const std::optional<double> tct = tctMs();
    if (!tct || *tct <= 0)
        return std::nullopt;
    qint64 tokens = 0;
    for (const BenchTurn &t : turns) {
        if (!t.answerTokens)
            return std::nullopt;
        tokens += *t.answerTokens;
    }
    return double(tokens) / (*tct / 1000.0);
}

void BenchCell::rescore(double stableSpread)
{
    QList<RunScoreInput> inputs;
    double ttrSum = 0, tpsSum = 0;
    int ttrN = 0, tpsN = 0;
    for (const BenchRun &r : std::as_const(runs)) {
        inputs.append({r.state, r.score});
        if (r.state != RunState::Done)
            continue;
        if (const auto t = r.tctMs()) {
            ttrSum += *t;
            ++ttrN;
        }
        if (const auto e = r.effectiveTps()) {
            tpsSum += *e;
            ++tpsN;
        }
    }
    score = Scorer::scoreCell(inputs, passThreshold, stableSpread);
    ttrMs = ttrN ? std::optional<double>(ttrSum / ttrN) : std::nullopt;
    effectiveTps = tpsN ? std::optional<double>(tpsSum / tpsN) : std::nullopt;
}

QString NodeFingerprint::digest() const
{
    const QString basis = backendKey(backend) + QLatin1Char('|') + serverVersion + QLatin1Char('|') +
                          modelId + QLatin1Char('|') +
                          (contextLength ? QString::number(*contextLength) : QString());
    return QString::fromLatin1(
        QCryptographicHash::hash(basis.toUtf8(), QCryptographicHash::Sha256).toHex().left(12));
}

QString benchRunStatusKey(BenchRunStatus status)
{
    switch (status) {
    case BenchRunStatus::Running:
        return QStringLiteral("running");
    case BenchRunStatus::Paused:
        return QStringLiteral("paused");
    case BenchRunStatus::Finished:
        return QStringLiteral("finished");
    case BenchRunStatus::Cancelled:
        return QStringLiteral("cancelled");
    case BenchRunStatus::Interrupted:
        return QStringLiteral("interrupted");
    case BenchRunStatus::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

BenchRunStatus benchRunStatusFromKey(const QString &key)
{
    for (BenchRunStatus s : {BenchRunStatus::Running, BenchRunStatus::Paused, BenchRunStatus::Finished,
                             BenchRunStatus::Cancelled, BenchRunStatus::Interrupted, BenchRunStatus::Failed})
        if (benchRunStatusKey(s) == key)
            return s;
    return BenchRunStatus::Interrupted;
}

QString Regression::kindKey(Kind kind)
{
    return kind == Kind::NowFailing ? QStringLiteral("now_failing") : QStringLiteral("score_drop");
}

QString Regression::describe() const
{
    if (kind == Kind::NowFailing)
        return QCoreApplication::translate("Regression",
                                           "%1/%2 on %3 passed in run %4 (%5) and fails now (%6)")
            .arg(suite, task, node)
            .arg(previousRunId)
            .arg(previousMean, 0, 'f', 1)
            .arg(currentMean, 0, 'f', 1);
    return QCoreApplication::translate("Regression",
                                       "%1/%2 on %3 dropped from %4 to %5 (more than the %6-point spread)")
        .arg(suite, task, node)
        .arg(previousMean, 0, 'f', 1)
        .arg(currentMean, 0, 'f', 1)
        .arg(allowedDrop, 0, 'f', 1);
}

QByteArray checkResultsToJson(const QList<CheckResult> &checks)
{
    nlohmann::json arr = nlohmann::json::array();
    for (const CheckResult &c : checks)
        arr.push_back({{"name", c.name.toStdString()},
                       {"type", checkTypeKey(c.type).toStdString()},
                       {"weight", c.weight},
                       {"outcome", checkOutcomeKey(c.outcome).toStdString()},
                       {"passed", c.passed()},
                       {"required", c.required},
                       {"detail", c.detail.toStdString()},
                       {"read", c.read.toStdString()}});
    return QByteArray::fromStdString(arr.dump());
}

QList<CheckResult> checkResultsFromJson(const QByteArray &json)
{
    QList<CheckResult> out;
    const nlohmann::json arr = nlohmann::json::parse(json.cbegin(), json.cend(), nullptr, false);
    if (!arr.is_array())
        return out;
    for (const nlohmann::json &o : arr) {
        if (!o.is_object())
            continue;
        CheckResult c;
        c.name = QString::fromStdString(o.value("name", std::string()));
        c.type = checkTypeFromKey(QString::fromStdString(o.value("type", std::string())))
                     .value_or(CheckType::Contains);
        c.weight = o.value("weight", 1.0);
        const std::string outcome = o.value("outcome", std::string("failed"));
        c.outcome = outcome == "passed"    ? CheckOutcome::Passed
                    : outcome == "skipped" ? CheckOutcome::Skipped
                                           : CheckOutcome::Failed;
        c.detail = QString::fromStdString(o.value("detail", std::string()));
        c.read = QString::fromStdString(o.value("read", std::string()));
        c.required = o.value("required", false);
        out.append(c);
    }
    return out;
}
