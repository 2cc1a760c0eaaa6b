// The client's entity handlers: a pulled change of an entity without a handler stops the page
// before it (an older CET Desk against a newer server); the outbox sends what has a handler.
#include "NoticeRepository.h"
#include "OutboxRepository.h"
#include "StoreTestSql.h"
#include "StudentFields.h"
#include "SyncStore.h"
#include "SyncTestSupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace cet;

namespace {

ServerChange studentChange(qint64 seq, int i)
{
    const StudentRecord r = synctest::student(QStringLiteral("10001"), i);
    ServerChange c;
    c.seq = seq;
    c.entity = QStringLiteral("student");
    c.key = protocol::studentKey(r);
    c.version = 1;
    c.data = protocol::studentToJson(r);
    SyncStore::prepare(c);
    return c;
}

ServerChange noticeChange(qint64 seq)
{
    ServerChange c;
    c.seq = seq;
    c.entity = QStringLiteral("notice");
    c.key = QStringLiteral("10001");
    c.version = 1;
    c.data = NoticeText{ QStringLiteral("报名须知"), QStringLiteral("请按时缴费"), QDate(2026, 3, 1) }.toJson();
    return c;
}

} // namespace

class TestSyncEntities : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_n = 0;

    std::unique_ptr<Database> open()
    {
        auto db = Database::open(m_dir.filePath(QStringLiteral("e%1.sqlite").arg(++m_n)));
        if (!db)
            qFatal("open failed");
        return std::move(db.value());
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void registryKnowsStudentsAndNotices()
    {
        const SyncEntityRegistry &r = SyncEntityRegistry::standard();
        QVERIFY(r.find(u"student"));
        QVERIFY(r.find(u"notice"));
        for (const char16_t *entity : { u"cet6_review", u"campus", u"offer", u"id_reveal" })
            QVERIFY(r.find(entity));
        QVERIFY(!r.find(u"exam_room"));
        QVERIFY(r.outboxEntities().contains(u"student_import"_qs));
        QVERIFY(!r.without(u"notice"_qs).find(u"notice"));
        QVERIFY(r.without(u"notice"_qs).find(u"student"));
    }

    void unknownEntityStopsThePullBeforeIt()
    {
        auto db = open();
        const SyncEntityRegistry old = SyncEntityRegistry::standard().without(u"notice"_qs);
        const QList<ServerChange> page{ studentChange(1, 1), studentChange(2, 2), noticeChange(3), studentChange(4, 3) };
        auto r = SyncStore(*db, old).applyPage(page, 4, u"e1"_qs);
        QVERIFY(r);
        QCOMPARE(r.value().applied, 2);
        QCOMPARE(r.value().unknownEntity, u"notice"_qs);
        QCOMPARE(r.value().stoppedBefore, 3);
        QCOMPARE(SyncStore(*db).state().value().cursor, 2);
        QCOMPARE(scalar(db->connection(), u"SELECT count(*) FROM students"_qs), 2);
        QCOMPARE(scalar(db->connection(), u"SELECT count(*) FROM notices"_qs), 0);

        // Updated: the same changes from the cursor on go through.
        auto again = SyncStore(*db).applyPage(page.mid(2), 4, u"e1"_qs);
        QVERIFY(again);
        QVERIFY(again.value().unknownEntity.isEmpty());
        QCOMPARE(again.value().applied, 2);
        QCOMPARE(SyncStore(*db).state().value().cursor, 4);
        QCOMPARE(scalar(db->connection(), u"SELECT count(*) FROM students"_qs), 3);
        QCOMPARE(scalar(db->connection(), u"SELECT count(*) FROM notices"_qs), 1);
    }

    void unknownEntityFirstInPageKeepsTheCursor()
    {
        auto db = open();
        const SyncEntityRegistry old = SyncEntityRegistry::standard().without(u"notice"_qs);
        QVERIFY(SyncStore(*db, old).applyPage({ studentChange(5, 1) }, 5, u"e1"_qs));
        auto r = SyncStore(*db, old).applyPage({ noticeChange(6), studentChange(7, 2) }, 7, u"e1"_qs);
        QVERIFY(r);
        QCOMPARE(r.value().applied, 0);
        QCOMPARE(SyncStore(*db).state().value().cursor, 5);
    }

    void outboxSendsEveryEntityWithAHandler()
    {
        auto db = open();
        QVERIFY(SyncStore(*db).saveAccount(u"http://127.0.0.1:1"_qs, u"c"_qs, u"c"_qs, u"coordinator"_qs, u"10001"_qs));
        QVERIFY(NoticeRepository(*db).save(u"10001"_qs, { u"标题"_qs, QString(), QDate(2026, 1, 1) }));
        auto all = OutboxRepository(*db).nextBatch(10, {});
        QVERIFY(all);
        QCOMPARE(all.value().size(), 1);
        QCOMPARE(all.value().first().entity, u"notice"_qs);
        // A client without the notice handler leaves the op waiting.
        auto old = OutboxRepository(*db, SyncEntityRegistry::standard().without(u"notice"_qs)).nextBatch(10, {});
        QVERIFY(old);
        QVERIFY(old.value().isEmpty());
    }

    void digestCoversEveryEntity()
    {
        auto db = open();
        auto d = SyncStore(*db).digests();
        QVERIFY(d);
        QCOMPARE(d.value().keys(), (QStringList{ u"campus"_qs, u"cet6_review"_qs, u"id_reveal"_qs, u"notice"_qs, u"offer"_qs, u"student"_qs }));
        QCOMPARE(d.value().value(u"notice"_qs).hash, u"cbf29ce484222325"_qs);
        QVERIFY(SyncStore(*db).applyPage({ noticeChange(1) }, 1, u"e1"_qs));
        QCOMPARE(SyncStore(*db).digests().value().value(u"notice"_qs).count, 1);
    }
};

QTEST_GUILESS_MAIN(TestSyncEntities)
#include "tst_syncentities.moc"
