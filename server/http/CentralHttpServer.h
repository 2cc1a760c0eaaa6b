#pragma once

// cet-central's HTTP front: QHttpServer with the API routes, a JSON 404 for everything else,
// request handling on a thread pool (one CentralService per worker thread), optional TLS,
// and the body, connection and idle limits enforced before QHttpServer buffers a request
// (ConnectionGuard); requests beyond limits.maxQueuedRequests are answered 503 at once.

#include "ConnectionGuard.h"
#include "ListenAddress.h"
#include "Result.h"
#include "ServiceCache.h"

#include <QHttpServer>
#include <QObject>
#include <QThreadPool>

#include <functional>

class QHttpServerResponder;
class QHttpServerRequest;

namespace cet::central::http {

struct ServerOptions
{
    QString dbUrl;
    ListenAddress listen;
    QString tlsCertFile;
    QString tlsKeyFile;
    int threads = 4;
    ConnectionLimits limits;
    std::function<void(CentralService &)> configureService; // tests: clock
};

class CentralHttpServer : public QObject
{
    Q_OBJECT
public:
    explicit CentralHttpServer(ServerOptions options, QObject *parent = nullptr);
    ~CentralHttpServer() override;

    // Loads TLS files, checks the plain-HTTP-on-loopback rule, listens. Returns the base URL
    // ("http://127.0.0.1:PORT").
    Result<QString> start();

private:
    void handle(const QHttpServerRequest &request, QHttpServerResponder &&responder);

    ServerOptions m_options;
    ServiceCache m_services; // destroyed after m_pool: the pool's threads close their services
    QThreadPool m_pool;
    QHttpServer m_http;
    ConnectionGuard *m_guard = nullptr;
    int m_queued = 0; // requests handed to m_pool and not answered yet (limits.maxQueuedRequests)
};

} // namespace cet::central::http
