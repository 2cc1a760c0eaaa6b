#pragma once

// Guards the connections of cet-central's HTTP front before QHttpServer sees them.
//
// QHttpServer 6.4 reads a whole request (headers and body) into memory before any handler runs,
// has no size limit, keeps a connection open as long as the client likes and accepts as many
// connections as the process has descriptors. This guard watches every connection of a
// QTcpServer: its readyRead slot is connected before QHttpServer's, peeks at the bytes and follows
// request boundaries (Content-Length). It answers with a JSON error itself, swallows the rest of
// the request so QHttpServer never sees it, and closes the connection when
//   - a request declares a body over the limit, has headers over 64 KiB, uses chunked transfer
//     encoding or is not HTTP/1.x;
//   - the connection is one more than ConnectionLimits::maxConnections (503 with Retry-After).
// A request that stalls half-way for stallMs loses its connection; so does a keep-alive
// connection that sends nothing for idleMs while no reply of it is pending.
// Call watch() BEFORE QAbstractHttpServer::bind().

#include <QObject>

class QTcpServer;
class QTcpSocket;

namespace cet::central::http {

// How much of the server one client, or all of them, may hold. The defaults suit a province's
// server behind a reverse proxy; tests make them small.
struct ConnectionLimits
{
    int maxConnections = 1024;    // open connections; the next one is answered 503 and closed
    int maxQueuedRequests = 512;  // requests handed to the workers and not yet answered; more → 503
    int idleMs = 30 * 1000;       // a keep-alive connection with nothing to do is closed after this
    int stallMs = 60 * 1000;      // a request whose headers or body stop arriving is dropped after this
    int retryAfterSeconds = 2;    // the Retry-After of a 503
};

class ConnectionGuard : public QObject
{
    Q_OBJECT
public:
    ConnectionGuard(qint64 maxBodyBytes, ConnectionLimits limits, QObject *parent = nullptr);

    void watch(QTcpServer *server);
    int openConnections() const { return m_open; }

    static constexpr qint64 kMaxHeaderBytes = 64 * 1024;
    // A refused body up to this size is read and dropped before closing, so that the client
    // (still sending) gets to read the answer instead of a connection reset.
    static constexpr qint64 kMaxDrainBytes = 64 * 1024 * 1024;

private:
    void adoptNewSockets(QTcpServer *server);

    qint64 m_maxBodyBytes;
    ConnectionLimits m_limits;
    int m_open = 0;
};

} // namespace cet::central::http
