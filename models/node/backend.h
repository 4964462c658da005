#pragma once

#include <QList>
#include <QString>

// Which serving engine a node runs. Detected from what the node answers, never assumed; except the cloud
// APIs (Anthropic, OpenAiCloud), which are configured as the node's backend hint and never detected.
enum class Backend { Unknown, Vllm, LlamaCpp, OpenAi, Anthropic, OpenAiCloud };

// Stable machine names used in JSON, settings and history: vllm | llamacpp | openai | anthropic |
// openai-cloud | unknown.
QString backendKey(Backend backend);
Backend backendFromKey(const QString &key);
// Human-readable, translated name ("vLLM", "llama.cpp", "OpenAI-compatible").
QString backendDisplayName(Backend backend);
// A commercial cloud API (configured, not detected; no /metrics; latency includes the internet path).
bool isCloudBackend(Backend backend);
// Every backend a user can pick as a node's hint, Unknown (= detect) first.
QList<Backend> selectableBackends();
