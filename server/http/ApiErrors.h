#pragma once

// JSON error replies: {"error": {"code", "message", ["retry_after"]}} with the status that the
// wire protocol gives the code (protocol::httpStatusFor).

#include "ApiExchange.h"
#include "Result.h"

#include <QJsonObject>

namespace cet::central::http {

// 503 with Retry-After: the server holds as many connections or queued requests as it may.
inline const QString kBusyCode = QStringLiteral("server.busy");
ApiReply busyReply(int retryAfterSeconds);

ApiReply errorReply(const Error &error);
ApiReply errorReply(const QString &code, const QString &message);
ApiReply errorReply(int status, const QString &code, const QString &message);
ApiReply jsonReply(const QJsonObject &body, int status = 200);
ApiReply jsonReply(QByteArray body, int status = 200); // body: compact JSON already written

} // namespace cet::central::http
