#include "CentralHttpServer.h"

#include "ApiErrors.h"
#include "ApiRouter.h"
#include "ConnectionGuard.h"
#include "HttpLogging.h"
#include "ReplyQueue.h"
#include "Wire.h"

#include <QFile>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QPointer>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtConcurrent/QtConcurrentRun>

namespace cet::central::http {

namespace {

QByteArray methodName(QHttpServerRequest::Method m)
{
    switch (m) {
    case QHttpServerRequest::Method::Get:
        return QByteArrayLiteral("GET");
    case QHttpServerRequest::Method::Put:
        return QByteArrayLiteral("PUT");
    case QHttpServerRequest::Method::Delete:
        return QByteArrayLiteral("DELETE");
    case QHttpServerRequest::Method::Post:
        return QByteArrayLiteral("POST");
    case QHttpServerRequest::Method::Head:
        return QByteArrayLiteral("HEAD");
    case QHttpServerRequest::Method::Options:
        return QByteArrayLiteral("OPTIONS");
    case QHttpServerRequest::Method::Patch:
        return QByteArrayLiteral("PATCH");
    case QHttpServerRequest::Method::Connect:
        return QByteArrayLiteral("CONNECT");
    case QHttpServerRequest::Method::Trace:
        return QByteArrayLiteral("TRACE");
    default:
        return QByteArrayLiteral("UNKNOWN");
    }
}

ApiRequest copyRequest(const QHttpServerRequest &r)
{
    ApiRequest out;
    out.method = methodName(r.method());
    out.path = r.url().path();
    out.query = r.query();
    out.authorization = r.value(QByteArrayLiteral("authorization"));
    out.acceptLanguage = r.value(QByteArrayLiteral("accept-language"));
    const QByteArray length = r.value(QByteArrayLiteral("content-length"));
    bool ok = false;
    const qint64 n = length.trimmed().toLongLong(&ok);
    if (ok && n >= 0)
        out.contentLength = n;
    out.body = r.body();
    out.peer = r.remoteAddress().toString();
    return out;
}

Result<QSslConfiguration> loadTls(const QString &certFile, const QString &keyFile)
{
    const auto fail = [](const QString &what) { return Error { QStringLiteral("cli.tls"), what, {} }; };
    QFile cert(certFile);
    if (!cert.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("cannot read --tls-cert %1: %2").arg(certFile, cert.errorString()));
    const QList<QSslCertificate> chain = QSslCertificate::fromData(cert.readAll(), QSsl::Pem);
    if (chain.isEmpty())
        return fail(QStringLiteral("--tls-cert %1: no PEM certificate").arg(certFile));
    QFile keyIn(keyFile);
    if (!keyIn.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("cannot read --tls-key %1: %2").arg(keyFile, keyIn.errorString()));
    const QByteArray pem = keyIn.readAll();
    QSslKey key(pem, QSsl::Rsa, QSsl::Pem);
    if (key.isNull())
        key = QSslKey(pem, QSsl::Ec, QSsl::Pem);
    if (key.isNull())
        return fail(QStringLiteral("--tls-key %1: no unencrypted PEM RSA or EC private key").arg(keyFile));
    QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
    conf.setLocalCertificateChain(chain);
    conf.setPrivateKey(key);
    conf.setProtocol(QSsl::TlsV1_2OrLater);
    conf.setPeerVerifyMode(QSslSocket::VerifyNone); // clients are not asked for certificates
    return conf;
}

} // namespace

CentralHttpServer::CentralHttpServer(ServerOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_services(m_options.dbUrl, m_options.configureService)
{
    m_pool.setMaxThreadCount(qMax(1, m_options.threads));
    m_pool.setExpiryTimeout(-1); // keep the threads, and with them their database connections
    m_guard = new ConnectionGuard(protocol::kMaxBodyBytes, m_options.limits, this);

    for (const QString &path : ApiRouter::paths()) {
        if (path.contains(QLatin1Char('{'))) // a path with parameters: reached through the missing handler
            continue;
        m_http.route(path, [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            handle(request, std::move(responder));
        });
    }
    // Not one of the routes: the same dispatch answers with a JSON 404.
    m_http.setMissingHandler([this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        handle(request, std::move(responder));
    });
}

CentralHttpServer::~CentralHttpServer()
{
    m_pool.waitForDone();
}

Result<QString> CentralHttpServer::start()
{
    const bool tls = !m_options.tlsCertFile.isEmpty() || !m_options.tlsKeyFile.isEmpty();
    if (tls && (m_options.tlsCertFile.isEmpty() || m_options.tlsKeyFile.isEmpty()))
        return Error { QStringLiteral("cli.tls"), QStringLiteral("--tls-cert and --tls-key go together"), {} };
    if (auto allowed = m_options.listen.checkPlainHttpAllowed(tls); !allowed)
        return allowed.error();

    QTcpServer *tcp = nullptr;
    if (tls) {
        auto conf = loadTls(m_options.tlsCertFile, m_options.tlsKeyFile);
        if (!conf)
            return conf.error();
        auto *ssl = new QSslServer(this);
        ssl->setSslConfiguration(conf.value());
        tcp = ssl;
    } else {
        tcp = new QTcpServer(this);
    }
    m_guard->watch(tcp); // before bind(): the guard's slots must run before QHttpServer's
    // Registration opening brings thousands of connections within a second. Qt's default backlog
    // of 50 made the kernel drop the connection requests beyond it, and each dropped client waited
    // a second for its retransmission (the kernel still caps this at net.core.somaxconn).
    tcp->setListenBacklogSize(4096);
    if (!tcp->listen(m_options.listen.address, m_options.listen.port)) {
        const QString why = tcp->errorString();
        delete tcp;
        return Error { QStringLiteral("cli.listen_failed"),
            QStringLiteral("cannot listen on %1: %2").arg(m_options.listen.toString(m_options.listen.port), why), {} };
    }
    m_http.bind(tcp);
    return QStringLiteral("%1://%2").arg(
        tls ? QStringLiteral("https") : QStringLiteral("http"), m_options.listen.toString(tcp->serverPort()));
}

void CentralHttpServer::handle(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    // QHttpServer 6.4 deletes the socket (and the request) when the client disconnects, even
    // while a reply is being computed; so the worker gets a copy of the request, and the reply
    // goes through the socket's ReplyQueue (in request order), which dies with the socket.
    QPointer<ReplyQueue> queue = ReplyQueue::of(responder.socket());
    const quint64 ticket = queue->enqueue(std::move(responder));
    // A burst beyond what the workers can take is told to come back rather than queued without
    // bound (memory, and replies so late that clients have given up on them).
    if (m_queued >= m_options.limits.maxQueuedRequests) {
        qCInfo(lcHttp).noquote() << "busy:" << m_queued << "requests queued; refusing one from"
                                 << request.remoteAddress().toString();
        queue->complete(ticket, busyReply(m_options.limits.retryAfterSeconds));
        return;
    }
    ++m_queued;
    ApiRequest call = copyRequest(request);
    ServiceCache *services = &m_services;
    QtConcurrent::run(&m_pool, [services, call = std::move(call)] {
        return ApiRouter::handle(call, [services] { return services->forThisThread(); });
    }).then(this, [this, queue, ticket](const ApiReply &reply) {
        --m_queued;
        if (queue)
            queue->complete(ticket, reply);
    });
}

} // namespace cet::central::http
