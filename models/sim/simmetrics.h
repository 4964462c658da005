#pragma once

#include "models/sim/simprofile.h"
#include "models/sim/simpromwriter.h"

#include <QByteArray>
#include <QHash>
#include <QMap>

// The server-side counters a simulated node exposes on /metrics, updated by its chat sessions, and
// rendered in the node's dialect. vLLM counters move as tokens are produced (histograms as in
// vllm/v1/metrics/loggers.py); llama.cpp updates its token counters only when a request finishes and
// resets its two `*_tokens_seconds` gauges on every scrape, exactly as llama-server does.
class SimMetrics final
{
public:
    struct Finish
    {
        QString finishReason; // stop | length | abort | error
        int promptTokens = 0;
        int cachedTokens = 0;
        int completionTokens = 0;
        double queueSeconds = 0;
        double prefillSeconds = 0;
        double decodeSeconds = 0; // first -> last token
        double e2eSeconds = 0;
        int maxTokensParam = 0; // 0 = not sent
        int maxGenerationTokens = 0;
    };

    explicit SimMetrics(const SimProfile &profile);

    void resetCounters(); // as after a server restart: every counter and histogram back to 0
    void setLoad(int running, int waiting, qint64 kvTokens);

    void prefillDone(int promptTokens, int cachedTokens, double queueSeconds, double ttftSeconds);
    void decodeStep(int tokens, double gapSeconds, int busySlots);
    void finished(const Finish &finish);
    void httpRequest(const QByteArray &handler, const QByteArray &method, int status);

    // Renders /metrics; llama.cpp's window gauges reset as a side effect. garbage: interleave junk lines.
    QByteArray render(bool garbage);

private:
    QByteArray renderLlamaCpp();
    QByteArray renderVllm();
    static QByteArray insertGarbage(const QByteArray &text);

    SimProfile m_profile;
    double m_created = 0; // unix seconds of the last (re)start
    int m_running = 0;
    int m_waiting = 0;
    qint64 m_kvTokens = 0;

    // shared
    double m_promptTokens = 0; // llama.cpp: evaluated only; vLLM: all prompt tokens
    double m_cachedTokens = 0;
    double m_generationTokens = 0;

    // llama.cpp
    double m_promptSeconds = 0;
    double m_predictedSeconds = 0;
    double m_nDecode = 0;
    double m_nTokensMax = 0;
    double m_windowPromptTokens = 0, m_windowPromptMs = 0;
    double m_windowPredictedTokens = 0, m_windowPredictedMs = 0;
    double m_windowBusySlots = 0, m_windowDecodes = 0;

    // vLLM
    double m_prefixQueries = 0, m_prefixHits = 0;
    QMap<QString, double> m_success; // finished_reason -> count
    double m_specDrafts = 0, m_specDraftTokens = 0, m_specAccepted = 0;
    QList<double> m_specAcceptedPerPos;
    SimPromWriter::Histogram m_hPromptTokens, m_hGenerationTokens, m_hIterationTokens, m_hMaxGeneration,
        m_hParamsN, m_hParamsMaxTokens, m_hTtft, m_hItl, m_hTpot, m_hE2e, m_hQueue, m_hInference, m_hPrefill,
        m_hDecode, m_hPrefillKv;
    QMap<QByteArray, double> m_http; // "handler\x1fmethod\x1fstatus" -> count
};
