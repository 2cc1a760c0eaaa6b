#include "ConnectionGuard.h"

#include "ApiErrors.h"
#include "HttpLogging.h"
#include "ReplyQueue.h"
#include "Wire.h"

#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace cet::central::http {

namespace {

const char *kWatchedProperty = "cetcentral.guarded";

// Follows the request stream of one connection.
class ConnectionWatch : public QObject
{
public:
    ConnectionWatch(QTcpSocket *socket, qint64 maxBody, const ConnectionLimits &limits)
        : QObject(socket)
        , m_socket(socket)
        , m_maxBody(maxBody)
        , m_retryAfter(limits.retryAfterSeconds)
    {
        // A client that stops in the middle of a request (slowloris) loses the connection.
        m_stall.setInterval(limits.stallMs);
        m_stall.setSingleShot(true);
        connect(&m_stall, &QTimer::timeout, this, [this] {
            if (m_phase == Phase::Body || !m_header.isEmpty()) {
                qCInfo(lcHttp).noquote() << "dropping a stalled request from" << m_socket->peerAddress().toString();
                m_socket->abort();
            }
        });
        // A keep-alive connection that asks nothing holds a descriptor and a slot under
        // maxConnections; it is closed once it has been quiet for idleMs with no reply owed.
        m_idle.setInterval(limits.idleMs);
        m_idle.setSingleShot(true);
        connect(&m_idle, &QTimer::timeout, this, &ConnectionWatch::onIdle);
        connect(socket, &QTcpSocket::bytesWritten, this, [this] {
            if (m_phase != Phase::Refused)
                m_idle.start();
        });
        m_idle.start();
    }

    void onReadyRead()
    {
        if (m_phase == Phase::Refused) {
            drain();
            return;
        }
        m_stall.start();
        m_idle.start();
        const QByteArray data = m_socket->peek(m_socket->bytesAvailable());
        qsizetype pos = 0;
        while (pos < data.size() && m_phase != Phase::Refused) {
            if (m_phase == Phase::Body) {
                const qint64 take = qMin<qint64>(m_remaining, data.size() - pos);
                pos += take;
                m_remaining -= take;
                if (m_remaining == 0)
                    m_phase = Phase::Header;
                continue;
            }
            // Header phase: collect up to the blank line.
            if (m_header.isEmpty()) {
                while (pos < data.size() && (data[pos] == '\r' || data[pos] == '\n'))
                    ++pos; // stray CRLF between requests
                if (pos == data.size())
                    break;
            }
            const qsizetype before = m_header.size();
            m_header.append(data.constData() + pos, data.size() - pos);
            const qsizetype end = m_header.indexOf("\r\n\r\n");
            if (end < 0) {
                pos = data.size();
                if (m_header.size() > ConnectionGuard::kMaxHeaderBytes)
                    refuse(431, QStringLiteral("request headers over 64 KiB"), 0);
                break;
            }
            pos += (end + 4) - before;
            if (end > ConnectionGuard::kMaxHeaderBytes) {
                refuse(431, QStringLiteral("request headers over 64 KiB"), 0);
                break;
            }
            const QByteArray head = m_header.left(end);
            m_header.clear();
            inspect(head);
        }
        if (m_phase == Phase::Refused) {
            // Everything buffered up to `pos` plus the refused body is dropped before closing.
            m_remaining = m_drainBody > 0 ? pos + m_drainBody : 0;
            drain();
        }
    }

    // Answers 503 with Retry-After and closes: the server holds as many connections as it may.
    void refuseBusy()
    {
        refuse(503, QStringLiteral("too many connections; try again later"), 0);
        // Closed after a moment rather than at once: a request the client already sent is read
        // and dropped first (drain()), since closing on unread bytes resets the connection and
        // the client would lose the answer.
        QTimer::singleShot(1000, this, [s = QPointer<QTcpSocket>(m_socket)] {
            if (s && s->state() == QAbstractSocket::ConnectedState)
                s->disconnectFromHost();
        });
    }

private:
    enum class Phase { Header, Body, Refused };

    void onIdle()
    {
        if (m_phase != Phase::Header || !m_header.isEmpty())
            return; // a request on its way: the stall timer decides
        const ReplyQueue *queue = m_socket->findChild<ReplyQueue *>(QString(), Qt::FindDirectChildrenOnly);
        if ((queue && queue->hasPending()) || m_socket->bytesToWrite() > 0) {
            m_idle.start(); // the server owes this client a reply: not the client's idleness
            return;
        }
        qCDebug(lcHttp).noquote() << "closing an idle connection from" << m_socket->peerAddress().toString();
        m_socket->disconnectFromHost();
    }

    void inspect(const QByteArray &head)
    {
        const QList<QByteArray> lines = head.split('\n');
        const QList<QByteArray> requestLine = lines.constFirst().trimmed().split(' ');
        if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1.")) {
            refuse(400, QStringLiteral("malformed HTTP request line"), 0);
            return;
        }
        qint64 length = 0;
        bool haveLength = false;
        bool expectContinue = false;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            const QByteArray name = line.left(colon).trimmed().toLower();
            const QByteArray value = line.mid(colon + 1).trimmed();
            if (name == "transfer-encoding" && value.toLower() != "identity") {
                refuse(411, QStringLiteral("chunked request bodies are not accepted; send Content-Length"), 0);
                return;
            }
            if (name == "expect" && value.toLower() == "100-continue")
                expectContinue = true;
            if (name == "content-length") {
                bool ok = false;
                const qint64 n = value.toLongLong(&ok);
                if (!ok || n < 0 || (haveLength && n != length)) {
                    refuse(400, QStringLiteral("bad Content-Length"), 0);
                    return;
                }
                length = n;
                haveLength = true;
            }
        }
        if (length > m_maxBody) {
            refuse(413, QStringLiteral("request body over %1 bytes").arg(m_maxBody), length);
            return;
        }
        m_remaining = length;
        m_phase = length > 0 ? Phase::Body : Phase::Header;
        // QHttpServer 6.4 ignores "Expect: 100-continue"; without an answer curl waits a second.
        if (expectContinue && length > 0)
            m_socket->write(QByteArrayLiteral("HTTP/1.1 100 Continue\r\n\r\n"));
    }

    void refuse(int status, const QString &message, qint64 bodyLength)
    {
        const QString code = status == 413 || status == 431 ? protocol::codes::tooLarge
            : status == 411                                 ? QStringLiteral("request.length_required")
            : status == 503                                 ? kBusyCode
                                                            : QStringLiteral("request.bad_http");
        qCInfo(lcHttp).noquote() << "refused before reading:" << status << message << "from"
                                 << m_socket->peerAddress().toString();
        const ApiReply reply = status == 503 ? busyReply(m_retryAfter) : errorReply(status, code, message);
        QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason(status) + "\r\n"
            + "Content-Type: application/json\r\n" + "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\n"
            + (status == 503 ? "Retry-After: " + QByteArray::number(m_retryAfter) + "\r\n" : QByteArray())
            + "Connection: close\r\n\r\n" + reply.body;
        m_socket->write(out);
        m_phase = Phase::Refused;
        m_stall.stop();
        m_idle.stop();
        // Read and drop the rest of a body of a sane size, then close; close at once otherwise.
        m_drainBody = bodyLength <= ConnectionGuard::kMaxDrainBytes ? bodyLength : 0;
        QTimer::singleShot(30000, this, [s = QPointer<QTcpSocket>(m_socket)] {
            if (s)
                s->abort();
        });
    }

    void drain()
    {
        const qint64 n = m_socket->bytesAvailable();
        m_socket->skip(n);
        m_remaining -= n;
        if (m_remaining <= 0 && m_socket->state() == QAbstractSocket::ConnectedState)
            m_socket->disconnectFromHost();
    }

    static QByteArray reason(int status)
    {
        switch (status) {
        case 400:
            return QByteArrayLiteral("Bad Request");
        case 411:
            return QByteArrayLiteral("Length Required");
        case 413:
            return QByteArrayLiteral("Payload Too Large");
        case 431:
            return QByteArrayLiteral("Request Header Fields Too Large");
        case 503:
            return QByteArrayLiteral("Service Unavailable");
        default:
            return QByteArrayLiteral("Error");
        }
    }

    QTcpSocket *m_socket;
    qint64 m_maxBody;
    Phase m_phase = Phase::Header;
    QByteArray m_header;
    qint64 m_remaining = 0;
    qint64 m_drainBody = 0;
    int m_retryAfter = 1;
    QTimer m_stall;
    QTimer m_idle;
};

} // namespace

ConnectionGuard::ConnectionGuard(qint64 maxBodyBytes, ConnectionLimits limits, QObject *parent)
    : QObject(parent)
    , m_maxBodyBytes(maxBodyBytes)
    , m_limits(limits)
{ }

void ConnectionGuard::watch(QTcpServer *server)
{
    // QHttpServer 6.4 takes sockets on pendingConnectionAvailable (emitted as each one is queued);
    // connected before QHttpServer's own slot, these run first.
    connect(server, &QTcpServer::pendingConnectionAvailable, this, [this, server] { adoptNewSockets(server); });
    connect(server, &QTcpServer::newConnection, this, [this, server] { adoptNewSockets(server); });
}

void ConnectionGuard::adoptNewSockets(QTcpServer *server)
{
    // The pending sockets are children of the server; QHttpServer takes them after this slot.
    const auto sockets = server->findChildren<QTcpSocket *>(Qt::FindDirectChildrenOnly);
    for (QTcpSocket *socket : sockets) {
        if (socket->property(kWatchedProperty).toBool())
            continue;
        socket->setProperty(kWatchedProperty, true);
        auto *watch = new ConnectionWatch(socket, m_maxBodyBytes, m_limits);
        connect(socket, &QTcpSocket::readyRead, watch, &ConnectionWatch::onReadyRead);
        // Counted until the socket is gone (QHttpServer deletes it when the client disconnects).
        // A connection over the cap is still adopted, so that its request is swallowed, not served.
        if (m_open >= m_limits.maxConnections) {
            qCInfo(lcHttp).noquote() << "refusing a connection over the cap of" << m_limits.maxConnections << "from"
                                     << socket->peerAddress().toString();
            watch->refuseBusy();
            continue;
        }
        ++m_open;
        connect(socket, &QObject::destroyed, this, [this] { --m_open; });
    }
}

} // namespace cet::central::http
