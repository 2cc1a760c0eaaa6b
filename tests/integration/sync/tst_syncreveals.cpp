// Reveals of full ID numbers reach the server's audit record: a reveal made offline is logged
// locally and queued in one transaction, the next sync sends it, cet-central writes an audit row
// (actor, masked key, time of the reveal) and keeps nothing else; the digests still agree.
#include "IdMask.h"
#include "StudentFields.h"
#include "StudentRepository.h"
#include "SyncEngine.h"
#include "SyncTestSupport.h"
#include "Wire.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace cet;

namespace {

qint64 count(QSqlDatabase db, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
}

} // namespace

class TestSyncReveals : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    synctest::CentralProcess m_central;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<SyncEngine> m_engine;

    SyncSummary syncOk()
    {
        auto r = m_engine->sync();
        if (!r)
            qWarning("sync failed: %s %s", qPrintable(r.error().code), qPrintable(r.error().message));
        return r ? r.value() : SyncSummary{ -1, -1, -1, -1, -1, -1, -1, false, {} };
    }

    // The server's database, read as an auditor would.
    QSqlDatabase central()
    {
        const QString name = QStringLiteral("central-audit");
        if (!QSqlDatabase::contains(name)) {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(m_dir.filePath(u"central.sqlite"_qs));
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            if (!db.open())
                qFatal("cannot open the server's database");
        }
        return QSqlDatabase::database(name);
    }

private slots:
    void initTestCase()
    {
        qputenv("CETDESK_NO_KEYCHAIN", "1");
        QVERIFY(m_dir.isValid());
        const QStringList args{ QStringLiteral("demo"), QStringLiteral("--db"),
                                QStringLiteral("sqlite:") + m_dir.filePath(u"central.sqlite"_qs),
                                QStringLiteral("--roster"), QStringLiteral("20") };
        QVERIFY2(m_central.start(QStringLiteral(CET_CENTRAL), args), qPrintable(m_central.output()));
        auto db = Database::open(m_dir.filePath(u"desk.sqlite"_qs));
        QVERIFY(db.ok());
        m_db = std::move(db.value());
        m_engine = std::make_unique<SyncEngine>(DatabaseWriter::forPath(m_db->path()));
        m_engine->http().setRetryPolicy(2, 20);
        QVERIFY(m_engine->signIn(m_central.url(), QStringLiteral("coord1"), QStringLiteral("demo-coordinator")));
        const SyncSummary first = syncOk();
        QVERIFY(first.pulled >= 20); // the roster, and the demo's campuses and offers
        QVERIFY(first.digestMatches);
    }

    void cleanupTestCase()
    {
        QSqlDatabase::removeDatabase(QStringLiteral("central-audit"));
    }

    void offlineRevealReachesTheServerAudit()
    {
        QSqlQuery ids(m_db->connection());
        QVERIFY(ids.exec(QStringLiteral("SELECT id FROM students ORDER BY id LIMIT 2")));
        QList<qint64> students;
        while (ids.next())
            students << ids.value(0).toLongLong();
        QCOMPARE(students.size(), 2);
        auto record = StudentRepository(*m_db).byId(students.at(0));
        QVERIFY(record.ok() && record.value());
        const StudentRecord st = *record.value();

        // Offline: nothing is sent yet; the reveal is logged here and waits in the outbox.
        StudentRepository repo(*m_db);
        QVERIFY(repo.logReveal(students.at(0), QStringLiteral("coord1")).ok());
        QVERIFY(repo.logReveal(students.at(1), QStringLiteral("coord1")).ok());
        QCOMPARE(count(m_db->connection(),
                       QStringLiteral("SELECT COUNT(*) FROM outbox WHERE entity = 'id_reveal' AND state = 'queued'")),
                 2);
        QCOMPARE(count(m_db->connection(),
                       QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'student.reveal_id'")),
                 2);
        const QString reveals = QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'student.reveal_id'");
        QCOMPARE(count(central(), reveals), 0);

        const SyncSummary s = syncOk();
        QCOMPARE(s.applied, 2);
        QCOMPARE(s.rejected, 0);
        QCOMPARE(s.pendingAfter, 0);
        QVERIFY2(s.digestMatches, qPrintable(s.digestDetail));

        // On the server: who revealed which student (masked key), when; never the full number.
        const QString masked = protocol::studentKey(st.idType, maskIdNumber(st.idType, st.idNumber));
        QCOMPARE(count(central(), reveals + QStringLiteral(" AND actor = 'coord1' AND entity_key = ?"), QVariantList{ masked }), 1);
        QCOMPARE(count(central(), reveals), 2);
        const QString like = QStringLiteral("%%1%").arg(st.idNumber);
        QCOMPARE(count(central(),
                       QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity_key LIKE ? OR after_json LIKE ?"),
                       QVariantList{ like, like }),
                 0);
        QSqlQuery after(central());
        QVERIFY(after.exec(QStringLiteral("SELECT after_json FROM audit_log WHERE action = 'student.reveal_id' "
                                          "ORDER BY id LIMIT 1")));
        QVERIFY(after.next());
        const QJsonObject detail = QJsonDocument::fromJson(after.value(0).toString().toUtf8()).object();
        QVERIFY(protocol::fromWireTime(detail.value(QStringLiteral("revealed_at")).toString()).has_value());

        // Sent once: the next sync sends nothing and the server's count stays.
        const SyncSummary again = syncOk();
        QCOMPARE(again.pushed, 0);
        QCOMPARE(count(central(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'student.reveal_id'")),
                 2);
    }
};

QTEST_GUILESS_MAIN(TestSyncReveals)
#include "tst_syncreveals.moc"
