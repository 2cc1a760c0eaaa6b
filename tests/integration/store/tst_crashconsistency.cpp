#include "Database.h"
#include "StoreTestSql.h"
#include "StudentRepository.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace cet;

namespace {

qint64 scalar(Database &db, const QString &sql)
{
    return scalar(db.connection(), sql);
}

} // namespace

// A writer process is SIGKILLed at random moments; after each kill the database must be intact
// and every committed transaction complete, every uncommitted one absent.
class TestCrashConsistency : public QObject
{
    Q_OBJECT

private slots:
    void killWriterRepeatedly()
    {
#ifndef Q_OS_UNIX
        QSKIP("SIGKILL-based test: Unix only");
#else
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("crash.sqlite"));
        constexpr int k = 5;
        constexpr int rounds = 20;
        QRandomGenerator rng(20240601);
        qint64 ackedInserts = 0; // over all runs
        qint64 ackedUpdates = 0;
        for (int run = 0; run < rounds; ++run) {
            QProcess child;
            child.setProcessChannelMode(QProcess::SeparateChannels);
            child.start(QStringLiteral(CRASH_WRITER), { path, QString::number(run + 1), QString::number(k) });
            QVERIFY2(child.waitForStarted(), qPrintable(child.errorString()));
            // Let it commit a while (at least one round), then kill it mid-flight.
            QVERIFY(child.waitForReadyRead(30000));
            const int delayMs = 20 + int(rng.bounded(250));
            QTest::qWait(delayMs);
            child.kill(); // SIGKILL
            QVERIFY(child.waitForFinished(10000));
            QCOMPARE(child.exitStatus(), QProcess::CrashExit);
            const QList<QByteArray> lines = child.readAllStandardOutput().split('\n');
            for (const QByteArray &line : lines) {
                if (line.startsWith("I "))
                    ++ackedInserts;
                else if (line.startsWith("U "))
                    ++ackedUpdates;
            }
            QVERIFY2(child.readAllStandardError().isEmpty(), "writer reported an error");

            auto db = Database::open(path);
            QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().detail));
            Database &d = *db.value();
            QSqlQuery q(d.connection());
            QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
            QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_key_check")));
            QVERIFY2(!q.next(), "foreign key violations");
            q.finish();

            const qint64 students = scalar(d, QStringLiteral("SELECT count(*) FROM students"));
            const qint64 outbox = scalar(d, QStringLiteral("SELECT count(*) FROM outbox"));
            const qint64 audits = scalar(d, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'student.update'"));
            const qint64 bumps = scalar(d, QStringLiteral("SELECT coalesce(sum(row_version - 1), 0) FROM students"));
            // Inserts are all or nothing.
            QCOMPARE(students % k, 0);
            // Whatever was acknowledged after COMMIT is there; at most one more round was in flight.
            QVERIFY2(students / k >= ackedInserts, qPrintable(QStringLiteral("%1 < %2").arg(students / k).arg(ackedInserts)));
            QVERIFY(students / k <= ackedInserts + 1);
            // Every committed update has exactly its outbox row and its audit row.
            QCOMPARE(outbox, bumps);
            QCOMPARE(audits, bumps);
            QVERIFY(outbox >= ackedUpdates);
            QVERIFY(outbox <= ackedUpdates + 1);
            // Outbox payloads are complete JSON with the changed fields.
            QCOMPARE(scalar(d, QStringLiteral("SELECT count(*) FROM outbox WHERE json_valid(changes) = 0 "
                                               "OR json_extract(changes, '$.note') IS NULL")),
                     0);
            // Re-align the acknowledged counts with what actually committed (the in-flight round).
            ackedInserts = students / k;
            ackedUpdates = outbox;
            // The repository's own view agrees.
            QCOMPARE(StudentRepository(d).count().value(), students);
        }
        QVERIFY(ackedInserts >= rounds);
#endif
    }
};

QTEST_GUILESS_MAIN(TestCrashConsistency)
#include "tst_crashconsistency.moc"
