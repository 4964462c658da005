#pragma once

#include "models/node/backend.h"

#include <QByteArray>
#include <QString>

// The bytes around a simulated response: status line and headers as each real server sends them
// (llama-server's cpp-httplib vs vLLM's uvicorn), and each server's error JSON. Every head carries
// `X-Tokscope-Simulated: 1`.
namespace SimResponses {

enum class Body
{
    Json,
    Text,
    EventStream,
    Html,
    Empty
};

// contentLength < 0 = chunked. closeAfter adds `Connection: close` (llama.cpp: instead of Keep-Alive).
QByteArray head(Backend dialect, int status, Body body, qint64 contentLength, bool closeAfter);
QByteArray reasonPhrase(int status);

// llama.cpp: {"error":{"code":N,"message":"...","type":"..."}}; vLLM:
// {"error":{"message","type","param","code"}}.
QByteArray errorJson(Backend dialect, int status, const QString &message, const QString &type,
                     const QString &param = {});
// The error type each server uses for a status (server_error, not_found_error, BadRequestError ...).
QString defaultErrorType(Backend dialect, int status);
// A reverse-proxy style HTML page (the `html` fault).
QByteArray htmlPage(int status);

} // namespace SimResponses
