#pragma once

#include "models/net/prometheusexposition.h"

#include <QByteArrayView>

// Hand-written parser for the Prometheus text exposition format 0.0.4 (what vLLM and llama-server serve
// on /metrics). One pass over the bytes, no regular expressions, no allocation per sample: about 1 ms
// per MB in a release build (see tests/bench/bench_metrics.cpp).
//
// Accepted: `# HELP` / `# TYPE` (counter, gauge, histogram, summary, untyped), other `#` comments, names
// with `:`, label values with \\ \" \n escapes, values NaN / +Inf / -Inf / exponent forms, an optional
// integer timestamp (ms), LF or CRLF line ends, blank lines, surrounding blanks. Histogram/summary series
// (`_bucket`, `_sum`, `_count`) and `_created` series are attached to their family by name, so a
// histogram whose name ends in `_total` (vLLM `iteration_tokens_total`) is not mistaken for a counter.
//
// Bad lines never abort the parse: each is skipped and recorded as an error with its line number.
// A last line without a line feed is treated as truncated (a cut-off "123" would read as "12") and
// skipped with an error, unless it is a comment.
class PrometheusText final
{
public:
    static constexpr int MaxRecordedErrors = 100;

    // Copies the bytes once; the returned exposition owns them.
    static PrometheusExposition parse(QByteArrayView text);
};
