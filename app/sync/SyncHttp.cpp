#include "SyncHttp.h"

#include "SyncErrors.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QHostAddress>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QThread>
#include <QTimer>
#ifndef QT_NO_SSL
#include <QSslCertificate>
#include <QSslConfiguration>
#endif

namespace cet {

namespace {

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    QHostAddress a;
    if (!a.setAddress(host))
        return false;
    return a.isLoopback();
}

} // namespace

SyncHttp::SyncHttp() : m_nam(std::make_unique<QNetworkAccessManager>())
{
    // Never follow a redirect: the bearer token would go wherever the answer points (another
    // host, plain http), and a sync server has no reason to send one.
    m_nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

SyncHttp::~SyncHttp()
{
#ifndef QT_NO_SSL
    delete m_extraCa;
#endif
}

Result<QUrl> SyncHttp::checkServerUrl(const QString &text)
{
    QString t = text.trimmed();
    while (t.endsWith(u'/'))
        t.chop(1);
    const QUrl url(t, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() || (url.scheme() != u"http" && url.scheme() != u"https"))
        return syncError(QStringLiteral("sync.bad_url"), text);
    if (url.scheme() == u"http" && !isLoopbackHost(url.host()))
        return syncError(QStringLiteral("sync.insecure_url"), text);
    return url;
}

Result<void> SyncHttp::setServer(const QString &url)
{
    auto u = checkServerUrl(url);
    if (!u)
        return u.error();
    m_server = u.value();
    return {};
}

Result<void> SyncHttp::setCaFile(const QString &path)
{
#ifndef QT_NO_SSL
    delete m_extraCa;
    m_extraCa = nullptr;
    if (path.isEmpty())
        return {};
    const QList<QSslCertificate> certs = QSslCertificate::fromPath(path, QSsl::Pem);
    if (certs.isEmpty())
        return syncError(QStringLiteral("sync.ca_file"), path);
    m_extraCa = new QList<QSslCertificate>(certs);
    return {};
#else
    if (path.isEmpty())
        return {};
    return syncError(QStringLiteral("sync.ca_file"), QStringLiteral("no TLS support"));
#endif
}

void SyncHttp::setRetryPolicy(int attempts, int baseMs, int maxMs)
{
    m_attempts = std::max(1, attempts);
    m_baseMs = std::max(1, baseMs);
    m_maxMs = std::max(m_baseMs, maxMs);
}

Result<QJsonObject> SyncHttp::get(const QString &path, const QUrlQuery &query)
{
    return send(false, path, query, {});
}

Result<QJsonObject> SyncHttp::post(const QString &path, const QJsonObject &body)
{
    return send(true, path, {}, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

void SyncHttp::setExtraQuery(const QString &pathPrefix, const QUrlQuery &query)
{
    m_extraPrefix = pathPrefix;
    m_extraQuery = query;
}

QUrlQuery SyncHttp::withExtraQuery(const QString &path, QUrlQuery query) const
{
    if (m_extraQuery.isEmpty() || !path.startsWith(m_extraPrefix))
        return query;
    const auto items = m_extraQuery.queryItems(QUrl::FullyDecoded);
    for (const auto &item : items)
        query.addQueryItem(item.first, item.second);
    return query;
}

bool SyncHttp::cancelled() const
{
    return (m_cancel && m_cancel->load()) || (m_abort && m_abort->load());
}

bool SyncHttp::sleepCancellable(int ms)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms) {
        if (cancelled())
            return false;
        QThread::msleep(std::min<qint64>(20, ms - t.elapsed()));
    }
    return true;
}

namespace {
// A 2xx answer's JSON object (sync.bad_response when it is not one).
Result<QJsonObject> objectOf(Result<SyncHttp::Download> answer)
{
    if (!answer)
        return answer.error();
    const QJsonDocument doc = QJsonDocument::fromJson(answer.value().body);
    if (!doc.isObject())
        return syncError(QStringLiteral("sync.bad_response"), QString::fromUtf8(answer.value().body.left(200)));
    return doc.object();
}
} // namespace

Result<QJsonObject> SyncHttp::send(bool post, const QString &path, const QUrlQuery &query, const QByteArray &body)
{
    return objectOf(exchange(post, path, query, body, QByteArrayLiteral("application/json")));
}

Result<SyncHttp::Download> SyncHttp::download(const QString &path)
{
    return exchange(false, path, {}, {}, QByteArrayLiteral("*/*"));
}

Result<QJsonObject> SyncHttp::upload(const QString &path, const QByteArray &bytes, const QByteArray &contentType)
{
    return objectOf(exchange(true, path, {}, bytes, QByteArrayLiteral("application/json"), contentType));
}

Result<SyncHttp::Download> SyncHttp::exchange(bool post, const QString &path, const QUrlQuery &query,
                                              const QByteArray &body, const QByteArray &accept,
                                              const QByteArray &contentType)
{
    if (m_server.isEmpty())
        return syncError(QStringLiteral("sync.bad_url"), QStringLiteral("no server"));
    QUrl url = m_server;
    url.setPath(m_server.path() + path);
    if (const QUrlQuery all = withExtraQuery(path, query); !all.isEmpty())
        url.setQuery(all);
    int delay = m_baseMs;
    for (int attempt = 1;; ++attempt) {
        if (cancelled())
            return syncError(QStringLiteral("sync.cancelled"));
        bool transient = false;
        auto r = exchangeOnce(post, url, body, accept, contentType, transient);
        if (r || !transient || attempt >= m_attempts)
            return r;
        const double jitter = 0.5 + QRandomGenerator::global()->generateDouble(); // 0.5 .. 1.5
        if (!sleepCancellable(int(delay * jitter)))
            return syncError(QStringLiteral("sync.cancelled"));
        delay = std::min(delay * 2, m_maxMs);
    }
}

Result<SyncHttp::Download> SyncHttp::exchangeOnce(bool post, const QUrl &url, const QByteArray &body,
                                                  const QByteArray &accept, const QByteArray &contentType,
                                                  bool &transient)
{
    transient = false;
    QNetworkRequest req(url);
    req.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    req.setRawHeader("Accept", accept);
    req.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("cetdesk/" CETDESK_VERSION));
    if (!m_token.isEmpty())
        req.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    req.setTransferTimeout(m_timeoutMs);
#ifndef QT_NO_SSL
    if (url.scheme() == u"https") {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);
        if (m_extraCa) {
            QList<QSslCertificate> cas = ssl.caCertificates();
            cas += *m_extraCa;
            ssl.setCaCertificates(cas);
        }
        req.setSslConfiguration(ssl);
    }
#endif
    ++m_requests;
    QNetworkReply *reply = post ? m_nam->post(req, body) : m_nam->get(req);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer cancelPoll;
    if (m_cancel || m_abort) {
        QObject::connect(&cancelPoll, &QTimer::timeout, reply, [this, reply] {
            if (cancelled())
                reply->abort();
        });
        cancelPoll.start(50);
    }
    if (!reply->isFinished())
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    cancelPoll.stop();
    std::unique_ptr<QNetworkReply, void (*)(QNetworkReply *)> guard(reply, [](QNetworkReply *r) { r->deleteLater(); });

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray data = reply->readAll();
    const QNetworkReply::NetworkError ne = reply->error();
    if (status == 0) {
        if (cancelled())
            return syncError(QStringLiteral("sync.cancelled"));
        switch (ne) {
        case QNetworkReply::SslHandshakeFailedError:
            return syncError(QStringLiteral("net.tls"), reply->errorString());
        case QNetworkReply::OperationCanceledError:
        case QNetworkReply::TimeoutError:
            transient = true;
            return syncError(QStringLiteral("net.timeout"), reply->errorString());
        default:
            transient = true;
            return syncError(QStringLiteral("net.unavailable"), reply->errorString());
        }
    }
    if (status >= 300 && status < 400) {
        const QUrl target = reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
        return syncError(QStringLiteral("sync.redirected"),
                         QStringLiteral("HTTP %1 to %2").arg(status).arg(url.resolved(target).toDisplayString()));
    }
    if (status >= 200 && status < 300)
        return Download{ data, reply->header(QNetworkRequest::ContentTypeHeader).toByteArray() };
    const QJsonDocument doc = QJsonDocument::fromJson(data);
    QString code, message;
    if (doc.isObject()) {
        const QJsonObject e = doc.object().value(QStringLiteral("error")).toObject();
        code = e.value(QStringLiteral("code")).toString();
        message = e.value(QStringLiteral("message")).toString();
    }
    if (status >= 500 || status == 502 || status == 503 || status == 504) {
        transient = true;
        return syncError(code.isEmpty() ? QStringLiteral("server.unavailable") : code,
                         QStringLiteral("HTTP %1 %2").arg(status).arg(message));
    }
    if (status == 413 && code.isEmpty())
        code = QStringLiteral("request.too_large");
    if (code.isEmpty())
        code = QStringLiteral("sync.bad_response");
    return Error{ code, syncErrorMessage(code, message), QStringLiteral("HTTP %1: %2").arg(status).arg(message) };
}

// ---------------------------------------------------------------------------------------------

SyncHttp::Call::~Call()
{
    m_abort = true;
    if (m_thread.joinable())
        m_thread.join();
}

std::unique_ptr<SyncHttp::Call> SyncHttp::startGet(const QString &path, const QUrlQuery &query, AnswerFn onAnswer)
{
    return start(false, path, query, {}, std::move(onAnswer));
}

std::unique_ptr<SyncHttp::Call> SyncHttp::startPost(const QString &path, BodyFn makeBody, AnswerFn onAnswer)
{
    return start(true, path, {}, std::move(makeBody), std::move(onAnswer));
}

std::unique_ptr<SyncHttp::Call> SyncHttp::start(bool post, const QString &path, const QUrlQuery &query, BodyFn makeBody,
                                                AnswerFn onAnswer)
{
    std::unique_ptr<Call> call(new Call);
    struct Settings
    {
        QUrl server;
        QString token;
        std::optional<QList<QSslCertificate>> extraCa;
        int timeoutMs, attempts, baseMs, maxMs;
        const std::atomic<bool> *cancel;
    } settings{ m_server, m_token, {}, m_timeoutMs, m_attempts, m_baseMs, m_maxMs, m_cancel };
#ifndef QT_NO_SSL
    if (m_extraCa)
        settings.extraCa = *m_extraCa;
#endif
    Call *c = call.get();
    call->m_thread = std::thread([c, settings, post, path, query = withExtraQuery(path, query), makeBody = std::move(makeBody),
                                  onAnswer = std::move(onAnswer)] {
        SyncHttp http; // its network access manager lives on this thread
        http.m_server = settings.server;
        http.m_token = settings.token;
#ifndef QT_NO_SSL
        if (settings.extraCa)
            http.m_extraCa = new QList<QSslCertificate>(*settings.extraCa);
#endif
        http.m_timeoutMs = settings.timeoutMs;
        http.m_attempts = settings.attempts;
        http.m_baseMs = settings.baseMs;
        http.m_maxMs = settings.maxMs;
        http.m_cancel = settings.cancel;
        http.m_abort = &c->m_abort;
        const QByteArray body = makeBody ? makeBody() : QByteArray();
        c->m_result = http.send(post, path, query, body);
        c->m_requests = http.m_requests;
        if (*c->m_result && onAnswer)
            onAnswer(c->m_result->value());
    });
    return call;
}

Result<QJsonObject> SyncHttp::finish(std::unique_ptr<Call> call)
{
    if (call->m_thread.joinable())
        call->m_thread.join();
    m_requests += call->m_requests;
    if (!call->m_result)
        return syncError(QStringLiteral("sync.cancelled"));
    return std::move(*call->m_result);
}

} // namespace cet
