#include "models/node/backend.h"

#include <QCoreApplication>

QString backendKey(Backend backend)
{
    switch (backend) {
    case Backend::Vllm: return QStringLiteral("vllm");
    case Backend::LlamaCpp: return QStringLiteral("llamacpp");
    case Backend::OpenAi: return QStringLiteral("openai");
    case Backend::Unknown: break;
    }
    return QStringLiteral("unknown");
}

Backend backendFromKey(const QString &key)
{
    const QString k = key.trimmed().toLower();
    if (k == QLatin1String("vllm"))
        return Backend::Vllm;
    if (k == QLatin1String("llamacpp") || k == QLatin1String("llama.cpp"))
        return Backend::LlamaCpp;
    if (k == QLatin1String("openai"))
        return Backend::OpenAi;
    return Backend::Unknown;
}

QString backendDisplayName(Backend backend)
{
    switch (backend) {
    case Backend::Vllm: return QStringLiteral("vLLM");
    case Backend::LlamaCpp: return QStringLiteral("llama.cpp");
    case Backend::OpenAi: return QCoreApplication::translate("Backend", "OpenAI-compatible");
    case Backend::Unknown: break;
    }
    return QCoreApplication::translate("Backend", "unknown");
}
