// Two client databases sync through a real cet-central on loopback.
#include "OpChanges.h"
#include "OutboxRepository.h"
#include "PackedStudentRows.h"
#include "StudentFields.h"
#include "StudentImportRepository.h"
#include "StudentRepository.h"
#include "SyncEngine.h"
#include "SyncSql.h"
#include "SyncStore.h"
#include "SyncService.h"
#include "SyncTestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace cet;

namespace {

const QString kSchool = QStringLiteral("10001");

QStringList dump(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql))
        qFatal("dump failed");
    QStringList rows;
    while (q.next()) {
        QStringList cells;
        for (int c = 0; c < 32 && q.value(c).isValid(); ++c)
            cells << q.value(c).toString();
        rows << cells.join(u'|');
    }
    return rows;
}

QStringList students(Database &db)
{
    return dump(db, QStringLiteral("SELECT id_type, id_number, name, gender, school_code, campus_code, education,"
                                   " program_years, enrol_year, grade, department, major, class_name, student_no, note"
                                   " FROM students WHERE deleted_at IS NULL ORDER BY id_type, id_number"));
}

} // namespace

class TestSyncEngine : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    synctest::CentralProcess m_central;
    std::unique_ptr<Database> m_a, m_b;
    std::unique_ptr<SyncEngine> m_ea, m_eb;

    std::unique_ptr<SyncEngine> engineFor(Database &db)
    {
        auto e = std::make_unique<SyncEngine>(DatabaseWriter::forPath(db.path()));
        e->http().setRetryPolicy(2, 20);
        e->http().setTimeout(60000);
        e->setOptions({ 500, 1000, true });
        return e;
    }

    SyncSummary syncOk(SyncEngine &e)
    {
        auto r = e.sync();
        if (!r)
            qWarning("sync failed: %s %s %s", qPrintable(r.error().code), qPrintable(r.error().message),
                     qPrintable(r.error().detail));
        return r ? r.value() : SyncSummary{ -1, -1, -1, -1, -1, -1, -1, false, {} };
    }

    StudentRecord byKey(Database &db, const StudentRecord &r)
    {
        auto found = StudentRepository(db).byIdentity(r.idType, r.idNumber);
        return found && found.value() ? *found.value() : StudentRecord{};
    }

    bool edit(Database &db, const StudentRecord &which, const std::function<void(StudentRecord &)> &change,
              const QString &actor)
    {
        StudentRecord before = byKey(db, which);
        if (before.id == 0)
            return false;
        StudentRecord after = before;
        change(after);
        return bool(StudentRepository(db).update(before, after, actor));
    }

    Result<ImportCommitResult> importRows(Database &db, const PackedStudentRows &rows, const QString &sha)
    {
        StudentImportRepository repo(db);
        auto snapshot = repo.identitySnapshot();
        if (!snapshot)
            return snapshot.error();
        const std::vector<PlanRow> plan = planFor(snapshot.value(), rows);
        ImportProgress progress;
        ImportBatch batch;
        batch.actor = QStringLiteral("teacher");
        batch.fileName = QStringLiteral("roster.csv");
        batch.fileSha256 = sha;
        batch.rowsRead = int(rows.size());
        return repo.commit(batch, snapshot.value(), plan, rows, progress);
    }

    bool startCentral(const QString &command, int port)
    {
        QStringList args{ command, QStringLiteral("--db"), QStringLiteral("sqlite:") + m_dir.filePath(u"central.sqlite"_qs) };
        if (command == u"demo")
            args << QStringLiteral("--roster") << QStringLiteral("30");
        if (!m_central.start(QStringLiteral(CET_CENTRAL), args, port)) {
            qWarning("cet-central did not start: %s", qPrintable(m_central.output()));
            return false;
        }
        return true;
    }

private slots:
    void initTestCase()
    {
        qputenv("CETDESK_NO_KEYCHAIN", "1"); // tests never depend on a keyring
        QVERIFY(m_dir.isValid());
        QVERIFY(startCentral(QStringLiteral("demo"), 0));
        auto a = Database::open(m_dir.filePath(u"a.sqlite"_qs));
        auto b = Database::open(m_dir.filePath(u"b.sqlite"_qs));
        QVERIFY(a && b);
        m_a = std::move(a.value());
        m_b = std::move(b.value());
        m_ea = engineFor(*m_a);
        m_eb = engineFor(*m_b);
        auto sa = m_ea->signIn(m_central.url(), QStringLiteral("coord1"), QStringLiteral("demo-coordinator"));
        QVERIFY2(sa, qPrintable(sa ? QString() : sa.error().code + u' ' + sa.error().detail));
        QCOMPARE(sa.value().role, QStringLiteral("coordinator"));
        QCOMPARE(sa.value().school, kSchool);
        QVERIFY(sa.value().tokenInMemoryOnly);
        auto sb = m_eb->signIn(m_central.url(), QStringLiteral("coord2"), QStringLiteral("demo-coordinator"));
        QVERIFY(sb);
    }

    void plainHttpOnlyToLoopback()
    {
        QVERIFY(SyncHttp::checkServerUrl(QStringLiteral("http://127.0.0.1:8080")));
        QVERIFY(SyncHttp::checkServerUrl(QStringLiteral("http://127.9.9.9:8080")));
        QVERIFY(SyncHttp::checkServerUrl(QStringLiteral("http://[::1]:8080")));
        QVERIFY(SyncHttp::checkServerUrl(QStringLiteral("http://localhost:8080/")));
        QVERIFY(SyncHttp::checkServerUrl(QStringLiteral("https://central.example.org")));
        auto plain = SyncHttp::checkServerUrl(QStringLiteral("http://10.0.0.5:8080"));
        QVERIFY(!plain);
        QCOMPARE(plain.error().code, QStringLiteral("sync.insecure_url"));
        QVERIFY(!SyncHttp::checkServerUrl(QStringLiteral("ftp://127.0.0.1")));
    }

    void wrongPasswordIsRefused()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(u"c.sqlite"_qs));
        QVERIFY(db);
        SyncEngine e(DatabaseWriter::forPath(db.value()->path()));
        auto r = e.signIn(m_central.url(), QStringLiteral("coord1"), QStringLiteral("wrong"));
        QVERIFY(!r);
        QCOMPARE(r.error().code, QStringLiteral("auth.bad_credentials"));
    }

    void firstSyncPullsRoster()
    {
        const SyncSummary a = syncOk(*m_ea);
        QVERIFY(a.pulled >= 30);
        QVERIFY(a.digestMatches);
        const SyncSummary b = syncOk(*m_eb);
        QCOMPARE(b.pulled, a.pulled);
        QCOMPARE(students(*m_a), students(*m_b));
    }

    void editTravels()
    {
        const QStringList rows = students(*m_a);
        QVERIFY(!rows.isEmpty());
        auto first = StudentRepository(*m_a).fetch(StudentQuery{}, 0, 1);
        QVERIFY(first && !first.value().isEmpty());
        const StudentRecord r = first.value().first();
        QVERIFY(edit(*m_a, r, [](StudentRecord &s) { s.note = QStringLiteral("changed on A"); }, u"coord1"_qs));
        const SyncSummary a = syncOk(*m_ea);
        QCOMPARE(a.pushed, 1);
        QCOMPARE(a.applied, 1);
        QVERIFY(a.digestMatches);
        const SyncSummary b = syncOk(*m_eb);
        QCOMPARE(b.pulled, 1);
        QCOMPARE(byKey(*m_b, r).note, QStringLiteral("changed on A"));
        QCOMPARE(students(*m_a), students(*m_b));
    }

    void importOfThousandTravels()
    {
        PackedStudentRows rows;
        for (int i = 0; i < 1000; ++i)
            rows.append(synctest::student(kSchool, 200000 + i));
        auto committed = importRows(*m_a, rows, QStringLiteral("cd").repeated(32));
        QVERIFY2(committed, qPrintable(committed ? QString() : committed.error().detail));
        QCOMPARE(committed.value().inserted, 1000);
        const SyncSummary a = syncOk(*m_ea);
        QCOMPARE(a.pushed, 1000);
        QCOMPARE(a.applied, 1000);
        QCOMPARE(a.rejected, 0);
        QVERIFY(a.digestMatches);
        const SyncSummary b = syncOk(*m_eb);
        QCOMPARE(b.pulled, 1000);
        QVERIFY(b.digestMatches);
        QCOMPARE(students(*m_a), students(*m_b));
        // Every op of the batch was acknowledged; the batch entry itself was expanded.
        auto counts = OutboxRepository(*m_a).counts();
        QVERIFY(counts);
        QCOMPARE(counts.value().pending(), 0);
    }

    void sameFieldConflictIsSurfacedAndResolvable()
    {
        const StudentRecord r = synctest::student(kSchool, 200010);
        QVERIFY(edit(*m_a, r, [](StudentRecord &s) { s.major = QStringLiteral("数学A"); }, u"coord1"_qs));
        QVERIFY(edit(*m_b, r, [](StudentRecord &s) { s.major = QStringLiteral("数学B"); }, u"coord2"_qs));
        QCOMPARE(syncOk(*m_ea).applied, 1);
        const SyncSummary b = syncOk(*m_eb);
        QCOMPARE(b.conflicts, 1);
        QCOMPARE(b.openConflicts, 1);
        auto conflicts = SyncStore(*m_b).conflicts(false);
        QVERIFY(conflicts);
        QCOMPARE(conflicts.value().size(), 1);
        const SyncConflict c = conflicts.value().first();
        QCOMPARE(c.field, QStringLiteral("major"));
        QCOMPARE(c.mine.toString(), QStringLiteral("数学B"));
        QCOMPARE(c.theirs.toString(), QStringLiteral("数学A"));
        QCOMPARE(c.base.toString(), QStringLiteral("统计学"));
        QCOMPARE(c.changedBy, QStringLiteral("coord1"));
        // B keeps its value until the user picks, even across another sync.
        QCOMPARE(byKey(*m_b, r).major, QStringLiteral("数学B"));
        syncOk(*m_eb);
        QCOMPARE(byKey(*m_b, r).major, QStringLiteral("数学B"));
        // Mine: a new op sends B's value over A's.
        QVERIFY(SyncStore(*m_b).resolveConflict(c.id, ConflictChoice::Mine));
        const SyncSummary b2 = syncOk(*m_eb);
        QCOMPARE(b2.applied, 1);
        QCOMPARE(b2.openConflicts, 0);
        syncOk(*m_ea);
        QCOMPARE(byKey(*m_a, r).major, QStringLiteral("数学B"));

        // Theirs: the local value becomes the server's, nothing is sent.
        QVERIFY(edit(*m_a, r, [](StudentRecord &s) { s.note = QStringLiteral("A note"); }, u"coord1"_qs));
        QVERIFY(edit(*m_b, r, [](StudentRecord &s) { s.note = QStringLiteral("B note"); }, u"coord2"_qs));
        syncOk(*m_ea);
        QCOMPARE(syncOk(*m_eb).conflicts, 1);
        conflicts = SyncStore(*m_b).conflicts(false);
        QVERIFY(conflicts && conflicts.value().size() == 1);
        QVERIFY(SyncStore(*m_b).resolveConflict(conflicts.value().first().id, ConflictChoice::Theirs));
        QCOMPARE(byKey(*m_b, r).note, QStringLiteral("A note"));
        const SyncSummary b3 = syncOk(*m_eb);
        QCOMPARE(b3.pushed, 0);
        QCOMPARE(b3.openConflicts, 0);
        QCOMPARE(students(*m_a), students(*m_b));
    }

    void differentFieldsMerge()
    {
        const StudentRecord r = synctest::student(kSchool, 200020);
        QVERIFY(edit(*m_a, r, [](StudentRecord &s) { s.department = QStringLiteral("A系"); }, u"coord1"_qs));
        QVERIFY(edit(*m_b, r, [](StudentRecord &s) { s.className = QStringLiteral("B班"); }, u"coord2"_qs));
        syncOk(*m_ea);
        const SyncSummary b = syncOk(*m_eb);
        QCOMPARE(b.conflicts, 0);
        QCOMPARE(b.applied, 1);
        syncOk(*m_ea);
        for (Database *db : { m_a.get(), m_b.get() }) {
            const StudentRecord s = byKey(*db, r);
            QCOMPARE(s.department, QStringLiteral("A系"));
            QCOMPARE(s.className, QStringLiteral("B班"));
        }
        QCOMPARE(students(*m_a), students(*m_b));
    }

    void offlineKeepsOpsAndCatchesUp()
    {
        const int port = m_central.port();
        m_central.stop();
        const StudentRecord r = synctest::student(kSchool, 200030);
        QVERIFY(edit(*m_a, r, [](StudentRecord &s) { s.note = QStringLiteral("offline edit"); }, u"coord1"_qs));
        auto failed = m_ea->sync();
        QVERIFY(!failed);
        QVERIFY2(failed.error().code.startsWith(u"net."), qPrintable(failed.error().code));
        auto counts = OutboxRepository(*m_a).counts();
        QVERIFY(counts);
        QCOMPARE(counts.value().pending(), 1);
        QCOMPARE(counts.value().failed, 1);
        auto state = SyncStore(*m_a).state();
        QVERIFY(state);
        QCOMPARE(state.value().lastError, failed.error().code);

        QVERIFY(startCentral(QStringLiteral("serve"), port));
        // The server restarted with the same database: the session is still valid.
        const SyncSummary a = syncOk(*m_ea);
        QCOMPARE(a.applied, 1);
        QCOMPARE(a.pendingAfter, 0);
        syncOk(*m_eb);
        QCOMPARE(byKey(*m_b, r).note, QStringLiteral("offline edit"));
        QCOMPARE(students(*m_a), students(*m_b));
    }

    void syncWithNothingToDoChangesNothing()
    {
        syncOk(*m_ea);
        const QString all = QStringLiteral("SELECT * FROM %1");
        const QStringList before = dump(*m_a, all.arg(u"students"_qs)) + dump(*m_a, all.arg(u"outbox"_qs))
            + dump(*m_a, all.arg(u"student_base"_qs)) + dump(*m_a, all.arg(u"sync_conflicts"_qs));
        const SyncSummary s = syncOk(*m_ea);
        QCOMPARE(s.pushed, 0);
        QCOMPARE(s.pulled, 0);
        const QStringList after = dump(*m_a, all.arg(u"students"_qs)) + dump(*m_a, all.arg(u"outbox"_qs))
            + dump(*m_a, all.arg(u"student_base"_qs)) + dump(*m_a, all.arg(u"sync_conflicts"_qs));
        QCOMPARE(after, before);
    }

    void undoneImportIsDeletedEverywhere()
    {
        PackedStudentRows rows;
        for (int i = 0; i < 20; ++i)
            rows.append(synctest::student(kSchool, 210000 + i));
        // Imported and undone before any sync: nothing travels.
        auto first = importRows(*m_a, rows, QStringLiteral("11").repeated(32));
        QVERIFY(first);
        QVERIFY(StudentImportRepository(*m_a).undo(first.value().batchId, u"teacher"_qs));
        const SyncSummary none = syncOk(*m_ea);
        QCOMPARE(none.pushed, 0);
        // Imported, synced, then undone: the undo deletes them on the server and on B.
        auto second = importRows(*m_a, rows, QStringLiteral("22").repeated(32));
        QVERIFY(second);
        QCOMPARE(syncOk(*m_ea).applied, 20);
        syncOk(*m_eb);
        QCOMPARE(byKey(*m_b, synctest::student(kSchool, 210005)).name, synctest::student(kSchool, 210005).name);
        QVERIFY(StudentImportRepository(*m_a).undo(second.value().batchId, u"teacher"_qs));
        const SyncSummary undo = syncOk(*m_ea);
        QCOMPARE(undo.applied, 20);
        QVERIFY(undo.digestMatches);
        const SyncSummary b = syncOk(*m_eb);
        QCOMPARE(b.pulled, 20);
        QVERIFY(b.digestMatches);
        QCOMPARE(byKey(*m_b, synctest::student(kSchool, 210005)).id, 0);
        QCOMPARE(students(*m_a), students(*m_b));
    }

    void serviceRunsOffTheGuiThread()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"svc.sqlite"_qs);
        SyncService service(path);
        QSignalSpy signedIn(&service, &SyncService::signedIn);
        QSignalSpy finished(&service, &SyncService::syncFinished);
        QSignalSpy failed(&service, &SyncService::syncFailed);
        QSignalSpy progress(&service, &SyncService::progress);
        service.signIn(m_central.url(), QStringLiteral("coord1"), QStringLiteral("demo-coordinator"));
        QVERIFY(signedIn.wait(30000));
        QCOMPARE(service.role(), QStringLiteral("coordinator"));
        QCOMPARE(service.school(), kSchool);
        service.syncNow();
        QVERIFY(finished.wait(120000));
        QCOMPARE(failed.count(), 0);
        QVERIFY(progress.count() > 0);
        QVERIFY(service.lastSyncAt().isValid());
        QCOMPARE(service.pendingCount(), 0);
        auto log = service.log();
        QVERIFY(log && !log.value().isEmpty());
        QCOMPARE(service.connection(), SyncConnection::Online);
        // Signed out: the next sync asks to sign in, nothing lost.
        QSignalSpy needed(&service, &SyncService::signInNeeded);
        QSignalSpy signedOut(&service, &SyncService::signedOut);
        service.signOut();
        QVERIFY(signedOut.wait(30000));
        service.syncNow();
        QVERIFY(needed.wait(30000));
    }

    void expiredSessionAsksToSignInWithoutLoss()
    {
        const StudentRecord r = synctest::student(kSchool, 200040);
        QVERIFY(edit(*m_a, r, [](StudentRecord &s) { s.note = QStringLiteral("before sign-out"); }, u"coord1"_qs));
        m_ea->tokens().write(m_central.url(), QStringLiteral("coord1"), QStringLiteral("forged-token"));
        auto failed = m_ea->sync();
        QVERIFY(!failed);
        QCOMPARE(failed.error().code, QStringLiteral("auth.bad_token"));
        auto counts = OutboxRepository(*m_a).counts();
        QVERIFY(counts && counts.value().pending() == 1);
        auto again = m_ea->sync();
        QVERIFY(!again);
        QCOMPARE(again.error().code, QStringLiteral("sync.sign_in_needed"));
        QVERIFY(m_ea->signIn(m_central.url(), QStringLiteral("coord1"), QStringLiteral("demo-coordinator")));
        QCOMPARE(syncOk(*m_ea).applied, 1);
    }

    // Creates of an import batch (no base copy) are expanded by one set-based statement, other
    // keys op by op (opFor); a key whose base copy is a tombstone gets the same changes as a
    // create, so twins (same fields, other ID number) on both paths must carry equal changes.
    void importExpansionOfCreatesEqualsOpByOp()
    {
        QTemporaryDir dir;
        auto opened = Database::open(dir.filePath(u"expand.sqlite"_qs));
        QVERIFY(opened);
        Database &db = *opened.value();
        const QStringList names{ QStringLiteral("Zhang \"San\" O'Neil \\ back\\slash\nnew line\ttab"),
                                 QStringLiteral("测试 Ünïcødé 😀 ｚ"), QStringLiteral("plain") };
        PackedStudentRows rows;
        QList<StudentRecord> creates, twins;
        for (int i = 0; i < names.size(); ++i) {
            StudentRecord a = synctest::student(kSchool, 400000 + i);
            a.name = names.at(i);
            a.note = i == 0 ? QStringLiteral("note \u0001 \u001f \u007f /") : QString();
            a.programYears = i; // 0 too
            StudentRecord b = synctest::student(kSchool, 400100 + i);
            const QString twinNumber = b.idNumber;
            b = a;
            b.idNumber = twinNumber;
            b.studentNo = a.studentNo; // every non-identity field equal
            creates << a;
            twins << b;
            rows.append(a);
            rows.append(b);
        }
        auto committed = importRows(db, rows, QStringLiteral("ab").repeated(32));
        QVERIFY2(committed, qPrintable(committed ? QString() : committed.error().detail));
        QCOMPARE(committed.value().inserted, 2 * int(names.size()));
        {
            // The twins' records were deleted on the server once: tombstone base copies.
            QSqlQuery q(db.connection());
            q.prepare(QStringLiteral("INSERT INTO student_base (entity_key, server_version, data_json)"
                                     " VALUES (?, 7, '{}')"));
            for (const StudentRecord &b : std::as_const(twins)) {
                q.addBindValue(protocol::studentKey(b));
                QVERIFY(q.exec());
            }
        }
        const QStringList entry = dump(db, QStringLiteral("SELECT seq FROM outbox WHERE entity = 'student_import'"));
        QCOMPARE(entry.size(), 1);
        auto made = OutboxRepository(db).expandImports();
        QVERIFY(made);
        QCOMPARE(made.value(), qint64(rows.size()));

        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT seq, op_id, entity_key, base_version, changes, kind, state FROM outbox"
                                      " WHERE entity = 'student' ORDER BY seq")));
        QHash<QString, QString> changesOf;
        QHash<QString, qint64> baseOf;
        QStringList keys;
        qint64 seq = entry.first().toLongLong();
        QString prefix;
        while (q.next()) {
            const QString key = q.value(2).toString();
            QCOMPARE(q.value(0).toLongLong(), seq++); // consecutive from the batch entry's place
            const QString opId = q.value(1).toString();
            QVERIFY(opId.endsWith(key));
            if (prefix.isEmpty())
                prefix = opId.left(opId.size() - key.size());
            QCOMPARE(opId, prefix + key);
            QCOMPARE(q.value(5).toString(), QStringLiteral("upsert"));
            QCOMPARE(q.value(6).toString(), QStringLiteral("queued"));
            keys << key;
            changesOf.insert(key, q.value(4).toString());
            baseOf.insert(key, q.value(3).toLongLong());
        }
        QVERIFY(prefix.startsWith(u"imp:"));
        // The entry moved up past its ops and is done.
        QCOMPARE(dump(db, QStringLiteral("SELECT seq, state FROM outbox WHERE entity = 'student_import'")),
                 QStringList{ QString::number(seq) + u"|expanded"_qs });
        QStringList sorted = keys;
        std::sort(sorted.begin(), sorted.end());
        QCOMPARE(keys, sorted); // key order, both paths interleaved
        QCOMPARE(keys.size(), rows.size());
        for (qsizetype i = 0; i < creates.size(); ++i) {
            const QString a = protocol::studentKey(creates.at(i));
            const QString b = protocol::studentKey(twins.at(i));
            QCOMPARE(baseOf.value(a), 0);
            QCOMPARE(baseOf.value(b), 7);
            QCOMPARE(changesOf.value(a), changesOf.value(b));
            // What opFor writes: every non-identity field as [null, value], compact.
            const StudentRecord stored = byKey(db, creates.at(i));
            QJsonObject expected;
            for (int f = 0; f < int(StudentField::Count_); ++f) {
                if (StudentField(f) == StudentField::IdType || StudentField(f) == StudentField::IdNumber)
                    continue;
                expected.insert(protocol::studentFieldName(StudentField(f)),
                                QJsonArray{ QJsonValue(), protocol::studentFieldValue(stored, StudentField(f)) });
            }
            QCOMPARE(changesOf.value(a), QString::fromUtf8(QJsonDocument(expected).toJson(QJsonDocument::Compact)));
            QCOMPARE(stored.name, names.at(i));
        }
    }

    // An import is expanded piece by piece while a push walks the queue: each piece's ops take the
    // entry's place, the walk stops at the entry until the rest is expanded, an op made after the
    // import (a local edit) stays behind all of the import's ops, and a run cut after some pieces
    // (a new expansion object, as after a restart) neither repeats nor loses an op.
    void importExpandsPieceByPiece()
    {
        QTemporaryDir dir;
        auto opened = Database::open(dir.filePath(u"pieces.sqlite"_qs));
        QVERIFY(opened);
        Database &db = *opened.value();
        PackedStudentRows rows;
        QList<StudentRecord> recs;
        for (int i = 0; i < 23; ++i) {
            StudentRecord r = synctest::student(kSchool, 430000 + i);
            rows.append(r);
            recs << r;
        }
        QVERIFY(importRows(db, rows, QStringLiteral("9a").repeated(32)));
        QVERIFY(edit(db, recs.at(0), [](StudentRecord &s) { s.note = QStringLiteral("after the import"); }, u"me"_qs));
        const auto importOps = [&] {
            return dump(db, QStringLiteral("SELECT op_id FROM outbox WHERE op_id LIKE 'imp:%' ORDER BY seq"));
        };
        OutboxRepository outbox(db);
        qint64 walked = 0, expanded = 0;
        QStringList sent;
        {
            OutboxImportExpansion expansion(db);
            auto step = expansion.next(5);
            QVERIFY(step);
            QCOMPARE(step.value().keys, qint64(5));
            QCOMPARE(step.value().ops, qint64(5));
            QCOMPARE(expansion.keysLeft(), qint64(18));
            expanded += step.value().ops;
            for (int piece = 0; piece < 2; ++piece) {
                bool ahead = false;
                auto batch = outbox.nextBatch(100, {}, walked, &ahead);
                QVERIFY(batch);
                QVERIFY(ahead); // stopped at the import entry, not at the edit behind it
                QCOMPARE(batch.value().size(), 5);
                for (const OutboxOp &op : batch.value()) {
                    QVERIFY(op.opId.startsWith(u"imp:"));
                    sent << op.opId;
                }
                walked = batch.value().last().seq;
                step = expansion.next(5);
                QVERIFY(step);
                QCOMPARE(step.value().keys, qint64(5));
                expanded += step.value().ops;
            }
        } // the run ends here (10 ops taken, 15 made)
        QCOMPARE(expanded, qint64(15));
        QCOMPARE(importOps().size(), 15);
        {
            OutboxImportExpansion expansion(db); // the next run: keys are read again
            for (;;) {
                bool ahead = false;
                auto batch = outbox.nextBatch(100, {}, walked, &ahead);
                QVERIFY(batch);
                for (const OutboxOp &op : batch.value())
                    sent << op.opId;
                if (!batch.value().isEmpty())
                    walked = batch.value().last().seq;
                if (!ahead && batch.value().isEmpty())
                    break;
                if (ahead && batch.value().isEmpty()) {
                    auto step = expansion.next(4);
                    QVERIFY(step);
                    QVERIFY(step.value().keys > 0);
                }
            }
        }
        const QStringList ops = importOps();
        QCOMPARE(ops.size(), 23);
        QCOMPARE(QSet<QString>(ops.begin(), ops.end()).size(), 23);
        QCOMPARE(dump(db, QStringLiteral("SELECT count(*) FROM outbox WHERE entity = 'student_import'"
                                         " AND state = 'expanded'")),
                 QStringList{ u"1"_qs });
        // Every import op went out before the edit, which comes last (its record's create first).
        QCOMPARE(sent.size(), 24);
        QCOMPARE(sent.mid(0, 23), ops);
        QVERIFY(!sent.last().startsWith(u"imp:"));
        const qint64 lastImportSeq = dump(db, QStringLiteral("SELECT max(seq) FROM outbox WHERE op_id LIKE 'imp:%'"))
                                         .first()
                                         .toLongLong();
        const qint64 movedEditSeq = dump(db, QStringLiteral("SELECT max(seq) FROM outbox WHERE entity = 'student'"))
                                        .first()
                                        .toLongLong();
        QVERIFY(movedEditSeq > lastImportSeq);
    }

    // An op's new values read straight from its stored changes equal what the JSON document
    // gives, and anything but the plain shape is left to the document (false).
    void changesReaderAgreesWithJsonDocument()
    {
        const auto viaDocument = [](const QByteArray &text) {
            StudentRecord r;
            const QJsonObject changes = syncsql::parseObject(text);
            for (auto it = changes.constBegin(); it != changes.constEnd(); ++it) {
                if (const auto f = syncsql::fieldOfColumn(it.key()))
                    syncsql::setField(r, *f, it.value().toArray().at(1));
            }
            return r;
        };
        StudentRecord odd = synctest::student(kSchool, 440000);
        odd.name = QStringLiteral("a\"b\\c\nd\re\tf\bg\fh/ é 中 😀");
        odd.note = QStringLiteral("  spaces  ");
        odd.programYears = 0;
        QJsonObject fromRecord;
        for (int f = 0; f < int(StudentField::Count_); ++f) {
            if (StudentField(f) == StudentField::IdType || StudentField(f) == StudentField::IdNumber)
                continue;
            fromRecord.insert(protocol::studentFieldName(StudentField(f)),
                QJsonArray { QJsonValue(), protocol::studentFieldValue(odd, StudentField(f)) });
        }
        const QByteArray plain = QJsonDocument(fromRecord).toJson(QJsonDocument::Compact);
        const QList<QByteArray> readable {
            plain,
            "{}",
            "{\"name\":[\"old\",\"new\"],\"enrol_year\":[2020,2024],\"grade\":[null,null]}",
            "{\"enrol_year\":[null,-5],\"program_years\":[0,99999999999],\"major\":[null,12]}",
            "{\"note\":[\"x\",\"tab\\tnew\\nline \\\"quoted\\\" back\\\\slash \\/\"]}",
        };
        for (const QByteArray &text : readable) {
            StudentRecord fast;
            QVERIFY2(syncsql::readNewValues(text, fast), text.constData());
            QVERIFY2(fast.sameContent(viaDocument(text)), text.constData());
        }
        const QList<QByteArray> refused {
            "{\"name\":[null,\"\\u00e9\"]}", // \u escapes
            "{\"name\":[null,\"a\"],\"name\":[null,\"b\"]}", // a repeated column
            "{\"nickname\":[null,\"a\"]}", // an unknown column
            "{\"enrol_year\":[null,2024.0]}", // a fraction
            "{\"enrol_year\":[null,1e3]}", // an exponent
            "{\"enrol_year\":[null,true]}", // a boolean
            "{\"enrol_year\":[null,0123]}", // a leading zero
            "{ \"name\":[null,\"a\"]}", // whitespace
            "{\"name\":[null,\"a\"]}x", // trailing bytes
            "{\"name\":[null,\"a\"]", // cut short
            "{\"name\":[null,\"a\"",
            "{\"name\":[null,\"\xff\xfe\"]}", // not UTF-8
            "{\"name\":[null,\"a\x01\"]}", // a raw control character
            "",
        };
        for (const QByteArray &text : refused) {
            StudentRecord fast;
            QVERIFY2(!syncsql::readNewValues(text, fast), text.constData());
        }
    }

    // The base copy of a record confirmed without a record in the result is written
    // directly; it must be the very text QJsonDocument makes of the record.
    void recordTextIsCompactJson()
    {
        QList<StudentRecord> records{ synctest::student(kSchool, 420000), StudentRecord{} };
        StudentRecord &odd = records[0];
        odd.name = QStringLiteral("a\"b\\c\nd\re\tf\bg\fh") + QChar(0x01) + QChar(0x1f) + QChar(0x7f)
            + u"/ é 中 😀"_qs;
        odd.note = QString(QChar(0xD800)) + u"x"_qs + QChar(0xDC01) + QChar(0x2028);
        odd.major = QString(QChar(0xDBFF)); // a high surrogate at the end
        odd.programYears = 0;
        for (const StudentRecord &r : std::as_const(records))
            QCOMPARE(syncsql::recordJsonUtf8(r),
                     QJsonDocument(protocol::studentToJson(r)).toJson(QJsonDocument::Compact));
    }

    // An applied create whose result has no record means "the server holds what the
    // op proposed": the client ends exactly as with that record in the result.
    void appliedCreateWithoutRecordEqualsProposedRecord()
    {
        QTemporaryDir dir;
        auto withRecord = Database::open(dir.filePath(u"with.sqlite"_qs));
        auto without = Database::open(dir.filePath(u"without.sqlite"_qs));
        QVERIFY(withRecord && without);
        PackedStudentRows rows;
        QList<StudentRecord> recs, imported;
        for (int i = 0; i < 4; ++i) {
            StudentRecord r = synctest::student(kSchool, 410000 + i);
            r.name = i == 0 ? QStringLiteral("引号\"和\\反斜杠\n") : r.name;
            rows.append(r);
            recs << r;
        }
        for (Database *db : { withRecord.value().get(), without.value().get() }) {
            auto committed = importRows(*db, rows, QStringLiteral("ef").repeated(32));
            QVERIFY(committed);
            QVERIFY(OutboxRepository(*db).expandImports());
            // Edited after the op was made: that field stays local (a pending op).
            QVERIFY(edit(*db, recs.at(1), [](StudentRecord &s) { s.note = QStringLiteral("edited"); }, u"me"_qs));
        }
        for (int i = 0; i < 4; ++i)
            imported << byKey(*withRecord.value(), recs.at(i));
        imported[1].note.clear(); // as imported
        for (bool record : { true, false }) {
            Database &db = record ? *withRecord.value() : *without.value();
            OutboxRepository outbox(db);
            auto batch = outbox.nextBatch(100, {});
            QVERIFY(batch);
            QCOMPARE(batch.value().size(), 4);
            QVERIFY(outbox.markSent(batch.value()));
            QList<OutboxOpResult> results;
            for (const OutboxOp &op : batch.value()) {
                OutboxOpResult res;
                res.opId = op.opId;
                res.status = QStringLiteral("applied");
                res.version = 1;
                if (record) {
                    for (const StudentRecord &r : std::as_const(imported)) {
                        if (protocol::studentKey(r) == op.key)
                            res.record = protocol::studentToJson(r);
                    }
                    QVERIFY(!res.record.isEmpty());
                }
                results << res;
            }
            auto stored = outbox.applyResults(batch.value(), results);
            QVERIFY2(stored, qPrintable(stored ? QString() : stored.error().detail));
            QCOMPARE(stored.value(), 0);
        }
        const QString base =
            QStringLiteral("SELECT entity_key, server_version, data_json FROM student_base ORDER BY 1");
        const QString rowsSql = QStringLiteral("SELECT id_type, id_number, name, note, server_version, row_version,"
                                               " content_hash FROM students ORDER BY id_type, id_number");
        const QString states = QStringLiteral("SELECT entity_key, kind, state, result FROM outbox"
                                              " WHERE entity = 'student' ORDER BY seq");
        QCOMPARE(dump(*without.value(), base), dump(*withRecord.value(), base));
        QCOMPARE(dump(*without.value(), rowsSql), dump(*withRecord.value(), rowsSql));
        QCOMPARE(dump(*without.value(), states), dump(*withRecord.value(), states));
        QCOMPARE(dump(*without.value(), base).size(), 4);
        QCOMPARE(byKey(*without.value(), recs.at(1)).note, QStringLiteral("edited"));
        QCOMPARE(byKey(*without.value(), recs.at(0)).serverVersion, 1);
        QCOMPARE(byKey(*without.value(), recs.at(1)).serverVersion, 1);
    }
};

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "tst_syncengine.moc"
