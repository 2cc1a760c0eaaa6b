// The desktop's HTTP client against a server on 127.0.0.1 that answers with redirects: it never
// follows one — not to another host or port, not to plain http, not even to the same address —
// never sends its token there, and reports sync.redirected.
#include "SyncHttp.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace cet;

namespace {

// Answers every request with `status` and a Location header; records what it received.
class RedirectingServer : public QObject
{
public:
    RedirectingServer(int status, QByteArray location) : m_status(status), m_location(std::move(location))
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = m_server.nextPendingConnection()) {
                ++m_connections;
                connect(s, &QTcpSocket::readyRead, s, [this, s] {
                    m_received += s->readAll();
                    if (!m_received.contains("\r\n\r\n"))
                        return;
                    s->write("HTTP/1.1 " + QByteArray::number(m_status) + " Moved\r\nLocation: " + m_location
                             + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                    s->disconnectFromHost();
                });
                connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            }
        });
    }
    quint16 port() const { return m_server.serverPort(); }
    int connections() const { return m_connections; }
    QByteArray received() const { return m_received; }

private:
    QTcpServer m_server;
    int m_status;
    QByteArray m_location;
    int m_connections = 0;
    QByteArray m_received;
};

} // namespace

class TestSyncRedirect : public QObject
{
    Q_OBJECT

private slots:
    void neverFollowed_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("where"); // "other" port on loopback, "same" address, "https" elsewhere
        QTest::newRow("302 to another port") << 302 << QStringLiteral("other");
        QTest::newRow("307 to another port") << 307 << QStringLiteral("other");
        QTest::newRow("301 to the same address") << 301 << QStringLiteral("same");
        QTest::newRow("308 to https elsewhere") << 308 << QStringLiteral("https");
    }

    void neverFollowed()
    {
        QFETCH(int, status);
        QFETCH(QString, where);
        RedirectingServer target(200, {});
        QByteArray location;
        if (where == u"other")
            location = "http://127.0.0.1:" + QByteArray::number(target.port()) + "/api/v1/auth/me";
        else if (where == u"same")
            location = "/api/v1/auth/me?again=1";
        else
            location = "https://central.example.invalid/api/v1/auth/me";
        RedirectingServer first(status, location);

        SyncHttp http;
        QVERIFY(http.setServer(QStringLiteral("http://127.0.0.1:%1").arg(first.port())));
        http.setToken(QStringLiteral("secret-token-value"));
        http.setRetryPolicy(3, 1, 2);
        http.setTimeout(10000);
        auto r = http.get(QStringLiteral("/api/v1/auth/me"));
        QVERIFY(!r);
        QCOMPARE(r.error().code, QStringLiteral("sync.redirected"));
        QVERIFY(!r.error().message.isEmpty());
        QVERIFY2(r.error().detail.contains(QString::number(status)), qPrintable(r.error().detail));
        QCOMPARE(first.connections(), 1); // asked once: a redirect is not retried
        QCOMPARE(target.connections(), 0);
        QVERIFY(!first.received().contains("again=1"));
        QVERIFY(first.received().contains("Bearer secret-token-value")); // sent only to the configured server
    }
};

QTEST_GUILESS_MAIN(TestSyncRedirect)
#include "tst_syncredirect.moc"
