#include "FaultProxy.h"

#include "FaultProxyHttp.h"

#include <QHostAddress>
#include <QMutex>
#include <QMutexLocker>
#include <QPointer>
#include <QQueue>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>

#include <sys/socket.h>

#include <algorithm>
#include <vector>

namespace cet::test {

QString faultName(Fault::Kind kind)
{
    switch (kind) {
    case Fault::Kind::Pass: return QStringLiteral("pass");
    case Fault::Kind::Delay: return QStringLiteral("delay");
    case Fault::Kind::DelayResponse: return QStringLiteral("delay_response");
    case Fault::Kind::DropResponse: return QStringLiteral("drop_response");
    case Fault::Kind::CutRequest: return QStringLiteral("cut_request");
    case Fault::Kind::CutResponse: return QStringLiteral("cut_response");
    case Fault::Kind::Reset: return QStringLiteral("reset");
    case Fault::Kind::Answer502: return QStringLiteral("answer_502");
    }
    return QStringLiteral("?");
}

QString describe(const Fault &fault)
{
    switch (fault.kind) {
    case Fault::Kind::Delay:
    case Fault::Kind::DelayResponse:
        return faultName(fault.kind) + QStringLiteral("(%1ms)").arg(fault.delayMs);
    case Fault::Kind::CutRequest:
    case Fault::Kind::CutResponse:
        return faultName(fault.kind) + QStringLiteral("(%1)").arg(fault.bytes);
    default:
        return faultName(fault.kind);
    }
}

namespace {

// Makes close() send a TCP reset instead of a FIN.
void resetSocket(QTcpSocket *s)
{
    if (!s)
        return;
    const qintptr fd = s->socketDescriptor();
    if (fd >= 0) {
        linger l{};
        l.l_onoff = 1;
        l.l_linger = 0;
        ::setsockopt(static_cast<int>(fd), SOL_SOCKET, SO_LINGER, &l, sizeof l);
    }
    s->abort();
}

const QByteArray k502 = QByteArrayLiteral(
    "HTTP/1.1 502 Bad Gateway\r\nContent-Type: text/plain\r\nContent-Length: 11\r\n"
    "Connection: close\r\n\r\nBad Gateway");

} // namespace

// Everything below runs on the proxy's thread, except the methods marked "any thread".
class FaultProxyCore : public QObject
{
public:
    FaultProxyCore() = default;

    struct Shared
    {
        mutable QMutex mutex;
        QQueue<Fault> queue;
        FaultProxy::Chooser chooser;
        std::function<void(const ProxiedRequest &)> onForwarded;
        QList<ProxiedRequest> log;
        int nextIndex = 0;
        int logBase = 0; // index of log.first()
        quint16 upstreamPort = 0;
        quint16 port = 0;
        int open = 0;
    };
    Shared shared;
    QThread thread;

    bool listen(quint16 upstream, quint16 port)
    {
        {
            QMutexLocker lock(&shared.mutex);
            shared.upstreamPort = upstream;
        }
        m_server = new QTcpServer(this);
        if (!m_server->listen(QHostAddress::LocalHost, port))
            return false;
        QObject::connect(m_server, &QTcpServer::newConnection, this, [this] { accept(); });
        QMutexLocker lock(&shared.mutex);
        shared.port = m_server->serverPort();
        return true;
    }

    void abortAll()
    {
        const auto conns = m_conns;
        for (Conn *c : conns)
            finish(c, true);
    }

    void shutdown()
    {
        abortAll();
        delete m_server;
        m_server = nullptr;
        m_dead.clear();
    }

private:
    enum class Phase { Idle, Head, Delayed, Forwarding, Swallow, AwaitResponse, Closing };

    struct Conn
    {
        int id = 0;
        QPointer<QTcpSocket> client;
        QPointer<QTcpSocket> upstream;
        QByteArray inBuf;         // client bytes not yet handled
        QByteArray toUpstream;    // request bytes held while delayed
        HttpMessageScanner request{HttpMessageScanner::Kind::Request};
        HttpMessageScanner response{HttpMessageScanner::Kind::Response};
        Phase phase = Phase::Idle;
        Fault fault;
        int logIndex = -1;       // in shared.log
        qint64 sentUp = 0;       // request bytes written upstream
        qint64 sentDown = 0;     // response bytes written to the client
        QByteArray heldResponse; // DelayResponse / DropResponse
        bool upstreamConnected = false;
        bool dead = false;
    };

    template<typename F>
    void updateLog(Conn *c, F f)
    {
        QMutexLocker lock(&shared.mutex);
        const qsizetype pos = c->logIndex - shared.logBase;
        if (c->logIndex >= 0 && pos >= 0 && pos < shared.log.size())
            f(shared.log[pos]);
    }

    void accept()
    {
        while (QTcpSocket *s = m_server->nextPendingConnection()) {
            auto *c = new Conn;
            c->id = m_nextConn++;
            c->client = s;
            s->setParent(this);
            m_conns.append(c);
            {
                QMutexLocker lock(&shared.mutex);
                ++shared.open;
            }
            QObject::connect(s, &QTcpSocket::readyRead, this, [this, c] {
                if (c->dead || !c->client)
                    return;
                c->inBuf += c->client->readAll();
                pump(c);
            });
            QObject::connect(s, &QTcpSocket::disconnected, this, [this, c] {
                if (!c->dead)
                    finish(c, false);
            });
            if (s->bytesAvailable() > 0) {
                c->inBuf += s->readAll();
                pump(c);
            }
        }
    }

    // Ends a connection pair: `hard` resets both sides, else the client gets what was written.
    void finish(Conn *c, bool hard)
    {
        if (c->dead)
            return;
        c->dead = true;
        m_conns.removeAll(c);
        {
            QMutexLocker lock(&shared.mutex);
            --shared.open;
        }
        if (c->upstream) {
            c->upstream->disconnect(this);
            if (hard)
                resetSocket(c->upstream);
            else
                c->upstream->abort();
            c->upstream->deleteLater();
        }
        if (c->client) {
            c->client->disconnect(this);
            if (hard) {
                resetSocket(c->client);
                c->client->deleteLater();
            } else {
                QTcpSocket *s = c->client;
                QObject::connect(s, &QAbstractSocket::disconnected, s, &QObject::deleteLater);
                s->disconnectFromHost(); // flushes what is written, then FIN
                if (s->state() == QAbstractSocket::UnconnectedState)
                    s->deleteLater();
            }
        }
        // Timers may still name it: the state is freed with the core.
        c->inBuf.clear();
        c->toUpstream.clear();
        c->heldResponse.clear();
        m_dead.emplace_back(c);
    }

    Fault chooseFault(const ProxiedRequest &r)
    {
        FaultProxy::Chooser chooser;
        {
            QMutexLocker lock(&shared.mutex);
            if (!shared.queue.isEmpty())
                return shared.queue.dequeue();
            chooser = shared.chooser;
        }
        return chooser ? chooser(r) : Fault{};
    }

    void ensureUpstream(Conn *c)
    {
        if (c->upstream)
            return;
        quint16 port = 0;
        {
            QMutexLocker lock(&shared.mutex);
            port = shared.upstreamPort;
        }
        auto *u = new QTcpSocket(this);
        c->upstream = u;
        QObject::connect(u, &QTcpSocket::connected, this, [this, c] {
            if (c->dead)
                return;
            c->upstreamConnected = true;
            flushUp(c);
        });
        QObject::connect(u, &QTcpSocket::readyRead, this, [this, c] {
            if (!c->dead)
                onUpstreamData(c);
        });
        QObject::connect(u, &QTcpSocket::disconnected, this, [this, c] {
            if (!c->dead)
                onUpstreamClosed(c);
        });
        QObject::connect(u, &QTcpSocket::errorOccurred, this, [this, c](QAbstractSocket::SocketError e) {
            if (c->dead)
                return;
            if (e == QAbstractSocket::RemoteHostClosedError)
                return; // `disconnected` handles it
            // Refused (server down) or broken: the client sees a reset, as behind a real proxy
            // it would see a 502; the 502 case is Fault::answer502.
            finish(c, true);
        });
        u->connectToHost(QHostAddress::LocalHost, port);
    }

    // Writes held request bytes upstream, honouring CutRequest.
    void flushUp(Conn *c)
    {
        if (!c->upstreamConnected || c->toUpstream.isEmpty() || c->phase == Phase::Delayed)
            return;
        QByteArray chunk = c->toUpstream;
        c->toUpstream.clear();
        bool cut = false;
        if (c->fault.kind == Fault::Kind::CutRequest && c->sentUp + chunk.size() >= c->fault.bytes) {
            chunk.truncate(static_cast<int>(std::max<qint64>(0, c->fault.bytes - c->sentUp)));
            cut = true;
        }
        c->upstream->write(chunk);
        c->sentUp += chunk.size();
        if (cut) {
            // The server sees EOF in the middle of the request; the client a reset.
            c->upstream->disconnect(this);
            c->upstream->disconnectFromHost();
            c->upstream->deleteLater();
            c->upstream = nullptr;
            finish(c, true);
            return;
        }
        if (c->phase == Phase::AwaitResponse && c->request.done() && c->sentUp == c->request.bytes())
            markForwarded(c);
    }

    void markForwarded(Conn *c)
    {
        ProxiedRequest copy;
        std::function<void(const ProxiedRequest &)> callback;
        {
            QMutexLocker lock(&shared.mutex);
            const qsizetype pos = c->logIndex - shared.logBase;
            if (c->logIndex < 0 || pos < 0 || pos >= shared.log.size() || shared.log[pos].forwarded)
                return;
            shared.log[pos].forwarded = true;
            copy = shared.log[pos];
            callback = shared.onForwarded;
        }
        if (callback)
            callback(copy);
    }

    void pump(Conn *c)
    {
        while (!c->dead) {
            switch (c->phase) {
            case Phase::Idle:
                if (c->inBuf.isEmpty())
                    return;
                c->request.reset();
                c->response.reset();
                c->sentUp = 0;
                c->sentDown = 0;
                c->heldResponse.clear();
                c->toUpstream.clear();
                c->logIndex = -1;
                c->phase = Phase::Head;
                break;
            case Phase::Head: {
                const qint64 used = c->request.feed(c->inBuf.constData(), c->inBuf.size());
                c->toUpstream += c->inBuf.left(static_cast<int>(used));
                c->inBuf.remove(0, static_cast<int>(used));
                if (c->request.failed()) {
                    finish(c, true);
                    return;
                }
                if (!c->request.headDone())
                    return;
                startRequest(c);
                break;
            }
            case Phase::Delayed:
                return;
            case Phase::Forwarding:
            case Phase::Swallow: {
                const qint64 used = c->request.feed(c->inBuf.constData(), c->inBuf.size());
                if (c->phase == Phase::Forwarding)
                    c->toUpstream += c->inBuf.left(static_cast<int>(used));
                c->inBuf.remove(0, static_cast<int>(used));
                updateLog(c, [&](ProxiedRequest &r) {
                    r.requestBytes = c->request.bytes();
                    r.requestComplete = c->request.done();
                });
                if (c->request.failed()) {
                    finish(c, true);
                    return;
                }
                if (c->phase == Phase::Swallow) {
                    if (!c->request.done())
                        return;
                    c->client->write(k502);
                    finish(c, false);
                    return;
                }
                if (c->request.done())
                    c->phase = Phase::AwaitResponse;
                ensureUpstream(c);
                flushUp(c);
                if (c->phase != Phase::AwaitResponse)
                    return;
                break;
            }
            case Phase::AwaitResponse:
            case Phase::Closing:
                return; // the next request waits for this response
            }
        }
    }

    void startRequest(Conn *c)
    {
        ProxiedRequest r;
        r.connection = c->id;
        r.method = c->request.method();
        r.target = c->request.target();
        r.requestBytes = c->request.bytes();
        r.requestComplete = c->request.done();
        {
            QMutexLocker lock(&shared.mutex);
            r.index = shared.nextIndex++;
        }
        r.fault = chooseFault(r);
        c->fault = r.fault;
        {
            QMutexLocker lock(&shared.mutex);
            c->logIndex = r.index;
            shared.log.append(r);
        }
        c->response.reset(r.method == "HEAD");
        switch (c->fault.kind) {
        case Fault::Kind::Reset:
            finish(c, true);
            return;
        case Fault::Kind::Answer502:
            c->toUpstream.clear();
            c->phase = Phase::Swallow;
            return;
        case Fault::Kind::Delay: {
            c->phase = Phase::Delayed;
            QTimer::singleShot(c->fault.delayMs, this, [this, c] {
                if (c->dead)
                    return;
                c->phase = Phase::Forwarding;
                pump(c);
            });
            ensureUpstream(c);
            return;
        }
        default:
            c->phase = Phase::Forwarding;
            return;
        }
    }

    void onUpstreamData(Conn *c)
    {
        QByteArray data = c->upstream->readAll();
        if (c->phase != Phase::AwaitResponse && c->phase != Phase::Forwarding) {
            return; // unsolicited bytes: drop
        }
        const qint64 used = c->response.feed(data.constData(), data.size());
        data.truncate(static_cast<int>(used)); // anything after the response is not ours
        if (c->response.failed()) {
            finish(c, true);
            return;
        }
        if (c->response.headDone())
            updateLog(c, [&](ProxiedRequest &r) { r.status = c->response.status(); });
        deliver(c, data);
    }

    void onUpstreamClosed(Conn *c)
    {
        c->response.endOfStream();
        if (c->response.done() && c->phase == Phase::AwaitResponse) {
            deliver(c, {});
            return;
        }
        // The server went away mid-exchange (or while idle): the client sees it too.
        if (c->phase == Phase::Idle)
            finish(c, false);
        else
            finish(c, true);
    }

    void deliver(Conn *c, const QByteArray &data)
    {
        const bool complete = c->response.done();
        switch (c->fault.kind) {
        case Fault::Kind::DropResponse:
            if (complete) {
                updateLog(c, [](ProxiedRequest &r) { r.responseComplete = true; });
                finish(c, true);
            }
            return;
        case Fault::Kind::DelayResponse:
            c->heldResponse += data;
            if (complete) {
                updateLog(c, [](ProxiedRequest &r) { r.responseComplete = true; });
                c->phase = Phase::Closing;
                QTimer::singleShot(c->fault.delayMs, this, [this, c] {
                    if (c->dead)
                        return;
                    c->client->write(c->heldResponse);
                    responseDone(c);
                });
            }
            return;
        case Fault::Kind::CutResponse: {
            const qint64 room = std::max<qint64>(0, c->fault.bytes - c->sentDown);
            c->client->write(data.left(static_cast<int>(std::min<qint64>(room, data.size()))));
            c->sentDown += std::min<qint64>(room, data.size());
            if (c->sentDown >= c->fault.bytes) {
                finish(c, false); // EOF after the first bytes
                return;
            }
            if (complete) { // shorter than the cut: passes whole
                updateLog(c, [](ProxiedRequest &r) { r.responseComplete = true; });
                responseDone(c);
            }
            return;
        }
        default:
            c->client->write(data);
            c->sentDown += data.size();
            if (complete) {
                updateLog(c, [](ProxiedRequest &r) { r.responseComplete = true; });
                responseDone(c);
            }
            return;
        }
    }

    void responseDone(Conn *c)
    {
        updateLog(c, [](ProxiedRequest &r) { r.delivered = true; });
        if (c->response.connectionClose() || c->request.connectionClose()) {
            finish(c, false);
            return;
        }
        c->phase = Phase::Idle;
        pump(c);
    }

    QTcpServer *m_server = nullptr;
    QList<Conn *> m_conns;
    std::vector<std::unique_ptr<Conn>> m_dead;
    int m_nextConn = 0;
};

FaultProxy::FaultProxy() : m_core(std::make_unique<FaultProxyCore>())
{
    m_core->thread.setObjectName(QStringLiteral("FaultProxy"));
    m_core->moveToThread(&m_core->thread);
    m_core->thread.start();
}

FaultProxy::~FaultProxy()
{
    QMetaObject::invokeMethod(m_core.get(), [this] { m_core->shutdown(); }, Qt::BlockingQueuedConnection);
    m_core->thread.quit();
    m_core->thread.wait();
    // Deferred deletes of the sockets run when the thread's event loop ends; the core goes now.
}

bool FaultProxy::listen(quint16 upstreamPort, quint16 port)
{
    bool ok = false;
    QMetaObject::invokeMethod(
        m_core.get(), [&] { ok = m_core->listen(upstreamPort, port); }, Qt::BlockingQueuedConnection);
    return ok;
}

void FaultProxy::setUpstreamPort(quint16 upstreamPort)
{
    QMutexLocker lock(&m_core->shared.mutex);
    m_core->shared.upstreamPort = upstreamPort;
}

quint16 FaultProxy::upstreamPort() const
{
    QMutexLocker lock(&m_core->shared.mutex);
    return m_core->shared.upstreamPort;
}

quint16 FaultProxy::port() const
{
    QMutexLocker lock(&m_core->shared.mutex);
    return m_core->shared.port;
}

QString FaultProxy::baseUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(port());
}

void FaultProxy::enqueue(const Fault &fault)
{
    QMutexLocker lock(&m_core->shared.mutex);
    m_core->shared.queue.enqueue(fault);
}

void FaultProxy::enqueue(const QList<Fault> &faults)
{
    QMutexLocker lock(&m_core->shared.mutex);
    for (const Fault &f : faults)
        m_core->shared.queue.enqueue(f);
}

int FaultProxy::queuedFaults() const
{
    QMutexLocker lock(&m_core->shared.mutex);
    return static_cast<int>(m_core->shared.queue.size());
}

void FaultProxy::setChooser(Chooser chooser)
{
    QMutexLocker lock(&m_core->shared.mutex);
    m_core->shared.chooser = std::move(chooser);
}

void FaultProxy::setOnForwarded(std::function<void(const ProxiedRequest &)> callback)
{
    QMutexLocker lock(&m_core->shared.mutex);
    m_core->shared.onForwarded = std::move(callback);
}

void FaultProxy::clearFaults()
{
    QMutexLocker lock(&m_core->shared.mutex);
    m_core->shared.queue.clear();
    m_core->shared.chooser = nullptr;
    m_core->shared.onForwarded = nullptr;
}

void FaultProxy::abortAll()
{
    QMetaObject::invokeMethod(m_core.get(), [this] { m_core->abortAll(); }, Qt::BlockingQueuedConnection);
}

int FaultProxy::openConnections() const
{
    QMutexLocker lock(&m_core->shared.mutex);
    return m_core->shared.open;
}

QList<ProxiedRequest> FaultProxy::requests() const
{
    QMutexLocker lock(&m_core->shared.mutex);
    return m_core->shared.log;
}

int FaultProxy::requestCount() const
{
    QMutexLocker lock(&m_core->shared.mutex);
    return m_core->shared.nextIndex;
}

void FaultProxy::clearLog()
{
    QMutexLocker lock(&m_core->shared.mutex);
    m_core->shared.log.clear();
    m_core->shared.logBase = m_core->shared.nextIndex;
}

} // namespace cet::test
