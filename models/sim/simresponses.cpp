#include "models/sim/simresponses.h"

#include "models/sim/simanthropicstream.h"

#include <QDateTime>
#include <QLocale>
#include <nlohmann/json.hpp>

using ordered_json = nlohmann::ordered_json;

QByteArray SimResponses::reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 411:
        return "Length Required";
    case 413:
        return "Payload Too Large";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    case 529:
        return "Overloaded"; // Anthropic's status for an overloaded API
    default:
        break;
    }
    return status < 400 ? "OK" : status < 500 ? "Client Error" : "Server Error";
}

QByteArray SimResponses::head(Backend dialect, int status, Body body, qint64 contentLength, bool closeAfter)
{
    QByteArray h = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    if (dialect == Backend::LlamaCpp) {
        // Order and spelling as recorded from llama-server (tests/data/fixtures/llamacpp/*.headers.txt).
        h += "Server: llama.cpp\r\nAccess-Control-Allow-Origin: \r\n";
        if (body == Body::EventStream)
            h += "X-Accel-Buffering: no\r\n";
        h += "X-Tokscope-Simulated: 1\r\n";
        switch (body) {
        case Body::Json:
            h += "Content-Type: application/json; charset=utf-8\r\n";
            break;
        case Body::Text:
            h += "Content-Type: text/plain; version=0.0.4\r\n";
            break;
        case Body::EventStream:
            h += "Content-Type: text/event-stream\r\n";
            break;
        case Body::Html:
            h += "Content-Type: text/html; charset=utf-8\r\n";
            break;
        case Body::Empty:
            break;
        }
        h += contentLength < 0 ? QByteArray("Transfer-Encoding: chunked\r\n")
                               : "Content-Length: " + QByteArray::number(contentLength) + "\r\n";
        h += closeAfter ? "Connection: close\r\n" : "Keep-Alive: timeout=5, max=100\r\n";
    } else {
        // uvicorn: lower-case names, date + server first, no Keep-Alive header.
        const QString date = QLocale::c().toString(QDateTime::currentDateTimeUtc(),
                                                   QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"));
        h += "date: " + date.toLatin1() + "\r\nserver: uvicorn\r\n";
        if (contentLength >= 0)
            h += "content-length: " + QByteArray::number(contentLength) + "\r\n";
        switch (body) {
        case Body::Json:
            h += "content-type: application/json\r\n";
            break;
        case Body::Text:
            h += "content-type: text/plain; version=0.0.4; charset=utf-8\r\n";
            break;
        case Body::EventStream:
            h += "content-type: text/event-stream; charset=utf-8\r\n";
            break;
        case Body::Html:
            h += "content-type: text/html; charset=utf-8\r\n";
            break;
        case Body::Empty:
            break;
        }
        h += "x-tokscope-simulated: 1\r\n";
        if (dialect == Backend::Anthropic && status == 429)
            h += "retry-after: " + QByteArray::number(SimAnthropicStream::RetryAfterSeconds) + "\r\n";
        if (contentLength < 0)
            h += "transfer-encoding: chunked\r\n";
        if (closeAfter)
            h += "connection: close\r\n";
    }
    return h + "\r\n";
}

QString SimResponses::defaultErrorType(Backend dialect, int status)
{
    if (dialect == Backend::Anthropic)
        return SimAnthropicStream::errorType(status);
    if (dialect == Backend::LlamaCpp) {
        switch (status) {
        case 400:
            return QStringLiteral("invalid_request_error");
        case 401:
            return QStringLiteral("authentication_error");
        case 403:
            return QStringLiteral("permission_error");
        case 404:
            return QStringLiteral("not_found_error");
        case 501:
            return QStringLiteral("not_supported_error");
        case 503:
            return QStringLiteral("unavailable_error");
        default:
            return QStringLiteral("server_error");
        }
    }
    switch (status) {
    case 400:
        return QStringLiteral("BadRequestError");
    case 401:
        return QStringLiteral("AuthenticationError");
    case 404:
        return QStringLiteral("NotFoundError");
    case 503:
        return QStringLiteral("ServiceUnavailableError");
    default:
        return status >= 500 ? QStringLiteral("InternalServerError") : QStringLiteral("BadRequestError");
    }
}

QByteArray SimResponses::errorJson(Backend dialect, int status, const QString &message, const QString &type,
                                   const QString &param)
{
    if (dialect == Backend::Anthropic)
        return SimAnthropicStream::errorJson(type, message);
    ordered_json error;
    if (dialect == Backend::LlamaCpp) {
        error["code"] = status;
        error["message"] = message.toStdString();
        error["type"] = type.toStdString();
    } else {
        error["message"] = message.toStdString();
        error["type"] = type.toStdString();
        error["param"] = param.isEmpty() ? ordered_json() : ordered_json(param.toStdString());
        error["code"] = status;
    }
    ordered_json root;
    root["error"] = std::move(error);
    return QByteArray::fromStdString(root.dump());
}

QByteArray SimResponses::htmlPage(int status)
{
    const QByteArray title = QByteArray::number(status) + ' ' + reasonPhrase(status);
    return "<html>\r\n<head><title>" + title + "</title></head>\r\n<body>\r\n<center><h1>" + title +
           "</h1></center>\r\n<hr><center>nginx (simulated)</center>\r\n</body>\r\n</html>\r\n";
}
