#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

// One injectable misbehaviour of a SimulatedNode. Set at runtime (SimulatedNode::setFault) or with
// `tokscope-cli sim --fault NAME[=ARG]`. `arg` meaning (and default) per kind:
//   refuse          stop listening: connections are refused (clearing the fault listens again, same port)
//   stall           accept, send status line + headers, then never send the body
//   reset=N         chat streams: abort the socket after N whole SSE events (default 3): no [DONE], no
//                   chunk terminator, like a killed server; non-streaming: abort before the body
//   http-error=S    every endpoint answers HTTP S (default 500) with the dialect's error JSON
//   malformed=N     the Nth SSE event of a stream (default 2) carries truncated JSON; the stream goes on
//   stream-error=N  after N events an in-band `data: {"error":...}` event, then the stream ends
//                   (llama.cpp: no [DONE]; vLLM: [DONE] follows, as each server does)
//   html=S          every endpoint answers an HTML page with status S (default 200), like a proxy page
//   loading         model still loading: llama.cpp 503 "Loading model" everywhere; vLLM /health 503
//   counter-reset   one-shot: all /metrics counters go back to 0 as after a restart (not kept as active)
//   garbage-metrics /metrics carries lines that are not Prometheus text between the real ones
//   drip=MS         every response is written one byte per MS milliseconds (default 20, time-scaled)
//   runaway         thinking repeats a loop until max_tokens: finish_reason length, empty content
// The API key check is not a fault: see SimulatedNode::setApiKey.
struct SimFault
{
    enum class Kind
    {
        Refuse,
        Stall,
        ResetMidStream,
        HttpError,
        MalformedChunk,
        StreamError,
        HtmlBody,
        Loading,
        CounterReset,
        GarbageMetrics,
        Drip,
        Runaway,
    };

    Kind kind = Kind::HttpError;
    int arg = 0; // 0 = the kind's default (see above)

    SimFault() = default;
    SimFault(Kind k, int a = 0) : kind(k), arg(a) {}

    int effectiveArg() const; // arg or the kind's default
    QString key() const;      // machine name: "reset", "http-error" ...
    QString spec() const;     // "reset=5" (round-trips through parse)
    bool operator==(const SimFault &) const = default;

    static QString keyOf(Kind kind);
    static QList<Kind> allKinds();
    static QStringList keys();
    // Parses "NAME" or "NAME=ARG". On failure returns nullopt and fills *error (translated).
    static std::optional<SimFault> parse(const QString &spec, QString *error = nullptr);
    // One translated line per kind for --help.
    static QString describe(Kind kind);
};
