// How closely SimulatedNode keeps its script on a real socket: prefill time (server `prompt_ms` and the
// client's first-token time) and decode rate ((n-1) / (t_last - t_first) from client timestamps) against
// the profile, for one stream and for 16 concurrent streams. Real-time profiles (time scale 1). The 16
// streams arrive together and are parsed one after another on the server's thread, so their TTFT error
// shows what prompt parsing costs (much less in a Release build).
#include "models/sim/simtokenizer.h"
#include "models/sim/simulatednode.h"
#include "tests/support/simclient.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkProxy>
#include <QtConcurrent>

#include <atomic>
#include <cmath>
#include <cstdio>
#include <memory>
#include <vector>

namespace {

struct Measured
{
    double ttftMs = 0;         // client: request sent -> first token event
    double serverPromptMs = 0; // llama.cpp timings.prompt_ms (0 for vLLM)
    double decodeTps = 0;      // client: (n - 1) / (t_last - t_first)
    int completion = 0;
    int prompt = 0;
};

SimAnswer longAnswer(const SimRequest &)
{
    return {QString(), QString(QStringLiteral("word ")).repeated(150).trimmed()};
}

QByteArray body(int salt, int words)
{
    // A unique first line keeps every prompt cache cold.
    QString prompt = QStringLiteral("Request %1.\n").arg(salt) +
                     QString(QStringLiteral("lorem ipsum dolor ")).repeated(words);
    return SimClient::chatBody(prompt, true, false);
}

// Runs `count` streams at once and measures each one from its own readyRead timestamps.
std::vector<Measured> runClient(const QUrl &base, int count, int words)
{
    std::vector<std::unique_ptr<QNetworkAccessManager>> managers;
    std::vector<QNetworkReply *> replies;
    std::vector<QElapsedTimer> clocks(count);
    std::vector<QList<QPair<qint64, QByteArray>>> reads(count);
    static std::atomic<int> salt = 0;
    QEventLoop loop;
    int finished = 0;
    for (int i = 0; i < count; ++i) {
        managers.push_back(std::make_unique<QNetworkAccessManager>());
        managers.back()->setProxy(QNetworkProxy::NoProxy);
        QNetworkRequest request(base.resolved(QUrl(QStringLiteral("/v1/chat/completions"))));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        clocks[i].start();
        QNetworkReply *reply = managers.back()->post(request, body(++salt, words));
        QObject::connect(reply, &QNetworkReply::readyRead, &loop, [&, i, reply] {
            reads[i].append({clocks[i].nsecsElapsed(), reply->readAll()});
        });
        QObject::connect(reply, &QNetworkReply::finished, &loop, [&] {
            if (++finished == count)
                loop.quit();
        });
        replies.push_back(reply);
    }
    loop.exec();
    std::vector<Measured> out;
    for (int i = 0; i < count; ++i) {
        SimHttpResult r;
        for (const auto &read : reads[i])
            r.reads.append({read.first, read.second}); // nanoseconds here
        Measured m;
        qint64 first = -1, last = -1;
        for (const auto &event : SimClient::timedSseData(r)) {
            const QJsonObject o = SimClient::json(event.second);
            const QJsonArray choices = o.value(QStringLiteral("choices")).toArray();
            if (!choices.isEmpty() && !choices.first()
                                           .toObject()
                                           .value(QStringLiteral("delta"))
                                           .toObject()
                                           .value(QStringLiteral("content"))
                                           .toString()
                                           .isEmpty()) {
                if (first < 0)
                    first = event.first;
                last = event.first;
            }
            if (o.contains(QStringLiteral("usage"))) {
                m.completion = o.value(QStringLiteral("usage"))
                                   .toObject()
                                   .value(QStringLiteral("completion_tokens"))
                                   .toInt();
                m.prompt = o.value(QStringLiteral("usage"))
                               .toObject()
                               .value(QStringLiteral("prompt_tokens"))
                               .toInt();
                m.serverPromptMs = o.value(QStringLiteral("timings"))
                                       .toObject()
                                       .value(QStringLiteral("prompt_ms"))
                                       .toDouble();
            }
        }
        m.ttftMs = double(first) / 1e6;
        m.decodeTps = (m.completion - 1) / (double(last - first) / 1e9);
        out.push_back(m);
        delete replies[i];
    }
    return out;
}

// The client runs on a pool thread with its own event loop, so uploads and reads are not delayed by the
// server's work on the main thread (the server stays on its own thread, as in the app).
std::vector<Measured> run(SimulatedNode &node, int count, int words)
{
    QFutureWatcher<std::vector<Measured>> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(QtConcurrent::run(runClient, node.baseUrl(), count, words));
    loop.exec();
    return watcher.result();
}

void report(const char *name, const SimProfile &p, const std::vector<Measured> &ms)
{
    double worstDecode = 0, worstPrefill = 0, worstServerPrefill = 0, sumTtft = 0;
    for (const Measured &m : ms) {
        const double scriptedPrefillMs = m.prompt / p.prefillTokensPerSecond * 1000.0;
        const double scriptedTtft = scriptedPrefillMs + p.schedulingOverheadMs;
        worstDecode = std::max(worstDecode, std::abs(m.decodeTps / p.decodeTokensPerSecond - 1.0) * 100.0);
        worstPrefill = std::max(worstPrefill, std::abs(m.ttftMs - scriptedTtft) / scriptedTtft * 100.0);
        if (m.serverPromptMs > 0)
            worstServerPrefill =
                std::max(worstServerPrefill, std::abs(m.serverPromptMs / scriptedPrefillMs - 1.0) * 100.0);
        sumTtft += m.ttftMs;
    }
    std::printf("%s: %zu stream(s), prompt %d tokens, %d generated each, mean TTFT %.1f ms\n", name,
                ms.size(), ms.front().prompt, ms.front().completion, sumTtft / double(ms.size()));
    std::printf("%s decode rate error (worst): %.2f %% (target 2 %%)\n", name, worstDecode);
    std::printf("%s client TTFT vs script error (worst): %.2f %% (target 2 %%)\n", name, worstPrefill);
    if (p.dialect == Backend::LlamaCpp)
        std::printf("%s server prompt_ms vs script error (worst): %.2f %% (target 2 %%)\n", name,
                    worstServerPrefill);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    for (const char *name : {"vllm-dgx", "llamacpp-5090"}) {
        SimProfile p = *SimProfile::byName(QString::fromLatin1(name));
        p.slotCount = 16; // measure scheduling, not queueing
        SimulatedNode node(p);
        node.setAnswerProvider(longAnswer);
        if (!node.listen())
            return 1;
        // vLLM: 1000-token prompt = 0.5 s prefill; llama.cpp: 6000 tokens = 0.5 s.
        const int words = p.dialect == Backend::Vllm ? 330 : 2000;
        report(name, p, run(node, 1, words));
        report(QByteArray(QByteArray(name) + " x16").constData(), p, run(node, 16, words));
    }
    return 0;
}
