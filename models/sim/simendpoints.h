#pragma once

#include "models/sim/simprofile.h"

#include <QByteArray>
#include <QList>

// Bodies of the simulated GET endpoints, shaped like the recorded llama-server answers
// (tests/data/fixtures/llamacpp) and vLLM's source (tests/data/fixtures/vllm/README.md). Model metadata
// carries a "simulated" hint (llama.cpp `description`, vLLM `root`) so a probe can tell.
namespace SimEndpoints {

struct SlotState
{
    int promptTokens = 0;
    int decoded = 0;
    int remaining = 0;
    qint64 taskId = 0; // id_task: one per request, as llama-server numbers its tasks
};

QByteArray llamaHealth();
QByteArray llamaModels(const SimProfile &profile, qint64 createdSecs);
QByteArray llamaProps(const SimProfile &profile);
QByteArray llamaSlots(const SimProfile &profile, const QList<SlotState> &busy);
QByteArray vllmModels(const SimProfile &profile, qint64 createdSecs);
QByteArray vllmVersion(const SimProfile &profile);
// Anthropic GET /v1/models: {"data":[{"type":"model","id":...,"display_name":...,"created_at":...}], ...}
QByteArray anthropicModels(const SimProfile &profile);

} // namespace SimEndpoints
