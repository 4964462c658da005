#include "models/compare/comparecell.h"

bool CompareCell::isFinished() const
{
    return result.state != RunState::Pending && result.state != RunState::Running;
}

static bool sameMetrics(const ResponseMetrics &a, const ResponseMetrics &b)
{
    return a.ttfrMs == b.ttfrMs && a.ttftMs == b.ttftMs && a.ttfaMs == b.ttfaMs && a.ttrMs == b.ttrMs &&
           a.headersMs == b.headersMs && a.prefillMs == b.prefillMs && a.prefillSource == b.prefillSource &&
           a.prefillTps == b.prefillTps && a.thinkingMs == b.thinkingMs && a.generationMs == b.generationMs &&
           a.decodeTps == b.decodeTps && a.decodeSource == b.decodeSource && a.connectMs == b.connectMs &&
           a.effectiveTps == b.effectiveTps && a.effectiveTpsSource == b.effectiveTpsSource &&
           a.thinkingRatio == b.thinkingRatio && a.thinkingRatioSource == b.thinkingRatioSource &&
           a.itlP50Ms == b.itlP50Ms && a.itlP95Ms == b.itlP95Ms && a.promptTokens == b.promptTokens &&
           a.cachedPromptTokens == b.cachedPromptTokens && a.completionTokens == b.completionTokens &&
           a.reasoningTokens == b.reasoningTokens && a.reasoningTokensSource == b.reasoningTokensSource &&
           a.answerTokens == b.answerTokens && a.answerTokensSource == b.answerTokensSource &&
           a.serverPrefillMs == b.serverPrefillMs && a.serverDecodeTps == b.serverDecodeTps &&
           a.clientServerGapMs == b.clientServerGapMs && a.serverDecodeStepsTps == b.serverDecodeStepsTps;
}

static bool sameResult(const ChatResult &a, const ChatResult &b)
{
    // result.usage is left out: the history store does not keep token usage (yet), and a run read back
    // from history must still compare equal.
    return a.state == b.state && a.error == b.error && a.httpStatus == b.httpStatus && a.text == b.text &&
           a.reasoning == b.reasoning && a.finishReason == b.finishReason && a.model == b.model &&
           a.systemFingerprint == b.systemFingerprint && sameMetrics(a.metrics, b.metrics) &&
           a.flags == b.flags && a.serverTimingsJson == b.serverTimingsJson && a.chunkCount == b.chunkCount;
}

bool CompareCell::operator==(const CompareCell &o) const
{
    return nodeIndex == o.nodeIndex && thinking == o.thinking && run == o.run && warmup == o.warmup &&
           sameResult(result, o.result) && startedAt == o.startedAt && startedMs == o.startedMs &&
           finishedMs == o.finishedMs && requestNote == o.requestNote;
}
