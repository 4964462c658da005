#include "models/node/backend.h"

#include <QCoreApplication>

QString backendKey(Backend backend)
{
    switch (backend) {
    case Backend::Vllm: return QStringLiteral("vllm");
    case Backend::LlamaCpp: return QStringLiteral("llamacpp");
    case Backend::OpenAi: return QStringLiteral("openai");
    case Backend::Anthropic: return QStringLiteral("anthropic");
    case Backend::OpenAiCloud: return QStringLiteral("openai-cloud");
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
    if (k == QLatin1String("anthropic"))
        return Backend::Anthropic;
    if (k == QLatin1String("openai-cloud"))
        return Backend::OpenAiCloud;
    return Backend::Unknown;
}

QString backendDisplayName(Backend backend)
{
    switch (backend) {
    case Backend::Vllm: return QStringLiteral("vLLM");
    case Backend::LlamaCpp: return QStringLiteral("llama.cpp");
    case Backend::OpenAi: return QCoreApplication::translate("Backend", "OpenAI-compatible");
    case Backend::Anthropic: return QCoreApplication::translate("Backend", "Anthropic API (cloud)");
    case Backend::OpenAiCloud: return QCoreApplication::translate("Backend", "OpenAI API (cloud)");
    case Backend::Unknown: break;
    }
    return QCoreApplication::translate("Backend", "unknown");
}

bool isCloudBackend(Backend backend)
{
    return backend == Backend::Anthropic || backend == Backend::OpenAiCloud;
}

QList<Backend> selectableBackends()
{
    return {Backend::Unknown, Backend::Vllm, Backend::LlamaCpp, Backend::OpenAi, Backend::Anthropic,
            Backend::OpenAiCloud};
}
