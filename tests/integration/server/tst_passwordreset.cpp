// Password and account recovery (密码找回, 找回已报名账号) on SQLite and PostgreSQL. The account:
// the masked login only for a bound record with the right name, the seeds' 无法查询到报名信息 for
// everything else, and every answer spends its captcha. The password: a request never tells
// whether the address has an account; an email gets a single-use link token, a mobile a 6-digit code, both only as
// hashes in the database and both dead after 15 minutes; a code dies after 5 wrong tries; the new
// password signs in, the old one and the old sessions do not; a weak new password leaves the
// request usable; malformed requests are refused with their codes.

#include "AccountRecovery.h"
#include "CandidateMessages.h"
#include "CaptchaService.h"
#include "DemoRoster.h"
#include "IdDocument.h"
#include "RegistrationService.h"
#include "CentralFixture.h"
#include "CentralService.h"
#include "OutboxSql.h"
#include "PassportService.h"
#include "PasswordReset.h"

#include <QRegularExpression>
#include <QTest>

using namespace cet;
using namespace cet::central;
using namespace cet::central::candidate;
using namespace cet::central::test;

namespace {
const QString kPw = QStringLiteral("secret-pass-1");
const QString kNewPw = QStringLiteral("brand-new-2");
const QString kEmail = QStringLiteral("forgot@example.com");
const QString kMobile = QStringLiteral("13912345678");
} // namespace

class TstPasswordReset : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { addBackendRows(); }
    void initTestCase() { CentralService::setFastPasswordHashing(true); }

    void init()
    {
        m_db = backendDatabase();
        if (!m_db->skipReason().isEmpty())
            QSKIP(qPrintable(m_db->skipReason()));
        m_now = QDateTime(QDate(2026, 11, 23), QTime(10, 0), Qt::UTC);
        m_svc = openMigrated(*m_db, &m_now);
        QVERIFY(m_svc);
        QVERIFY(passports().registerPassport(kEmail, kPw, kMobile).ok());
    }

    void cleanup()
    {
        m_svc.reset();
        m_db.reset();
    }

    void unknownAddressesGetTheSameAnswerAndNoMessage()
    {
        QVERIFY(reset().request(QStringLiteral("nobody@example.com"), {}).ok());
        QVERIFY(reset().request({}, QStringLiteral("13700000000")).ok());
        QVERIFY(messagesTo(QStringLiteral("nobody@example.com")).isEmpty());
        QVERIFY(messagesTo(QStringLiteral("13700000000")).isEmpty());
        QCOMPARE(reset().request({}, {}).error().code, codes::resetOneWay);
        QCOMPARE(reset().request(kEmail, kMobile).error().code, codes::resetOneWay);
        QCOMPARE(reset().request(QStringLiteral("not-an-address"), {}).error().code, codes::badEmail);
        QCOMPARE(reset().request({}, QStringLiteral("12345")).error().code, codes::badMobile);
    }

    void linkByEmailIsSingleUse()
    {
        const auto session = passports().login(kEmail, kPw);
        QVERIFY(session.ok());
        QVERIFY(reset().request(QStringLiteral("  FORGOT@example.com "), {}).ok());
        const QString token = tokenFromMail();
        QVERIFY2(!token.isEmpty(), "no link in the mail");
        QVERIFY(!storedText().contains(token)); // only its hash is kept

        QCOMPARE(reset().confirm(token, {}, {}, QStringLiteral("short")).error().code, codes::weakPassword);
        QVERIFY(reset().confirm(token, {}, {}, kNewPw).ok()); // still usable after the weak try
        QVERIFY(passports().login(kEmail, kNewPw).ok());
        QCOMPARE(passports().login(kEmail, kPw).error().code, codes::badLogin);
        QCOMPARE(passports().authenticate(session.value().token).error().code, codes::signInNeeded);
        QCOMPARE(reset().confirm(token, {}, {}, QStringLiteral("another-3x")).error().code, codes::resetInvalid);
        QCOMPARE(reset().confirm(QStringLiteral("made-up"), {}, {}, kNewPw).error().code, codes::resetInvalid);
    }

    void linkExpiresAfterFifteenMinutes()
    {
        QVERIFY(reset().request(kEmail, {}).ok());
        const QString token = tokenFromMail();
        m_now = m_now.addSecs(PasswordReset::kMinutes * 60);
        QCOMPARE(reset().confirm(token, {}, {}, kNewPw).error().code, codes::resetInvalid);
        QVERIFY(passports().login(kEmail, kPw).ok());
    }

    void codeBySmsDiesAfterFiveWrongTries()
    {
        QVERIFY(reset().request({}, kMobile).ok());
        const QString code = codeFromText();
        QVERIFY2(QRegularExpression(QStringLiteral("^\\d{6}$")).match(code).hasMatch(), qPrintable(code));
        const QString wrong = code == QLatin1String("000000") ? QStringLiteral("000001") : QStringLiteral("000000");
        for (int i = 1; i < PasswordReset::kTries; ++i)
            QCOMPARE(reset().confirm({}, kMobile, wrong, kNewPw).error().code, codes::resetInvalid);
        QCOMPARE(reset().confirm({}, kMobile, wrong, kNewPw).error().code, codes::resetTooManyTries);
        // Dead: not even the right code now.
        QCOMPARE(reset().confirm({}, kMobile, code, kNewPw).error().code, codes::resetInvalid);
        QVERIFY(passports().login(kMobile, kPw).ok());

        // A new code works, once.
        m_now = m_now.addSecs(60);
        QVERIFY(reset().request({}, kMobile).ok());
        const QString fresh = codeFromText();
        QVERIFY(reset().confirm({}, kMobile, fresh, kNewPw).ok());
        QVERIFY(passports().login(kMobile, kNewPw).ok());
        QCOMPARE(reset().confirm({}, kMobile, fresh, QStringLiteral("again-pass-4")).error().code, codes::resetInvalid);
    }

    void recoveryShowsTheMaskedLoginOnlyForABoundRecord()
    {
        QVERIFY(m_svc->seedDemo(5).ok());
        const StudentRecord bound = demoStudent(QStringLiteral("10001"), 0);
        const StudentRecord unbound = demoStudent(QStringLiteral("10001"), 1);
        const QString passport = passports().registerPassport(QStringLiteral("zhang.san@example.com"), kPw, {}).value();
        const StudentKey key{ QString::number(idTypeCode(bound.idType)), bound.idNumber, bound.name };
        auto b = RegistrationService(context()).bind(passport, key, true);
        QVERIFY2(b.ok(), qPrintable(b.ok() ? QString() : b.error().code));

        const auto ask = [&](const StudentRecord &s, const QString &name, bool rightCaptcha = true) {
            auto c = CaptchaService(m_svc->store(), [this] { return m_now; }).issue();
            return AccountRecovery(context()).recover({ QString::number(idTypeCode(s.idType)), s.idNumber, name,
                                                        c.value().id,
                                                        rightCaptcha ? c.value().code : QStringLiteral("?????") });
        };
        const auto found = ask(bound, bound.name);
        QVERIFY2(found.ok(), qPrintable(found.ok() ? QString() : found.error().code));
        QCOMPARE(found.value().value(QStringLiteral("login")).toString(), QStringLiteral("z***@example.com"));
        QCOMPARE(ask(bound, QStringLiteral("别人")).error().code, codes::recoverNotFound);
        QCOMPARE(ask(unbound, unbound.name).error().code, codes::recoverNotFound);
        QCOMPARE(ask(bound, bound.name, false).error().code, codes::captchaWrong);
        // One try per captcha, whatever its answer.
        auto c = CaptchaService(m_svc->store(), [this] { return m_now; }).issue();
        const RecoveryQuery q{ QString::number(idTypeCode(bound.idType)), bound.idNumber, bound.name, c.value().id,
                               c.value().code };
        QVERIFY(AccountRecovery(context()).recover(q).ok());
        QCOMPARE(AccountRecovery(context()).recover(q).error().code, codes::captchaUnknown);
    }

    // Reset messages can not be used to fill someone's mailbox: per address typed (known or not,
    // the same answers) the first goes at once, the next after 1, 2, 4, 8 s, then none for 15
    // minutes; per client address many addresses are counted together. Recovery likewise.
    void requestsAreThrottled()
    {
        const QString peer = QStringLiteral("203.0.113.7");
        for (const QString &address : { kEmail, QStringLiteral("nobody@example.com") }) {
            const QDateTime start = m_now;
            QVERIFY(reset().request(address, {}, peer).ok());
            auto again = reset().request(address, {}, peer);
            QCOMPARE(again.error().code, codes::tooManyRequests);
            QCOMPARE(again.error().detail, QStringLiteral("1"));
            for (int wait : { 1, 2, 4, 8 }) {
                m_now = m_now.addSecs(wait);
                QVERIFY2(reset().request(address, {}, peer).ok(), qPrintable(QString::number(wait)));
            }
            m_now = m_now.addSecs(60);
            QCOMPARE(reset().request(address, {}, peer).error().code, codes::tooManyRequests);
            m_now = start.addSecs(16 * 60 + 15);
            QVERIFY(reset().request(address, {}, peer).ok()); // the lock ended
            m_now = m_now.addSecs(60);
        }
        QCOMPARE(messagesTo(kEmail).size(), 6);
        QVERIFY(messagesTo(QStringLiteral("nobody@example.com")).isEmpty());

        // One client address asking for many addresses: the 31st waits.
        const QString sprayer = QStringLiteral("198.51.100.9");
        for (int i = 0; i < 30; ++i)
            QVERIFY(reset().request(QStringLiteral("x%1@example.com").arg(i), {}, sprayer).ok());
        QCOMPARE(reset().request(QStringLiteral("x99@example.com"), {}, sprayer).error().code, codes::tooManyRequests);
        QVERIFY(reset().request(QStringLiteral("x99@example.com"), {}, peer).ok()); // another address is not held up

        // Recovery: five tries of one ID number, then the waits.
        for (int i = 0; i < 5; ++i) {
            auto c = CaptchaService(m_svc->store(), [this] { return m_now; }).issue();
            QCOMPARE(AccountRecovery(context())
                         .recover({ QStringLiteral("1"), QStringLiteral("110101200001010010"), QStringLiteral("某人"),
                                    c.value().id, c.value().code },
                                  sprayer + QStringLiteral("0"))
                         .error()
                         .code,
                     codes::recoverNotFound);
        }
        auto c = CaptchaService(m_svc->store(), [this] { return m_now; }).issue();
        QCOMPARE(AccountRecovery(context())
                     .recover({ QStringLiteral("1"), QStringLiteral("110101200001010010"), QStringLiteral("某人"),
                                c.value().id, c.value().code })
                     .error()
                     .code,
                 codes::tooManyRequests);

        // Recovery from one client address trying many ID numbers: the 31st waits, another address does not.
        const QString scanner = QStringLiteral("198.51.100.77");
        const auto recoverFrom = [&](int n, const QString &address) {
            auto captcha = CaptchaService(m_svc->store(), [this] { return m_now; }).issue();
            const StudentRecord s = demoStudent(QStringLiteral("10009"), 100 + n);
            return AccountRecovery(context())
                .recover({ QStringLiteral("1"), s.idNumber, s.name, captcha.value().id, captcha.value().code }, address)
                .error()
                .code;
        };
        for (int n = 0; n < 30; ++n)
            QCOMPARE(recoverFrom(n, scanner), codes::recoverNotFound);
        QCOMPARE(recoverFrom(30, scanner), codes::tooManyRequests);
        QCOMPARE(recoverFrom(31, QStringLiteral("198.51.100.78")), codes::recoverNotFound);
    }

    void confirmNeedsOneWay()
    {
        QCOMPARE(reset().confirm({}, {}, {}, kNewPw).error().code, codes::resetOneWay);
        QCOMPARE(reset().confirm({}, kMobile, {}, kNewPw).error().code, codes::resetOneWay);
        QCOMPARE(reset().confirm(QStringLiteral("t"), kMobile, QStringLiteral("123456"), kNewPw).error().code,
                 codes::resetOneWay);
    }

private:
    PassportService passports() { return PassportService(context()); }
    PasswordReset reset() { return PasswordReset(context()); }
    CandidateContext context() { return CandidateContext{ m_svc->store(), [this] { return m_now; } }; }

    QList<outboxsql::Message> messagesTo(const QString &to)
    {
        auto m = outboxsql::forRecipient(m_svc->store(), to);
        return m.ok() ? m.value() : QList<outboxsql::Message>();
    }
    QString tokenFromMail()
    {
        const auto mails = messagesTo(kEmail);
        if (mails.isEmpty())
            return {};
        const auto match = QRegularExpression(QStringLiteral("token=([A-Za-z0-9_-]+)")).match(mails.last().body);
        return match.hasMatch() ? match.captured(1) : QString();
    }
    QString codeFromText()
    {
        const auto texts = messagesTo(kMobile);
        if (texts.isEmpty() || texts.last().channel != QLatin1String("sms"))
            return {};
        const auto match = QRegularExpression(QStringLiteral("(\\d{6})")).match(texts.last().body);
        return match.hasMatch() ? match.captured(1) : QString();
    }
    // Every text column of the password_resets rows, to show the secret is not among them.
    QString storedText()
    {
        auto q = m_svc->store().exec(QStringLiteral("SELECT secret_hash || passport_id FROM password_resets"));
        QString all;
        if (q.ok()) {
            while (q.value().next())
                all += q.value().value(0).toString();
        }
        return all;
    }

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<CentralService> m_svc;
    QDateTime m_now;
};

QTEST_GUILESS_MAIN(TstPasswordReset)
#include "tst_passwordreset.moc"
