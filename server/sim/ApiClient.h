#pragma once

// A blocking HTTP client of cet-central's API for the simulator and the tests (QNetworkAccessManager,
// waits for each reply; one per thread), plus raw
// TCP for requests QNetworkAccessManager can not make.

#include <QByteArray>
#include <QJsonObject>
#include <QMap>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QString>
#include <QUrl>

namespace cet::central::sim {

struct ApiResponse
{
    int status = 0; // 0: no HTTP answer
    QByteArray body;
    QJsonObject json; // empty unless the body is a JSON object
    bool isJson = false;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorString;
    QMap<QByteArray, QByteArray> headers; // lower-case names

    QString errorCode() const
    {
        return json.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString();
    }
    QString errorMessage() const
    {
        return json.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString();
    }
    QString describe() const; // for failure messages
};

class ApiClient
{
public:
    explicit ApiClient(const QUrl &base);

    void ignoreSslErrors(bool ignore) { m_ignoreSsl = ignore; }
    // A header sent with every request from now on (an empty value stops sending it), e.g.
    // Accept-Language for the candidate API's messages.
    void setHeader(const QByteArray &name, const QByteArray &value);

    ApiResponse get(const QString &pathAndQuery, const QString &token = {});
    ApiResponse post(const QString &path, const QByteArray &body, const QString &token = {});
    ApiResponse postJson(const QString &path, const QJsonObject &body, const QString &token = {});
    // Any verb; `authorization` is sent as is when not empty.
    ApiResponse send(
        const QByteArray &verb, const QString &pathAndQuery, const QByteArray &body, const QByteArray &authorization);

    // POST /api/v1/auth/login; the token or an empty string.
    QString login(const QString &user, const QString &password, ApiResponse *response = nullptr);

    // Writes `bytes` on a new TCP connection and reads until the server closes or `timeoutMs`.
    QByteArray raw(const QByteArray &bytes, int timeoutMs = 10000);

    QUrl base() const { return m_base; }

private:
    QUrl m_base;
    QNetworkAccessManager m_nam;
    bool m_ignoreSsl = false;
    QMap<QByteArray, QByteArray> m_headers;
};

} // namespace cet::central::sim
