#pragma once

// Refuses oversized requests before QHttpServer buffers them.
//
// QHttpServer 6.4 reads a whole request (headers and body) into memory before any handler runs
// and has no size limit. This guard watches every connection of a QTcpServer: its readyRead
// slot is connected before QHttpServer's, peeks at the bytes, follows request boundaries
// (Content-Length), and when a request declares a body over the limit (or has headers over
// 64 KiB, or uses chunked transfer encoding, or is not HTTP/1.x) it answers with a JSON error
// itself, swallows the rest of the request so QHttpServer never sees it, and closes the
// connection. A request that stalls half-way for kStallMs loses its connection.
// Call watch() BEFORE QAbstractHttpServer::bind().

#include <QObject>

class QTcpServer;
class QTcpSocket;

namespace cet::central::http {

class BodyLimitGuard : public QObject
{
    Q_OBJECT
public:
    explicit BodyLimitGuard(qint64 maxBodyBytes, QObject *parent = nullptr);

    void watch(QTcpServer *server);

    static constexpr qint64 kMaxHeaderBytes = 64 * 1024;
    // A refused body up to this size is read and dropped before closing, so that the client
    // (still sending) gets to read the answer instead of a connection reset.
    static constexpr qint64 kMaxDrainBytes = 64 * 1024 * 1024;
    // A request whose headers or body stop arriving for this long is dropped.
    static constexpr int kStallMs = 60 * 1000;

private:
    void adoptNewSockets(QTcpServer *server);

    qint64 m_maxBodyBytes;
};

} // namespace cet::central::http
