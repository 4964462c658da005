#pragma once

#include <QString>
#include <QStringList>
#include <optional>

// What the node says about the LLM it serves (from /v1/models, /props, /version).
struct LlmModelInfo
{
    QString id;                          // served model name
    std::optional<qint64> contextLength; // vLLM max_model_len, llama.cpp n_ctx (per slot)
    std::optional<qint64> trainContext;  // llama.cpp n_ctx_train
    QString serverVersion;               // vLLM /version, llama.cpp build_info
    std::optional<int> slotCount;        // llama.cpp total_slots (not "slots": a Qt keyword macro)
    QStringList modelIds;                // cloud APIs: every model the key may use (from /v1/models)
    bool operator==(const LlmModelInfo &) const = default;
};
