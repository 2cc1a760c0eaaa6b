#include "Database.h"
#include "PackedStudentRows.h"
#include "StoreTestSql.h"
#include "StudentImportRepository.h"
#include "StudentRepository.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace cet;

namespace {

// Every column of every students row, in id order: "equal dumps" means "exactly the same rows".
QStringList dumpStudents(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT * FROM students ORDER BY id")))
        qFatal("dump failed");
    QStringList rows;
    while (q.next()) {
        QStringList cells;
        for (int c = 0; c < q.record().count(); ++c)
            cells << (q.value(c).isNull() ? QStringLiteral("<null>") : q.value(c).toString());
        rows << cells.join(u'|');
    }
    return rows;
}

QStringList schemaOf(const QSqlDatabase &db, const char *type)
{
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = '%1' AND tbl_name = 'students' ORDER BY name")
               .arg(QLatin1String(type)));
    QStringList names;
    while (q.next())
        names << q.value(0).toString();
    return names;
}

QString integrity(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA integrity_check")) || !q.next())
        return QStringLiteral("query failed");
    return q.value(0).toString();
}

PackedStudentRows rowsOf(const QList<StudentRecord> &records)
{
    PackedStudentRows rows;
    for (const StudentRecord &r : records)
        rows.append(r);
    return rows;
}

PackedStudentRows generated(qint64 first, qint64 count, int variant = 0)
{
    PackedStudentRows rows;
    for (qint64 i = first; i < first + count; ++i)
        rows.append(makeStudent(i, variant));
    return rows;
}

ImportBatch batchFor(const QString &file)
{
    ImportBatch b;
    b.actor = QStringLiteral("teacher");
    b.fileName = file;
    b.fileSha256 = QStringLiteral("ab").repeated(32);
    b.rowsRead = 0;
    return b;
}

} // namespace

class TestStudentImportRepository : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    std::unique_ptr<Database> m_db;

    Database &db() { return *m_db; }
    QSqlDatabase conn() { return m_db->connection(); }

    // Snapshot, plan against it, commit: what an import does.
    Result<ImportCommitResult> importRows(const PackedStudentRows &rows, const QString &file = QStringLiteral("a.csv"),
                                          const QList<qint64> &deleteIds = {})
    {
        StudentImportRepository repo(db());
        auto snapshot = repo.identitySnapshot();
        if (!snapshot)
            return snapshot.error();
        std::vector<PlanRow> plan = planFor(snapshot.value(), rows);
        for (const qint64 id : deleteIds)
            plan.push_back({ 0, -1, PlanAction::Delete, id, 0 });
        ImportProgress progress;
        ImportBatch batch = batchFor(file);
        batch.rowsRead = int(rows.size());
        return repo.commit(batch, snapshot.value(), plan, rows, progress);
    }

    qint64 idOf(const StudentRecord &r)
    {
        auto found = StudentRepository(db()).byIdentity(r.idType, r.idNumber);
        return found && found.value() ? found.value()->id : 0;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void init()
    {
        auto opened = Database::open(m_dir.filePath(QStringLiteral("import%1.sqlite").arg(++m_counter)));
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().detail));
        m_db = std::move(opened.value());
    }
    void cleanup() { m_db.reset(); }

    void snapshotMatchesRowHashes()
    {
        QList<StudentRecord> stored = { makeStudent(1), makeStudent(2), makeStudent(3) };
        QVERIFY(StudentRepository(db()).insert(stored).ok());
        // A row written before migration 3 (no hash): the snapshot computes it.
        QSqlQuery q(conn());
        QVERIFY(q.exec(QStringLiteral("UPDATE students SET row_version = row_version, content_hash = NULL "
                                      "WHERE id = %1")
                           .arg(stored[1].id)));
        q.finish();
        const PackedStudentRows rows = rowsOf(stored);
        auto snapshot = StudentImportRepository(db()).identitySnapshot();
        QVERIFY(snapshot.ok());
        QCOMPARE(snapshot.value().entries.size(), size_t(3));
        QCOMPARE(snapshot.value().liveCount, 3);
        for (qsizetype i = 0; i < rows.size(); ++i) {
            const IdentityEntry *e = snapshot.value().find(rows.identityHash(i));
            QVERIFY(e);
            QCOMPARE(e->id, stored[i].id);
            QCOMPARE(e->contentHash, rows.contentHash(i));
            QCOMPARE(e->contentHash, studentContentHash(stored[i]));
            QCOMPARE(e->rowVersion, 1);
            QVERIFY(!e->deleted);
        }
        QVERIFY(!snapshot.value().find(studentIdentityHash(IdType::Passport, u"E1")));
    }

    void insertUpdateUnchangedDelete()
    {
        QList<StudentRecord> stored = { makeStudent(1), makeStudent(2), makeStudent(3) };
        StudentRepository students(db());
        QVERIFY(students.insert(stored).ok());
        const QStringList before = dumpStudents(conn());

        StudentRecord changed = makeStudent(2);
        changed.note = QStringLiteral("转专业");
        changed.major = QStringLiteral("英语");
        const PackedStudentRows rows = rowsOf({ makeStudent(1), changed, makeStudent(4) });
        auto r = importRows(rows, QStringLiteral("roster.csv"), { stored[2].id });
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().detail));
        QCOMPARE(r.value().inserted, 1);
        QCOMPARE(r.value().updated, 1);
        QCOMPARE(r.value().unchanged, 1);
        QCOMPARE(r.value().deleted, 1);
        const qint64 batchId = r.value().batchId;
        QVERIFY(batchId > 0);

        QCOMPARE(students.count().value(), 3); // 1, 2 (changed), 4; 3 soft-deleted
        auto two = students.byId(stored[1].id).value();
        QVERIFY(two);
        QVERIFY(two->sameContent(changed));
        QCOMPARE(two->rowVersion, 2);
        QVERIFY(!students.byId(stored[2].id).value()); // soft-deleted
        QCOMPARE(scalar(conn(), QStringLiteral("SELECT count(*) FROM students WHERE deleted_at IS NOT NULL")), 1);
        const qint64 newId = idOf(makeStudent(4));
        QVERIFY(newId > 0);
        QCOMPARE(scalar(conn(), QStringLiteral("SELECT import_batch_id FROM students WHERE id = %1").arg(newId)),
                 batchId);
        // Unchanged row untouched.
        QCOMPARE(dumpStudents(conn()).first(), before.first());
        // Hashes kept right: a second import of the same rows changes nothing.
        auto again = importRows(rows, QStringLiteral("roster.csv"));
        QVERIFY(again.ok());
        QCOMPARE(again.value().unchanged, 3);
        QCOMPARE(again.value().inserted + again.value().updated, 0);

        // The batch, its audit entry and its outbox operation.
        auto history = StudentImportRepository(db()).history();
        QVERIFY(history.ok());
        const ImportBatch &b = history.value().last().batch;
        QCOMPARE(b.id, batchId);
        QCOMPARE(b.fileName, QStringLiteral("roster.csv"));
        QCOMPARE(b.rowsInserted, 1);
        QCOMPARE(b.rowsUpdated, 1);
        QCOMPARE(b.rowsUnchanged, 1);
        QCOMPARE(b.rowsDeleted, 1);
        QCOMPARE(b.rowsRead, 3);
        QVERIFY(b.finishedAt.isValid());
        QCOMPARE(scalar(conn(), QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'student_import' "
                                               "AND action = 'student.import' AND entity_key = '%1'")
                                    .arg(batchId)),
                 1);
        QSqlQuery q(conn());
        QVERIFY(q.exec(QStringLiteral("SELECT changes FROM outbox WHERE entity = 'student_import' AND entity_key = "
                                      "'%1'")
                           .arg(batchId)));
        QVERIFY(q.next());
        const QJsonObject changes = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
        QVERIFY(!q.next());
        QCOMPARE(changes.value(QStringLiteral("file_sha256")).toString(), QStringLiteral("ab").repeated(32));
        QCOMPARE(changes.value(QStringLiteral("inserted")).toInt(), 1);
        QCOMPARE(changes.value(QStringLiteral("updated")).toInt(), 1);
        QCOMPARE(changes.value(QStringLiteral("deleted")).toInt(), 1);
        QCOMPARE(changes.value(QStringLiteral("unchanged")).toInt(), 1);
        q.finish();
        QCOMPARE(integrity(conn()), QStringLiteral("ok"));
    }

    void resurrectSoftDeleted()
    {
        QList<StudentRecord> stored = { makeStudent(1), makeStudent(2) };
        QVERIFY(StudentRepository(db()).insert(stored).ok());
        auto del = importRows(rowsOf({ makeStudent(1) }), QStringLiteral("a.csv"), { stored[1].id });
        QVERIFY(del.ok());
        QCOMPARE(del.value().deleted, 1);
        const QStringList afterDelete = dumpStudents(conn());

        StudentRecord back = makeStudent(2);
        back.className = QStringLiteral("回来班");
        auto snapshot = StudentImportRepository(db()).identitySnapshot();
        QVERIFY(snapshot.ok());
        QCOMPARE(snapshot.value().liveCount, 1);
        const PackedStudentRows rows = rowsOf({ back });
        const std::vector<PlanRow> plan = planFor(snapshot.value(), rows);
        QCOMPARE(plan[0].action, PlanAction::Insert);
        QCOMPARE(plan[0].existingId, stored[1].id);
        auto res = importRows(rows, QStringLiteral("b.csv"));
        QVERIFY2(res.ok(), qPrintable(res.ok() ? QString() : res.error().detail));
        QCOMPARE(res.value().inserted, 1);
        auto found = StudentRepository(db()).byId(stored[1].id).value();
        QVERIFY(found); // live again, same row
        QVERIFY(found->sameContent(back));
        QCOMPARE(scalar(conn(), QStringLiteral("SELECT count(*) FROM students")), 2);

        QVERIFY(StudentImportRepository(db()).undo(res.value().batchId, QStringLiteral("teacher")).ok());
        QCOMPARE(dumpStudents(conn()), afterDelete);
    }

    void stalePlanRefused()
    {
        QList<StudentRecord> stored = { makeStudent(1), makeStudent(2) };
        StudentRepository students(db());
        QVERIFY(students.insert(stored).ok());
        StudentImportRepository repo(db());
        auto snapshot = repo.identitySnapshot();
        QVERIFY(snapshot.ok());
        const PackedStudentRows rows = rowsOf({ makeStudent(1, 1), makeStudent(5) });
        const std::vector<PlanRow> plan = planFor(snapshot.value(), rows);

        // Someone edits a record the plan does not even touch.
        StudentRecord after = stored[1];
        after.note = QStringLiteral("edited meanwhile");
        QVERIFY(students.update(stored[1], after, QStringLiteral("other")).ok());
        const QStringList before = dumpStudents(conn());
        const qint64 batches = scalar(conn(), QStringLiteral("SELECT count(*) FROM import_batches"));
        const qint64 outbox = scalar(conn(), QStringLiteral("SELECT count(*) FROM outbox"));

        ImportProgress progress;
        auto r = repo.commit(batchFor(QStringLiteral("stale.csv")), snapshot.value(), plan, rows, progress);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("import.stale_plan"));
        QVERIFY(!r.error().message.isEmpty());
        QCOMPARE(dumpStudents(conn()), before);
        QCOMPARE(scalar(conn(), QStringLiteral("SELECT count(*) FROM import_batches")), batches);
        QCOMPARE(scalar(conn(), QStringLiteral("SELECT count(*) FROM outbox")), outbox);
        // A fresh plan goes through.
        QVERIFY(importRows(rows).ok());
    }

    void cancelRollsBackEverything_data()
    {
        QTest::addColumn<qint64>("existing");
        QTest::addColumn<qint64>("cancelAt");
        QTest::newRow("bulk inserts, indexes dropped") << qint64(0) << qint64(12000);
        QTest::newRow("updates into a larger table") << qint64(30000) << qint64(8000);
        QTest::newRow("after the last row") << qint64(0) << qint64(20000);
        // Past the 20,000 rows: after the first index is rebuilt; the next build is interrupted.
        QTest::newRow("while the indexes are rebuilt") << qint64(0) << qint64(20001);
    }
    void cancelRollsBackEverything()
    {
        QFETCH(qint64, existing);
        QFETCH(qint64, cancelAt);
        if (existing > 0)
            QVERIFY(importRows(generated(0, existing)).ok());
        const QStringList before = dumpStudents(conn());
        const QStringList indexes = schemaOf(conn(), "index");
        const QStringList triggers = schemaOf(conn(), "trigger");
        const qint64 batches = scalar(conn(), QStringLiteral("SELECT count(*) FROM import_batches"));

        // New rows after the existing ones, and the first 10,000 existing ones changed.
        PackedStudentRows rows = generated(0, std::min<qint64>(existing, 10000), 1);
        for (qint64 i = existing; i < existing + 20000 - std::min<qint64>(existing, 10000); ++i)
            rows.append(makeStudent(i));
        StudentImportRepository repo(db());
        auto snapshot = repo.identitySnapshot();
        QVERIFY(snapshot.ok());
        const std::vector<PlanRow> plan = planFor(snapshot.value(), rows);
        ImportProgress progress;
        qint64 seen = 0;
        repo.setProgressHook([&](ImportProgress &p) {
            seen = p.done.load();
            if (seen >= cancelAt)
                p.cancelRequested = true;
        });
        auto r = repo.commit(batchFor(QStringLiteral("c.csv")), snapshot.value(), plan, rows, progress);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("import.cancelled"));
        QVERIFY(seen >= cancelAt); // it really was under way
        if (cancelAt > qint64(plan.size())) {
            // Stopped between two index builds: the bar had moved past the rows, not to the end.
            QVERIFY(progress.total.load() > qint64(plan.size()));
            QVERIFY(seen < progress.total.load());
        }
        QCOMPARE(dumpStudents(conn()), before);
        QCOMPARE(schemaOf(conn(), "index"), indexes);
        QCOMPARE(schemaOf(conn(), "trigger"), triggers);
        QCOMPARE(scalar(conn(), QStringLiteral("SELECT count(*) FROM import_batches")), batches);
        QCOMPARE(integrity(conn()), QStringLiteral("ok"));
    }

    void bulkCommitKeepsSchemaAndCaches()
    {
        StudentRepository students(db());
        QList<StudentRecord> one{ makeStudent(0) };
        QVERIFY(students.insert(one).ok());
        const QStringList indexes = schemaOf(conn(), "index");
        const QStringList triggers = schemaOf(conn(), "trigger");
        QCOMPARE(indexes.size(), 9); // 8 secondary + the identity key
        QCOMPARE(students.count().value(), 1); // cached from here
        const qint64 state = scalar(conn(), QStringLiteral("SELECT changes FROM students_state"));

        auto r = importRows(generated(1, 15000)); // many rows into a small table: indexes rebuilt
        QVERIFY(r.ok());
        QCOMPARE(r.value().inserted, 15000);
        QCOMPARE(schemaOf(conn(), "index"), indexes);
        QCOMPARE(schemaOf(conn(), "trigger"), triggers);
        QCOMPARE(scalar(conn(), QStringLiteral("SELECT changes FROM students_state")), state + 1);
        QCOMPARE(students.count().value(), 15001);
        StudentFilter byCampus;
        byCampus.campusCode = QStringLiteral("991011");
        QCOMPARE(students.count(byCampus).value(), 5000);
        QCOMPARE(integrity(conn()), QStringLiteral("ok"));
        // The partial indexes hold every live row.
        QCOMPARE(scalar(conn(), QStringLiteral("SELECT count(*) FROM students INDEXED BY students_department "
                                               "WHERE deleted_at IS NULL AND department > ''")),
                 15001);

        // Another connection's cache sees it too, and the undo.
        auto other = Database::open(db().path());
        QVERIFY(other.ok());
        StudentRepository otherStudents(*other.value());
        QCOMPARE(otherStudents.count().value(), 15001);
        QVERIFY(StudentImportRepository(db()).undo(r.value().batchId, QStringLiteral("teacher")).ok());
        QCOMPARE(students.count().value(), 1);
        QCOMPARE(otherStudents.count().value(), 1);
        QCOMPARE(schemaOf(conn(), "index"), indexes);
        QCOMPARE(integrity(conn()), QStringLiteral("ok"));
    }

    void undoRestoresExactly()
    {
        // Existing rows: some to update, one to delete, one soft-deleted to bring back, some untouched.
        QVERIFY(importRows(generated(0, 50)).ok());
        auto first = importRows(rowsOf({}), QStringLiteral("del.csv"), { idOf(makeStudent(40)) });
        QVERIFY(first.ok());
        const QStringList before = dumpStudents(conn());
        const qint64 outbox = scalar(conn(), QStringLiteral("SELECT count(*) FROM outbox"));

        PackedStudentRows rows = generated(0, 10, 3);  // updated
        rows.append(makeStudent(40, 2));                // resurrected with changes
        for (qint64 i = 100; i < 120; ++i)              // inserted
            rows.append(makeStudent(i));
        auto r = importRows(rows, QStringLiteral("big.csv"), { idOf(makeStudent(20)), idOf(makeStudent(21)) });
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().detail));
        QCOMPARE(r.value().updated, 10);
        QCOMPARE(r.value().inserted, 21);
        QCOMPARE(r.value().deleted, 2);
        QVERIFY(dumpStudents(conn()) != before);

        auto undone = StudentImportRepository(db()).undo(r.value().batchId, QStringLiteral("boss"));
        QVERIFY2(undone.ok(), qPrintable(undone.ok() ? QString() : undone.error().message));
        QCOMPARE(dumpStudents(conn()), before);
        QCOMPARE(scalar(conn(), QStringLiteral("SELECT count(*) FROM outbox WHERE entity = 'student_import' AND "
                                               "json_extract(changes, '$.action') = 'student.import_undo'")),
                 1);
        QCOMPARE(scalar(conn(), QStringLiteral("SELECT count(*) FROM outbox")), outbox + 2);
        QCOMPARE(scalar(conn(), QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                               "'student.import_undo' AND actor = 'boss'")),
                 1);
        // The same rows import again as before (hashes restored too).
        auto again = importRows(rows, QStringLiteral("big.csv"));
        QVERIFY(again.ok());
        QCOMPARE(again.value().updated, 10);
        QCOMPARE(again.value().inserted, 21);
        QCOMPARE(integrity(conn()), QStringLiteral("ok"));
    }

    void undoRefusedWhenEdited()
    {
        QVERIFY(importRows(generated(0, 5)).ok());
        auto r = importRows(generated(0, 5, 1), QStringLiteral("changes.csv"));
        QVERIFY(r.ok());
        QCOMPARE(r.value().updated, 5);
        StudentRepository students(db());
        for (const qint64 i : { 1, 3 }) {
            const StudentRecord before = *students.byId(idOf(makeStudent(i))).value();
            StudentRecord after = before;
            after.note = QStringLiteral("edited by hand");
            QVERIFY(students.update(before, after, QStringLiteral("teacher")).ok());
        }
        const QStringList edited = dumpStudents(conn());
        auto undone = StudentImportRepository(db()).undo(r.value().batchId, QStringLiteral("teacher"));
        QVERIFY(!undone.ok());
        QCOMPARE(undone.error().code, QStringLiteral("import.undo_edited_since"));
        QVERIFY2(undone.error().message.contains(QStringLiteral("2 of its records")), qPrintable(undone.error().message));
        QVERIFY2(undone.error().message.contains(makeStudent(1).name), qPrintable(undone.error().message));
        QVERIFY(undone.error().message.contains(makeStudent(3).studentNo));
        QCOMPARE(dumpStudents(conn()), edited);

        // An inserted record edited since refuses too.
        auto ins = importRows(generated(10, 3), QStringLiteral("new.csv"));
        QVERIFY(ins.ok());
        const StudentRecord before = *students.byId(idOf(makeStudent(11))).value();
        StudentRecord after = before;
        after.grade = QStringLiteral("2020");
        QVERIFY(students.update(before, after, QStringLiteral("teacher")).ok());
        auto undoIns = StudentImportRepository(db()).undo(ins.value().batchId, QStringLiteral("teacher"));
        QVERIFY(!undoIns.ok());
        QCOMPARE(undoIns.error().code, QStringLiteral("import.undo_edited_since"));
        QVERIFY(undoIns.error().message.contains(makeStudent(11).name));
    }

    void undoTwiceRefused()
    {
        auto r = importRows(generated(0, 3));
        QVERIFY(r.ok());
        StudentImportRepository repo(db());
        QVERIFY(repo.undo(r.value().batchId, QStringLiteral("teacher")).ok());
        QCOMPARE(scalar(conn(), QStringLiteral("SELECT count(*) FROM students")), 0);
        auto again = repo.undo(r.value().batchId, QStringLiteral("teacher"));
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code, QStringLiteral("import.already_undone"));
        auto missing = repo.undo(r.value().batchId + 100, QStringLiteral("teacher"));
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code, QStringLiteral("import.not_found"));
    }

    void undoOfOlderBatchRefusedWhileLaterChangedItsRecords()
    {
        const QStringList empty = dumpStudents(conn());
        auto a = importRows(generated(0, 10), QStringLiteral("a.csv"));
        QVERIFY(a.ok());
        const QStringList afterA = dumpStudents(conn());
        PackedStudentRows bRows = generated(5, 2, 1); // changes two of A's records
        bRows.append(makeStudent(50));
        auto b = importRows(bRows, QStringLiteral("b.csv"));
        QVERIFY(b.ok());
        QCOMPARE(b.value().updated, 2);
        auto c = importRows(generated(60, 2), QStringLiteral("c.csv")); // unrelated

        StudentImportRepository repo(db());
        auto refused = repo.undo(a.value().batchId, QStringLiteral("teacher"));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, QStringLiteral("import.undo_not_latest"));
        QVERIFY2(refused.error().message.contains(QStringLiteral("b.csv")), qPrintable(refused.error().message));

        QVERIFY(repo.undo(c.value().batchId, QStringLiteral("teacher")).ok());
        QVERIFY(repo.undo(b.value().batchId, QStringLiteral("teacher")).ok());
        QCOMPARE(dumpStudents(conn()), afterA);
        QVERIFY(repo.undo(a.value().batchId, QStringLiteral("teacher")).ok());
        QCOMPARE(dumpStudents(conn()), empty);
    }

    void historyNewestFirst()
    {
        auto a = importRows(generated(0, 4), QStringLiteral("a.csv"));
        auto b = importRows(generated(0, 5, 1), QStringLiteral("b.xlsx"));
        auto c = importRows(generated(100, 2), QStringLiteral("c.csv"));
        QVERIFY(a.ok() && b.ok() && c.ok());
        StudentImportRepository repo(db());
        QVERIFY(repo.undo(c.value().batchId, QStringLiteral("boss")).ok());
        auto history = repo.history();
        QVERIFY(history.ok());
        const QList<ImportHistoryEntry> &h = history.value();
        QCOMPARE(h.size(), 3);
        QCOMPARE(h[0].batch.fileName, QStringLiteral("c.csv"));
        QVERIFY(h[0].undone);
        QCOMPARE(h[0].undoneBy, QStringLiteral("boss"));
        QVERIFY(h[0].undoneAt.isValid());
        QCOMPARE(h[1].batch.fileName, QStringLiteral("b.xlsx"));
        QVERIFY(!h[1].undone);
        QCOMPARE(h[1].batch.rowsUpdated, 4);
        QCOMPARE(h[1].batch.rowsInserted, 1);
        QCOMPARE(h[2].batch.rowsInserted, 4);
        QCOMPARE(h[2].batch.actor, QStringLiteral("teacher"));
        QCOMPARE(repo.history(1).value().size(), 1);
    }

    void recordsByIdsAndStudentNos()
    {
        QList<StudentRecord> stored = { makeStudent(1), makeStudent(2), makeStudent(3) };
        QVERIFY(StudentRepository(db()).insert(stored).ok());
        StudentImportRepository repo(db());
        auto byIds = repo.recordsByIds({ stored[2].id, 999, stored[0].id });
        QVERIFY(byIds.ok());
        QCOMPARE(byIds.value().size(), 2);
        QCOMPARE(byIds.value()[0].id, stored[2].id);
        QVERIFY(byIds.value()[1].sameContent(stored[0]));
        auto byNos = repo.recordsByStudentNos({ stored[1].studentNo, QStringLiteral("nobody") });
        QVERIFY(byNos.ok());
        QCOMPARE(byNos.value().size(), 1);
        QCOMPARE(byNos.value()[0].id, stored[1].id);
    }

    // A child process committing a large import is SIGKILLed: the database is exactly as before
    // (or, when the kill came after COMMIT, has the whole batch) and passes integrity_check.
    void killDuringCommit()
    {
#ifndef Q_OS_UNIX
        QSKIP("SIGKILL-based test: Unix only");
#else
        QVERIFY(importRows(generated(0, 2000)).ok());
        const QString path = db().path();
        m_db.reset();
        for (int run = 0; run < 6; ++run) {
            QStringList before;
            qint64 rowsBefore = 0;
            {
                auto opened = Database::open(path);
                QVERIFY(opened.ok());
                before = dumpStudents(opened.value()->connection());
                rowsBefore = before.size();
            }
            // Run 0 pauses inside the commit (surely mid-transaction); the others die at some
            // moment after it started (rows, index rebuild or COMMIT).
            const bool pause = run == 0;
            QProcess child;
            child.start(QStringLiteral(IMPORT_CRASH_WRITER),
                        { path, QString::number(30000), pause ? QStringLiteral("pause") : QStringLiteral("run") });
            QVERIFY(child.waitForStarted());
            QByteArray out;
            while (!out.contains(pause ? "P " : "S\n") && child.waitForReadyRead(60000))
                out += child.readAllStandardOutput();
            QVERIFY2(out.contains(pause ? "P " : "S\n"), out.constData());
            if (!pause)
                QTest::qWait(50 + run * 120);
            // A child that already finished can not be killed (and waitForFinished would say false).
            if (child.state() != QProcess::NotRunning) {
                child.kill();
                QVERIFY(child.waitForFinished(10000));
            }
            out += child.readAllStandardOutput();
            const bool committed = out.contains("C ");
            qInfo("run %d: killed %s", run, committed ? "after COMMIT" : out.contains("P ") ? "after the first rows"
                                                                                             : "early in the commit");

            auto opened = Database::open(path);
            QVERIFY(opened.ok());
            const QSqlDatabase c = opened.value()->connection();
            QCOMPARE(integrity(c), QStringLiteral("ok"));
            QCOMPARE(scalar(c, QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check")), 0);
            QCOMPARE(schemaOf(c, "index").size(), 9);
            QCOMPARE(schemaOf(c, "trigger").size(), 4);
            const QStringList after = dumpStudents(c);
            if (committed) {
                QCOMPARE(after.size(), rowsBefore + 30000);
                QCOMPARE(after.mid(0, before.size()), before);
            } else {
                QVERIFY2(after.size() == rowsBefore || after.size() == rowsBefore + 30000,
                         qPrintable(QString::number(after.size())));
                if (after.size() == rowsBefore)
                    QCOMPARE(after, before);
            }
            // Every batch inserted rows: a batch is there exactly when its rows are.
            QCOMPARE(scalar(c, QStringLiteral("SELECT count(*) FROM import_batches")),
                     scalar(c, QStringLiteral("SELECT count(DISTINCT import_batch_id) FROM students")));
        }
        init();
#endif
    }
};

QTEST_GUILESS_MAIN(TestStudentImportRepository)
#include "tst_studentimportrepository.moc"
