// The sender job over the message outbox, on SQLite and PostgreSQL: due mail goes out once and is
// marked sent; with no relay it lands in the demo mailbox together with the mark; a relay that is
// down leaves the message unsent and it goes out on a later run, after the back-off, to a real SMTP
// server (aiosmtpd), Chinese subject intact; an unsendable message is kept, never retried; SMS rows
// are not mail. Also `cet-central send-mail` end to end.
#include "CentralFixture.h"
#include "CentralService.h"
#include "CentralStore.h"
#include "InProcessCli.h"
#include "LogTextSender.h"
#include "MailDeliveryJob.h"
#include "MailSql.h"
#include "OutboxDeliverySql.h"
#include "SmtpMailSender.h"
#include "SmtpSink.h"
#include "StoredMailSender.h"
#include "Wire.h"

#include <QJsonObject>
#include <QTest>

using namespace cet;
using namespace cet::central;
using cet::central::test::runCentralCommand;

namespace {
const QString kFrom = QStringLiteral("noreply@cet.example.org");
const QString kSubject = QStringLiteral("密码找回：请在15分钟内点击链接重设密码");
const QString kBody = QStringLiteral("您好：\n请点击以下链接重设通行证密码。");
} // namespace

class TestMailDelivery : public QObject
{
    Q_OBJECT

    std::unique_ptr<central::test::TestDatabase> m_db;
    std::unique_ptr<CentralService> m_svc;
    QDateTime m_now;

    CentralStore &store() { return m_svc->store(); }

    qint64 enqueue(const QString &to, const QString &channel = QStringLiteral("email"))
    {
        auto id = store().scalar(QStringLiteral("INSERT INTO message_outbox (kind, channel, to_address, subject, body, "
                                                "created_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"),
            { QStringLiteral("passport.password_reset"), channel, to, kSubject, kBody, toMs(m_now) });
        if (!id)
            qFatal("enqueue: %s", qPrintable(id.error().detail));
        return id.value().toLongLong();
    }

    QVariant sentAt(qint64 id)
    {
        return store().scalar(QStringLiteral("SELECT sent_at FROM message_outbox WHERE id = ?"), { id }).value();
    }

    DeliveryReport run(MailSender &sender)
    {
        MailDeliveryJob job(store(), sender, [this] { return m_now; });
        auto r = job.run();
        if (!r)
            qFatal("job: %s %s", qPrintable(r.error().message), qPrintable(r.error().detail));
        return r.value();
    }

private slots:
    void initTestCase_data() { central::test::addBackendRows(); }

    void init()
    {
        m_db = central::test::backendDatabase();
        if (!m_db->skipReason().isEmpty())
            QSKIP(qPrintable(m_db->skipReason()));
        m_now = QDateTime(QDate(2026, 12, 6), QTime(3, 0), Qt::UTC);
        m_svc = central::test::openMigrated(*m_db, &m_now);
        QVERIFY(m_svc);
    }

    void cleanup()
    {
        m_svc.reset();
        m_db.reset();
    }

    void mailboxExactlyOnce()
    {
        const qint64 a = enqueue(QStringLiteral("zhang.san@example.com"));
        const qint64 b = enqueue(QStringLiteral("li.si@example.com"));
        const qint64 sms = enqueue(QStringLiteral("13800138000"), QStringLiteral("sms"));
        StoredMailSender mailbox(store(), [this] { return m_now; });
        const DeliveryReport first = run(mailbox);
        QCOMPARE(first.sent, 2);
        QCOMPARE(first.retryLater + first.refused, 0);
        QCOMPARE(sentAt(a).toLongLong(), toMs(m_now));
        QVERIFY(!sentAt(b).isNull());
        QVERIFY(sentAt(sms).isNull());

        m_now = m_now.addSecs(3600);
        QCOMPARE(run(mailbox).sent, 0);
        auto kept = mailsql::list(store());
        QVERIFY(kept.ok());
        QCOMPARE(kept.value().size(), 2);
        QCOMPARE(kept.value().at(0).to, QStringLiteral("zhang.san@example.com"));
        QCOMPARE(kept.value().at(0).subject, kSubject);
        QCOMPARE(kept.value().at(0).kind, QStringLiteral("passport.password_reset"));
    }

    void relayDownThenUp()
    {
        const qint64 id = enqueue(QStringLiteral("wang.wu@example.com"));
        SmtpMailSender down(QStringLiteral("smtp://127.0.0.1:%1").arg(cet::test::SmtpSink::freePort()), kFrom);
        down.setTimeoutSeconds(10);
        const DeliveryReport failed = run(down);
        QCOMPARE(failed.sent, 0);
        QCOMPARE(failed.retryLater, 1);
        QVERIFY(sentAt(id).isNull());
        auto attempts = deliverysql::attempts(store(), id);
        QVERIFY(attempts.ok() && attempts.value());
        QCOMPARE(attempts.value()->count, 1);
        QVERIFY(!attempts.value()->final);
        QVERIFY(!attempts.value()->lastError.isEmpty());

        cet::test::SmtpSink sink;
        QString error;
        QVERIFY2(sink.start(&error), qPrintable(error));
        SmtpMailSender up(sink.url(), kFrom, [this] { return m_now; });
        // Not due before its back-off has passed.
        m_now = m_now.addSecs(MailDeliveryJob::retryDelaySeconds(1) - 1);
        QCOMPARE(run(up).sent, 0);
        m_now = m_now.addSecs(1);
        QCOMPARE(run(up).sent, 1);
        QCOMPARE(sentAt(id).toLongLong(), toMs(m_now));

        QJsonArray received;
        QTRY_VERIFY_WITH_TIMEOUT((received = sink.messages(&error)).size() == 1, 10000);
        QCOMPARE(received.at(0).toObject().value(QStringLiteral("subject")).toString(), kSubject);
        QCOMPARE(
            received.at(0).toObject().value(QStringLiteral("to")).toString(), QStringLiteral("wang.wu@example.com"));
        QCOMPARE(run(up).sent, 0);
        QTest::qWait(200);
        QCOMPARE(sink.messages().size(), 1);
    }

    void backOffGrows()
    {
        QCOMPARE(MailDeliveryJob::retryDelaySeconds(1), 60);
        QVERIFY(MailDeliveryJob::retryDelaySeconds(2) > MailDeliveryJob::retryDelaySeconds(1));
        QCOMPARE(MailDeliveryJob::retryDelaySeconds(50), 6 * 3600);
    }

    void unsendableKept()
    {
        const qint64 bad = enqueue(QStringLiteral("not-an-address"));
        const qint64 good = enqueue(QStringLiteral("zhao.liu@example.com"));
        StoredMailSender mailbox(store(), [this] { return m_now; });
        const DeliveryReport r = run(mailbox);
        QCOMPARE(r.sent, 1);
        QCOMPARE(r.refused, 1);
        QVERIFY(sentAt(bad).isNull());
        QVERIFY(!sentAt(good).isNull());
        m_now = m_now.addDays(2);
        QCOMPARE(run(mailbox).refused, 0); // not tried again
        auto attempts = deliverysql::attempts(store(), bad);
        QVERIFY(attempts.ok() && attempts.value() && attempts.value()->final);
        QCOMPARE(
            store().scalar(QStringLiteral("SELECT COUNT(*) FROM message_outbox WHERE id = ?"), { bad }).value().toInt(),
            1);
    }

    // Text messages have their own channel and sender: the mail job leaves them alone, the text
    // job (the log sender here) delivers them exactly once and refuses what is not a number.
    void textMessagesByTheirOwnSender()
    {
        const qint64 mail = enqueue(QStringLiteral("wang.wu@example.com"));
        const qint64 sms = enqueue(QStringLiteral("13800138000"), QStringLiteral("sms"));
        const qint64 bad = enqueue(QStringLiteral("12"), QStringLiteral("sms"));
        LogTextSender texts;
        MailDeliveryJob job(store(), texts, [this] { return m_now; }, QStringLiteral("sms"));
        const auto first = job.run();
        QVERIFY(first.ok());
        QCOMPARE(first.value().sent, 1);
        QCOMPARE(first.value().refused, 1);
        QVERIFY(!sentAt(sms).isNull());
        QVERIFY(sentAt(bad).isNull());
        QVERIFY(sentAt(mail).isNull());
        QCOMPARE(job.run().value().sent, 0);
    }

    void sendMailCommand()
    {
        enqueue(QStringLiteral("sun.qi@example.com"));
        const QString url = m_db->url();
        cet::test::SmtpSink sink;
        QString error;
        QVERIFY2(sink.start(&error), qPrintable(error));
        const QString later = protocol::toWireTime(m_now.addSecs(10));
        QString printed;
        const int down = runCentralCommand({ QStringLiteral("send-mail"), QStringLiteral("--db"), url, QStringLiteral("--smtp"),
                                             QStringLiteral("smtp://127.0.0.1:%1").arg(cet::test::SmtpSink::freePort()),
                                             QStringLiteral("--now"), later },
                                           &printed);
        QCOMPARE(down, 2);
        QVERIFY2(printed.contains(QStringLiteral("to retry later 1")), qPrintable(printed));
        const int sent = runCentralCommand({ QStringLiteral("send-mail"), QStringLiteral("--db"), url, QStringLiteral("--smtp"),
                                             sink.url(), QStringLiteral("--mail-from"), kFrom, QStringLiteral("--now"),
                                             protocol::toWireTime(m_now.addSecs(600)) },
                                           &printed);
        QVERIFY2(sent == 0, qPrintable(printed));
        QJsonArray received;
        QTRY_VERIFY_WITH_TIMEOUT((received = sink.messages(&error)).size() == 1, 10000);
        QCOMPARE(received.at(0).toObject().value(QStringLiteral("subject")).toString(), kSubject);
        QCOMPARE(received.at(0).toObject().value(QStringLiteral("from")).toString(), kFrom);
        QCOMPARE(runCentralCommand({ QStringLiteral("send-mail"), QStringLiteral("--db"), url, QStringLiteral("--now"),
                                     QStringLiteral("soon") }),
                 1);
    }
};

QTEST_GUILESS_MAIN(TestMailDelivery)
#include "tst_maildelivery.moc"
