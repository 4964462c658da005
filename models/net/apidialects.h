#pragma once

#include "models/node/nodeconfig.h"

#include <QList>

class ApiDialect;

// The registry of API dialects. A node's dialect follows its configured backend: cloud APIs are
// configured (Backend::Anthropic, Backend::OpenAiCloud), never detected; everything else speaks the
// OpenAI-compatible Chat Completions dialect.
namespace ApiDialects {
const ApiDialect &forBackend(Backend backend);
const ApiDialect &forNode(const NodeConfig &node);
QList<const ApiDialect *> all();
} // namespace ApiDialects
