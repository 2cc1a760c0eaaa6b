// The mail senders: SMTP through libcurl to a real SMTP server (aiosmtpd) whose received messages
// Python's email package decodes (the Chinese subject and body arrive intact), a relay that is down
// or a message that can not be sent gives a specific error; without a relay, the demo mailbox on
// SQLite and PostgreSQL and `cet-central mail list`.
#include "CentralFixture.h"
#include "CentralService.h"
#include "InProcessCli.h"
#include "MailSql.h"
#include "MimeMessage.h"
#include "SmtpMailSender.h"
#include "SmtpSink.h"
#include "StoredMailSender.h"

#include <QJsonObject>
#include <QTest>

using namespace cet;
using namespace cet::central;
using cet::central::test::runCentralCommand;

namespace {
const QString kFrom = QStringLiteral("noreply@cet.example.org");
// Long enough for several encoded words, with a character outside the BMP (a surrogate pair) that
// must not be split between two of them.
const QString kSubject
    = QStringLiteral("全国大学英语四六级考试报名：您的通行证已绑定报名信息，请于24小时内报考科目 🎓 CET");
const QString kBody = QStringLiteral("同学您好：\n\n您的通行证已与学籍绑定。\n请在报名时间内选择科目并完成缴费。\n"
                                     "Line with = and .\n.\n最后一行");

MailMessage chineseMessage(const QString &to = QStringLiteral("zhang.san@example.com"))
{
    return MailMessage { to, kSubject, kBody, QStringLiteral("registration.bound") };
}
} // namespace

class TestMailSender : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { central::test::addBackendRows(); }

    void headerEncoding()
    {
        QCOMPARE(mime::encodeHeaderText(QStringLiteral("Plain subject")), QByteArray("Plain subject"));
        const QByteArray encoded = mime::encodeHeaderText(kSubject, 9);
        QString decoded;
        const QByteArray header = "Subject: " + encoded;
        const QByteArrayList lines = header.split('\n');
        QVERIFY(lines.size() > 2);
        for (const QByteArray &line : lines) {
            QVERIFY2(line.size() <= 77, line.constData()); // 76 + the CR of CRLF (RFC 2047)
            const QByteArray word = line.trimmed().mid(line.startsWith("Subject: ") ? 9 : 0);
            QVERIFY(word.startsWith("=?UTF-8?B?") && word.endsWith("?="));
            // Each word decodes on its own: no UTF-8 sequence is cut between two words.
            const QByteArray bytes = QByteArray::fromBase64(word.mid(10, word.size() - 12));
            const QString part = QString::fromUtf8(bytes);
            QVERIFY2(part.toUtf8() == bytes, word.constData());
            decoded += part;
        }
        QCOMPARE(decoded, kSubject);

        const QByteArray message = mime::compose(chineseMessage(), kFrom,
            QDateTime(QDate(2026, 12, 6), QTime(2, 30), Qt::UTC), QStringLiteral("1@cet.example.org"));
        QVERIFY(message.contains("Date: Sun, 06 Dec 2026 02:30:00 +0000\r\n"));
        for (const QByteArray &line : message.split('\n')) {
            QVERIFY2(line.size() <= 78, line.constData());
            for (char c : line)
                QVERIFY2(uchar(c) < 0x80, line.constData()); // 7-bit clean
        }
    }

    void smtpDeliversChinese()
    {
        cet::test::SmtpSink sink;
        QString error;
        QVERIFY2(sink.start(&error), qPrintable(error));
        SmtpMailSender sender(sink.url(), kFrom);
        auto sent = sender.send(chineseMessage());
        QVERIFY2(sent.ok(), qPrintable(sent.error().message));
        auto second = sender.send(MailMessage { QStringLiteral("li.si@example.com"), QStringLiteral("Password reset"),
            QStringLiteral("ASCII only"), QStringLiteral("passport.password_reset") });
        QVERIFY2(second.ok(), qPrintable(second.error().message));

        QJsonArray received;
        QTRY_VERIFY_WITH_TIMEOUT((received = sink.messages(&error)).size() == 2, 10000);
        const QJsonObject first = received.at(0).toObject();
        QCOMPARE(first.value(QStringLiteral("to")).toString(), QStringLiteral("zhang.san@example.com"));
        QCOMPARE(first.value(QStringLiteral("from")).toString(), kFrom);
        QCOMPARE(first.value(QStringLiteral("subject")).toString(), kSubject);
        QVERIFY(first.value(QStringLiteral("raw_subject")).toString().startsWith(QLatin1String("=?UTF-8?B?")));
        QCOMPARE(first.value(QStringLiteral("content_type")).toString(), QStringLiteral("text/plain"));
        QCOMPARE(first.value(QStringLiteral("charset")).toString(), QStringLiteral("utf-8"));
        QString body = first.value(QStringLiteral("body")).toString();
        body.replace(QLatin1String("\r\n"), QLatin1String("\n"));
        QCOMPARE(body, kBody);
        QCOMPARE(
            received.at(1).toObject().value(QStringLiteral("subject")).toString(), QStringLiteral("Password reset"));
    }

    void relayDown()
    {
        SmtpMailSender sender(QStringLiteral("smtp://127.0.0.1:%1").arg(cet::test::SmtpSink::freePort()), kFrom);
        sender.setTimeoutSeconds(10);
        auto r = sender.send(chineseMessage());
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("mail.send_failed"));
    }

    void unsendableRefused_data()
    {
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("subject");
        QTest::newRow("empty address") << QString() << QStringLiteral("s");
        QTest::newRow("no @") << QStringLiteral("zhang.example.com") << QStringLiteral("s");
        QTest::newRow("header in address")
            << QStringLiteral("a@example.com\r\nBcc: b@example.com") << QStringLiteral("s");
        QTest::newRow("two addresses") << QStringLiteral("a@example.com,b@example.com") << QStringLiteral("s");
        QTest::newRow("header in subject")
            << QStringLiteral("a@example.com") << QStringLiteral("hi\r\nBcc: b@example.com");
    }

    void unsendableRefused()
    {
        QFETCH(QString, to);
        QFETCH(QString, subject);
        cet::test::SmtpSink sink;
        QString error;
        QVERIFY2(sink.start(&error), qPrintable(error));
        SmtpMailSender sender(sink.url(), kFrom);
        auto r = sender.send(MailMessage { to, subject, QStringLiteral("body"), QStringLiteral("k") });
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("mail.bad_message"));
        QTest::qWait(200);
        QCOMPARE(sink.messages().size(), 0);
    }

    void demoMailbox()
    {
        auto db = central::test::backendDatabase();
        if (!db->skipReason().isEmpty())
            QSKIP(qPrintable(db->skipReason()));
        QDateTime now(QDate(2026, 12, 6), QTime(3, 0), Qt::UTC);
        auto svc = central::test::openMigrated(*db, &now);
        QVERIFY(svc);
        StoredMailSender sender(svc->store(), [&now] { return now; });
        QVERIFY(sender.send(chineseMessage()).ok());
        now = now.addSecs(60);
        QVERIFY(sender.send(chineseMessage(QStringLiteral("li.si@example.com"))).ok());
        QCOMPARE(sender.send(chineseMessage(QStringLiteral("bad"))).error().code, QStringLiteral("mail.bad_message"));

        auto all = mailsql::list(svc->store());
        QVERIFY(all.ok());
        QCOMPARE(all.value().size(), 2);
        QCOMPARE(all.value().at(0).to, QStringLiteral("zhang.san@example.com"));
        QCOMPARE(all.value().at(0).subject, kSubject);
        QCOMPARE(all.value().at(0).body, kBody);
        QCOMPARE(all.value().at(1).storedAt, now);
        QCOMPARE(mailsql::list(svc->store(), QStringLiteral("li.si@example.com")).value().size(), 1);
        QCOMPARE(mailsql::list(svc->store(), {}, 1).value().at(0).to, QStringLiteral("li.si@example.com"));
        svc.reset();

        QString printed;
        const int code = runCentralCommand({ QStringLiteral("mail"), QStringLiteral("list"), QStringLiteral("--db"), db->url(),
                                             QStringLiteral("--to"), QStringLiteral("zhang.san@example.com") },
                                           &printed);
        QVERIFY2(code == 0, qPrintable(printed));
        QVERIFY2(printed.contains(QStringLiteral("Subject: ") + kSubject), qPrintable(printed));
        QVERIFY(printed.contains(QStringLiteral("请在报名时间内选择科目并完成缴费。")));
        QVERIFY(!printed.contains(QStringLiteral("li.si@example.com")));

        QCOMPARE(runCentralCommand({ QStringLiteral("mail"), QStringLiteral("list"), QStringLiteral("--db"), db->url(),
                                     QStringLiteral("--limit"), QStringLiteral("0") }),
                 1);
    }
};

QTEST_GUILESS_MAIN(TestMailSender)
#include "tst_mailsender.moc"
