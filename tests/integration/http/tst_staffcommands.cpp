// The staff account commands of cet-central against a running server on 127.0.0.1 (SQLite, or
// PostgreSQL when CETDESK_TEST_PG_URL is set): disable-user ends sign-in and every session,
// enable-user restores sign-in, revoke-sessions ends sessions, reset-password takes the new
// password from standard input only and ends the old sessions, unlock-user lifts a sign-in delay.

#include "TestApiClient.h"
#include "CentralProcess.h"

#include <QTemporaryDir>
#include <QTest>

using namespace cet::test;

namespace {
const QString kMe = QStringLiteral("/api/v1/auth/me");
const QString kPassword = QStringLiteral("secret-pass-1");
const QString kNewPassword = QStringLiteral("another-pass-2");
} // namespace

class TstStaffCommands : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    TestDatabase m_db;
    CentralProcess m_server;
    std::unique_ptr<ApiClient> m_api;

    CentralProcess::Run admin(const QString &command, const QString &name, const QByteArray &input = {},
                              const QStringList &extra = {})
    {
        return CentralProcess::run(QStringList{ command, QStringLiteral("--db"), m_db.url(), QStringLiteral("--name"),
                                                name }
                                       + extra,
                                   input);
    }

    int meStatus(const QString &token) { return m_api->get(kMe, token).status; }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_db.create(m_dir.path(), &error), qPrintable(error));
        const auto school = CentralProcess::run({ QStringLiteral("create-school"), QStringLiteral("--db"), m_db.url(),
                                                  QStringLiteral("--code"), QStringLiteral("10001"),
                                                  QStringLiteral("--name"), QStringLiteral("A") });
        QVERIFY2(school.exitCode == 0, qPrintable(school.err));
        for (const QString &user : { QStringLiteral("alice"), QStringLiteral("bob"), QStringLiteral("carol"),
                                     QStringLiteral("dave") }) {
            const auto r = CentralProcess::run({ QStringLiteral("create-user"), QStringLiteral("--db"), m_db.url(),
                                                 QStringLiteral("--name"), user, QStringLiteral("--role"),
                                                 QStringLiteral("coordinator"), QStringLiteral("--school"),
                                                 QStringLiteral("10001"), QStringLiteral("--password-stdin") },
                                               kPassword.toUtf8() + '\n');
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        }
        QVERIFY2(m_server.start({ QStringLiteral("serve"), QStringLiteral("--db"), m_db.url(), QStringLiteral("--listen"),
                                  QStringLiteral("127.0.0.1:0") }),
                 qPrintable(m_server.output()));
        m_api = std::make_unique<ApiClient>(m_server.baseUrl());
    }

    void cleanupTestCase() { m_server.kill(); }

    void usage()
    {
        QCOMPARE(admin(QStringLiteral("disable-user"), QStringLiteral("nobody")).exitCode, 2);
        QCOMPARE(CentralProcess::run({ QStringLiteral("disable-user"), QStringLiteral("--db"), m_db.url() }).exitCode, 1);
        // The new password never comes from the command line.
        QCOMPARE(admin(QStringLiteral("reset-password"), QStringLiteral("alice"), {},
                       { QStringLiteral("--password"), kNewPassword })
                     .exitCode,
                 1);
        QCOMPARE(admin(QStringLiteral("reset-password"), QStringLiteral("alice")).exitCode, 1);
        // Too short: refused, the old password still works.
        QCOMPARE(admin(QStringLiteral("reset-password"), QStringLiteral("alice"), "short\n",
                       { QStringLiteral("--password-stdin") })
                     .exitCode,
                 2);
        QVERIFY(!m_api->login(QStringLiteral("alice"), kPassword).isEmpty());
    }

    void disableAndEnable()
    {
        const QString token = m_api->login(QStringLiteral("alice"), kPassword);
        QVERIFY(!token.isEmpty());
        QCOMPARE(meStatus(token), 200);
        const auto r = admin(QStringLiteral("disable-user"), QStringLiteral("alice"));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(meStatus(token), 401);
        ApiResponse refused;
        QVERIFY(m_api->login(QStringLiteral("alice"), kPassword, &refused).isEmpty());
        QCOMPARE(refused.status, 401);
        QCOMPARE(refused.errorCode(), QStringLiteral("auth.bad_credentials"));
        QCOMPARE(admin(QStringLiteral("enable-user"), QStringLiteral("alice")).exitCode, 0);
        const QString again = m_api->login(QStringLiteral("alice"), kPassword);
        QVERIFY(!again.isEmpty());
        QCOMPARE(meStatus(again), 200);
    }

    void revokeSessions()
    {
        const QString first = m_api->login(QStringLiteral("bob"), kPassword);
        const QString second = m_api->login(QStringLiteral("bob"), kPassword);
        const QString other = m_api->login(QStringLiteral("carol"), kPassword);
        QVERIFY(!first.isEmpty() && !second.isEmpty() && !other.isEmpty());
        const auto r = admin(QStringLiteral("revoke-sessions"), QStringLiteral("bob"));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QLatin1String(" 2 sessions")), qPrintable(r.out));
        QCOMPARE(meStatus(first), 401);
        QCOMPARE(meStatus(second), 401);
        QCOMPARE(meStatus(other), 200);
        QVERIFY(!m_api->login(QStringLiteral("bob"), kPassword).isEmpty()); // the account itself is fine
    }

    void resetPassword()
    {
        const QString old = m_api->login(QStringLiteral("carol"), kPassword);
        QVERIFY(!old.isEmpty());
        const auto r = admin(QStringLiteral("reset-password"), QStringLiteral("carol"), kNewPassword.toUtf8() + '\n',
                             { QStringLiteral("--password-stdin") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(meStatus(old), 401);
        QVERIFY(m_api->login(QStringLiteral("carol"), kPassword).isEmpty());
        QVERIFY(!m_api->login(QStringLiteral("carol"), kNewPassword).isEmpty());
    }

    void unlockUser()
    {
        ApiResponse r;
        for (int i = 0; i < 3; ++i) {
            m_api->login(QStringLiteral("dave"), QStringLiteral("wrong-one"), &r);
            QCOMPARE(r.status, 401);
        }
        m_api->login(QStringLiteral("dave"), kPassword, &r);
        QCOMPARE(r.status, 429);
        const auto unlocked = admin(QStringLiteral("unlock-user"), QStringLiteral("dave"));
        QVERIFY2(unlocked.exitCode == 0, qPrintable(unlocked.err));
        const QString token = m_api->login(QStringLiteral("dave"), kPassword, &r);
        QVERIFY2(!token.isEmpty(), qPrintable(r.describe()));
    }
};

QTEST_GUILESS_MAIN(TstStaffCommands)
#include "tst_staffcommands.moc"
