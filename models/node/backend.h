#pragma once

#include <QString>

// Which serving engine a node runs. Detected from what the node answers, never assumed.
enum class Backend { Unknown, Vllm, LlamaCpp, OpenAi };

// Stable machine names used in JSON, settings and history: vllm | llamacpp | openai | unknown.
QString backendKey(Backend backend);
Backend backendFromKey(const QString &key);
// Human-readable, translated name ("vLLM", "llama.cpp", "OpenAI-compatible").
QString backendDisplayName(Backend backend);
