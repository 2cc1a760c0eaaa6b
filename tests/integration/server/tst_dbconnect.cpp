// How cet-central reaches its database: TLS parameters of a postgres:// URL are checked and reach
// libpq (a server without TLS is refused under sslmode=verify-full), and the password can come
// from a file (--db-password-file) or the environment instead of the command line.
#include "CentralStore.h"
#include "DbUrl.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace cet::central;

namespace {
int runCli(const QStringList &args, QString *err = nullptr, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(CETCENTRAL_TEST_BIN), args);
    p.waitForFinished(120000);
    if (err)
        *err = QString::fromUtf8(p.readAllStandardError());
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

QString pgUrl()
{
    return qEnvironmentVariable("CETDESK_TEST_PG_URL");
}
} // namespace

class TestDbConnect : public QObject
{
    Q_OBJECT

private slots:
    void cleanup()
    {
        DbUrl::setPassword({});
        qunsetenv("CETCENTRAL_DB_PASSWORD");
    }

    void tlsParameters()
    {
        auto u = DbUrl::parse(QStringLiteral("postgres://app@db.example.org:5432/cet?sslmode=verify-full&"
                                             "sslrootcert=/etc/cet/ca.pem&schema=prod"));
        QVERIFY(u.ok());
        QCOMPARE(u.value().sslMode, QStringLiteral("verify-full"));
        QCOMPARE(u.value().sslRootCert, QStringLiteral("/etc/cet/ca.pem"));
        QCOMPARE(u.value().schema, QStringLiteral("prod"));
        QCOMPARE(u.value().sslOptions(), QStringLiteral("sslmode=verify-full;sslrootcert=/etc/cet/ca.pem"));
        QVERIFY(u.value().redacted().contains(QLatin1String("sslmode=verify-full")));

        QCOMPARE(DbUrl::parse(QStringLiteral("postgres://a@h/d?sslmode=sometimes")).error().code,
                 QStringLiteral("store.bad_url"));
        QVERIFY(!DbUrl::parse(QStringLiteral("postgres://a@h/d?sslrootcert=/x;host=evil")).ok());
        QVERIFY(!DbUrl::parse(QStringLiteral("postgres://a@h/d?sslrootcert=/x%20y")).ok());
        QVERIFY(!DbUrl::parse(QStringLiteral("postgres://a@h/d?sslfoo=1")).ok());
    }

    void passwordSources()
    {
        QCOMPARE(DbUrl::parse(QStringLiteral("postgres://a@h/d")).value().password, QString());
        qputenv("CETCENTRAL_DB_PASSWORD", "from-env");
        QCOMPARE(DbUrl::parse(QStringLiteral("postgres://a@h/d")).value().password, QStringLiteral("from-env"));
        DbUrl::setPassword(QStringLiteral("from-file"));
        QCOMPARE(DbUrl::parse(QStringLiteral("postgres://a@h/d")).value().password, QStringLiteral("from-file"));
        QCOMPARE(DbUrl::parse(QStringLiteral("postgres://a:inline@h/d")).value().password, QStringLiteral("inline"));
        QVERIFY(!DbUrl::parse(QStringLiteral("postgres://a:inline@h/d")).value().redacted().contains(u"inline"));
    }

    // The test cluster speaks no TLS: verify-full must refuse it, disable must not.
    void tlsReachesTheDriver()
    {
        if (pgUrl().isEmpty())
            QSKIP("CETDESK_TEST_PG_URL is not set (eval \"$(scripts/test-postgres.sh)\")");
        QVERIFY(CentralStore::open(pgUrl() + QStringLiteral("?sslmode=disable")).ok());
        QTemporaryDir dir;
        const QString ca = dir.filePath(QStringLiteral("ca.pem"));
        auto refused = CentralStore::open(pgUrl() + QStringLiteral("?sslmode=verify-full&sslrootcert=") + ca);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().detail.contains(QLatin1String("SSL"), Qt::CaseInsensitive)
                     || refused.error().detail.contains(QLatin1String("certificate"), Qt::CaseInsensitive),
                 qPrintable(refused.error().detail));
    }

    void passwordFileOption()
    {
        QTemporaryDir dir;
        const QString db = QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("c.db"));
        QString err;
        QCOMPARE(runCli({ QStringLiteral("migrate"), QStringLiteral("--db"), db, QStringLiteral("--db-password-file"),
                          dir.filePath(QStringLiteral("missing")) },
                        &err),
                 1);
        QVERIFY2(err.contains(QLatin1String("password file")), qPrintable(err));
        if (pgUrl().isEmpty())
            return;
        // The URL without its password, the password in a file.
        QUrl url(pgUrl());
        const QString password = url.password();
        url.setPassword({});
        QFile file(dir.filePath(QStringLiteral("pw")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(password.toUtf8() + '\n');
        file.close();
        QCOMPARE(runCli({ QStringLiteral("migrate"), QStringLiteral("--db"),
                          url.toString() + QStringLiteral("?schema=dbconnect_pwfile"),
                          QStringLiteral("--db-password-file"), file.fileName() },
                        &err),
                 0);
        auto store = CentralStore::open(pgUrl());
        QVERIFY(store.ok());
        QVERIFY(store.value()->exec(QStringLiteral("DROP SCHEMA IF EXISTS dbconnect_pwfile CASCADE")).ok());
    }
};

QTEST_GUILESS_MAIN(TestDbConnect)
#include "tst_dbconnect.moc"
