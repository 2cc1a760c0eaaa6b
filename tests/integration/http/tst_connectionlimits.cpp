// cet-central under a flood of slow or idle clients: the real executable on 127.0.0.1 with small
// limits (--max-connections, --max-queued, --idle-timeout, --request-timeout). Connections over the
// cap and requests over the queue are answered 503 with Retry-After and the code server.busy;
// idle keep-alive connections and stalled requests are closed; the server serves again once the
// flood is gone.

#include "CentralProcess.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>
#include <vector>

using namespace cet::test;

namespace {

constexpr int kMaxConnections = 6;
constexpr int kMaxQueued = 3;
const QByteArray kRequest = "GET /api/v1/nothing HTTP/1.1\r\nHost: x\r\n\r\n";

// The status codes of the HTTP answers in `bytes`, in order.
QList<int> statuses(const QByteArray &bytes)
{
    QList<int> out;
    for (qsizetype at = bytes.indexOf("HTTP/1.1 "); at >= 0; at = bytes.indexOf("HTTP/1.1 ", at + 1))
        out.append(bytes.mid(at + 9, 3).toInt());
    return out;
}

// Reads from `socket` until `answers` whole answers (or the connection's end) arrived.
QByteArray readAnswers(QTcpSocket &socket, int answers, int timeoutMs = 10000)
{
    QByteArray got;
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < timeoutMs) {
        got += socket.readAll();
        if (statuses(got).size() >= answers && got.endsWith('}'))
            break;
        if (socket.state() != QAbstractSocket::ConnectedState && socket.bytesAvailable() == 0)
            break;
        socket.waitForReadyRead(100);
    }
    return got + socket.readAll();
}

std::unique_ptr<QTcpSocket> connectTo(const QUrl &base)
{
    auto socket = std::make_unique<QTcpSocket>();
    socket->connectToHost(base.host(), quint16(base.port()));
    if (!socket->waitForConnected(5000))
        return nullptr;
    return socket;
}

// Waits until the server closes `socket`; false when it is still open after `timeoutMs`.
bool closedByServer(QTcpSocket &socket, int timeoutMs)
{
    if (socket.state() == QAbstractSocket::UnconnectedState)
        return true;
    return QTest::qWaitFor([&socket] {
        socket.readAll();
        return socket.state() == QAbstractSocket::UnconnectedState;
    }, timeoutMs);
}

} // namespace

class TstConnectionLimits : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void idleKeepAliveCloses();
    void slowClientsFloodIsCapped();
    void burstOverTheQueueIsTurnedAway();
    void badLimitsAreRefused();
    void connectionBurstWaitsInTheBacklog();

private:
    bool serves();

    QTemporaryDir m_dir;
    TestDatabase m_db;
    CentralProcess m_server;
};

void TstConnectionLimits::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    QVERIFY2(m_db.create(m_dir.path(), &error), qPrintable(error));
    const auto migrate = CentralProcess::run({ QStringLiteral("migrate"), QStringLiteral("--db"), m_db.url() });
    QVERIFY2(migrate.exitCode == 0, qPrintable(migrate.err));
    // One worker, so that a pipelined burst waits for it; limits small enough to reach in a test.
    QVERIFY2(m_server.start({ QStringLiteral("serve"), QStringLiteral("--db"), m_db.url(), QStringLiteral("--listen"),
                 QStringLiteral("127.0.0.1:0"), QStringLiteral("--threads"), QStringLiteral("1"),
                 QStringLiteral("--max-connections"), QString::number(kMaxConnections), QStringLiteral("--max-queued"),
                 QString::number(kMaxQueued), QStringLiteral("--idle-timeout"), QStringLiteral("1"),
                 QStringLiteral("--request-timeout"), QStringLiteral("2") }),
        qPrintable(m_server.output()));
}

void TstConnectionLimits::cleanupTestCase()
{
    m_server.kill();
}

bool TstConnectionLimits::serves()
{
    auto socket = connectTo(m_server.baseUrl());
    if (!socket)
        return false;
    socket->write(kRequest);
    return statuses(readAnswers(*socket, 1)) == QList<int> { 404 };
}

void TstConnectionLimits::idleKeepAliveCloses()
{
    // A kept-alive connection after its answer, and one that never asks anything: both are closed
    // once quiet for the idle timeout (1 s), not left to hold a slot forever.
    auto used = connectTo(m_server.baseUrl());
    auto silent = connectTo(m_server.baseUrl());
    QVERIFY(used && silent);
    used->write(kRequest);
    QCOMPARE(statuses(readAnswers(*used, 1)), QList<int> { 404 });
    QElapsedTimer clock;
    clock.start();
    QVERIFY2(closedByServer(*used, 8000), "an idle keep-alive connection stays open");
    QVERIFY2(closedByServer(*silent, 8000), "a connection that never sent a request stays open");
    QVERIFY2(clock.elapsed() >= 500, "closed before it was idle for the timeout");

    // A connection that keeps asking is not idle: five requests 400 ms apart on one connection.
    auto busy = connectTo(m_server.baseUrl());
    QVERIFY(busy);
    for (int i = 0; i < 5; ++i) {
        busy->write(kRequest);
        QCOMPARE(statuses(readAnswers(*busy, 1)), QList<int> { 404 });
        QTest::qWait(400);
    }
    QCOMPARE(busy->state(), QAbstractSocket::ConnectedState);
}

void TstConnectionLimits::slowClientsFloodIsCapped()
{
    QTest::qWait(1500); // the earlier tests' connections have been idle long enough to be closed
    // Slow clients (slowloris) take every slot with half a request each.
    std::vector<std::unique_ptr<QTcpSocket>> slow;
    for (int i = 0; i < kMaxConnections; ++i) {
        auto socket = connectTo(m_server.baseUrl());
        QVERIFY(socket);
        socket->write("GET /api/v1/nothing HTTP/1.1\r\nHost: x\r\n");
        QVERIFY(socket->waitForBytesWritten(2000));
        slow.push_back(std::move(socket));
    }
    QTest::qWait(200); // the server adopts them in order; the next one is over the cap

    // One more client is told to come back later, at once, instead of waiting or being dropped.
    auto extra = connectTo(m_server.baseUrl());
    QVERIFY(extra);
    extra->write(kRequest);
    const QByteArray answer = readAnswers(*extra, 1);
    QCOMPARE(statuses(answer), QList<int> { 503 });
    QVERIFY2(answer.contains("\r\nRetry-After: "), answer.constData());
    const QJsonObject error = QJsonDocument::fromJson(answer.mid(answer.indexOf("\r\n\r\n") + 4))
                                  .object()
                                  .value(QStringLiteral("error"))
                                  .toObject();
    QCOMPARE(error.value(QStringLiteral("code")).toString(), QStringLiteral("server.busy"));
    QVERIFY(error.value(QStringLiteral("retry_after")).toInt() >= 1);
    QVERIFY(closedByServer(*extra, 5000));

    // The stalled requests lose their connections after the request timeout (2 s) …
    for (auto &socket : slow)
        QVERIFY2(closedByServer(*socket, 8000), "a stalled half request keeps its connection");
    // … and the server serves again.
    QVERIFY(QTest::qWaitFor([this] { return serves(); }, 5000));
}

void TstConnectionLimits::burstOverTheQueueIsTurnedAway()
{
    // Ten requests in one write on one connection. QHttpServer takes one request per turn of the
    // event loop, so the first one is slow on purpose: a failed sign-in writes its throttle row and
    // audit entry in a transaction, while the server reads the nine after it in microseconds. The
    // one worker is still busy when the fourth arrives: kMaxQueued are handed on, the rest are
    // answered 503 with Retry-After at once, in request order, until the worker catches up.
    auto socket = connectTo(m_server.baseUrl());
    QVERIFY(socket);
    const QByteArray login = R"({"user": "ghost", "password": "wrong-and-slow"})";
    QByteArray burst = "POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                       "Content-Length: "
        + QByteArray::number(login.size()) + "\r\n\r\n" + login;
    for (int i = 1; i < 10; ++i)
        burst += kRequest;
    socket->write(burst);
    const QByteArray answer = readAnswers(*socket, 10);
    const QList<int> got = statuses(answer);
    QCOMPARE(got.size(), 10);
    QCOMPARE(got.at(0), 401);
    QCOMPARE(got.mid(1, kMaxQueued - 1), QList<int>(kMaxQueued - 1, 404));
    const qsizetype busy = got.count(503);
    QVERIFY2(busy > 0, "a burst beyond the queue was queued, not turned away");
    QCOMPARE(got.count(404) + busy, qsizetype(9));
    QCOMPARE(answer.count("\r\nRetry-After: "), busy);
    // Once the worker is done the same connection is served again.
    socket->write(kRequest);
    QCOMPARE(statuses(readAnswers(*socket, 1)), QList<int> { 404 });
}

void TstConnectionLimits::badLimitsAreRefused()
{
    for (const QString &option : { QStringLiteral("--max-connections"), QStringLiteral("--max-queued"),
                                   QStringLiteral("--idle-timeout"), QStringLiteral("--request-timeout") }) {
        const auto run = CentralProcess::run({ QStringLiteral("serve"), QStringLiteral("--db"), m_db.url(),
                                               QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), option,
                                               QStringLiteral("0") });
        QVERIFY2(run.exitCode != 0, qPrintable(option));
        QVERIFY2(run.err.contains(option), qPrintable(run.err));
    }
}

void TstConnectionLimits::connectionBurstWaitsInTheBacklog()
{
#ifndef Q_OS_UNIX
    QSKIP("pauses the server with SIGSTOP");
#else
    // Registration opening: hundreds of clients connect within the same moment. The kernel holds
    // the connections the server has not accepted yet in the listen backlog; with Qt's default
    // backlog (50) the requests beyond it were dropped and each of those clients waited a second
    // for its retransmission. A paused server accepts nothing, so every connection that completes
    // here completed into the backlog.
    constexpr int kBurst = 300;
    CentralProcess server;
    QVERIFY2(server.start({ QStringLiteral("serve"), QStringLiteral("--db"), m_db.url(), QStringLiteral("--listen"),
                 QStringLiteral("127.0.0.1:0") }),
        qPrintable(server.output()));
    QVERIFY(server.pause());
    std::vector<std::unique_ptr<QTcpSocket>> sockets;
    for (int i = 0; i < kBurst; ++i) {
        sockets.push_back(std::make_unique<QTcpSocket>());
        sockets.back()->connectToHost(server.baseUrl().host(), quint16(server.baseUrl().port()));
    }
    const auto connected = [&sockets] {
        return int(std::count_if(sockets.begin(), sockets.end(),
            [](const auto &s) { return s->state() == QAbstractSocket::ConnectedState; }));
    };
    // Loopback handshakes take microseconds; a dropped one is retried only after a second.
    (void)QTest::qWaitFor([&] { return connected() == kBurst; }, 900);
    const int inBacklog = connected();
    QVERIFY(server.resume());
    QCOMPARE(inBacklog, kBurst);
    // And the server, let go, answers them.
    sockets.front()->write(kRequest);
    QCOMPARE(statuses(readAnswers(*sockets.front(), 1)), QList<int> { 404 });
#endif
}

QTEST_GUILESS_MAIN(TstConnectionLimits)
#include "tst_connectionlimits.moc"
