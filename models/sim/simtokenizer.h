#pragma once

#include "models/sim/simanswer.h"

#include <QList>
#include <QStringList>

// The simulator's deterministic stand-in for a BPE tokenizer: about four ASCII characters per token
// (a leading space rides with the word), one or two Hangul/CJK characters per token, one token per
// punctuation mark or newline. split() never cuts a code point, and joining its pieces gives the input
// back, so answers can be streamed token by token and usage counts match what was sent.
namespace SimTokenizer {
QStringList split(const QString &text);
int count(const QString &text);

// The prompt as a Qwen-style chat template renders it (<|im_start|>role\n...<|im_end|>\n per message,
// then the assistant header; thinking off appends an empty think block), one hash per token, so a
// prompt cache can compare prefixes.
QList<quint32> promptTokens(const QList<SimRequest::Message> &messages, bool thinking);
} // namespace SimTokenizer
