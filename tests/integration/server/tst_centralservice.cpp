// CentralService over SQLite and PostgreSQL: migrations, sync push/pull/digest (sign-in: tst_centralauth).
#include "CentralFixture.h"
#include "CentralService.h"
#include "DemoRoster.h"
#include "Schema.h"
#include "Digest.h"
#include "StudentFields.h"

#include <QTest>

using namespace cet;
using namespace cet::central;
using namespace cet::central::test;
using protocol::OpResult;

namespace {
const QString kA = QStringLiteral("10001");
const QString kB = QStringLiteral("10002");
const QString kPw = QStringLiteral("secret-password");
} // namespace

class TestCentralService : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<CentralService> m_svc;
    QDateTime m_now;

    Session signIn(const QString &user)
    {
        auto r = m_svc->login(protocol::LoginRequest{ user, kPw, QStringLiteral("test") }, QStringLiteral("127.0.0.1"));
        if (!r.ok())
            qFatal("login %s: %s", qPrintable(user), qPrintable(r.error().message));
        auto s = m_svc->authenticate(r.value().token);
        if (!s.ok())
            qFatal("authenticate: %s", qPrintable(s.error().message));
        return s.value();
    }

    protocol::PushResponse pushOk(const Session &s, const QList<protocol::Op> &ops, const QString &epoch = {})
    {
        auto r = m_svc->push(s, pushOf(ops, epoch));
        if (!r.ok())
            qFatal("push: %s %s", qPrintable(r.error().message), qPrintable(r.error().detail));
        // The body the server sends is written by hand: the bytes Qt writes, and it reads back.
        const QByteArray body = r.value().toBody();
        if (body != protocol::toBody(r.value().toJson()))
            qFatal("push body differs from QJsonDocument's: %s", body.constData());
        auto back = protocol::PushResponse::fromJson(protocol::parseObject(body).value());
        if (!back.ok() || back.value().toJson() != r.value().toJson())
            qFatal("push body does not read back: %s", body.constData());
        return r.value();
    }

    QList<protocol::Change> allChanges(const Session &s, qint64 since = 0)
    {
        auto r = m_svc->changes(s, since, 5000);
        if (!r.ok())
            qFatal("changes: %s", qPrintable(r.error().message));
        // changes() reads back the hand-written body; the bytes are the ones Qt writes.
        if (m_svc->changesBody(s, since, 5000).value() != protocol::toBody(r.value().toJson()))
            qFatal("changes body differs from QJsonDocument's");
        return r.value().changes;
    }

    qint64 studentCount(const Session &s)
    {
        auto d = m_svc->digest(s);
        return d.ok() ? d.value().entities.value(protocol::kStudentEntity).count : -1;
    }

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

    void migrations()
    {
        // The latest version is the number of migration steps, whatever branch added them.
        const int latest = int(schema::migrations(DbUrl::Kind::Sqlite).size());
        QCOMPARE(int(schema::migrations(DbUrl::Kind::Postgres).size()), latest);
        QCOMPARE(m_svc->schemaVersion(), latest);
        QVERIFY(m_svc->migrate().ok()); // idempotent
        auto second = CentralService::open(m_db->url());
        QVERIFY(second.ok());
        QVERIFY(second.value()->migrate().ok());
        QCOMPARE(second.value()->schemaVersion(), latest);
        QCOMPARE(m_svc->createSchool(kA, QStringLiteral("again")).error().code, QStringLiteral("admin.exists"));
        QCOMPARE(m_svc->createStaff(QStringLiteral("x"), {}, QStringLiteral("boss"), {}, kPw).error().code,
                 QStringLiteral("admin.invalid"));
    }

    void pushCreateUpdate()
    {
        const Session s = signIn(QStringLiteral("coord1"));
        const StudentRecord st = demoStudent(kA, 0);
        auto created = pushOk(s, { createOp(QStringLiteral("c1"), st) });
        QCOMPARE(created.results.size(), 1);
        QCOMPARE(created.results[0].status, OpResult::Status::Applied);
        QCOMPARE(created.results[0].version, 1);
        QCOMPARE(created.results[0].seq, 1);
        QVERIFY(!created.epoch.isEmpty());
        QCOMPARE(created.epoch, m_svc->epoch(kA).value());

        auto updated = pushOk(s, { changeOp(QStringLiteral("u1"), st, QStringLiteral("note"), st.note,
                                            QStringLiteral("备注"), 1) });
        QCOMPARE(updated.results[0].status, OpResult::Status::Applied);
        QCOMPARE(updated.results[0].version, 2);
        QCOMPARE(updated.results[0].seq, 2);
        QCOMPARE(updated.results[0].record->value(QStringLiteral("note")).toString(), QStringLiteral("备注"));

        const auto changes = allChanges(s);
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes[0].seq, 2);
        QCOMPARE(changes[0].version, 2);
        QCOMPARE(changes[0].key, protocol::studentKey(st));
        QCOMPARE(changes[0].originOpId, QStringLiteral("u1"));
        QCOMPARE(changes[0].changedBy, QStringLiteral("coord1"));
        QCOMPARE(changes[0].changedAt, m_now);
        auto data = protocol::studentFromJson(*changes[0].data);
        QVERIFY(data.ok());
        StudentRecord expected = st;
        expected.note = QStringLiteral("备注");
        QVERIFY(data.value().sameContent(expected));

        // A no-op (server already has the new value) changes nothing.
        auto same = pushOk(s, { changeOp(QStringLiteral("u2"), st, QStringLiteral("note"), QString(),
                                         QStringLiteral("备注"), 1) });
        QCOMPARE(same.results[0].status, OpResult::Status::Applied);
        QCOMPARE(same.results[0].version, 2);
        QCOMPARE(same.results[0].seq, 0);
        QCOMPARE(allChanges(s, 2).size(), 0);
    }

    void pushConflict()
    {
        const Session c1 = signIn(QStringLiteral("coord1"));
        const Session c2 = signIn(QStringLiteral("coord2"));
        const StudentRecord st = demoStudent(kA, 1);
        pushOk(c1, { createOp(QStringLiteral("c"), st) });
        pushOk(c1, { changeOp(QStringLiteral("a"), st, QStringLiteral("major"), st.major, QStringLiteral("数学"), 1) });
        // coord2 edited the same field from the same base, and another field.
        protocol::Op op = changeOp(QStringLiteral("b"), st, QStringLiteral("major"), st.major, QStringLiteral("物理"), 1);
        op.changes.insert(QStringLiteral("department"), protocol::FieldChange{ st.department, QStringLiteral("理学院") });
        auto r = pushOk(c2, { op });
        const OpResult &res = r.results[0];
        QCOMPARE(res.status, OpResult::Status::Conflict);
        QCOMPARE(res.conflicts.size(), 1);
        QCOMPARE(res.conflicts[0].field, QStringLiteral("major"));
        QCOMPARE(res.conflicts[0].mine.toString(), QStringLiteral("物理"));
        QCOMPARE(res.conflicts[0].base.toString(), st.major);
        QCOMPARE(res.conflicts[0].theirs.toString(), QStringLiteral("数学"));
        QCOMPARE(res.conflicts[0].changedBy, QStringLiteral("coord1"));
        // The other field applied.
        QCOMPARE(res.version, 3);
        QCOMPARE(res.record->value(QStringLiteral("department")).toString(), QStringLiteral("理学院"));
        QCOMPARE(res.record->value(QStringLiteral("major")).toString(), QStringLiteral("数学"));

        // Only the conflicting field: conflict, nothing changes.
        auto only = pushOk(c2, { changeOp(QStringLiteral("b2"), st, QStringLiteral("major"), st.major,
                                          QStringLiteral("化学"), 1) });
        QCOMPARE(only.results[0].status, OpResult::Status::Conflict);
        QCOMPARE(only.results[0].version, 3);
        QCOMPARE(only.results[0].seq, 0);
    }

    void mergeOnNaturalKey()
    {
        const Session c1 = signIn(QStringLiteral("coord1"));
        const Session c2 = signIn(QStringLiteral("coord2"));
        const StudentRecord st = demoStudent(kA, 2);
        pushOk(c1, { createOp(QStringLiteral("first"), st) });
        StudentRecord other = st;
        other.className = QStringLiteral("另一班");
        other.note = QStringLiteral("from desktop 2");
        auto r = pushOk(c2, { createOp(QStringLiteral("second"), other) });
        const OpResult &res = r.results[0];
        QCOMPARE(res.status, OpResult::Status::Conflict);
        QStringList fields;
        for (const auto &c : res.conflicts)
            fields << c.field;
        fields.sort();
        // note was empty on the server (== old null): applied; class_name differs: conflict.
        QCOMPARE(fields, QStringList{ QStringLiteral("class_name") });
        QCOMPARE(res.record->value(QStringLiteral("note")).toString(), QStringLiteral("from desktop 2"));
        QCOMPARE(studentCount(c1), 1);
        QCOMPARE(allChanges(c1).size(), 1);
    }

    void deleteAndTombstone()
    {
        const Session s = signIn(QStringLiteral("coord1"));
        const StudentRecord st = demoStudent(kA, 3);
        pushOk(s, { createOp(QStringLiteral("c"), st) });
        auto del = pushOk(s, { deleteOp(QStringLiteral("d"), st, 1) });
        QCOMPARE(del.results[0].status, OpResult::Status::Applied);
        QCOMPARE(del.results[0].version, 2);
        QCOMPARE(del.results[0].seq, 2);
        const auto changes = allChanges(s);
        QCOMPARE(changes.size(), 1);
        QVERIFY(changes[0].deleted);
        QVERIFY(!changes[0].data);
        QCOMPARE(studentCount(s), 0);
        // Deleting again, or deleting what never existed: applied, nothing changes.
        auto again = pushOk(s, { deleteOp(QStringLiteral("d2"), st, 2), deleteOp(QStringLiteral("d3"), demoStudent(kA, 99), 0) });
        QCOMPARE(again.results[0].status, OpResult::Status::Applied);
        QCOMPARE(again.results[0].seq, 0);
        QCOMPARE(again.results[1].status, OpResult::Status::Applied);
        QCOMPARE(again.results[1].version, 0);
        QCOMPARE(m_svc->digest(s).value().lastSeq, 2);
        // A create after the delete brings the record back as a new version of the same row.
        auto back = pushOk(s, { createOp(QStringLiteral("c2"), st) });
        QCOMPARE(back.results[0].status, OpResult::Status::Applied);
        QCOMPARE(back.results[0].version, 3);
        QCOMPARE(studentCount(s), 1);
    }

    // An edit of a few fields, made without knowing of the delete, brings the record back from
    // the tombstone's last data (old values ignored, as for a create).
    void partialEditOfDeletedRecord()
    {
        const Session s = signIn(QStringLiteral("coord1"));
        const StudentRecord st = demoStudent(kA, 4);
        pushOk(s, { createOp(QStringLiteral("c"), st) });
        pushOk(s, { deleteOp(QStringLiteral("d"), st, 1) });
        auto edit = pushOk(s, { changeOp(QStringLiteral("e"), st, QStringLiteral("note"), QStringLiteral("stale old"),
                                         QStringLiteral("改过"), 1) });
        QCOMPARE(edit.results[0].status, OpResult::Status::Applied);
        QCOMPARE(edit.results[0].version, 3);
        QCOMPARE(edit.results[0].seq, 3);
        QVERIFY(edit.results[0].conflicts.isEmpty());
        auto back = protocol::studentFromJson(*edit.results[0].record);
        QVERIFY(back.ok());
        StudentRecord expected = st;
        expected.note = QStringLiteral("改过");
        QVERIFY(back.value().sameContent(expected));
        QCOMPARE(studentCount(s), 1);
        const auto changes = allChanges(s);
        QCOMPARE(changes.size(), 1);
        QVERIFY(!changes[0].deleted);
        QCOMPARE(changes[0].version, 3);
    }

    void sameRecordTwiceInOneRequest()
    {
        const Session s = signIn(QStringLiteral("coord1"));
        const StudentRecord st = demoStudent(kA, 30);
        const StudentRecord other = demoStudent(kA, 31);
        auto r = pushOk(s, { createOp(QStringLiteral("a"), st), createOp(QStringLiteral("b"), other),
                             changeOp(QStringLiteral("c"), st, QStringLiteral("note"), QString(), QStringLiteral("1"), 1),
                             changeOp(QStringLiteral("d"), st, QStringLiteral("note"), QStringLiteral("1"),
                                      QStringLiteral("2"), 2),
                             deleteOp(QStringLiteral("e"), other, 1) });
        QList<qint64> versions, seqs;
        for (const auto &res : r.results) {
            QCOMPARE(res.status, OpResult::Status::Applied);
            versions << res.version;
            seqs << res.seq;
        }
        QCOMPARE(versions, (QList<qint64>{ 1, 1, 2, 3, 2 }));
        QCOMPARE(seqs, (QList<qint64>{ 1, 2, 3, 4, 5 }));
        const auto changes = allChanges(s);
        QCOMPARE(changes.size(), 2);
        QCOMPARE(changes[0].key, protocol::studentKey(st));
        QCOMPARE(changes[0].version, 3);
        QCOMPARE(changes[0].data->value(QStringLiteral("note")).toString(), QStringLiteral("2"));
        QVERIFY(changes[1].deleted);
        QCOMPARE(studentCount(s), 1);
    }

    void idempotentRepeat()
    {
        const Session s = signIn(QStringLiteral("coord1"));
        const StudentRecord st = demoStudent(kA, 4);
        const QList<protocol::Op> ops = { createOp(QStringLiteral("x1"), st),
                                          changeOp(QStringLiteral("x2"), st, QStringLiteral("note"), QString(),
                                                   QStringLiteral("n"), 1) };
        auto first = pushOk(s, ops);
        auto second = pushOk(s, ops);
        QCOMPARE(second.toJson(), first.toJson());
        QCOMPARE(m_svc->digest(s).value().lastSeq, 2);
        // The same op id with another payload still answers the recorded result.
        auto third = pushOk(s, { changeOp(QStringLiteral("x2"), st, QStringLiteral("note"), QStringLiteral("n"),
                                          QStringLiteral("other"), 2) });
        QCOMPARE(third.results[0].toJson(), first.results[1].toJson());
        QCOMPARE(allChanges(s).first().data->value(QStringLiteral("note")).toString(), QStringLiteral("n"));
        // The same op id twice in one request: applied once.
        const StudentRecord st2 = demoStudent(kA, 5);
        auto dup = pushOk(s, { createOp(QStringLiteral("y"), st2), createOp(QStringLiteral("y"), st2) });
        QCOMPARE(dup.results[1].toJson(), dup.results[0].toJson());
        QCOMPARE(m_svc->digest(s).value().lastSeq, 3);
    }

    // Wire.h, OpResult::record: an applied create of exactly the proposed record has
    // no record; everything else still carries it; a repeated op id answers the same result.
    void appliedCreateCarriesNoRecord()
    {
        const Session s = signIn(QStringLiteral("coord1"));
        const StudentRecord st = demoStudent(kA, 40);
        auto created = pushOk(s, { createOp(QStringLiteral("a1"), st) });
        QCOMPARE(created.results[0].status, OpResult::Status::Applied);
        QCOMPARE(created.results[0].version, 1);
        QVERIFY(!created.results[0].record);
        QVERIFY(!created.toBody().contains("\"record\""));
        auto replayed = pushOk(s, { createOp(QStringLiteral("a1"), st) });
        QCOMPARE(replayed.toBody(), created.toBody());
        QCOMPARE(replayed.results[0].toJson(), created.results[0].toJson());

        // An update carries the record.
        auto updated = pushOk(s, { changeOp(QStringLiteral("a2"), st, QStringLiteral("note"), QString(),
                                            QStringLiteral("x"), 1) });
        QVERIFY(updated.results[0].record);
        // A create over a live row (base_version 0), even one that changes nothing: the record.
        StudentRecord same = st;
        same.note = QStringLiteral("x");
        auto over = pushOk(s, { createOp(QStringLiteral("a3"), same) });
        QCOMPARE(over.results[0].status, OpResult::Status::Applied);
        QVERIFY(over.results[0].record);
        // A create over a tombstone: the record.
        pushOk(s, { deleteOp(QStringLiteral("a4"), st, 2) });
        auto revived = pushOk(s, { createOp(QStringLiteral("a5"), st) });
        QCOMPARE(revived.results[0].status, OpResult::Status::Applied);
        QVERIFY(revived.results[0].record);
        // A conflicting create: the record.
        StudentRecord other = st;
        other.className = QStringLiteral("另一班");
        auto conflict = pushOk(s, { createOp(QStringLiteral("a6"), other) });
        QCOMPARE(conflict.results[0].status, OpResult::Status::Conflict);
        QVERIFY(conflict.results[0].record);
        // A create the server completes (no school_code in the op: the server's school is stored).
        const StudentRecord fresh = demoStudent(kA, 41);
        protocol::Op partial = createOp(QStringLiteral("a7"), fresh);
        partial.changes.remove(QStringLiteral("school_code"));
        auto completed = pushOk(s, { partial });
        QCOMPARE(completed.results[0].status, OpResult::Status::Applied);
        QVERIFY(completed.results[0].record);
        QCOMPARE(completed.results[0].record->value(QStringLiteral("school_code")).toString(), kA);
        // Created twice in one request: the first has no record, the second (a row now exists) has.
        const StudentRecord twice = demoStudent(kA, 42);
        auto both = pushOk(s, { createOp(QStringLiteral("a8"), twice), createOp(QStringLiteral("a9"), twice) });
        QVERIFY(!both.results[0].record);
        QVERIFY(both.results[1].record);
        // The records the server holds are what the ops proposed.
        for (const protocol::Change &c : allChanges(s)) {
            if (c.key == protocol::studentKey(twice))
                QVERIFY(protocol::studentFromJson(*c.data).value().sameContent(twice));
        }
    }

    void rejectedInvalid()
    {
        const Session s = signIn(QStringLiteral("coord1"));
        StudentRecord bad = demoStudent(kA, 6);
        bad.idNumber[17] = bad.idNumber[17] == QLatin1Char('1') ? QLatin1Char('2') : QLatin1Char('1'); // check char
        StudentRecord noName = demoStudent(kA, 7);
        noName.name.clear();
        const StudentRecord good = demoStudent(kA, 8);
        auto r = pushOk(s, { createOp(QStringLiteral("bad"), bad), createOp(QStringLiteral("noname"), noName),
                             createOp(QStringLiteral("good"), good) });
        QCOMPARE(r.results[0].status, OpResult::Status::Rejected);
        QCOMPARE(r.results[0].code, QStringLiteral("student.invalid"));
        QVERIFY(r.results[0].message.contains(QLatin1String("id_number")));
        QCOMPARE(r.results[1].code, QStringLiteral("student.invalid"));
        // A rejected op holds back nothing else.
        QCOMPARE(r.results[2].status, OpResult::Status::Applied);
        QCOMPARE(studentCount(s), 1);
        // The key can not change through changes.
        auto key = pushOk(s, { changeOp(QStringLiteral("k"), good, QStringLiteral("id_number"), good.idNumber,
                                        QStringLiteral("110101200001011234"), 1) });
        QCOMPARE(key.results[0].code, QStringLiteral("student.invalid"));
        // An update that would make the record invalid is refused whole.
        protocol::Op op = changeOp(QStringLiteral("inv"), good, QStringLiteral("program_years"), good.programYears, 42, 1);
        op.changes.insert(QStringLiteral("note"), protocol::FieldChange{ QString(), QStringLiteral("x") });
        auto inv = pushOk(s, { op });
        QCOMPARE(inv.results[0].status, OpResult::Status::Rejected);
        QCOMPARE(allChanges(s).first().version, 1);
    }

    void schoolScope()
    {
        const Session a = signIn(QStringLiteral("coord1"));
        const Session b = signIn(QStringLiteral("coordb"));
        const Session agent = signIn(QStringLiteral("agent"));
        const Session admin = signIn(QStringLiteral("root"));
        const StudentRecord foreign = demoStudent(kB, 0);
        auto r = pushOk(a, { createOp(QStringLiteral("w"), foreign) });
        QCOMPARE(r.results[0].code, QStringLiteral("student.wrong_school"));
        // Moving a record to another school is refused too.
        const StudentRecord mine = demoStudent(kA, 10);
        pushOk(a, { createOp(QStringLiteral("m"), mine) });
        auto move = pushOk(a, { changeOp(QStringLiteral("mv"), mine, QStringLiteral("school_code"), kA, kB, 1) });
        QCOMPARE(move.results[0].code, QStringLiteral("student.wrong_school"));
        // School B sees nothing of A; A can not name B.
        QCOMPARE(allChanges(b).size(), 0);
        QCOMPARE(m_svc->changes(a, 0, 10, kB).error().code, QStringLiteral("auth.forbidden"));
        QCOMPARE(m_svc->push(a, pushOf({ createOp(QStringLiteral("z"), foreign) }), kB).error().code,
                 QStringLiteral("auth.forbidden"));
        QCOMPARE(m_svc->changes(agent, 0, 10).error().code, QStringLiteral("auth.forbidden"));
        QCOMPARE(m_svc->digest(agent).error().code, QStringLiteral("auth.forbidden"));
        // admin names the school.
        QCOMPARE(m_svc->changes(admin, 0, 10).error().code, QStringLiteral("auth.forbidden"));
        QCOMPARE(m_svc->changes(admin, 0, 10, kA).value().changes.size(), 1);
        QCOMPARE(m_svc->changes(admin, 0, 10, QStringLiteral("99999")).error().code, QStringLiteral("not_found"));
    }

    void sealedSchool()
    {
        const Session s = signIn(QStringLiteral("coord1"));
        const StudentRecord st = demoStudent(kA, 11);
        QVERIFY(m_svc->createExamSession(QStringLiteral("2026下"), m_now.addDays(-10), m_now.addDays(1)).ok());
        QCOMPARE(pushOk(s, { createOp(QStringLiteral("open"), st) }).results[0].status, OpResult::Status::Applied);
        m_now = m_now.addDays(2);
        auto r = pushOk(s, { changeOp(QStringLiteral("late"), st, QStringLiteral("note"), QString(), QStringLiteral("x"), 1) });
        QCOMPARE(r.results[0].status, OpResult::Status::Rejected);
        QCOMPARE(r.results[0].code, QStringLiteral("school.sealed"));
        QVERIFY(r.results[0].message.contains(QLatin1String("sealed")));
        // The next session opens: editable again.
        QVERIFY(m_svc->createExamSession(QStringLiteral("2027上"), m_now.addSecs(-60), m_now.addDays(90)).ok());
        auto open = pushOk(s, { changeOp(QStringLiteral("next"), st, QStringLiteral("note"), QString(), QStringLiteral("x"), 1) });
        QCOMPARE(open.results[0].status, OpResult::Status::Applied);
    }

    void changesPaging()
    {
        const Session s = signIn(QStringLiteral("coord1"));
        QSet<QString> keys;
        for (int batch = 0; batch < 3; ++batch) {
            QList<protocol::Op> ops;
            for (int i = 0; i < 9; ++i) {
                const StudentRecord st = demoStudent(kA, 100 + batch * 9 + i);
                ops << createOp(QStringLiteral("p%1-%2").arg(batch).arg(i), st);
                keys.insert(protocol::studentKey(st));
            }
            pushOk(s, ops);
        }
        // One update moves a record to the end of the feed.
        const StudentRecord first = demoStudent(kA, 100);
        pushOk(s, { changeOp(QStringLiteral("upd"), first, QStringLiteral("note"), QString(), QStringLiteral("z"), 1) });
        qint64 cursor = 0;
        qint64 lastSeq = 0;
        QStringList seen;
        int pages = 0;
        for (;;) {
            auto page = m_svc->changes(s, cursor, 10);
            QVERIFY(page.ok());
            ++pages;
            for (const auto &c : page.value().changes) {
                QVERIFY(c.seq > lastSeq);
                lastSeq = c.seq;
                seen << c.key;
            }
            QVERIFY(page.value().next >= cursor);
            cursor = page.value().next;
            QCOMPARE(page.value().minCursor, 0);
            if (!page.value().more)
                break;
        }
        QCOMPARE(pages, 3);
        QCOMPARE(seen.size(), 27);
        QCOMPARE(QSet<QString>(seen.begin(), seen.end()), keys);
        QCOMPARE(seen.last(), protocol::studentKey(first));
        QCOMPARE(cursor, 28);
        // Beyond the last seq: an empty page.
        auto beyond = m_svc->changes(s, 1000, 10);
        QVERIFY(beyond.value().changes.isEmpty());
        QVERIFY(!beyond.value().more);
        QCOMPARE(beyond.value().next, 1000);
        QCOMPARE(m_svc->changes(s, 0, 0).error().code, QStringLiteral("request.bad_shape"));
        QCOMPARE(m_svc->changes(s, 0, 5001).error().code, QStringLiteral("request.bad_shape"));
    }

    void epoch()
    {
        const Session s = signIn(QStringLiteral("coord1"));
        const QString e1 = m_svc->epoch(kA).value();
        QVERIFY(e1 != m_svc->epoch(kB).value());
        QCOMPARE(m_svc->changes(s, 0, 10).value().epoch, e1);
        auto ok = pushOk(s, { createOp(QStringLiteral("e1"), demoStudent(kA, 20)) }, e1);
        QCOMPARE(ok.epoch, e1);
        QVERIFY(m_svc->newEpoch(kA).ok());
        const QString e2 = m_svc->epoch(kA).value();
        QVERIFY(e2 != e1);
        QCOMPARE(m_svc->changes(s, 0, 10).value().epoch, e2);
        auto refused = m_svc->push(s, pushOf({ createOp(QStringLiteral("e2"), demoStudent(kA, 21)) }, e1));
        QCOMPARE(refused.error().code, QStringLiteral("sync.epoch_changed"));
        QCOMPARE(studentCount(s), 1); // nothing applied
        QCOMPARE(m_svc->newEpoch(QStringLiteral("99999")).error().code, QStringLiteral("not_found"));
    }

    void digest()
    {
        const Session s = signIn(QStringLiteral("coord1"));
        protocol::DigestBuilder expected;
        QList<protocol::Op> ops;
        for (int i = 0; i < 5; ++i) {
            const StudentRecord st = demoStudent(kA, 200 + i);
            ops << createOp(QStringLiteral("d%1").arg(i), st);
        }
        pushOk(s, ops);
        pushOk(s, { deleteOp(QStringLiteral("del"), demoStudent(kA, 200), 1),
                    changeOp(QStringLiteral("chg"), demoStudent(kA, 201), QStringLiteral("note"), QString(),
                             QStringLiteral("x"), 1) });
        expected.add(protocol::studentKey(demoStudent(kA, 201)), 2);
        for (int i = 2; i < 5; ++i)
            expected.add(protocol::studentKey(demoStudent(kA, 200 + i)), 1);
        auto d = m_svc->digest(s);
        QVERIFY(d.ok());
        const auto student = d.value().entities.value(protocol::kStudentEntity);
        QCOMPARE(student.count, 4);
        QCOMPARE(student.maxSeq, 7);
        QCOMPARE(d.value().lastSeq, 7);
        QCOMPARE(student.hash, expected.hash());
        QCOMPARE(d.value().epoch, m_svc->epoch(kA).value());
    }

    void reconnectsAfterLostConnection()
    {
        if (m_db->schema().isEmpty())
            QSKIP("PostgreSQL only");
        const Session s = signIn(QStringLiteral("coord1"));
        pushOk(s, { createOp(QStringLiteral("before"), demoStudent(kA, 40)) });
        QCOMPARE(m_db->terminateConnections(), 1);
        // The next statements find the connection gone, open it again and run.
        auto page = m_svc->changes(s, 0, 10);
        QVERIFY2(page.ok(), qPrintable(page.ok() ? QString() : page.error().message + page.error().detail));
        QCOMPARE(page.value().changes.size(), 1);
        QCOMPARE(m_db->terminateConnections(), 1);
        auto r = pushOk(s, { createOp(QStringLiteral("after"), demoStudent(kA, 41)) });
        QCOMPARE(r.results[0].status, OpResult::Status::Applied);
        QCOMPARE(studentCount(s), 2);
    }

    void seedDemo()
    {
        QVERIFY(m_svc->seedDemo(0).ok()); // schools exist already: nothing happens
        TestDatabase fresh(m_db->url().startsWith(QLatin1String("sqlite")) ? TestDatabase::Backend::Sqlite
                                                                           : TestDatabase::Backend::Postgres);
        auto svc = CentralService::open(fresh.url());
        QVERIFY(svc.ok());
        QVERIFY(svc.value()->migrate().ok());
        auto seeded = svc.value()->seedDemo(50);
        QVERIFY2(seeded.ok(), qPrintable(seeded.ok() ? QString() : seeded.error().message + seeded.error().detail));
        auto login = svc.value()->login(protocol::LoginRequest{ QStringLiteral("coord1"), QStringLiteral("demo-coordinator"), {} }, {});
        QVERIFY(login.ok());
        const Session s = svc.value()->authenticate(login.value().token).value();
        auto page = svc.value()->changes(s, 0, 100);
        QCOMPARE(page.value().changes.size(), 50);
        for (const auto &c : page.value().changes)
            QVERIFY(protocol::studentFromJson(*c.data).ok());
        QVERIFY(svc.value()->login(protocol::LoginRequest{ QStringLiteral("admin"), QStringLiteral("demo-admin"), {} }, {}).ok());
        svc.value().reset();
    }
};

QTEST_GUILESS_MAIN(TestCentralService)
#include "tst_centralservice.moc"
