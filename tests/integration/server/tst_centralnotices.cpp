// School notices through CentralService over SQLite and PostgreSQL: the whole-object
// compare-and-set, scope, validation, audit, the change feed across entities, the digest, and the
// public listing. Ops of entities without a handler are refused one by one.
#include "CentralFixture.h"
#include "CentralService.h"
#include "CentralStore.h"
#include "DemoRoster.h"
#include "Digest.h"
#include "StudentFields.h"

#include <QJsonArray>
#include <QTest>

using namespace cet;
using namespace cet::central;
using namespace cet::central::test;
using protocol::OpResult;

namespace {
const QString kA = QStringLiteral("10001");
const QString kB = QStringLiteral("10002");
const QString kPw = QStringLiteral("secret-password");

struct Notice
{
    QString title, body, shownFrom;
};

// An upsert of a notice: every field [old, new] (old null when `old` is not given).
protocol::Op noticeOp(const QString &opId, const QString &key, const Notice &n, qint64 baseVersion,
                      const std::optional<Notice> &old = std::nullopt)
{
    protocol::Op op;
    op.opId = opId;
    op.entity = QStringLiteral("notice");
    op.key = key;
    op.baseVersion = baseVersion;
    const auto was = [&](const QString &v) { return old ? QJsonValue(v) : QJsonValue(QJsonValue::Null); };
    op.changes.insert(QStringLiteral("title"), { was(old ? old->title : QString()), n.title });
    op.changes.insert(QStringLiteral("body"), { was(old ? old->body : QString()), n.body });
    op.changes.insert(QStringLiteral("shown_from"), { was(old ? old->shownFrom : QString()), n.shownFrom });
    return op;
}

protocol::Op noticeDelete(const QString &opId, const QString &key, qint64 baseVersion)
{
    protocol::Op op;
    op.opId = opId;
    op.entity = QStringLiteral("notice");
    op.key = key;
    op.baseVersion = baseVersion;
    op.kind = protocol::Op::Kind::Delete;
    return op;
}

QJsonObject json(const Notice &n)
{
    return QJsonObject{ { QStringLiteral("title"), n.title },
                        { QStringLiteral("body"), n.body },
                        { QStringLiteral("shown_from"), n.shownFrom } };
}

const Notice kFirst{ QStringLiteral("报名须知"), QStringLiteral("请于12月1日前完成报名。"), QStringLiteral("2026-11-20") };
const Notice kSecond{ QStringLiteral("报名须知（更新）"), QStringLiteral("截止日期延后。"), QStringLiteral("2026-11-20") };
const Notice kOther{ QStringLiteral("东校区通告"), QString(), QStringLiteral("2026-11-01") };
} // namespace

class TestCentralNotices : public QObject
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
        return m_svc->authenticate(r.value().token).value();
    }

    protocol::PushResponse pushOk(const Session &s, const QList<protocol::Op> &ops)
    {
        auto r = m_svc->push(s, pushOf(ops));
        if (!r.ok())
            qFatal("push: %s %s", qPrintable(r.error().message), qPrintable(r.error().detail));
        if (r.value().toBody() != protocol::toBody(r.value().toJson()))
            qFatal("push body differs from QJsonDocument's");
        return r.value();
    }

    protocol::ChangesPage page(const Session &s, qint64 since, int limit)
    {
        auto r = m_svc->changes(s, since, limit);
        if (!r.ok())
            qFatal("changes: %s", qPrintable(r.error().message));
        if (m_svc->changesBody(s, since, limit).value() != protocol::toBody(r.value().toJson()))
            qFatal("changes body differs from QJsonDocument's");
        return r.value();
    }

    QStringList auditActions(const QString &entity)
    {
        auto store = CentralStore::open(m_db->url());
        if (!store)
            qFatal("store: %s", qPrintable(store.error().message));
        auto q = store.value()->exec(QStringLiteral("SELECT action, entity_key FROM audit_log WHERE entity = ? "
                                                    "ORDER BY id"),
                                     { entity });
        QStringList out;
        while (q.value().next())
            out << q.value().value(0).toString() + QLatin1Char(' ') + q.value().value(1).toString();
        return out;
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
        QVERIFY(m_svc->createSchool(kA, QStringLiteral("甲大学")).ok());
        QVERIFY(m_svc->createSchool(kB, QStringLiteral("乙大学")).ok());
        QVERIFY(m_svc->createCampus(kA, kA + QLatin1Char('1'), QStringLiteral("主校区")).ok());
        QVERIFY(m_svc->createCampus(kA, kA + QLatin1Char('2'), QStringLiteral("东校区")).ok());
        QVERIFY(m_svc->createCampus(kB, kB + QLatin1Char('1'), QStringLiteral("北校区")).ok());
        QVERIFY(m_svc->createStaff(QStringLiteral("coord1"), QStringLiteral("C1"), roles::coordinator, kA, kPw).ok());
        QVERIFY(m_svc->createStaff(QStringLiteral("coord2"), QStringLiteral("C2"), roles::coordinator, kA, kPw).ok());
    }

    void cleanup()
    {
        m_svc.reset();
        m_db.reset();
    }

    void unknownEntityRejectedAlone()
    {
        const Session s = signIn(QStringLiteral("coord1"));
        protocol::Op offer = noticeOp(QStringLiteral("o1"), kA, kFirst, 0);
        offer.entity = QStringLiteral("timetable");
        const auto r = pushOk(s, { createOp(QStringLiteral("s1"), demoStudent(kA, 1)), offer,
                                   noticeOp(QStringLiteral("n1"), kA, kFirst, 0) });
        QCOMPARE(r.results.size(), 3);
        QCOMPARE(r.results[0].status, OpResult::Status::Applied);
        QCOMPARE(r.results[0].seq, 1);
        QCOMPARE(r.results[1].status, OpResult::Status::Rejected);
        QCOMPARE(r.results[1].code, QStringLiteral("entity.unknown"));
        QVERIFY(r.results[1].message.contains(QLatin1String("timetable")));
        QCOMPARE(r.results[2].status, OpResult::Status::Applied);
        QCOMPARE(r.results[2].version, 1);
        QCOMPARE(r.results[2].seq, 2); // one sequence for the school, in request order
        const auto d = m_svc->digest(s).value();
        QCOMPARE(d.lastSeq, 2);
        QCOMPARE(d.entities.value(QStringLiteral("student")).count, 1);
        QCOMPARE(d.entities.value(QStringLiteral("notice")).count, 1);
        QVERIFY(!d.entities.contains(QStringLiteral("timetable")));
        // The rejection is recorded: the same op id again gets the same answer.
        const auto again = pushOk(s, { offer });
        QCOMPARE(again.results[0].code, QStringLiteral("entity.unknown"));
    }

    void createUpdateConflict()
    {
        const Session c1 = signIn(QStringLiteral("coord1"));
        const Session c2 = signIn(QStringLiteral("coord2"));
        auto created = pushOk(c1, { noticeOp(QStringLiteral("a"), kA, kFirst, 0) }).results[0];
        QCOMPARE(created.status, OpResult::Status::Applied);
        QCOMPARE(created.version, 1);
        QCOMPARE(created.seq, 1);
        QCOMPARE(*created.record, json(kFirst));

        // Both desktops edit version 1; the first to push wins.
        m_now = m_now.addSecs(60);
        auto updated = pushOk(c1, { noticeOp(QStringLiteral("b"), kA, kSecond, 1, kFirst) }).results[0];
        QCOMPARE(updated.status, OpResult::Status::Applied);
        QCOMPARE(updated.version, 2);
        QCOMPARE(updated.seq, 2);

        const Notice theirs{ kFirst.title, QStringLiteral("另一台电脑的正文"), QStringLiteral("2026-11-25") };
        auto conflict = pushOk(c2, { noticeOp(QStringLiteral("c"), kA, theirs, 1, kFirst) }).results[0];
        QCOMPARE(conflict.status, OpResult::Status::Conflict);
        QCOMPARE(conflict.version, 2);
        QCOMPARE(conflict.seq, 0);
        QCOMPARE(*conflict.record, json(kSecond));
        // One conflict per field whose server value differs from the op's new value.
        QCOMPARE(conflict.conflicts.size(), 3);
        for (const protocol::FieldConflict &f : conflict.conflicts) {
            QCOMPARE(f.changedBy, QStringLiteral("coord1"));
            QCOMPARE(f.changedAt, m_now);
            QCOMPARE(f.theirs, json(kSecond).value(f.field));
            QCOMPARE(f.mine, json(theirs).value(f.field));
            QCOMPARE(f.base, json(kFirst).value(f.field));
        }
        // Nothing of the refused op applied.
        const auto changes = page(c1, 0, 100).changes;
        QCOMPARE(changes.size(), 1); // the row's latest change
        QCOMPARE(changes[0].version, 2);
        QCOMPARE(*changes[0].data, json(kSecond));

        // Resolved from version 2: applied. The same content again: applied, nothing changes.
        auto resolved = pushOk(c2, { noticeOp(QStringLiteral("d"), kA, theirs, 2, kSecond) }).results[0];
        QCOMPARE(resolved.status, OpResult::Status::Applied);
        QCOMPARE(resolved.version, 3);
        auto same = pushOk(c1, { noticeOp(QStringLiteral("e"), kA, theirs, 1, kFirst) }).results[0];
        QCOMPARE(same.status, OpResult::Status::Applied);
        QCOMPARE(same.version, 3);
        QCOMPARE(same.seq, 0);
        // A create of a key that has a live row with other content: a conflict.
        auto late = pushOk(c1, { noticeOp(QStringLiteral("f"), kA, kFirst, 0) }).results[0];
        QCOMPARE(late.status, OpResult::Status::Conflict);
        QCOMPARE(auditActions(QStringLiteral("notice")),
                 QStringList({ QStringLiteral("notice.create 10001"), QStringLiteral("notice.update 10001"),
                               QStringLiteral("notice.update 10001") }));
    }

    void deleteAndTombstone()
    {
        const Session s = signIn(QStringLiteral("coord1"));
        const QString campus = kA + QLatin1Char('2');
        QCOMPARE(pushOk(s, { noticeOp(QStringLiteral("a"), campus, kOther, 0) }).results[0].version, 1);
        auto stale = pushOk(s, { noticeDelete(QStringLiteral("b"), campus, 5) }).results[0];
        QCOMPARE(stale.status, OpResult::Status::Conflict);
        QCOMPARE(stale.version, 1);
        QCOMPARE(*stale.record, json(kOther));
        auto deleted = pushOk(s, { noticeDelete(QStringLiteral("c"), campus, 1) }).results[0];
        QCOMPARE(deleted.status, OpResult::Status::Applied);
        QCOMPARE(deleted.version, 2);
        QCOMPARE(deleted.seq, 2);
        QVERIFY(!deleted.record);
        auto again = pushOk(s, { noticeDelete(QStringLiteral("d"), campus, 1) }).results[0];
        QCOMPARE(again.status, OpResult::Status::Applied);
        QCOMPARE(again.seq, 0);
        QCOMPARE(again.version, 2);
        auto nothing = pushOk(s, { noticeDelete(QStringLiteral("e"), kA, 0) }).results[0];
        QCOMPARE(nothing.status, OpResult::Status::Applied);
        QCOMPARE(nothing.version, 0);

        const auto feed = page(s, 0, 100).changes;
        QCOMPARE(feed.size(), 1); // one row: its latest change
        QCOMPARE(feed[0].key, campus);
        QVERIFY(feed[0].deleted);
        QVERIFY(!feed[0].data);
        QCOMPARE(m_svc->digest(s).value().entities.value(QStringLiteral("notice")).count, 0);

        // An edit made without knowing of the delete: a conflict, theirs null, no record.
        auto edit = pushOk(s, { noticeOp(QStringLiteral("f"), campus, kFirst, 1, kOther) }).results[0];
        QCOMPARE(edit.status, OpResult::Status::Conflict);
        QCOMPARE(edit.version, 2);
        QVERIFY(!edit.record);
        QCOMPARE(edit.conflicts.size(), 3);
        for (const protocol::FieldConflict &f : edit.conflicts)
            QVERIFY(f.theirs.isNull());
        // A create over the tombstone: the tombstone's version + 1.
        auto recreated = pushOk(s, { noticeOp(QStringLiteral("g"), campus, kFirst, 0) }).results[0];
        QCOMPARE(recreated.status, OpResult::Status::Applied);
        QCOMPARE(recreated.version, 3);
        QCOMPARE(auditActions(QStringLiteral("notice")),
                 QStringList({ QStringLiteral("notice.create 100012"), QStringLiteral("notice.delete 100012"),
                               QStringLiteral("notice.create 100012") }));
    }

    void wrongScopeAndInvalid_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("shownFrom");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("field"); // named by the message
        const QString d = QStringLiteral("2026-11-20");
        const QString t = QStringLiteral("标题");
        const QString wrong = QStringLiteral("notice.wrong_scope");
        const QString invalid = QStringLiteral("notice.invalid");
        QTest::newRow("other school") << kB << t << QString() << d << wrong << kB;
        QTest::newRow("other school's campus") << kB + QLatin1Char('1') << t << QString() << d << wrong << QString();
        QTest::newRow("no such campus") << kA + QLatin1Char('9') << t << QString() << d << wrong << QString();
        QTest::newRow("body 2001") << kA << t << QString(2001, QChar(0x4e2d)) << d << invalid << QStringLiteral("body");
        QTest::newRow("body 2000") << kA << t << QString(2000, QChar(0x4e2d)) << d << QString() << QString();
        QTest::newRow("body 2000 astral") << kA << t << QStringLiteral("😀").repeated(2000) << d << QString() << QString();
        QTest::newRow("blank title") << kA << QStringLiteral("   ") << QString() << d << invalid << QStringLiteral("title");
        QTest::newRow("title 101") << kA << QString(101, QLatin1Char('x')) << QString() << d << invalid
                                   << QStringLiteral("title");
        QTest::newRow("bad date") << kA << t << QString() << QStringLiteral("2026-02-30") << invalid
                                  << QStringLiteral("shown_from");
        QTest::newRow("date form") << kA << t << QString() << QStringLiteral("2026/11/20") << invalid
                                   << QStringLiteral("shown_from");
    }
    void wrongScopeAndInvalid()
    {
        QFETCH(QString, key);
        QFETCH(QString, title);
        QFETCH(QString, body);
        QFETCH(QString, shownFrom);
        QFETCH(QString, code);
        QFETCH(QString, field);
        const Session s = signIn(QStringLiteral("coord1"));
        const auto r = pushOk(s, { noticeOp(QStringLiteral("x"), key, { title, body, shownFrom }, 0) }).results[0];
        if (code.isEmpty()) {
            QCOMPARE(r.status, OpResult::Status::Applied);
            QCOMPARE(r.version, 1);
            return;
        }
        QCOMPARE(r.status, OpResult::Status::Rejected);
        QCOMPARE(r.code, code);
        QVERIFY2(r.message.contains(field), qPrintable(r.message));
        QCOMPARE(m_svc->digest(s).value().entities.value(QStringLiteral("notice")).count, 0);
    }

    void missingOrUnknownField()
    {
        const Session s = signIn(QStringLiteral("coord1"));
        protocol::Op missing = noticeOp(QStringLiteral("m"), kA, kFirst, 0);
        missing.changes.remove(QStringLiteral("shown_from"));
        protocol::Op extra = noticeOp(QStringLiteral("x"), kA, kFirst, 0);
        extra.changes.insert(QStringLiteral("colour"), { QJsonValue(), QStringLiteral("red") });
        protocol::Op number = noticeOp(QStringLiteral("n"), kA, kFirst, 0);
        number.changes.insert(QStringLiteral("body"), { QJsonValue(), 5 });
        const auto r = pushOk(s, { missing, extra, number });
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(r.results[i].status, OpResult::Status::Rejected);
            QCOMPARE(r.results[i].code, QStringLiteral("notice.invalid"));
        }
        QVERIFY(r.results[0].message.startsWith(QLatin1String("shown_from")));
        QVERIFY(r.results[1].message.startsWith(QLatin1String("colour")));
        QVERIFY(r.results[2].message.startsWith(QLatin1String("body")));
    }

    void notSealed()
    {
        const Session s = signIn(QStringLiteral("coord1"));
        QVERIFY(m_svc->createExamSession(QStringLiteral("2026下"), m_now.addDays(-10), m_now.addDays(-1)).ok());
        const auto r = pushOk(s, { createOp(QStringLiteral("s"), demoStudent(kA, 1)),
                                   noticeOp(QStringLiteral("n"), kA, kFirst, 0) });
        QCOMPARE(r.results[0].code, QStringLiteral("school.sealed"));
        QCOMPARE(r.results[1].status, OpResult::Status::Applied);
    }

    // Students and notices in one sequence: pages of any limit give every change once, in seq order.
    void feedAcrossEntities()
    {
        const Session s = signIn(QStringLiteral("coord1"));
        // seq: 1 student, 2 notice, 3 student, 4 student, 5 notice, 6 notice, 7 student
        pushOk(s, { createOp(QStringLiteral("s1"), demoStudent(kA, 1)),
                    noticeOp(QStringLiteral("n1"), kA + QLatin1Char('2'), kOther, 0),
                    createOp(QStringLiteral("s2"), demoStudent(kA, 2)), createOp(QStringLiteral("s3"), demoStudent(kA, 3)) });
        pushOk(s, { noticeOp(QStringLiteral("n2"), kA + QLatin1Char('1'), kOther, 0),
                    noticeOp(QStringLiteral("n3"), kA, kSecond, 0), createOp(QStringLiteral("s4"), demoStudent(kA, 4)) });
        const QStringList expected = { QStringLiteral("1 student"), QStringLiteral("2 notice"),
                                       QStringLiteral("3 student"), QStringLiteral("4 student"),
                                       QStringLiteral("5 notice"),  QStringLiteral("6 notice"),
                                       QStringLiteral("7 student") };
        const auto all = page(s, 0, 100);
        QStringList got;
        for (const protocol::Change &c : all.changes)
            got << QStringLiteral("%1 %2").arg(c.seq).arg(c.entity);
        QCOMPARE(got, expected);
        QCOMPARE(all.next, 7);
        QVERIFY(!all.more);
        for (int limit = 1; limit <= 6; ++limit) {
            QStringList paged;
            qint64 since = 0;
            int pages = 0;
            while (true) {
                const auto p = page(s, since, limit);
                QVERIFY(p.changes.size() <= limit);
                for (const protocol::Change &c : p.changes)
                    paged << QStringLiteral("%1 %2").arg(c.seq).arg(c.entity);
                ++pages;
                if (!p.more) {
                    QCOMPARE(p.next, p.changes.isEmpty() ? since : 7);
                    break;
                }
                QCOMPARE(p.changes.size(), limit);
                QCOMPARE(p.next, p.changes.last().seq);
                since = p.next;
                QVERIFY(pages < 20);
            }
            QCOMPARE(paged, got);
        }
        const auto notice = page(s, 5, 1).changes.at(0);
        QCOMPARE(notice.key, kA);
        QCOMPARE(notice.version, 1);
        QCOMPARE(notice.originOpId, QStringLiteral("n3"));
        QCOMPARE(notice.changedBy, QStringLiteral("coord1"));
        QCOMPARE(*notice.data, json(kSecond));
    }

    void digestOfBothEntities()
    {
        const Session s = signIn(QStringLiteral("coord1"));
        const auto empty = m_svc->digest(s).value();
        for (const char *entity : { "student", "notice", "campus", "offer", "cet6_review", "id_reveal" })
            QVERIFY2(empty.entities.contains(QLatin1String(entity)), entity);
        QCOMPARE(empty.entities.value(QStringLiteral("notice")).count, 0);
        QCOMPARE(empty.entities.value(QStringLiteral("notice")).hash, QStringLiteral("cbf29ce484222325"));
        pushOk(s, { noticeOp(QStringLiteral("n1"), kA, kFirst, 0), noticeOp(QStringLiteral("n2"), kA + QLatin1Char('1'), kOther, 0),
                    createOp(QStringLiteral("s1"), demoStudent(kA, 1)), noticeDelete(QStringLiteral("n3"), kA + QLatin1Char('1'), 1) });
        const auto d = m_svc->digest(s).value();
        QCOMPARE(d.lastSeq, 4);
        const protocol::EntityDigest notices = d.entities.value(QStringLiteral("notice"));
        QCOMPARE(notices.count, 1);
        QCOMPARE(notices.maxSeq, 4);
        protocol::DigestBuilder b;
        b.add(kA, 1);
        QCOMPARE(notices.hash, b.hash());
        QCOMPARE(d.entities.value(QStringLiteral("student")).count, 1);
        QCOMPARE(d.entities.value(QStringLiteral("student")).maxSeq, 3);
    }

    void publicListing()
    {
        const Session s = signIn(QStringLiteral("coord1"));
        pushOk(s, { noticeOp(QStringLiteral("c2"), kA + QLatin1Char('2'), kOther, 0),
                    noticeOp(QStringLiteral("c1"), kA + QLatin1Char('1'),
                             { QStringLiteral("明天起"), QString(), QStringLiteral("2026-11-24") }, 0),
                    noticeOp(QStringLiteral("s"), kA, kFirst, 0) });
        // 2026-11-23 10:00 UTC: 18:00 in China; the campus 1 notice shows from the 24th.
        auto r = m_svc->publicNotices(kA);
        QVERIFY(r.ok());
        QCOMPARE(r.value().value(QStringLiteral("school")).toObject(),
                 QJsonObject({ { QStringLiteral("code"), kA }, { QStringLiteral("name"), QStringLiteral("甲大学") } }));
        QJsonArray list = r.value().value(QStringLiteral("notices")).toArray();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list[0].toObject().value(QStringLiteral("scope")).toString(), QStringLiteral("school"));
        QVERIFY(list[0].toObject().value(QStringLiteral("campus_name")).isNull());
        QCOMPARE(list[0].toObject().value(QStringLiteral("title")).toString(), kFirst.title);
        QCOMPARE(list[0].toObject().value(QStringLiteral("updated_at")).toString(), QStringLiteral("2026-11-23T10:00:00Z"));
        QCOMPARE(list[1].toObject().value(QStringLiteral("code")).toString(), kA + QLatin1Char('2'));
        QCOMPARE(list[1].toObject().value(QStringLiteral("campus_name")).toString(), QStringLiteral("东校区"));
        // 16:00 UTC is past midnight in China: the 24th's notice shows, campuses by code.
        m_now = QDateTime(QDate(2026, 11, 23), QTime(16, 0), Qt::UTC);
        list = m_svc->publicNotices(kA).value().value(QStringLiteral("notices")).toArray();
        QCOMPARE(list.size(), 3);
        QCOMPARE(list[1].toObject().value(QStringLiteral("code")).toString(), kA + QLatin1Char('1'));
        QCOMPARE(list[2].toObject().value(QStringLiteral("code")).toString(), kA + QLatin1Char('2'));
        QCOMPARE(m_svc->publicNotices(kB).value().value(QStringLiteral("notices")).toArray().size(), 0);
        QCOMPARE(m_svc->publicNotices(QStringLiteral("99999")).error().code, QStringLiteral("not_found"));
        QCOMPARE(m_svc->publicNotices(QString()).error().code, QStringLiteral("request.bad_shape"));
    }
};

QTEST_GUILESS_MAIN(TestCentralNotices)
#include "tst_centralnotices.moc"
