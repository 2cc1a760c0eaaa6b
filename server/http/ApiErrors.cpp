#include "ApiErrors.h"

#include "HttpLogging.h"
#include "Wire.h"

#include <QJsonObject>

namespace cet::central::http {

ApiReply jsonReply(const QJsonObject &body, int status)
{
    ApiReply reply;
    reply.status = status;
    reply.body = protocol::toBody(body);
    return reply;
}

ApiReply jsonReply(QByteArray body, int status)
{
    ApiReply reply;
    reply.status = status;
    reply.body = std::move(body);
    return reply;
}

ApiReply errorReply(int status, const QString &code, const QString &message)
{
    protocol::ApiError e;
    e.code = code;
    e.message = message;
    ApiReply reply = jsonReply(e.toJson(), status);
    if (status == 401)
        reply.headers.append({ QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("Bearer") });
    return reply;
}

ApiReply busyReply(int retryAfterSeconds)
{
    protocol::ApiError e;
    e.code = kBusyCode;
    e.message = QStringLiteral("the server is busy; try again later");
    e.retryAfter = retryAfterSeconds;
    ApiReply reply = jsonReply(e.toJson(), 503);
    reply.headers.append({ QByteArrayLiteral("Retry-After"), QByteArray::number(retryAfterSeconds) });
    return reply;
}

ApiReply errorReply(const QString &code, const QString &message)
{
    return errorReply(protocol::httpStatusFor(code), code, message);
}

ApiReply errorReply(const Error &error)
{
    const int status = protocol::httpStatusFor(error.code);
    protocol::ApiError e = protocol::ApiError::fromError(error);
    if (status >= 500) {
        // Server faults: the detail (SQL text, paths) goes to the log, never to the client.
        qCWarning(lcHttp).noquote() << "server error" << error.code << error.message << error.detail;
        e.message = error.code == protocol::codes::unavailable ? QStringLiteral("service unavailable, try again later")
                                                               : QStringLiteral("internal server error");
    }
    ApiReply reply = jsonReply(e.toJson(), status);
    if (status == 401)
        reply.headers.append({ QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("Bearer") });
    if (e.retryAfter)
        reply.headers.append({ QByteArrayLiteral("Retry-After"), QByteArray::number(*e.retryAfter) });
    return reply;
}

} // namespace cet::central::http
