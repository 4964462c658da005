#include "tests/support/samplecomparerun.h"

namespace SampleCompareRun {

static ChatResult resultFor(int seed, int node, bool thinking)
{
    ChatResult r;
    r.state = RunState::Done;
    r.httpStatus = 200;
    r.text = QStringLiteral("Answer of node %1, thinking %2: \"quoted\", comma, pipe | and\nsecond line 서울")
                 .arg(node)
                 .arg(thinking ? 1 : 0);
    r.reasoning = thinking ? QStringLiteral("Thinking %1...\nstep two").arg(seed) : QString();
    r.finishReason = QStringLiteral("stop");
    r.model = QStringLiteral("qwen3.6-35b-a3b");
    r.systemFingerprint = QStringLiteral("b6543-abcdef");
    r.flags = {QStringLiteral("chunks_not_tokens")};
    r.serverTimingsJson = QByteArrayLiteral("{\"prompt_n\":12,\"prompt_ms\":8.5,\"predicted_n\":40}");
    r.chunkCount = 30 + seed;
    ResponseMetrics &m = r.metrics;
    const double s = seed;
    m.ttfrMs = 10.25 + s;
    m.ttftMs = 20.5 + s;
    m.ttfaMs = thinking ? std::optional<double>(300.75 + s) : std::optional<double>(20.5 + s);
    m.ttrMs = 900.125 + s;
    m.headersMs = 1.5 + s;
    m.prefillMs = 8.5;
    m.prefillSource = MetricSource::Server;
    m.prefillTps = 1411.765;
    m.thinkingMs = thinking ? std::optional<double>(280.25) : std::nullopt;
    m.generationMs = 600.5 + s;
    m.decodeTps = 65.5 + s;
    m.decodeSource = MetricSource::Server;
    m.connectMs = 0.25;
    m.effectiveTps = 30.5;
    m.effectiveTpsSource = MetricSource::Estimated;
    m.thinkingRatio = thinking ? std::optional<double>(0.625) : std::nullopt;
    m.thinkingRatioSource = thinking ? MetricSource::Estimated : MetricSource::None;
    m.itlP50Ms = 15.25;
    m.itlP95Ms = 22.75;
    m.promptTokens = 12;
    m.cachedPromptTokens = seed > 1 ? std::optional<qint64>(11) : std::nullopt;
    m.completionTokens = 40 + seed;
    m.reasoningTokens = thinking ? std::optional<qint64>(25) : std::nullopt;
    m.reasoningTokensSource = thinking ? MetricSource::Estimated : MetricSource::None;
    m.answerTokens = 15 + seed;
    m.answerTokensSource = MetricSource::Client;
    m.serverPrefillMs = 8.5;
    m.serverDecodeTps = 66.25;
    m.clientServerGapMs = 12.0 + s;
    return r;
}

CompareRun make()
{
    CompareRun run;
    run.id = QStringLiteral("3b0c8e52-8a47-4d1e-9d4a-2f1e7c0a9b11");
    run.startedAt = QDateTime(QDate(2025, 5, 17), QTime(9, 30, 15, 250), Qt::UTC);
    run.finishedAt = run.startedAt.addSecs(42);
    run.label = QStringLiteral("thinking A/B, capital cities");
    CompareSettings &s = run.settings;
    s.prompt = QStringLiteral("What is the capital of France? Answer in one sentence.");
    s.systemPrompt = QStringLiteral("You are terse.");
    s.earlierTurns = {{QStringLiteral("user"), QStringLiteral("Hi")},
                      {QStringLiteral("assistant"), QStringLiteral("Hello!")}};
    s.model = QStringLiteral("qwen3.6-35b-a3b");
    s.runs = 2;
    s.maxTokensThinking = 2048;
    s.maxTokensNoThinking = 512;
    s.temperature = 0.7;
    s.seed = 1234;
    s.parallel = true;
    s.cacheBust = true;
    s.deadlineMs = 90000;
    s.warmup = true;

    CompareNodeInfo a;
    a.name = QStringLiteral("DGX1");
    a.url = QUrl(QStringLiteral("http://dgx1.local:30000"));
    a.backend = Backend::Vllm;
    a.serverVersion = QStringLiteral("0.11.0");
    a.modelId = QStringLiteral("qwen3.5-35b-a3b-fp8");
    a.contextLength = 262144;
    CompareNodeInfo b;
    b.name = QStringLiteral("Desktop | 5090");
    b.url = QUrl(QStringLiteral("http://desktop5090.local:8080"));
    b.simulated = true;
    b.backend = Backend::LlamaCpp;
    b.modelId = QStringLiteral("qwen3.6-35b-q4");
    run.nodes = {a, b};

    double clock = 0;
    for (int node = 0; node < 2; ++node) {
        CompareCell w;
        w.nodeIndex = node;
        w.warmup = true;
        w.result.state = RunState::Done;
        w.result.httpStatus = 200;
        w.result.text = QStringLiteral("Hi");
        w.result.finishReason = QStringLiteral("length");
        w.result.flags = {QStringLiteral("cold_connection")};
        w.result.metrics.ttftMs = 33.0;
        w.startedAt = run.startedAt;
        w.startedMs = clock;
        w.finishedMs = clock += 40.5;
        run.cells.append(w);
    }
    int seed = 0;
    for (int node = 0; node < 2; ++node)
        for (bool thinking : {true, false})
            for (int r = 1; r <= 2; ++r) {
                CompareCell c;
                c.nodeIndex = node;
                c.thinking = thinking;
                c.run = r;
                c.result = resultFor(++seed, node, thinking);
                c.startedAt = run.startedAt.addMSecs(qint64(clock));
                c.startedMs = clock;
                c.finishedMs = clock += 910.5;
                run.cells.append(c);
            }
    // One failed cell: partial text, unknown numbers stay unknown.
    CompareCell &failed = run.cells.last();
    failed.result.state = RunState::Incomplete;
    failed.result.error = QStringLiteral("connection closed before the stream ended");
    failed.result.finishReason.clear();
    failed.result.serverTimingsJson.clear();
    failed.result.metrics.ttrMs.reset();
    failed.result.metrics.decodeTps.reset();
    failed.result.metrics.decodeSource = MetricSource::None;
    failed.result.metrics.completionTokens.reset();
    return run;
}

} // namespace SampleCompareRun
