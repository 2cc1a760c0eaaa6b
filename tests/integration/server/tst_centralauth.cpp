// CentralService over SQLite and PostgreSQL: staff sign-in, throttling and locking, token expiry
// and sliding, sign-out.
#include "CentralFixture.h"
#include "CentralService.h"

#include <QTest>

using namespace cet;
using namespace cet::central;
using namespace cet::central::test;

namespace {
const QString kA = QStringLiteral("10001");
const QString kB = QStringLiteral("10002");
const QString kPw = QStringLiteral("secret-password");
} // namespace

class TestCentralAuth : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<CentralService> m_svc;
    QDateTime m_now;

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
        QVERIFY(m_svc->createSchool(kA, QStringLiteral("A")).ok());
        QVERIFY(m_svc->createSchool(kB, QStringLiteral("B")).ok());
        QVERIFY(m_svc->createStaff(QStringLiteral("coord1"), QStringLiteral("C1"), roles::coordinator, kA, kPw).ok());
        QVERIFY(m_svc->createStaff(QStringLiteral("coord2"), QStringLiteral("C2"), roles::coordinator, kA, kPw).ok());
        QVERIFY(m_svc->createStaff(QStringLiteral("coordb"), QStringLiteral("CB"), roles::coordinator, kB, kPw).ok());
        QVERIFY(m_svc->createStaff(QStringLiteral("agent"), QStringLiteral("Ag"), roles::csAgent, {}, kPw).ok());
        QVERIFY(m_svc->createStaff(QStringLiteral("root"), QStringLiteral("Ad"), roles::admin, {}, kPw).ok());
    }

    void cleanup()
    {
        m_svc.reset();
        m_db.reset();
    }

    void loginSuccess()
    {
        auto r = m_svc->login(protocol::LoginRequest{ QStringLiteral("coord1"), kPw, QStringLiteral("t") }, {});
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message + r.error().detail));
        QCOMPARE(r.value().token.size(), 43);
        QCOMPARE(r.value().expiresAt, m_now.addSecs(12 * 3600));
        QCOMPARE(r.value().user.role, roles::coordinator);
        QCOMPARE(r.value().user.school, kA);
        QCOMPARE(r.value().user.displayName, QStringLiteral("C1"));
        auto s = m_svc->authenticate(r.value().token);
        QVERIFY(s.ok());
        QCOMPARE(s.value().staff.name, QStringLiteral("coord1"));
        // Two sign-ins give two different tokens.
        auto r2 = m_svc->login(protocol::LoginRequest{ QStringLiteral("coord1"), kPw, {} }, {});
        QVERIFY(r2.value().token != r.value().token);
    }

    void loginFailureLooksTheSame()
    {
        auto wrong = m_svc->login(protocol::LoginRequest{ QStringLiteral("coord1"), QStringLiteral("nope-nope"), {} }, {});
        auto unknown = m_svc->login(protocol::LoginRequest{ QStringLiteral("nobody"), kPw, {} }, {});
        QCOMPARE(wrong.error().code, QStringLiteral("auth.bad_credentials"));
        QCOMPARE(unknown.error().code, QStringLiteral("auth.bad_credentials"));
        QCOMPARE(wrong.error().message, unknown.error().message);
    }

    void throttleAndLock()
    {
        const protocol::LoginRequest bad{ QStringLiteral("coord1"), QStringLiteral("wrong-password"), {} };
        const protocol::LoginRequest good{ QStringLiteral("coord1"), kPw, {} };
        const qint64 delays[] = { 1, 2, 4, 8, 16, 32, 60 }; // after failures 3..9
        for (int failure = 1; failure <= 10; ++failure) {
            auto r = m_svc->login(bad, {});
            QCOMPARE(r.error().code, QStringLiteral("auth.bad_credentials"));
            if (failure < 3) {
                continue;
            }
            // While the delay runs, even the right password gets auth.locked.
            auto locked = m_svc->login(good, {});
            QCOMPARE(locked.error().code, QStringLiteral("auth.locked"));
            const qint64 expected = failure >= 10 ? 15 * 60 : delays[failure - 3];
            QCOMPARE(locked.error().detail.toLongLong(), expected);
            m_now = m_now.addMSecs(expected * 1000 - 1);
            QCOMPARE(m_svc->login(good, {}).error().code, QStringLiteral("auth.locked"));
            if (failure < 10)
                m_now = m_now.addMSecs(1);
        }
        m_now = m_now.addMSecs(1);
        QVERIFY(m_svc->login(good, {}).ok());
        // Success resets the count: two failures are not throttled.
        QCOMPARE(m_svc->login(bad, {}).error().code, QStringLiteral("auth.bad_credentials"));
        QCOMPARE(m_svc->login(bad, {}).error().code, QStringLiteral("auth.bad_credentials"));
        QVERIFY(m_svc->login(good, {}).ok());
    }

    void tokenExpiry()
    {
        const QDateTime start = m_now;
        auto r = m_svc->login(protocol::LoginRequest{ QStringLiteral("coord1"), kPw, {} }, {});
        const QString token = r.value().token;
        // Sliding: each use extends to 12 h from now...
        m_now = start.addSecs(11 * 3600);
        auto s = m_svc->authenticate(token);
        QVERIFY(s.ok());
        QCOMPARE(s.value().expiresAt, m_now.addSecs(12 * 3600));
        // ...unused for longer than 12 h: expired.
        m_now = m_now.addSecs(12 * 3600);
        QCOMPARE(m_svc->authenticate(token).error().code, QStringLiteral("auth.expired"));

        // Absolute limit: 7 days however often it is used.
        m_now = start;
        auto r2 = m_svc->login(protocol::LoginRequest{ QStringLiteral("coord2"), kPw, {} }, {});
        const QString token2 = r2.value().token;
        while (m_now < start.addDays(7).addSecs(-11 * 3600)) {
            m_now = m_now.addSecs(11 * 3600);
            auto ok = m_svc->authenticate(token2);
            QVERIFY2(ok.ok(), qPrintable(m_now.toString(Qt::ISODate)));
            QVERIFY(ok.value().expiresAt <= start.addDays(7));
        }
        m_now = start.addDays(7);
        QCOMPARE(m_svc->authenticate(token2).error().code, QStringLiteral("auth.expired"));
    }

    void logout()
    {
        auto r = m_svc->login(protocol::LoginRequest{ QStringLiteral("coord1"), kPw, {} }, {});
        const QString token = r.value().token;
        QVERIFY(m_svc->logout(token).ok());
        QCOMPARE(m_svc->authenticate(token).error().code, QStringLiteral("auth.bad_token"));
        QCOMPARE(m_svc->logout(token).error().code, QStringLiteral("auth.bad_token"));
        QCOMPARE(m_svc->authenticate(QString(43, QLatin1Char('A'))).error().code, QStringLiteral("auth.bad_token"));
        QCOMPARE(m_svc->authenticate(QStringLiteral("garbage")).error().code, QStringLiteral("auth.bad_token"));
    }

};

QTEST_GUILESS_MAIN(TestCentralAuth)
#include "tst_centralauth.moc"
