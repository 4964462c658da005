#include "models/sim/simfault.h"

#include <QCoreApplication>

namespace {
struct KindInfo
{
    SimFault::Kind kind;
    const char *key;
    int defaultArg;
    bool takesArg;
};

constexpr KindInfo kKinds[] = {
    {SimFault::Kind::Refuse, "refuse", 0, false},
    {SimFault::Kind::Stall, "stall", 0, false},
    {SimFault::Kind::ResetMidStream, "reset", 3, true},
    {SimFault::Kind::HttpError, "http-error", 500, true},
    {SimFault::Kind::MalformedChunk, "malformed", 2, true},
    {SimFault::Kind::StreamError, "stream-error", 3, true},
    {SimFault::Kind::HtmlBody, "html", 200, true},
    {SimFault::Kind::Loading, "loading", 0, false},
    {SimFault::Kind::CounterReset, "counter-reset", 0, false},
    {SimFault::Kind::GarbageMetrics, "garbage-metrics", 0, false},
    {SimFault::Kind::Drip, "drip", 20, true},
    {SimFault::Kind::Runaway, "runaway", 0, false},
};

const KindInfo &info(SimFault::Kind kind)
{
    for (const KindInfo &i : kKinds)
        if (i.kind == kind)
            return i;
    return kKinds[0];
}
} // namespace

int SimFault::effectiveArg() const
{
    return arg > 0 ? arg : info(kind).defaultArg;
}

QString SimFault::keyOf(Kind kind)
{
    return QString::fromLatin1(info(kind).key);
}

QString SimFault::key() const
{
    return keyOf(kind);
}

QString SimFault::spec() const
{
    if (!info(kind).takesArg)
        return key();
    return key() + QLatin1Char('=') + QString::number(effectiveArg());
}

QList<SimFault::Kind> SimFault::allKinds()
{
    QList<Kind> out;
    for (const KindInfo &i : kKinds)
        out << i.kind;
    return out;
}

QStringList SimFault::keys()
{
    QStringList out;
    for (const KindInfo &i : kKinds)
        out << QString::fromLatin1(i.key);
    return out;
}

std::optional<SimFault> SimFault::parse(const QString &spec, QString *error)
{
    const QString trimmed = spec.trimmed();
    const qsizetype eq = trimmed.indexOf(QLatin1Char('='));
    const QString name = (eq < 0 ? trimmed : trimmed.left(eq)).toLower();
    for (const KindInfo &i : kKinds) {
        if (name != QLatin1String(i.key))
            continue;
        SimFault fault(i.kind);
        if (eq >= 0) {
            bool ok = false;
            const int value = trimmed.mid(eq + 1).toInt(&ok);
            if (!i.takesArg || !ok || value <= 0) {
                if (error)
                    *error =
                        i.takesArg
                            ? QCoreApplication::translate(
                                  "SimFault", "fault '%1' needs a positive whole number, got '%2'")
                                  .arg(name, trimmed.mid(eq + 1))
                            : QCoreApplication::translate("SimFault", "fault '%1' takes no value").arg(name);
                return std::nullopt;
            }
            if (i.kind == Kind::HttpError && (value < 400 || value > 599)) {
                if (error)
                    *error =
                        QCoreApplication::translate("SimFault", "http-error needs a status 400..599, got %1")
                            .arg(value);
                return std::nullopt;
            }
            fault.arg = value;
        }
        return fault;
    }
    if (error)
        *error = QCoreApplication::translate("SimFault", "unknown fault '%1' (known: %2)")
                     .arg(name, keys().join(QStringLiteral(", ")));
    return std::nullopt;
}

QString SimFault::describe(Kind kind)
{
    switch (kind) {
    case Kind::Refuse:
        return QCoreApplication::translate("SimFault", "stop listening: connection refused");
    case Kind::Stall:
        return QCoreApplication::translate("SimFault",
                                           "send status and headers, then nothing (a hung server)");
    case Kind::ResetMidStream:
        return QCoreApplication::translate(
            "SimFault", "=N: close the connection after N stream events (a killed server)");
    case Kind::HttpError:
        return QCoreApplication::translate("SimFault",
                                           "=STATUS: answer every request with an HTTP error JSON");
    case Kind::MalformedChunk:
        return QCoreApplication::translate("SimFault", "=N: the Nth stream event carries broken JSON");
    case Kind::StreamError:
        return QCoreApplication::translate("SimFault",
                                           "=N: an error object inside the stream after N events");
    case Kind::HtmlBody:
        return QCoreApplication::translate("SimFault", "=STATUS: answer an HTML page instead of JSON");
    case Kind::Loading:
        return QCoreApplication::translate("SimFault", "model still loading: /health answers 503");
    case Kind::CounterReset:
        return QCoreApplication::translate("SimFault", "metrics counters restart from 0 (once)");
    case Kind::GarbageMetrics:
        return QCoreApplication::translate("SimFault", "/metrics carries lines that are not Prometheus text");
    case Kind::Drip:
        return QCoreApplication::translate("SimFault",
                                           "=MS: write every response one byte per MS milliseconds");
    case Kind::Runaway:
        return QCoreApplication::translate("SimFault",
                                           "thinking loops until max_tokens: finish length, empty answer");
    }
    return {};
}
