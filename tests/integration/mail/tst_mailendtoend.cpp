// Mail end to end: a candidate binds a passport to a student record through the real cet-central
// over HTTP; the binding notice the server wrote to its outbox goes out with `cet-central
// send-mail --smtp` and arrives at a real SMTP server (aiosmtpd), Chinese subject and body intact;
// a second run sends nothing again. On PostgreSQL when CETDESK_TEST_PG_URL is set, else on SQLite.

#include "TestApiClient.h"
#include "CentralProcess.h"
#include "CentralService.h"
#include "DemoRoster.h"
#include "IdDocument.h"
#include "SmtpSink.h"

#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace cet;
using namespace cet::test;

namespace {
const QString kSchool = QStringLiteral("10001");
const QString kPw = QStringLiteral("secret-pass-1");
const QString kEmail = QStringLiteral("li.lei@example.com");
} // namespace

class TstMailEndToEnd : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        central::CentralService::setFastPasswordHashing(true);
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(m_db.create(m_dir.path(), &error), qPrintable(error));
        {
            auto svc = central::CentralService::open(m_db.url());
            QVERIFY2(svc.ok(), qPrintable(svc.ok() ? QString() : svc.error().message));
            QVERIFY(svc.value()->migrate().ok());
            QVERIFY(svc.value()->seedDemo(20).ok());
        }
        QVERIFY2(m_server.start({ QStringLiteral("serve"), QStringLiteral("--db"), m_db.url(),
                     QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0") }),
            qPrintable(m_server.output()));
        m_api = std::make_unique<ApiClient>(m_server.baseUrl());
        QVERIFY2(m_sink.start(&error), qPrintable(error));
    }

    void cleanupTestCase() { m_server.kill(); }

    void bindingNoticeArrives()
    {
        CandidateClient client(*m_api);
        const ApiResponse registered = client.registerPassport(kEmail, kPw);
        QVERIFY2(registered.status == 201, qPrintable(registered.describe()));
        const QString token = client.signIn(kEmail, kPw);
        QVERIFY(!token.isEmpty());
        const StudentRecord s = central::demoStudent(kSchool, 3);
        const ApiResponse bound = client.bind(token, idTypeCode(s.idType), s.idNumber, s.name);
        QVERIFY2(bound.status == 200, qPrintable(bound.describe()));

        const auto sent = CentralProcess::run({ QStringLiteral("send-mail"), QStringLiteral("--db"), m_db.url(),
            QStringLiteral("--smtp"), m_sink.url() });
        QVERIFY2(sent.exitCode == 0, qPrintable(sent.out + sent.err));
        QVERIFY2(sent.out.contains(QStringLiteral("sent 1,")), qPrintable(sent.out));

        QString error;
        QJsonArray received;
        QTRY_VERIFY_WITH_TIMEOUT((received = m_sink.messages(&error)).size() == 1, 10000);
        const QJsonObject mail = received.at(0).toObject();
        QCOMPARE(mail.value(QStringLiteral("to")).toString(), kEmail);
        QCOMPARE(mail.value(QStringLiteral("subject")).toString(), QStringLiteral("报名信息绑定通知"));
        const QString body = mail.value(QStringLiteral("body")).toString();
        QVERIFY2(body.contains(s.name) && body.contains(QStringLiteral("已绑定报名信息")), qPrintable(body));

        const auto again = CentralProcess::run({ QStringLiteral("send-mail"), QStringLiteral("--db"), m_db.url(),
            QStringLiteral("--smtp"), m_sink.url() });
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(again.out.contains(QStringLiteral("sent 0,")), qPrintable(again.out));
        QTest::qWait(200);
        QCOMPARE(m_sink.messages().size(), 1);
    }

private:
    QTemporaryDir m_dir;
    TestDatabase m_db;
    CentralProcess m_server;
    SmtpSink m_sink;
    std::unique_ptr<ApiClient> m_api;
};

QTEST_GUILESS_MAIN(TstMailEndToEnd)
#include "tst_mailendtoend.moc"
