#include "KeepAliveLoad.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>
#include <memory>
#include <vector>

namespace cet::test {

namespace {

struct Connection
{
    std::unique_ptr<QTcpSocket> socket;
    QList<QByteArray> authorizations; // in turn, one per cycle
    qsizetype nextAuthorization = 0;
    QByteArray authorization;
    QByteArray buffer;
    int step = 0;
    qint64 sentAtNs = 0;
    qint64 dueNs = 0; // when the next cycle is due (fixed rate)
    bool done = false;
};

// The length of the first complete response in `buffer` and its status, or 0 while incomplete.
qsizetype completeResponse(const QByteArray &buffer, int *status)
{
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return 0;
    const QByteArray head = buffer.left(headerEnd).toLower();
    *status = head.mid(9, 3).toInt();
    qint64 length = 0;
    const qsizetype at = head.indexOf("\r\ncontent-length:");
    if (at >= 0) {
        const qsizetype lineEnd = head.indexOf("\r\n", at + 2);
        length = head.mid(at + 17, (lineEnd < 0 ? head.size() : lineEnd) - at - 17).trimmed().toLongLong();
    }
    const qsizetype total = headerEnd + 4 + length;
    return buffer.size() >= total ? total : 0;
}

} // namespace

LoadResult runKeepAliveLoad(const QHostAddress &host, quint16 port, const QList<QByteArray> &authorizations,
                            const QList<LoadStep> &script, const LoadPlan &plan)
{
    LoadResult result;
    if (script.isEmpty() || authorizations.isEmpty())
        return result;
    QEventLoop loop;
    QElapsedTimer clock;
    const qint64 endNs = qint64(plan.seconds) * 1000 * 1000 * 1000;
    const bool shared = plan.connections > 0;
    const qsizetype connectionCount = shared ? std::min<qsizetype>(plan.connections, authorizations.size())
                                             : authorizations.size();
    // At a fixed rate each connection runs one cycle every `periodNs`, the connections spread evenly.
    const qint64 periodNs
        = plan.cyclesPerSecond > 0 ? qint64(double(connectionCount) * 1e9 / plan.cyclesPerSecond) : 0;
    const QByteArray hostHeader = "Host: " + host.toString().toLatin1() + ':' + QByteArray::number(port) + "\r\n";
    std::vector<Connection> connections(static_cast<size_t>(connectionCount));
    int active = 0;

    const auto finish = [&](Connection &c) {
        if (c.done)
            return;
        c.done = true;
        c.socket->disconnect();
        c.socket->abort();
        if (--active == 0)
            loop.quit();
    };
    const auto send = [&](Connection &c) {
        const LoadStep &s = script.at(c.step);
        QByteArray request = s.method + ' ' + s.path + " HTTP/1.1\r\n" + hostHeader + "Authorization: "
            + c.authorization + "\r\n";
        if (!s.body.isEmpty())
            request += "Content-Type: application/json\r\n";
        request += "Content-Length: " + QByteArray::number(s.body.size()) + "\r\n\r\n" + s.body;
        c.sentAtNs = (periodNs > 0 && c.step == 0) ? c.dueNs : clock.nsecsElapsed();
        c.socket->write(request);
    };
    const auto startCycle = [&](Connection &c) {
        c.authorization = c.authorizations.at(c.nextAuthorization);
        c.nextAuthorization = (c.nextAuthorization + 1) % c.authorizations.size();
        if (periodNs == 0) {
            send(c);
            return;
        }
        const qint64 waitNs = c.dueNs - clock.nsecsElapsed();
        if (waitNs <= 0) {
            send(c);
            return;
        }
        QTimer::singleShot(int((waitNs + 999999) / 1000000), Qt::PreciseTimer, c.socket.get(), [&send, &c] {
            send(c);
        });
    };
    const auto answered = [&](Connection &c) {
        c.buffer += c.socket->readAll();
        int status = 0;
        while (const qsizetype n = completeResponse(c.buffer, &status)) {
            const LoadStep &s = script.at(c.step);
            if (status != s.expectedStatus) {
                if (result.errors++ == 0)
                    result.firstError = c.buffer.left(n);
            } else if (s.timed) {
                result.latenciesMs << double(clock.nsecsElapsed() - c.sentAtNs) / 1e6;
            }
            c.buffer.remove(0, n);
            if (++c.step == script.size()) {
                c.step = 0;
                ++result.completedCycles;
                c.dueNs += periodNs;
                if (clock.nsecsElapsed() >= endNs || (shared && c.nextAuthorization == 0)) {
                    finish(c);
                    return;
                }
                startCycle(c);
                continue;
            }
            send(c);
        }
    };

    clock.start();
    for (qsizetype i = 0; i < connectionCount; ++i) {
        Connection &c = connections[size_t(i)];
        for (qsizetype a = i; a < authorizations.size(); a += connectionCount)
            c.authorizations << authorizations.at(a);
        c.dueNs = periodNs * i / connectionCount;
        c.socket = std::make_unique<QTcpSocket>();
        QTcpSocket *socket = c.socket.get();
        QObject::connect(socket, &QTcpSocket::connected, socket, [&, socket, &c = c] {
            socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
            startCycle(c);
        });
        QObject::connect(socket, &QTcpSocket::readyRead, socket, [&, &c = c] { answered(c); });
        QObject::connect(socket, &QTcpSocket::disconnected, socket, [&, &c = c] {
            if (c.done)
                return;
            if (result.errors++ == 0)
                result.firstError = "the server closed the connection";
            finish(c);
        });
        QObject::connect(socket, &QTcpSocket::errorOccurred, socket, [&, &c = c] {
            if (c.done)
                return;
            if (result.errors++ == 0)
                result.firstError = c.socket->errorString().toUtf8();
            finish(c);
        });
        ++active;
        socket->connectToHost(host, port);
    }
    loop.exec();
    result.elapsedSeconds = double(clock.nsecsElapsed()) / 1e9;
    return result;
}

} // namespace cet::test
