// FaultProxy (tests/support): every fault does what it says, HTTP/1.1 framing (Content-Length,
// chunked, keep-alive) is followed, requests are counted. The upstream is a tiny HTTP server on
// its own thread that counts the complete requests it received ("commits").

#include "FaultProxy.h"
#include "FaultProxyHttp.h"

#include <QAtomicInt>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QThread>
#include <QUrl>

using cet::test::Fault;
using cet::test::FaultProxy;
using cet::test::HttpMessageScanner;

namespace {

// Answers every request with 200 and body "ok <n> <target>" (n = requests so far), chunked when
// the target contains "chunked", with `size` bytes of 'x' for "/big?size".
class Upstream : public QObject
{
public:
    QAtomicInt commits;
    QThread thread;
    quint16 port = 0;

    bool start()
    {
        moveToThread(&thread);
        thread.start();
        bool ok = false;
        QMetaObject::invokeMethod(this, [&] {
            m_server = new QTcpServer(this);
            ok = m_server->listen(QHostAddress::LocalHost, 0);
            port = m_server->serverPort();
            connect(m_server, &QTcpServer::newConnection, this, [this] { accept(); });
        }, Qt::BlockingQueuedConnection);
        return ok;
    }
    void stop()
    {
        QMetaObject::invokeMethod(this, [this] {
            delete m_server;
            m_server = nullptr;
            const auto kids = findChildren<QTcpSocket *>();
            for (QTcpSocket *s : kids)
                s->abort();
        }, Qt::BlockingQueuedConnection);
        thread.quit();
        thread.wait();
    }

private:
    void accept()
    {
        while (QTcpSocket *s = m_server->nextPendingConnection()) {
            s->setParent(this);
            auto scanner = std::make_shared<HttpMessageScanner>(HttpMessageScanner::Kind::Request);
            auto buf = std::make_shared<QByteArray>();
            connect(s, &QTcpSocket::readyRead, this, [this, s, scanner, buf] {
                *buf += s->readAll();
                while (!buf->isEmpty()) {
                    const qint64 used = scanner->feed(buf->constData(), buf->size());
                    buf->remove(0, static_cast<int>(used));
                    if (scanner->failed()) {
                        s->abort();
                        return;
                    }
                    if (!scanner->done())
                        return;
                    const int n = commits.fetchAndAddOrdered(1) + 1;
                    answer(s, n, scanner->target());
                    scanner->reset();
                }
            });
            connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
        }
    }
    static void answer(QTcpSocket *s, int n, const QByteArray &target)
    {
        QByteArray body = "ok " + QByteArray::number(n) + ' ' + target;
        if (target.startsWith("/big?"))
            body = QByteArray(target.mid(5).toInt(), 'x');
        if (target.contains("chunked")) {
            QByteArray out = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n";
            for (int i = 0; i < body.size(); i += 7) {
                const QByteArray part = body.mid(i, 7);
                out += QByteArray::number(part.size(), 16) + "\r\n" + part + "\r\n";
            }
            out += "0\r\nX-Trailer: 1\r\n\r\n";
            s->write(out);
        } else {
            s->write("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: "
                     + QByteArray::number(body.size()) + "\r\n\r\n" + body);
        }
    }
    QTcpServer *m_server = nullptr;
};

QByteArray get(const QByteArray &target)
{
    return "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
}
QByteArray post(const QByteArray &target, const QByteArray &body)
{
    return "POST " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: "
           + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

// A raw client: sends, reads until one response is complete, EOF, or an error.
struct Exchange
{
    QByteArray data;
    bool complete = false;
    bool closed = false;   // EOF or reset
    QAbstractSocket::SocketError error = QAbstractSocket::UnknownSocketError;
    int status = 0;
};

Exchange readResponse(QTcpSocket &s, int timeoutMs = 5000)
{
    Exchange ex;
    HttpMessageScanner scanner(HttpMessageScanner::Kind::Response);
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (s.bytesAvailable() == 0 && !s.waitForReadyRead(50)) {
            if (s.state() != QAbstractSocket::ConnectedState) {
                ex.closed = true;
                ex.error = s.error();
                break;
            }
            continue;
        }
        const QByteArray chunk = s.readAll();
        ex.data += chunk;
        scanner.feed(chunk.constData(), chunk.size());
        if (scanner.done()) {
            ex.complete = true;
            break;
        }
    }
    ex.status = scanner.status();
    return ex;
}

Exchange roundTrip(QTcpSocket &s, const QByteArray &request)
{
    s.write(request);
    s.waitForBytesWritten(2000);
    return readResponse(s);
}

bool connectTo(QTcpSocket &s, quint16 port)
{
    s.connectToHost(QHostAddress::LocalHost, port);
    return s.waitForConnected(5000);
}

} // namespace

class TestFaultProxy : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_up = std::make_unique<Upstream>();
        QVERIFY(m_up->start());
        m_proxy = std::make_unique<FaultProxy>();
        QVERIFY(m_proxy->listen(m_up->port));
        QVERIFY(m_proxy->port() != 0);
        QVERIFY(m_proxy->port() != m_up->port);
    }
    void cleanup()
    {
        m_proxy.reset();
        m_up->stop();
        m_up.reset();
    }

    void scannerContentLengthAndChunked()
    {
        const QByteArray two = post("/a", "hello") + get("/b");
        HttpMessageScanner req(HttpMessageScanner::Kind::Request);
        // Byte by byte: the first message ends exactly after "hello".
        qint64 used = 0;
        for (int i = 0; i < two.size() && !req.done(); ++i)
            used += req.feed(two.constData() + i, 1);
        QVERIFY(req.done());
        QCOMPARE(req.method(), QByteArray("POST"));
        QCOMPARE(req.target(), QByteArray("/a"));
        QCOMPARE(used, qint64(post("/a", "hello").size()));
        req.reset();
        QCOMPARE(req.feed(two.constData() + used, two.size() - used), two.size() - used);
        QVERIFY(req.done());
        QCOMPARE(req.target(), QByteArray("/b"));

        const QByteArray chunked = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                                   "5;ext=1\r\nhello\r\n0\r\nTrailer: x\r\n\r\nNEXT";
        HttpMessageScanner resp(HttpMessageScanner::Kind::Response);
        QCOMPARE(resp.feed(chunked.constData(), chunked.size()), chunked.size() - 4);
        QVERIFY(resp.done());
        QCOMPARE(resp.status(), 200);

        const QByteArray interim = "HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 204 No Content\r\n\r\n";
        resp.reset();
        QCOMPARE(resp.feed(interim.constData(), interim.size()), interim.size());
        QVERIFY(resp.done());
        QCOMPARE(resp.status(), 204);

        const QByteArray untilClose = "HTTP/1.0 200 OK\r\n\r\nabc";
        resp.reset();
        resp.feed(untilClose.constData(), untilClose.size());
        QVERIFY(!resp.done());
        resp.endOfStream();
        QVERIFY(resp.done());

        HttpMessageScanner bad(HttpMessageScanner::Kind::Request);
        const QByteArray junk = "NOT HTTP\r\n\r\n";
        bad.feed(junk.constData(), junk.size());
        QVERIFY(bad.failed());
    }

    void passKeepsConnectionAndCounts()
    {
        QTcpSocket s;
        QVERIFY(connectTo(s, m_proxy->port()));
        const Exchange a = roundTrip(s, post("/api/one", "{\"x\":1}"));
        QVERIFY(a.complete);
        QCOMPARE(a.status, 200);
        QVERIFY(a.data.endsWith("ok 1 /api/one"));
        const Exchange b = roundTrip(s, get("/api/two"));
        QVERIFY(b.complete);
        QVERIFY(b.data.endsWith("ok 2 /api/two"));
        const Exchange c = roundTrip(s, get("/chunked/three"));
        QVERIFY(c.complete);
        QVERIFY(c.data.contains("X-Trailer: 1"));

        QCOMPARE(m_proxy->requestCount(), 3);
        const auto log = m_proxy->requests();
        QCOMPARE(log.size(), 3);
        for (const auto &r : log) {
            QCOMPARE(r.connection, 0);
            QVERIFY(r.forwarded);
            QVERIFY(r.delivered);
            QCOMPARE(r.status, 200);
        }
        QCOMPARE(log[0].method, QByteArray("POST"));
        QCOMPARE(log[1].target, QByteArray("/api/two"));
        QCOMPARE(m_up->commits.loadAcquire(), 3);
    }

    void dropResponseAfterCommit()
    {
        m_proxy->enqueue(Fault::dropResponse());
        QTcpSocket s;
        QVERIFY(connectTo(s, m_proxy->port()));
        const Exchange ex = roundTrip(s, post("/api/v1/sync/push", "{\"ops\":[]}"));
        QVERIFY(!ex.complete);
        QVERIFY(ex.closed);
        QVERIFY(ex.data.isEmpty());
        QCOMPARE(m_up->commits.loadAcquire(), 1); // the server did get it
        const auto r = m_proxy->requests().value(0);
        QVERIFY(r.forwarded);
        QVERIFY(r.responseComplete);
        QVERIFY(!r.delivered);
        QCOMPARE(r.status, 200);

        // The next connection passes again.
        QTcpSocket s2;
        QVERIFY(connectTo(s2, m_proxy->port()));
        const Exchange again = roundTrip(s2, post("/api/v1/sync/push", "{\"ops\":[]}"));
        QVERIFY(again.complete);
        QVERIFY(again.data.endsWith("ok 2 /api/v1/sync/push"));
    }

    void cutRequestNeverReachesServer()
    {
        const QByteArray body(5000, 'b');
        m_proxy->enqueue(Fault::cutRequest(100));
        QTcpSocket s;
        QVERIFY(connectTo(s, m_proxy->port()));
        const Exchange ex = roundTrip(s, post("/api/v1/sync/push", body));
        QVERIFY(!ex.complete);
        QVERIFY(ex.closed);
        QTest::qWait(100);
        QCOMPARE(m_up->commits.loadAcquire(), 0);
        const auto r = m_proxy->requests().value(0);
        QVERIFY(!r.forwarded);
        QCOMPARE(r.status, 0);
    }

    void cutResponseAfterBytes()
    {
        m_proxy->enqueue(Fault::cutResponse(20));
        QTcpSocket s;
        QVERIFY(connectTo(s, m_proxy->port()));
        const Exchange ex = roundTrip(s, get("/big?5000"));
        QVERIFY(!ex.complete);
        QVERIFY(ex.closed);
        QCOMPARE(ex.data.size(), 20);
        QVERIFY(ex.data.startsWith("HTTP/1.1 200 OK"));
        QCOMPARE(m_up->commits.loadAcquire(), 1);
    }

    void resetAndAnswer502()
    {
        m_proxy->enqueue({Fault::reset(), Fault::answer502()});
        {
            QTcpSocket s;
            QVERIFY(connectTo(s, m_proxy->port()));
            const Exchange ex = roundTrip(s, get("/a"));
            QVERIFY(ex.closed);
            QVERIFY(ex.data.isEmpty());
        }
        {
            QTcpSocket s;
            QVERIFY(connectTo(s, m_proxy->port()));
            const Exchange ex = roundTrip(s, post("/b", QByteArray(3000, 'q')));
            QVERIFY(ex.complete);
            QCOMPARE(ex.status, 502);
            QVERIFY(ex.data.endsWith("Bad Gateway"));
        }
        QCOMPARE(m_up->commits.loadAcquire(), 0);
        QCOMPARE(m_proxy->requestCount(), 2);
        QCOMPARE(m_proxy->queuedFaults(), 0);
    }

    void delaysHoldButPass()
    {
        m_proxy->enqueue({Fault::delay(150), Fault::delayResponse(150)});
        QTcpSocket s;
        QVERIFY(connectTo(s, m_proxy->port()));
        QElapsedTimer t;
        t.start();
        const Exchange a = roundTrip(s, get("/one"));
        QVERIFY(a.complete);
        QVERIFY(t.elapsed() >= 140); // held at least that long (a lower bound, not a speed claim)
        t.restart();
        const Exchange b = roundTrip(s, get("/two"));
        QVERIFY(b.complete);
        QVERIFY(b.data.endsWith("ok 2 /two"));
        QVERIFY(t.elapsed() >= 140);
    }

    void chooserAndForwardCallback()
    {
        QAtomicInt forwarded;
        m_proxy->setChooser([](const cet::test::ProxiedRequest &r) {
            return r.target.contains("fail") ? Fault::answer502() : Fault::pass();
        });
        m_proxy->setOnForwarded([&](const cet::test::ProxiedRequest &) { forwarded.fetchAndAddOrdered(1); });
        QTcpSocket s;
        QVERIFY(connectTo(s, m_proxy->port()));
        QCOMPARE(roundTrip(s, get("/ok")).status, 200);
        QCOMPARE(roundTrip(s, get("/fail")).status, 502);
        QCOMPARE(forwarded.loadAcquire(), 1);
        m_proxy->clearFaults();
        QTcpSocket s2;
        QVERIFY(connectTo(s2, m_proxy->port()));
        QCOMPARE(roundTrip(s2, get("/fail")).status, 200);
    }

    void qnamThroughProxyLargeBodies()
    {
        QNetworkAccessManager nam;
        const QUrl base(m_proxy->baseUrl());
        for (const QByteArray &target : {QByteArray("/big?1048576"), QByteArray("/big-chunked?x")}) {
            QNetworkReply *reply = nam.get(QNetworkRequest(base.resolved(QUrl(QString::fromLatin1(target)))));
            QSignalSpy done(reply, &QNetworkReply::finished);
            QVERIFY(done.wait(10000));
            QCOMPARE(reply->error(), QNetworkReply::NoError);
            if (target.startsWith("/big?"))
                QCOMPARE(reply->readAll(), QByteArray(1048576, 'x'));
            else
                QVERIFY(reply->readAll().startsWith("ok "));
            reply->deleteLater();
        }
        QNetworkRequest postRequest(base.resolved(QUrl(QStringLiteral("/upload"))));
        postRequest.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        QNetworkReply *reply = nam.post(postRequest, QByteArray(2 * 1024 * 1024, 'p'));
        QSignalSpy done(reply, &QNetworkReply::finished);
        QVERIFY(done.wait(10000));
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        QCOMPARE(reply->readAll(), QByteArray("ok 3 /upload"));
        reply->deleteLater();
        const auto log = m_proxy->requests();
        QCOMPARE(log.size(), 3);
        QCOMPARE(log[2].requestBytes > 2 * 1024 * 1024, true);
    }

    void upstreamDownThenMoved()
    {
        const quint16 old = m_up->port;
        m_up->stop();
        {
            QTcpSocket s;
            QVERIFY(connectTo(s, m_proxy->port()));
            const Exchange ex = roundTrip(s, get("/x"));
            QVERIFY(ex.closed);
            QVERIFY(!ex.complete);
        }
        m_up = std::make_unique<Upstream>();
        QVERIFY(m_up->start());
        QVERIFY(m_up->port != 0);
        m_proxy->setUpstreamPort(m_up->port);
        QCOMPARE(m_proxy->upstreamPort(), m_up->port);
        Q_UNUSED(old);
        QTcpSocket s;
        QVERIFY(connectTo(s, m_proxy->port()));
        const Exchange ex = roundTrip(s, get("/y"));
        QVERIFY(ex.complete);
        QVERIFY(ex.data.endsWith("ok 1 /y"));
    }

    void abortAllResetsOpenConnections()
    {
        QTcpSocket s;
        QVERIFY(connectTo(s, m_proxy->port()));
        QVERIFY(roundTrip(s, get("/a")).complete);
        QTRY_COMPARE(m_proxy->openConnections(), 1);
        m_proxy->abortAll();
        QTRY_VERIFY(s.state() != QAbstractSocket::ConnectedState || !s.waitForReadyRead(50));
        QCOMPARE(m_proxy->openConnections(), 0);
    }

private:
    std::unique_ptr<Upstream> m_up;
    std::unique_ptr<FaultProxy> m_proxy;
};

QTEST_GUILESS_MAIN(TestFaultProxy)
#include "tst_faultproxy.moc"
