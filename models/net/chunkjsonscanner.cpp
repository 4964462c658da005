#include "models/net/chunkjsonscanner.h"

#include "models/net/jsoncursor.h"

namespace {

// Maps the members Tokscope needs onto ChunkFields while the cursor walks the text once.
class ChunkReader
{
public:
    ChunkReader(JsonCursor &cursor, bool completion, ChunkFields &out)
        : m_json(cursor), m_completion(completion), m_out(out)
    {}

    bool root()
    {
        return m_json.forEachMember(1, [&](QByteArrayView key) { return rootMember(key); });
    }

private:
    struct Choice
    {
        std::optional<qint64> index;
        bool hasDelta = false;
        bool hasRole = false;
        QString role;
        QString content;
        QString reasoningContent;
        QString reasoning;
        QString finishReason;
    };

    template <typename F> bool object(int depth, F &&onMember)
    {
        if (m_json.peek() != '{')
            return m_json.skipValue(depth); // wrong type: ignored
        return m_json.forEachMember(depth + 1, onMember);
    }

    bool rootMember(QByteArrayView key)
    {
        if (key == "choices")
            return choices();
        if (key == "model")
            return m_json.rawStringInto(m_out.model);
        if (key == "system_fingerprint")
            return m_json.rawStringInto(m_out.fingerprint);
        if (key == "usage") {
            m_out.hasUsage = m_out.hasUsage || m_json.peek() == '{';
            return object(1, [&](QByteArrayView k) { return usageMember(k); });
        }
        if (key == "timings") {
            if (m_json.peek() != '{')
                return m_json.skipValue(1);
            const char *start = m_json.position();
            m_out.hasTimings = true;
            if (!object(1, [&](QByteArrayView k) { return timingsMember(k); }))
                return false;
            m_out.timings.json = QByteArray(start, m_json.position() - start); // as sent
            return true;
        }
        if (key == "prompt_progress") {
            m_out.hasProgress = m_out.hasProgress || m_json.peek() == '{';
            return object(1, [&](QByteArrayView k) { return progressMember(k); });
        }
        if (key == "error")
            return error();
        return m_json.skipValue(1);
    }

    bool error()
    {
        const char c = m_json.peek();
        if (c == 'n')
            return m_json.literal("null");
        if (c == 'f')
            return m_json.literal("false"); // "error": false is no error
        const char *start = m_json.position();
        m_out.hasError = true;
        bool ok = false;
        if (c == '{') {
            ok = object(1, [&](QByteArrayView k) {
                if (k == "message")
                    return m_json.stringInto(&m_out.errorMessage);
                if (k == "type")
                    return m_json.stringInto(&m_out.errorType);
                if (k == "code")
                    return m_json.numberInto(nullptr, &m_out.errorCode);
                return m_json.skipValue(2);
            });
        } else {
            ok = c == '"' ? m_json.stringInto(&m_out.errorMessage) : m_json.skipValue(1);
        }
        m_out.errorRaw = QByteArrayView(start, m_json.position() - start);
        return ok;
    }

    bool choices()
    {
        if (m_json.peek() != '[')
            return m_json.skipValue(1);
        return m_json.forEachElement(2, [&] {
            if (m_json.peek() != '{')
                return m_json.skipValue(2);
            Choice choice;
            if (!object(2, [&](QByteArrayView k) { return choiceMember(k, choice); }))
                return false;
            if (!m_out.hasChoice && choice.index.value_or(0) == 0)
                commit(choice); // only the first choice (n = 1) is measured
            return true;
        });
    }

    bool choiceMember(QByteArrayView key, Choice &choice)
    {
        if (key == "index")
            return m_json.numberInto(nullptr, &choice.index);
        if (key == "finish_reason")
            return m_json.stringInto(&choice.finishReason);
        if (key != (m_completion ? "message" : "delta"))
            return m_json.skipValue(3);
        choice.hasDelta = choice.hasDelta || m_json.peek() == '{';
        return object(3, [&](QByteArrayView k) {
            if (k == "content")
                return m_json.stringInto(&choice.content);
            if (k == "reasoning_content")
                return m_json.stringInto(&choice.reasoningContent);
            if (k == "reasoning")
                return m_json.stringInto(&choice.reasoning);
            if (k == "role") {
                choice.hasRole = true;
                return m_json.stringInto(&choice.role);
            }
            return m_json.skipValue(4);
        });
    }

    void commit(Choice &choice)
    {
        m_out.hasChoice = true;
        m_out.hasDelta = choice.hasDelta;
        m_out.hasRole = choice.hasRole;
        m_out.role = std::move(choice.role);
        m_out.content = std::move(choice.content);
        m_out.reasoningContent = std::move(choice.reasoningContent);
        m_out.reasoning = std::move(choice.reasoning);
        m_out.finishReason = std::move(choice.finishReason);
    }

    bool usageMember(QByteArrayView key)
    {
        TokenUsage &u = m_out.usage;
        if (key == "prompt_tokens")
            return m_json.numberInto(nullptr, &u.promptTokens);
        if (key == "completion_tokens")
            return m_json.numberInto(nullptr, &u.completionTokens);
        if (key == "total_tokens")
            return m_json.numberInto(nullptr, &u.totalTokens);
        if (key == "completion_tokens_details")
            return object(2, [&](QByteArrayView k) {
                return k == "reasoning_tokens" ? m_json.numberInto(nullptr, &u.reasoningTokens)
                                               : m_json.skipValue(3);
            });
        if (key == "prompt_tokens_details")
            return object(2, [&](QByteArrayView k) {
                return k == "cached_tokens" ? m_json.numberInto(nullptr, &u.cachedTokens)
                                            : m_json.skipValue(3);
            });
        return m_json.skipValue(2);
    }

    bool timingsMember(QByteArrayView key)
    {
        ServerTimings &t = m_out.timings;
        if (key == "cache_n")
            return m_json.numberInto(nullptr, &t.cacheN);
        if (key == "prompt_n")
            return m_json.numberInto(nullptr, &t.promptN);
        if (key == "prompt_ms")
            return m_json.numberInto(&t.promptMs, nullptr);
        if (key == "prompt_per_second")
            return m_json.numberInto(&t.promptPerSecond, nullptr);
        if (key == "predicted_n")
            return m_json.numberInto(nullptr, &t.predictedN);
        if (key == "predicted_ms")
            return m_json.numberInto(&t.predictedMs, nullptr);
        if (key == "predicted_per_second")
            return m_json.numberInto(&t.predictedPerSecond, nullptr);
        if (key == "draft_n")
            return m_json.numberInto(nullptr, &t.draftN);
        if (key == "draft_n_accepted")
            return m_json.numberInto(nullptr, &t.draftAcceptedN);
        return m_json.skipValue(2);
    }

    bool progressMember(QByteArrayView key)
    {
        PromptProgress &p = m_out.progress;
        if (key == "time_ms") {
            std::optional<double> v;
            const bool ok = m_json.numberInto(&v, nullptr);
            p.timeMs = v.value_or(0);
            return ok;
        }
        qint64 *target = key == "total"       ? &p.total
                         : key == "cache"     ? &p.cache
                         : key == "processed" ? &p.processed
                                              : nullptr;
        if (!target)
            return m_json.skipValue(2);
        std::optional<qint64> v;
        const bool ok = m_json.numberInto(nullptr, &v);
        *target = v.value_or(0);
        return ok;
    }

    JsonCursor &m_json;
    bool m_completion;
    ChunkFields &m_out;
};

} // namespace

namespace ChunkJsonScanner {

bool scan(QByteArrayView json, bool completion, ChunkFields &out, QString *error)
{
    out = ChunkFields();
    JsonCursor cursor(json);
    const char first = cursor.peek();
    const char *problem = nullptr;
    if (first == '\0')
        problem = "empty input";
    else if (first != '{')
        problem = "not an object";
    else if (!ChunkReader(cursor, completion, out).root())
        problem = cursor.failure() ? cursor.failure() : "invalid JSON";
    else if (!cursor.atEnd())
        problem = "trailing characters";
    if (problem && error)
        *error = QStringLiteral("%1 at byte %2").arg(QLatin1String(problem)).arg(cursor.offset());
    return !problem;
}

} // namespace ChunkJsonScanner
