#include "ApiClient.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkRequest>
#include <QTcpSocket>
#include <QTimer>

namespace cet::central::sim {

QString ApiResponse::describe() const
{
    return QStringLiteral("HTTP %1 (%2) %3").arg(status).arg(errorString, QString::fromUtf8(body.left(400)));
}

ApiClient::ApiClient(const QUrl &base)
    : m_base(base)
{
    m_nam.setAutoDeleteReplies(false);
}

void ApiClient::setHeader(const QByteArray &name, const QByteArray &value)
{
    if (value.isEmpty())
        m_headers.remove(name);
    else
        m_headers.insert(name, value);
}

ApiResponse ApiClient::send(
    const QByteArray &verb, const QString &pathAndQuery, const QByteArray &body, const QByteArray &authorization)
{
    QUrl url = m_base;
    const qsizetype q = pathAndQuery.indexOf(QLatin1Char('?'));
    url.setPath(q < 0 ? pathAndQuery : pathAndQuery.left(q));
    if (q >= 0)
        url.setQuery(pathAndQuery.mid(q + 1));
    QNetworkRequest request(url);
    request.setTransferTimeout(60000);
    if (!body.isEmpty() || verb == "POST")
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!authorization.isEmpty())
        request.setRawHeader(QByteArrayLiteral("Authorization"), authorization);
    for (auto it = m_headers.constBegin(); it != m_headers.constEnd(); ++it)
        request.setRawHeader(it.key(), it.value());
    QNetworkReply *reply = verb == "GET" ? m_nam.get(request) : m_nam.sendCustomRequest(request, verb, body);
    if (m_ignoreSsl)
        reply->ignoreSslErrors();
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    ApiResponse r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    r.error = reply->error();
    r.errorString = reply->errorString();
    for (const auto &h : reply->rawHeaderPairs())
        r.headers.insert(h.first.toLower(), h.second);
    QJsonParseError err {};
    const QJsonDocument doc = QJsonDocument::fromJson(r.body, &err);
    r.isJson = err.error == QJsonParseError::NoError && doc.isObject();
    if (r.isJson)
        r.json = doc.object();
    delete reply;
    return r;
}

ApiResponse ApiClient::get(const QString &pathAndQuery, const QString &token)
{
    return send("GET", pathAndQuery, {}, token.isEmpty() ? QByteArray() : "Bearer " + token.toLatin1());
}

ApiResponse ApiClient::post(const QString &path, const QByteArray &body, const QString &token)
{
    return send("POST", path, body, token.isEmpty() ? QByteArray() : "Bearer " + token.toLatin1());
}

ApiResponse ApiClient::postJson(const QString &path, const QJsonObject &body, const QString &token)
{
    return post(path, QJsonDocument(body).toJson(QJsonDocument::Compact), token);
}

QString ApiClient::login(const QString &user, const QString &password, ApiResponse *response)
{
    const ApiResponse r = postJson(QStringLiteral("/api/v1/auth/login"),
        { { QStringLiteral("user"), user }, { QStringLiteral("password"), password },
            { QStringLiteral("client"), QStringLiteral("cet-central api client") } });
    if (response)
        *response = r;
    return r.status == 200 ? r.json.value(QStringLiteral("token")).toString() : QString();
}

QByteArray ApiClient::raw(const QByteArray &bytes, int timeoutMs)
{
    QTcpSocket socket;
    socket.connectToHost(m_base.host(), quint16(m_base.port()));
    if (!socket.waitForConnected(timeoutMs))
        return {};
    socket.write(bytes);
    QByteArray out;
    QEventLoop loop;
    QObject::connect(&socket, &QTcpSocket::readyRead, &loop, [&] { out += socket.readAll(); });
    QObject::connect(&socket, &QTcpSocket::disconnected, &loop, &QEventLoop::quit);
    QObject::connect(&socket, &QTcpSocket::errorOccurred, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    if (socket.state() == QAbstractSocket::ConnectedState)
        loop.exec();
    out += socket.readAll();
    return out;
}

} // namespace cet::central::sim
