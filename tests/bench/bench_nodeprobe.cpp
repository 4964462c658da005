// Measures one node poll: the whole cycle against a simulated vLLM node on loopback (two phases, four
// GETs), and the CPU cost of interpreting one cycle's replies (JSON + a full vLLM /metrics scrape).
// Medians; build RelWithDebInfo or Release before reading them.
#include "models/net/nodeprobe.h"
#include "models/net/probeinterpreter.h"
#include "models/sim/simulatednode.h"

#include "tests/support/testdata.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <vector>

namespace {

double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

ProbeReply reply(const QByteArray &body)
{
    ProbeReply r;
    r.finished = true;
    r.httpStatus = 200;
    r.body = body;
    r.contentType = "application/json";
    r.finishedNs = 1000000;
    return r;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);

    // 1. Interpretation cost of one cycle (no network): CPU time of this thread.
    const QByteArray metrics = TestData::read(QStringLiteral("fixtures/vllm/metrics-constructed.txt"));
    const ProbeReplies replies{
        {ProbeEndpoint::Health, reply(QByteArray())},
        {ProbeEndpoint::Models,
         reply("{\"object\":\"list\",\"data\":[{\"id\":\"Qwen/Qwen3-0.6B\",\"owned_by\":\"vllm\","
               "\"max_model_len\":40960}]}")},
        {ProbeEndpoint::Version, reply("{\"version\":\"0.19.1\"}")},
        {ProbeEndpoint::Metrics, reply(metrics)}};
    NodeConfig config;
    config.id = QStringLiteral("bench");
    config.url = QUrl(QStringLiteral("http://dgx1.local:30000"));
    std::vector<double> cpu;
    for (int i = 0; i < 200; ++i) {
        const double start = threadCpuMs();
        const ProbeReading r = ProbeInterpreter::interpret(replies, config);
        cpu.push_back(threadCpuMs() - start);
        if (r.health != NodeHealth::Up)
            std::printf("unexpected: %s\n", qPrintable(r.reason));
    }
    std::printf("probe interpret (vLLM /metrics %.0f KB + JSON): %.3f ms CPU per poll (target < 2 ms)\n",
                metrics.size() / 1024.0, median(cpu));

    // 2. A whole cycle against the simulator on loopback (the simulator runs in this thread too).
    SimulatedNode sim(*SimProfile::byName(QStringLiteral("vllm-dgx")));
    if (!sim.listen()) {
        std::printf("probe cycle: cannot listen: %s\n", qPrintable(sim.errorString()));
        return 1;
    }
    config.url = sim.baseUrl();
    config.requestTimeoutMs = 10000;
    NodeProbe probe(config);
    std::vector<double> wall, latency;
    QElapsedTimer timer;
    QObject::connect(&probe, &NodeProbe::sampleAvailable, &app, [&](const NodeSample &s) {
        wall.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (s.latencyMs)
            latency.push_back(*s.latencyMs);
        if (wall.size() < 100) {
            timer.start();
            probe.poll();
        } else {
            app.quit();
        }
    });
    timer.start();
    probe.poll();
    app.exec();
    std::printf("probe cycle (vllm-dgx sim, loopback, 4 GETs): %.2f ms median wall (target < 50 ms)\n",
                median(wall));
    std::printf("probe /health latency (loopback, keep-alive): %.3f ms median\n", median(latency));
    return 0;
}
