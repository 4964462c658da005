#include "models/sim/simmetrics.h"

#include <QDateTime>

#include <cmath>

namespace {

QList<double> oneTwoFive(qint64 max)
{
    QList<double> out;
    for (double mantissa = 1;; mantissa *= 10) {
        for (double f : {1.0, 2.0, 5.0}) {
            if (mantissa * f > double(max))
                return out;
            out << mantissa * f;
        }
    }
}

const QList<double> kIteration = {1, 8, 16, 32, 64, 128, 256, 512, 1024, 2048, 4096, 8192, 16384};
const QList<double> kParamsN = {1, 2, 5, 10, 20};
const QList<double> kTtft = {0.001, 0.005, 0.01, 0.02, 0.04, 0.06, 0.08, 0.1, 0.25, 0.5, 0.75,
                             1,     2.5,   5,    7.5,  10,   20,   40,   80,  160,  640, 2560};
const QList<double> kItl = {0.01, 0.025, 0.05, 0.075, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5,
                            0.75, 1,     2.5,  5,     7.5, 10,   20,  40,  80};
const QList<double> kLatency = {0.3, 0.5, 0.8, 1,  1.5, 2,   2.5, 5,   10,   15,  20,
                                30,  40,  50,  60, 120, 240, 480, 960, 1920, 7680};

// llama-server prints with std::ostream defaults: %g with 6 significant digits ("1.23457e+06" included).
QByteArray cppNumber(double v)
{
    return QByteArray::number(v, 'g', 6);
}

} // namespace

SimMetrics::SimMetrics(const SimProfile &profile) : m_profile(profile)
{
    resetCounters();
}

void SimMetrics::resetCounters()
{
    m_created = double(QDateTime::currentMSecsSinceEpoch()) / 1000.0;
    m_promptTokens = m_cachedTokens = m_generationTokens = 0;
    m_promptSeconds = m_predictedSeconds = m_nDecode = m_nTokensMax = 0;
    m_windowPromptTokens = m_windowPromptMs = m_windowPredictedTokens = m_windowPredictedMs = 0;
    m_windowBusySlots = m_windowDecodes = 0;
    m_prefixQueries = m_prefixHits = 0;
    m_success.clear();
    for (const char *reason : {"stop", "length", "abort", "error", "repetition"})
        m_success.insert(QString::fromLatin1(reason), 0.0);
    m_specDrafts = m_specDraftTokens = m_specAccepted = 0;
    m_specAcceptedPerPos = QList<double>(qMax(0, m_profile.maxTokensPerChunk - 1), 0.0);
    const QList<double> tokens = oneTwoFive(m_profile.contextLength);
    m_hPromptTokens = m_hGenerationTokens = m_hMaxGeneration = m_hParamsMaxTokens = m_hPrefillKv =
        SimPromWriter::Histogram(tokens);
    m_hIterationTokens = SimPromWriter::Histogram(kIteration);
    m_hParamsN = SimPromWriter::Histogram(kParamsN);
    m_hTtft = SimPromWriter::Histogram(kTtft);
    m_hItl = m_hTpot = SimPromWriter::Histogram(kItl);
    m_hE2e = m_hQueue = m_hInference = m_hPrefill = m_hDecode = SimPromWriter::Histogram(kLatency);
    m_http.clear();
}

void SimMetrics::setLoad(int running, int waiting, qint64 kvTokens)
{
    m_running = running;
    m_waiting = waiting;
    m_kvTokens = kvTokens;
}

void SimMetrics::prefillDone(int promptTokens, int cachedTokens, double queueSeconds, double ttftSeconds)
{
    if (m_profile.dialect == Backend::LlamaCpp) {
        m_nDecode += 1; // the prompt batch is one llama_decode() call; token counters wait for the finish
        return;
    }
    m_promptTokens += promptTokens;
    m_cachedTokens += cachedTokens;
    m_prefixQueries += promptTokens;
    m_prefixHits += cachedTokens;
    m_hIterationTokens.observe(promptTokens - cachedTokens);
    m_hTtft.observe(ttftSeconds);
    m_hQueue.observe(queueSeconds);
    m_generationTokens += 1; // the first token comes out of the prefill step
}

void SimMetrics::decodeStep(int tokens, double gapSeconds, int busySlots)
{
    if (m_profile.dialect == Backend::LlamaCpp) {
        m_nDecode += 1;
        m_windowDecodes += 1;
        m_windowBusySlots += busySlots;
        return;
    }
    m_generationTokens += tokens;
    m_hIterationTokens.observe(tokens);
    m_hItl.observe(gapSeconds / tokens, tokens);
    if (m_profile.maxTokensPerChunk > 1) {
        m_specDrafts += 1;
        m_specDraftTokens += m_profile.maxTokensPerChunk - 1;
        m_specAccepted += tokens - 1;
        for (int pos = 0; pos < tokens - 1 && pos < m_specAcceptedPerPos.size(); ++pos)
            m_specAcceptedPerPos[pos] += 1;
    }
}

void SimMetrics::finished(const Finish &f)
{
    if (m_profile.dialect == Backend::LlamaCpp) {
        if (f.finishReason == QLatin1String("abort"))
            return; // a cancelled task never reaches the metrics update
        const int evaluated = f.promptTokens - f.cachedTokens;
        m_promptTokens += evaluated;
        m_cachedTokens += f.cachedTokens;
        m_promptSeconds += f.prefillSeconds;
        m_generationTokens += f.completionTokens;
        m_predictedSeconds += f.decodeSeconds;
        m_nTokensMax = qMax(m_nTokensMax, double(f.promptTokens + f.completionTokens));
        m_windowPromptTokens += evaluated;
        m_windowPromptMs += f.prefillSeconds * 1000.0;
        m_windowPredictedTokens += f.completionTokens;
        m_windowPredictedMs += f.decodeSeconds * 1000.0;
        return;
    }
    m_success[f.finishReason] += 1;
    m_hPromptTokens.observe(f.promptTokens);
    m_hGenerationTokens.observe(f.completionTokens);
    m_hMaxGeneration.observe(f.maxGenerationTokens);
    m_hParamsN.observe(1);
    if (f.maxTokensParam > 0)
        m_hParamsMaxTokens.observe(f.maxTokensParam);
    if (f.completionTokens > 1)
        m_hTpot.observe(f.decodeSeconds / (f.completionTokens - 1));
    m_hE2e.observe(f.e2eSeconds);
    m_hInference.observe(f.prefillSeconds + f.decodeSeconds);
    m_hPrefill.observe(f.prefillSeconds);
    m_hDecode.observe(f.decodeSeconds);
    m_hPrefillKv.observe(f.promptTokens - f.cachedTokens);
}

void SimMetrics::httpRequest(const QByteArray &handler, const QByteArray &method, int status)
{
    static const QList<QByteArray> excluded = {"/metrics", "/health",  "/load",
                                               "/ping",    "/version", "/server_info"};
    if (excluded.contains(handler))
        return;
    const QByteArray cls = QByteArray::number(status / 100) + "xx";
    m_http[handler + '\x1f' + method + '\x1f' + cls] += 1;
}

QByteArray SimMetrics::render(bool garbage)
{
    const QByteArray text = m_profile.dialect == Backend::LlamaCpp ? renderLlamaCpp() : renderVllm();
    return garbage ? insertGarbage(text) : text;
}

QByteArray SimMetrics::renderLlamaCpp()
{
    struct Line
    {
        const char *name;
        const char *help;
        const char *type;
        double value;
    };
    const double promptRate = m_windowPromptMs > 0 ? 1000.0 * m_windowPromptTokens / m_windowPromptMs : 0.0;
    const double predictedRate =
        m_windowPredictedMs > 0 ? 1000.0 * m_windowPredictedTokens / m_windowPredictedMs : 0.0;
    const double busy = m_windowDecodes > 0 ? m_windowBusySlots / m_windowDecodes : 0.0;
    const Line lines[] = {
        {"prompt_tokens_total", "Number of prompt tokens processed, excluding cached tokens", "counter",
         m_promptTokens},
        {"prompt_tokens_cached_total", "Number of prompt tokens reused from the cache", "counter",
         m_cachedTokens},
        {"prompt_seconds_total", "Total time spent processing prompts", "counter", m_promptSeconds},
        {"tokens_predicted_total", "Number of generation tokens processed", "counter", m_generationTokens},
        {"tokens_predicted_seconds_total", "Total time spent generating tokens", "counter",
         m_predictedSeconds},
        {"n_decode_total",
         "Total number of llama_decode() calls, excluding speculative decoding and multimodal decoding",
         "counter", m_nDecode},
        {"n_tokens_max", "Largest observed sequence length (prompt + generation)", "counter", m_nTokensMax},
        {"spec_decode_num_draft_tokens_total", "Speculative: Total draft tokens generated", "counter", 0},
        {"spec_decode_num_accepted_tokens_total",
         "Speculative: Total draft tokens accepted by the target model", "counter", 0},
        {"spec_decode_num_drafts_total", "Speculative: Total speculative decoding verification steps",
         "counter", 0},
        {"prompt_tokens_seconds", "Average prompt throughput in tokens/s", "gauge", promptRate},
        {"predicted_tokens_seconds", "Average generation throughput in tokens/s", "gauge", predictedRate},
        {"requests_processing", "Number of requests processing", "gauge", double(m_running)},
        {"requests_deferred", "Number of requests deferred", "gauge", double(m_waiting)},
        {"n_busy_slots_per_decode", "Average number of busy slots per llama_decode() call", "gauge", busy},
    };
    QByteArray out;
    for (const Line &l : lines) {
        const QByteArray name = QByteArray("llamacpp:") + l.name;
        out += "# HELP " + name + ' ' + l.help + "\n# TYPE " + name + ' ' + l.type + '\n' + name + ' ' +
               cppNumber(l.value) + '\n';
    }
    // llama-server resets these windows on every scrape (server_metrics::reset_bucket).
    m_windowPromptTokens = m_windowPromptMs = m_windowPredictedTokens = m_windowPredictedMs = 0;
    m_windowBusySlots = m_windowDecodes = 0;
    return out;
}

QByteArray SimMetrics::insertGarbage(const QByteArray &text)
{
    static const QByteArray junk[] = {
        "this line is not a metric\n",
        "vllm:broken_metric{model_name=\"unterminated 12\n",
        "<html><body>502 Bad Gateway</body></html>\n",
        "llamacpp:value_not_a_number abc\n",
        "# TYPE orphan_without_samples counter\n",
        "\xff\xfe binary noise\n",
        "=== 42 ===\n",
    };
    const QList<QByteArray> lines = text.split('\n');
    QByteArray out;
    int j = 0;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (lines[i].isEmpty() && i == lines.size() - 1)
            break;
        out += lines[i] + '\n';
        if (i % 7 == 3)
            out += junk[j++ % std::size(junk)];
    }
    return out;
}

QByteArray SimMetrics::renderVllm()
{
    using L = SimPromWriter::Labels;
    const QByteArray model = m_profile.modelId.toUtf8();
    SimPromWriter w(L{{"engine", "0"}, {"model_name", model}});
    const double created = m_created;
    SimPromWriter plain(L{});
    plain.gauge("process_start_time_seconds", "Start time of the process since unix epoch in seconds.",
                {{L{}, std::floor(created * 100.0) / 100.0}});
    plain.gauge("python_info", "Python platform information",
                {{L{{"implementation", "CPython"},
                    {"major", "3"},
                    {"minor", "12"},
                    {"patchlevel", "3"},
                    {"version", "3.12.3"}},
                  1.0}});
    w.raw(plain.text());

    const double capacity = double(m_profile.kvPoolTokens());
    w.gauge("vllm:num_requests_running", "Number of requests in model execution batches.",
            {{L{}, double(m_running)}});
    w.gauge("vllm:num_requests_waiting", "Number of requests waiting to be processed.",
            {{L{}, double(m_waiting)}});
    w.gauge(
        "vllm:num_requests_waiting_by_reason",
        "Number of waiting requests by reason. Reason labels: 'capacity' = waiting for scheduling capacity; "
        "'deferred' = deferred by transient constraints (LoRA budget, KV transfer, blocked status). Sum of "
        "all "
        "reasons equals vllm:num_requests_waiting.",
        {{L{{"reason", "capacity"}}, double(m_waiting)}, {L{{"reason", "deferred"}}, 0.0}});
    w.gauge("vllm:engine_sleep_state",
            "Engine sleep state; awake = 0 means engine is sleeping; awake = 1 means engine is awake; "
            "weights_offloaded = 1 means sleep level 1; discard_all = 1 means sleep level 2.",
            {{L{{"sleep_state", "awake"}}, 1.0},
             {L{{"sleep_state", "weights_offloaded"}}, 0.0},
             {L{{"sleep_state", "discard_all"}}, 0.0}});
    w.gauge("vllm:kv_cache_usage_perc", "KV-cache usage. 1 means 100 percent usage.",
            {{L{}, qMin(1.0, double(m_kvTokens) / capacity)}});
    w.counter("vllm:prefix_cache_queries", "Prefix cache queries, in terms of number of queried tokens.",
              {{L{}, m_prefixQueries}}, created);
    w.counter("vllm:prefix_cache_hits", "Prefix cache hits, in terms of number of cached tokens.",
              {{L{}, m_prefixHits}}, created);
    w.counter("vllm:num_preemptions", "Cumulative number of preemption from the engine.", {{L{}, 0.0}},
              created);
    w.counter("vllm:prompt_tokens", "Number of prefill tokens processed.", {{L{}, m_promptTokens}}, created);
    w.counter("vllm:prompt_tokens_by_source", "Number of prompt tokens by source.",
              {{L{{"source", "local_compute"}}, m_promptTokens - m_cachedTokens},
               {L{{"source", "local_cache_hit"}}, m_cachedTokens},
               {L{{"source", "external_kv_transfer"}}, 0.0}},
              created);
    w.counter("vllm:prompt_tokens_cached", "Number of cached prompt tokens (local + external).",
              {{L{}, m_cachedTokens}}, created);
    w.counter("vllm:generation_tokens", "Number of generation tokens processed.", {{L{}, m_generationTokens}},
              created);
    QList<QPair<L, double>> success;
    for (const char *reason : {"stop", "length", "abort", "error", "repetition"})
        success.append({L{{"finished_reason", reason}}, m_success.value(QString::fromLatin1(reason))});
    w.counter("vllm:request_success", "Count of successfully processed requests.", success, created);
    w.histogram("vllm:request_prompt_tokens", "Number of prefill tokens processed.", m_hPromptTokens,
                created);
    w.histogram("vllm:request_generation_tokens", "Number of generation tokens processed.",
                m_hGenerationTokens, created);
    w.histogram("vllm:iteration_tokens_total", "Histogram of number of tokens per engine_step.",
                m_hIterationTokens, created);
    w.histogram("vllm:request_max_num_generation_tokens",
                "Histogram of maximum number of requested generation tokens.", m_hMaxGeneration, created);
    w.histogram("vllm:request_params_n", "Histogram of the n request parameter.", m_hParamsN, created);
    w.histogram("vllm:request_params_max_tokens", "Histogram of the max_tokens request parameter.",
                m_hParamsMaxTokens, created);
    w.histogram("vllm:time_to_first_token_seconds", "Histogram of time to first token in seconds.", m_hTtft,
                created);
    w.histogram("vllm:inter_token_latency_seconds", "Histogram of inter-token latency in seconds.", m_hItl,
                created);
    w.histogram("vllm:request_time_per_output_token_seconds",
                "Histogram of time_per_output_token_seconds per request.", m_hTpot, created);
    w.histogram("vllm:e2e_request_latency_seconds", "Histogram of e2e request latency in seconds.", m_hE2e,
                created);
    w.histogram("vllm:request_queue_time_seconds", "Histogram of time spent in WAITING phase for request.",
                m_hQueue, created);
    w.histogram("vllm:request_inference_time_seconds",
                "Histogram of time spent in RUNNING phase for request.", m_hInference, created);
    w.histogram("vllm:request_prefill_time_seconds", "Histogram of time spent in PREFILL phase for request.",
                m_hPrefill, created);
    w.histogram("vllm:request_decode_time_seconds", "Histogram of time spent in DECODE phase for request.",
                m_hDecode, created);
    w.histogram("vllm:request_prefill_kv_computed_tokens",
                "Histogram of new KV tokens computed during prefill (excluding cached tokens).", m_hPrefillKv,
                created);
    if (m_profile.maxTokensPerChunk > 1) {
        w.counter("vllm:spec_decode_num_drafts", "Number of spec decoding drafts.", {{L{}, m_specDrafts}},
                  created);
        w.counter("vllm:spec_decode_num_draft_tokens", "Number of draft tokens.", {{L{}, m_specDraftTokens}},
                  created);
        w.counter("vllm:spec_decode_num_accepted_tokens", "Number of accepted tokens.",
                  {{L{}, m_specAccepted}}, created);
        QList<QPair<L, double>> perPos;
        for (qsizetype i = 0; i < m_specAcceptedPerPos.size(); ++i)
            perPos.append({L{{"position", QByteArray::number(i)}}, m_specAcceptedPerPos[i]});
        w.counter("vllm:spec_decode_num_accepted_tokens_per_pos", "Accepted tokens per draft position.",
                  perPos, created);
    }
    SimPromWriter info(L{{"engine", "0"}});
    info.gauge("vllm:cache_config_info", "Information of the LLMEngine CacheConfig",
               {{L{{"block_size", "16"},
                   {"cache_dtype", "fp8"},
                   {"enable_prefix_caching", "True"},
                   {"gpu_memory_utilization", "0.85"},
                   {"kv_cache_size_tokens", QByteArray::number(qint64(capacity))},
                   {"num_gpu_blocks", QByteArray::number(qint64(capacity / 16))},
                   {"simulated", "True"}},
                 1.0}});
    w.raw(info.text());
    if (!m_http.isEmpty()) {
        SimPromWriter http(L{});
        QList<QPair<L, double>> series;
        for (auto it = m_http.cbegin(); it != m_http.cend(); ++it) {
            const QList<QByteArray> parts = it.key().split('\x1f');
            series.append({L{{"handler", parts[0]}, {"method", parts[1]}, {"status", parts[2]}}, it.value()});
        }
        http.counter("http_requests", "Total number of requests by method, status and handler.", series,
                     created);
        w.raw(http.text());
    }
    return w.text();
}
