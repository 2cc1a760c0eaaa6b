#pragma once

// One HTTP exchange of cet-central's API, as plain values: copied out of QHttpServerRequest on the
// server's thread so that a worker thread can handle it, and the reply that goes back.

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

#include <optional>

namespace cet::central::http {

struct ApiRequest
{
    QByteArray method; // "GET", "POST", ... (upper case)
    QString path; // "/api/v1/auth/login"
    QHash<QString, QString> pathParams; // the route's {name} segments, set by the router
    QUrlQuery query;
    QByteArray authorization; // the Authorization header, as sent
    QByteArray acceptLanguage; // the Accept-Language header, as sent (the candidate API's messages)
    std::optional<qint64> contentLength; // the Content-Length header, if sent and valid
    QByteArray body;
    QString peer; // remote address
};

struct ApiReply
{
    int status = 200;
    QByteArray body; // JSON unless contentType says otherwise
    QByteArray contentType = QByteArrayLiteral("application/json");
    QList<QPair<QByteArray, QByteArray>> headers;
};

} // namespace cet::central::http
