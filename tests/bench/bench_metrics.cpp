// Measures the /metrics path and the chart decimation path. Numbers are medians of several runs;
// build with -DCMAKE_BUILD_TYPE=RelWithDebInfo (or Release) before reading them.
#include "models/net/metricsnormalizer.h"
#include "models/net/prometheustext.h"
#include "models/series/decimator.h"
#include "models/series/timeseries.h"

#include "tests/support/testdata.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <functional>
#include <limits>
#include <vector>

namespace {

constexpr int Repetitions = 15;

struct Timing
{
    double medianMs = 0; // wall clock (QElapsedTimer)
    double bestMs = 0;
    double cpuMedianMs = 0; // this thread's CPU time: what the code costs when the machine is busy
};

double threadCpuMs()
{
#ifdef Q_OS_LINUX
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
#else
    return std::nan("");
#endif
}

Timing measure(const std::function<void()> &run)
{
    run(); // warm caches and allocator
    std::vector<double> wall;
    std::vector<double> cpu;
    for (int i = 0; i < Repetitions; ++i) {
        const double cpuStart = threadCpuMs();
        QElapsedTimer timer;
        timer.start();
        run();
        wall.push_back(double(timer.nsecsElapsed()) / 1e6);
        cpu.push_back(threadCpuMs() - cpuStart);
    }
    std::sort(wall.begin(), wall.end());
    std::sort(cpu.begin(), cpu.end());
    return {wall[wall.size() / 2], wall.front(), cpu[cpu.size() / 2]};
}

void report(const char *name, const Timing &t, double targetMs)
{
    std::printf("%s: %.2f ms (target <= %.0f ms; best %.2f ms, cpu %.2f ms, median of %d)%s\n", name,
                t.medianMs, targetMs, t.bestMs, t.cpuMedianMs, Repetitions,
                t.medianMs <= targetMs ? "" : "  ** OVER TARGET **");
}

// The constructed vLLM exposition grown to ~1 MB like a big data-parallel node serving several models:
// every family keeps one HELP/TYPE header, followed by its samples for many `engine` / `model_name` label
// sets.
QByteArray exposition(const QByteArray &base, int copies)
{
    QByteArray out;
    const QList<QByteArray> lines = base.split('\n');
    qsizetype i = 0;
    while (i < lines.size()) {
        while (i < lines.size() && (lines[i].startsWith('#') || lines[i].isEmpty()))
            out += lines[i++] + '\n';
        const qsizetype blockStart = i;
        while (i < lines.size() && !lines[i].startsWith('#') && !lines[i].isEmpty())
            ++i;
        for (int copy = 0; copy < copies; ++copy) {
            const QByteArray engine = QByteArray("engine=\"") + QByteArray::number(copy) + '"';
            const QByteArray model = QByteArray("Qwen/Qwen3-0.6B-replica-") + QByteArray::number(copy % 4);
            for (qsizetype j = blockStart; j < i; ++j) {
                QByteArray line = lines[j];
                if (copy > 0 && !line.contains("engine=")) // unlabelled process/http series exist once
                    continue;
                out += line.replace("engine=\"0\"", engine).replace("Qwen/Qwen3-0.6B", model) + '\n';
            }
        }
    }
    return out;
}

QByteArray megabyteExposition()
{
    const QByteArray base = TestData::read(QStringLiteral("fixtures/vllm/metrics-constructed.txt"));
    if (base.isEmpty())
        return {};
    for (int copies = 1;; ++copies) {
        QByteArray text = exposition(base, copies);
        if (text.size() >= (1 << 20))
            return text;
    }
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);

    const QByteArray text = megabyteExposition();
    if (text.isEmpty()) {
        std::fprintf(stderr, "bench_metrics: fixture metrics-constructed.txt not found\n");
        return 1;
    }
    PrometheusExposition parsed;
    const Timing parseMs = measure([&] { parsed = PrometheusText::parse(text); });
    std::printf("prometheus input: %.2f MB, %zu samples, %d errors\n", double(text.size()) / (1 << 20),
                parsed.samples().size(), parsed.errorCount());
    report("prometheus_parse_1MB", parseMs, 5);
    // Hostile input of the same size: every third line broken. Must stay fast and never abort.
    QByteArray garbage = text;
    for (qsizetype i = 0, line = 0; i < garbage.size(); ++i) {
        if (garbage[i] == '\n' && ++line % 3 == 0 && i + 1 < garbage.size())
            garbage[i + 1] = '{';
    }
    PrometheusExposition garbageParsed;
    const Timing garbageMs = measure([&] { garbageParsed = PrometheusText::parse(garbage); });
    std::printf("garbage input: %zu samples kept, %d lines rejected\n", garbageParsed.samples().size(),
                garbageParsed.errorCount());
    report("prometheus_parse_1MB_garbage", garbageMs, 5);
    NormalizedMetrics normalized;
    const Timing normalizeMs = measure([&] { normalized = MetricsNormalizer::normalize(parsed); });
    report("metrics_normalize_1MB", normalizeMs, 1);

    // One million points at 1 kHz with a gap every 100,000 points and a spike.
    std::vector<qint64> t(1'000'000);
    std::vector<double> v(t.size());
    for (size_t i = 0; i < t.size(); ++i) {
        t[i] = qint64(i);
        v[i] = std::sin(double(i) / 5000.0) * 50 + 60;
        if (i % 100'000 == 99'999)
            v[i] = std::numeric_limits<double>::quiet_NaN();
    }
    v[424'242] = 1e6;
    DecimatedSeries decimated;
    const Timing decimateMs =
        measure([&] { decimated = Decimator::decimate(t, v, 0, qint64(t.size() - 1), 1600); });
    std::printf("decimation output: %lld points in %lld segments, spike kept: %s\n",
                static_cast<long long>(decimated.points.size()),
                static_cast<long long>(decimated.segmentCount()), decimated.maximum == 1e6 ? "yes" : "NO");
    report("decimate_1M_to_1600", decimateMs, 5);

    // The dashboard's common case: a day at 1 Hz in a TimeSeries, redrawn into 1,600 columns.
    TimeSeries day;
    const Timing fillMs = measure([&] {
        day.clear();
        for (qint64 i = 0; i < 86'400; ++i)
            day.append(i * 1000, double(i % 600));
    });
    report("timeseries_append_86400", fillMs, 5);
    const Timing dayMs = measure([&] { decimated = Decimator::decimate(day, 0, 86'399'000, 1600); });
    report("decimate_day_1Hz_to_1600", dayMs, 1);
    return 0;
}
