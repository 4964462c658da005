#include "models/net/chatstream.h"

#include "models/measure/metricdefinitions.h"
#include "models/measure/metricscalculator.h"
#include "models/measure/requesttrace.h"
#include "models/measure/runawaydetector.h"
#include "models/net/apidialect.h"
#include "models/net/apidialects.h"
#include "models/net/chunkdecoder.h"
#include "models/net/cloudprobeinterpreter.h"
#include "models/net/httperrortext.h"
#include "models/net/ssedecoder.h"

#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QTimer>

namespace {
constexpr qsizetype kMaxErrorBody = 1 << 20; // an error page is never worth more than 1 MiB

// A loop in the answer may have been asked for ("print hello 300 times", a JSON array of zeros): it is
// flagged, and the request is stopped only when the loop runs far past any plausible need.
RunawayDetector::Options answerAbortOptions()
{
    RunawayDetector::Options o;
    o.minSpanChars = 32000;
    o.tailChars = 40000;
    o.checkEveryChars = 1024;
    return o;
}

bool hasKind(const QList<ChunkItem> &items, ChunkItem::Kind kind)
{
    return std::any_of(items.begin(), items.end(), [kind](const ChunkItem &i) { return i.kind == kind; });
}

QNetworkProxy proxyFor(const NodeConfig &node)
{
    if (node.proxy.trimmed().isEmpty())
        return QNetworkProxy(QNetworkProxy::NoProxy);
    const QUrl url = QUrl::fromUserInput(node.proxy.trimmed());
    const bool socks = url.scheme().startsWith(QLatin1String("socks"));
    return QNetworkProxy(socks ? QNetworkProxy::Socks5Proxy : QNetworkProxy::HttpProxy, url.host(),
                         quint16(url.port(socks ? 1080 : 8080)), url.userName(), url.password());
}
} // namespace

struct ChatStream::Private
{
    explicit Private(ChatStream *owner) : q(owner) {}

    ChatStream *q;
    QNetworkAccessManager *nam = nullptr;
    QPointer<QNetworkReply> reply;
    ChatRequest request;
    ChatResult result;
    RequestTrace trace;
    SseDecoder sse;
    std::unique_ptr<StreamEventDecoder> chunks = std::make_unique<ChunkDecoder>(); // the dialect's
    RunawayDetector reasoningGuard;
    RunawayDetector answerGuard; // flags repetition in the answer
    RunawayDetector answerAbort{answerAbortOptions()};
    QTimer deadline;
    QTimer idle;
    QTimer doneGrace; // [DONE] seen: the body should end now; do not wait for the idle timeout
    QByteArray body;  // non-SSE bytes: error bodies and non-streamed answers
    QList<SseEvent> events;
    bool running = false;
    bool statusChecked = false;
    bool isSse = false;
    bool sawFinish = false;
    bool sawDoneItem = false; // the dialect's end-of-stream event (Anthropic message_stop)
    bool answerRepeats = false;
    bool answerFromReasoning = false;
    quint64 generation = 0; // bumped by every start(): a slot that restarts us ends the old loop

    void resetFor(const ChatRequest &r);
    void onMetaData(qint64 ns);
    bool onBytes(QByteArrayView bytes, qint64 ns);
    bool handleItems(const QList<ChunkItem> &items, QPointer<ChatStream> &guard);
    void onReplyFinished();
    void finishSse(QNetworkReply::NetworkError error, const QString &errorString);
    void finishBody();
    void finishDone();
    void takeAnswerFromReasoning();
    void finalize(RunState state, const QString &message);
    void dropReply();
};

void ChatStream::Private::resetFor(const ChatRequest &r)
{
    request = r;
    result = ChatResult();
    result.state = RunState::Running;
    trace = RequestTrace();
    trace.setStreamed(r.stream);
    trace.setThinkingRequested(r.thinking);
    sse.reset();
    chunks = ApiDialects::forNode(r.node).newDecoder();
    reasoningGuard.reset();
    answerGuard.reset();
    answerAbort.reset();
    answerRepeats = false;
    answerFromReasoning = false;
    body.clear();
    events.clear();
    statusChecked = false;
    isSse = false;
    sawFinish = false;
    sawDoneItem = false;
    running = true;
    ++generation;
}

void ChatStream::Private::onMetaData(qint64 ns)
{
    if (statusChecked || !reply)
        return;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 0)
        return; // no response head (yet): connection errors never get a headers time
    statusChecked = true;
    trace.markHeaders(ns);
    result.httpStatus = status;
    const QString type = reply->header(QNetworkRequest::ContentTypeHeader).toString().toLower();
    const bool ok = result.httpStatus >= 200 && result.httpStatus < 300;
    isSse = ok && (type.contains(QLatin1String("text/event-stream")) ||
                   (request.stream && !type.contains(QLatin1String("json"))));
    if (isSse)
        trace.setStreamed(true); // an SSE answer to a non-streamed request is still decoded as a stream
    if (ok && type.contains(QLatin1String("text/html"))) {
        // A proxy's login or error page: whatever follows is not the node's answer.
        finalize(RunState::Error, ChatStream::tr("The node answered HTTP %1 with an HTML page (Content-Type "
                                                 "%2), not an event stream: a proxy or login page in the way?")
                                      .arg(result.httpStatus)
                                      .arg(type));
        return;
    }
    if (result.httpStatus >= 300 && result.httpStatus < 400) {
        const QString target = reply->header(QNetworkRequest::LocationHeader).toUrl().toString();
        finalize(RunState::Error, ChatStream::tr("The node redirected to %1: fix the node URL (Tokscope does "
                                                 "not follow redirects).")
                                      .arg(target.isEmpty() ? ChatStream::tr("another address") : target));
    }
}

// Returns false when the stream was finalized (or the ChatStream deleted) while handling the bytes.
bool ChatStream::Private::onBytes(QByteArrayView bytes, qint64 ns)
{
    if (!isSse) {
        if (body.size() < kMaxErrorBody || result.httpStatus < 300)
            body.append(bytes.data(), bytes.size());
        return true;
    }
    events.clear();
    sse.feed(bytes, ns, events);
    QPointer<ChatStream> guard(q);
    const QList<SseEvent> batch = std::exchange(events, {});
    for (const SseEvent &event : batch) {
        trace.markEvent(event.arrivalNs);
        const QList<ChunkItem> items = chunks->decode(event);
        if (hasKind(items, ChunkItem::Kind::AnswerWasReasoning))
            trace.reclassifyContentAsReasoning(); // before this chunk (reasoning + answer) is marked
        if (hasKind(items, ChunkItem::Kind::Finish))
            trace.markFinishChunk(event.arrivalNs);
        if (chunks->lastEventCarriedTokens()) { // recorded before any receiver sees the text
            trace.markTokenChunk(event.arrivalNs, hasKind(items, ChunkItem::Kind::Reasoning),
                                 hasKind(items, ChunkItem::Kind::Content));
            ++result.chunkCount;
        }
        if (!handleItems(items, guard))
            return false;
    }
    return true;
}

bool ChatStream::Private::handleItems(const QList<ChunkItem> &items, QPointer<ChatStream> &guard)
{
    const quint64 startedAs = generation;
    for (const ChunkItem &item : items) {
        switch (item.kind) {
        case ChunkItem::Kind::Content:
        case ChunkItem::Kind::Reasoning: {
            const bool isReasoning = item.kind == ChunkItem::Kind::Reasoning;
            (isReasoning ? result.reasoning : result.text).append(item.text);
            emit q->deltaAvailable(isReasoning ? DeltaKind::Reasoning : DeltaKind::Content, item.text);
            if (!guard || !running || generation != startedAs)
                return false;
            // Thinking OFF and no answer yet: reasoning here is the answer a parser misplaced.
            const bool guardAsReasoning =
                isReasoning && !(request.thinking == false && result.text.trimmed().isEmpty());
            if (request.runawayGuard && guardAsReasoning) {
                if (const auto loop = reasoningGuard.feed(item.text)) {
                    finalize(RunState::Runaway, RunawayDetector::describe(*loop, ChatStream::tr("reasoning")));
                    return false;
                }
            } else if (request.runawayGuard) {
                answerRepeats = answerGuard.feed(item.text).has_value();
                if (const auto loop = answerAbort.feed(item.text)) {
                    finalize(RunState::Runaway, RunawayDetector::describe(*loop, ChatStream::tr("answer")));
                    return false;
                }
            }
            break;
        }
        case ChunkItem::Kind::Finish:
            result.finishReason = item.text;
            trace.setFinishReason(item.text);
            sawFinish = true;
            break;
        case ChunkItem::Kind::Usage:
            trace.setUsage(item.usage);
            result.usage = item.usage;
            break;
        case ChunkItem::Kind::Timings:
            trace.setTimings(item.timings);
            result.serverTimingsJson = item.timings.json;
            break;
        case ChunkItem::Kind::PromptProgress:
            emit q->promptProgressAvailable(item.progress.processed, item.progress.total);
            if (!guard || !running || generation != startedAs)
                return false;
            break;
        case ChunkItem::Kind::Error:
            finalize(RunState::Error, HttpErrorText::streamError(item.text, item.errorType));
            return false;
        case ChunkItem::Kind::Done:
            sawDoneItem = true;
            doneGrace.start(2000);
            break;
        case ChunkItem::Kind::AnswerWasReasoning:
            result.reasoning += std::exchange(result.text, QString());
            answerGuard.reset();
            answerAbort.reset();
            answerRepeats = false;
            emit q->answerMovedToReasoning();
            if (!guard || !running || generation != startedAs)
                return false;
            break;
        case ChunkItem::Kind::Role:
            break;
        }
    }
    return true;
}

void ChatStream::Private::onReplyFinished()
{
    if (!running || !reply)
        return;
    const qint64 ns = monotonicNowNs();
    onMetaData(ns);
    if (!running)
        return;
    QPointer<ChatStream> guard(q);
    const QByteArray rest = reply->readAll();
    if (!rest.isEmpty() && (!onBytes(rest, ns) || !guard))
        return;
    trace.markClose(ns);
    const QNetworkReply::NetworkError error = reply->error();
    if (result.httpStatus == 0) {
        finalize(RunState::Error,
                 HttpErrorText::connectionError(request.endpointUrl(), error, reply->errorString()));
        return;
    }
    if (result.httpStatus >= 300) {
        QString text = HttpErrorText::httpError(result.httpStatus, body);
        // 429 / 529 / 503: say when the API wants to be asked again.
        if (const QString retry = CloudProbeInterpreter::retryAfterText(reply->rawHeader("Retry-After"));
            !retry.isEmpty())
            text += QStringLiteral(" (%1)").arg(retry);
        finalize(RunState::Error, text);
        return;
    }
    if (isSse)
        finishSse(error, reply->errorString());
    else
        finishBody();
}

void ChatStream::Private::finishSse(QNetworkReply::NetworkError error, const QString &errorString)
{
    QPointer<ChatStream> guard(q);
    if (!handleItems(chunks->finish(), guard))
        return;
    const SseDecoder::End end = sse.finish();
    // [DONE] is the normal end; a finish_reason followed by a clean close is accepted too (some
    // OpenAI-compatible servers omit [DONE]). Anything else lost the end of the answer.
    if (end == SseDecoder::End::Done || (sawDoneItem && end != SseDecoder::End::CutMidEvent) ||
        (sawFinish && error == QNetworkReply::NoError && end != SseDecoder::End::CutMidEvent)) {
        finishDone();
        return;
    }
    finalize(RunState::Incomplete,
             HttpErrorText::incompleteStream(end == SseDecoder::End::CutMidEvent, result.chunkCount,
                                             error == QNetworkReply::NoError ? QString() : errorString));
}

void ChatStream::Private::finishBody()
{
    trace.setStreamed(false);
    if (body.trimmed().isEmpty()) {
        finalize(RunState::Error,
                 ChatStream::tr("The node answered HTTP %1 with an empty body.").arg(result.httpStatus));
        return;
    }
    QPointer<ChatStream> guard(q);
    const QList<ChunkItem> items = chunks->decodeCompletion(body);
    if (chunks->lastEventCarriedTokens()) {
        trace.markTokenChunk(*trace.closeNs(), hasKind(items, ChunkItem::Kind::Reasoning),
                             hasKind(items, ChunkItem::Kind::Content));
    }
    if (!handleItems(items, guard))
        return;
    finishDone();
}

void ChatStream::Private::takeAnswerFromReasoning()
{
    // Thinking OFF and everything came back as reasoning: a reasoning parser that ignores the toggle
    // put the answer there. It is the answer (not an empty answer, not a runaway), and flagged.
    if (request.thinking != false || answerFromReasoning || !result.text.trimmed().isEmpty() ||
        result.reasoning.isEmpty())
        return;
    for (const ChunkItem &item : chunks->finish()) // text the tag splitter still holds
        (item.kind == ChunkItem::Kind::Reasoning ? result.reasoning : result.text).append(item.text);
    if (!result.text.trimmed().isEmpty())
        return;
    result.text = std::exchange(result.reasoning, QString()) + result.text;
    trace.reclassifyReasoningAsContent();
    answerFromReasoning = true;
}

void ChatStream::Private::finishDone()
{
    takeAnswerFromReasoning();
    if (result.finishReason == QLatin1String("repetition")) { // vLLM's repetition detection stopped it
        finalize(RunState::Runaway, ChatStream::tr("Runaway: the server stopped generation because the "
                                                   "output repeats (finish_reason \"repetition\")."));
        return;
    }
    if (request.runawayGuard && RunawayDetector::isLengthWithoutAnswer(result.finishReason, result.text)) {
        finalize(RunState::Runaway, RunawayDetector::describeLengthWithoutAnswer(request.maxTokens));
        return;
    }
    finalize(RunState::Done, QString());
}

void ChatStream::Private::dropReply()
{
    if (!reply)
        return;
    QNetworkReply *r = reply;
    reply = nullptr;
    QObject::disconnect(r, nullptr, q, nullptr);
    // Queued: we may be inside one of the reply's own signals, and an error the HTTP thread already
    // posted (server closed right after an error event) must land first, or Qt warns about a second error.
    QMetaObject::invokeMethod(
        r,
        [r] {
            if (!r->isFinished() && r->error() == QNetworkReply::NoError)
                r->abort();
            r->deleteLater();
        },
        Qt::QueuedConnection);
}

void ChatStream::Private::finalize(RunState state, const QString &message)
{
    if (!running)
        return;
    running = false;
    deadline.stop();
    doneGrace.stop();
    idle.stop();
    const qint64 ns = monotonicNowNs();
    dropReply();
    if (!trace.closeNs())
        trace.markClose(ns);
    // Partial text is kept: flush what the think-tag splitter still holds.
    for (const ChunkItem &item : chunks->finish())
        (item.kind == ChunkItem::Kind::Reasoning ? result.reasoning : result.text).append(item.text);
    takeAnswerFromReasoning();
    result.state = state;
    result.error = message;
    result.model = chunks->model();
    result.systemFingerprint = chunks->systemFingerprint();
    const MetricsCalculator::Result computed = MetricsCalculator::compute(trace);
    result.metrics = computed.metrics;
    result.flags = computed.flags;
    if (chunks->templateOpenedThinking())
        result.flags.append(MetricFlag::TemplateOpenedThinking);
    if (answerFromReasoning)
        result.flags.append(MetricFlag::AnswerInReasoning);
    if (answerRepeats)
        result.flags.append(MetricFlag::AnswerRepetition);
    const ChatResult copy = result; // a receiver may delete us while the signal is delivered
    emit q->finished(copy);
}

ChatStream::ChatStream(QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent), d(std::make_unique<Private>(this))
{
    d->nam = nam;
    d->deadline.setSingleShot(true);
    d->idle.setSingleShot(true);
    d->doneGrace.setSingleShot(true);
    connect(&d->doneGrace, &QTimer::timeout, this, [this] {
        // The server said [DONE] but kept the body open: the answer is complete all the same.
        d->trace.markClose(monotonicNowNs());
        d->finishSse(QNetworkReply::NoError, QString());
    });
    connect(&d->deadline, &QTimer::timeout, this, [this] {
        d->finalize(
            RunState::Timeout,
            tr("No complete answer within the total deadline of %1 s.").arg(d->request.deadlineMs / 1000.0));
    });
    connect(&d->idle, &QTimer::timeout, this, [this] {
        d->finalize(
            RunState::Timeout,
            tr("The node sent nothing for %1 s (idle timeout).").arg(d->request.idleTimeoutMs / 1000.0));
    });
}

ChatStream::~ChatStream()
{
    d->running = false; // deleting the stream aborts silently: no finished() from a destructor
    d->dropReply();
}

void ChatStream::start(const ChatRequest &request)
{
    if (d->running)
        d->finalize(RunState::Cancelled, tr("Replaced by a new request."));
    d->resetFor(request);
    const QUrl url = request.endpointUrl();
    if (!d->nam || !url.isValid() || url.host().isEmpty() ||
        (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))) {
        QMetaObject::invokeMethod(
            this,
            [this, url] { d->finalize(RunState::Error, tr("Invalid node URL \"%1\".").arg(url.toString())); },
            Qt::QueuedConnection);
        return;
    }
    QNetworkRequest req(url);
    req.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    req.setRawHeader("Accept", request.stream ? "text/event-stream" : "application/json");
    req.setRawHeader("Accept-Encoding", "identity"); // compression would buffer the stream
    for (const auto &[name, value] : ApiDialects::forNode(request.node).chatHeaders(request))
        req.setRawHeader(name, value);
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    d->nam->setProxy(proxyFor(request.node));

    QNetworkReply *reply = d->nam->post(req, request.toJson());
    d->trace.markPosted(monotonicNowNs());
    d->reply = reply;
    connect(reply, &QNetworkReply::socketStartedConnecting, this, [this] { d->trace.markConnecting(); });
    connect(reply, &QNetworkReply::requestSent, this, [this] { d->trace.markRequestSent(monotonicNowNs()); });
    connect(reply, &QNetworkReply::metaDataChanged, this, [this] { d->onMetaData(monotonicNowNs()); });
    connect(reply, &QNetworkReply::readyRead, this, [this] {
        const qint64 ns = monotonicNowNs(); // before any parsing
        if (!d->running || !d->reply)
            return;
        d->idle.start();
        d->trace.markFirstByte(ns);
        d->onMetaData(ns);
        if (d->running)
            d->onBytes(d->reply->readAll(), ns);
    });
    connect(reply, &QNetworkReply::finished, this, [this] { d->onReplyFinished(); });
    connect(reply, &QObject::destroyed, this, [this] {
        // The caller deleted the network manager (and with it the reply) under a running request.
        d->reply = nullptr;
        d->finalize(RunState::Error, tr("The request was dropped: its network manager was deleted."));
    });
    d->deadline.start(std::max(1, request.deadlineMs));
    // The idle clock starts at the first byte of the body: a long prefill sends nothing for minutes on a
    // working llama.cpp node (its headers may come early or with the first token). Until then only the
    // total deadline applies.
    d->idle.setInterval(std::max(1, request.idleTimeoutMs));
}

void ChatStream::cancel()
{
    d->finalize(RunState::Cancelled, tr("Cancelled."));
}

bool ChatStream::isRunning() const
{
    return d->running;
}

const ChatResult &ChatStream::result() const
{
    return d->result;
}

const RequestTrace &ChatStream::trace() const
{
    return d->trace;
}
