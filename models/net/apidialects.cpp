#include "models/net/apidialects.h"

#include "models/net/anthropicmessagesdialect.h"
#include "models/net/openaichatdialect.h"
#include "models/net/openaiclouddialect.h"

namespace ApiDialects {

QList<const ApiDialect *> all()
{
    // One line per dialect. The first one that handles a backend wins; the first is the fallback.
    static const OpenAiChatDialect openAiChat;
    static const OpenAiCloudDialect openAiCloud;
    static const AnthropicMessagesDialect anthropic;
    return {&openAiChat, &openAiCloud, &anthropic};
}

const ApiDialect &forBackend(Backend backend)
{
    const QList<const ApiDialect *> dialects = all();
    for (const ApiDialect *dialect : dialects)
        if (dialect->handles(backend))
            return *dialect;
    return *dialects.first();
}

const ApiDialect &forNode(const NodeConfig &node)
{
    return forBackend(node.backendHint);
}

} // namespace ApiDialects
