// Notices in the local database: edits with their outbox ops, pulled changes, push answers
// (applied, conflict, rejected) and conflict resolution, without a server.
#include "NoticeRepository.h"
#include "OutboxRepository.h"
#include "StoreTestSql.h"
#include "SyncStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace cet;

namespace {

NoticeText text(const QString &title, const QString &body = QStringLiteral("正文"))
{
    return { title, body, QDate(2026, 3, 1) };
}

ServerChange change(qint64 seq, const QString &key, qint64 version, const std::optional<NoticeText> &t)
{
    ServerChange c;
    c.seq = seq;
    c.entity = QStringLiteral("notice");
    c.key = key;
    c.version = version;
    c.deleted = !t;
    if (t)
        c.data = t->toJson();
    return c;
}

OutboxOpResult result(const OutboxOp &op, const QString &status, qint64 version, const QJsonObject &record = {})
{
    OutboxOpResult r;
    r.opId = op.opId;
    r.status = status;
    r.version = version;
    r.record = record;
    return r;
}

} // namespace

class TestNoticeRepository : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_n = 0;

    std::unique_ptr<Database> open()
    {
        auto db = Database::open(m_dir.filePath(QStringLiteral("n%1.sqlite").arg(++m_n)));
        if (!db)
            qFatal("open failed");
        return std::move(db.value());
    }

    static QList<OutboxOp> batch(Database &db)
    {
        auto ops = OutboxRepository(db).nextBatch(100, {});
        return ops ? ops.value() : QList<OutboxOp>();
    }

    static QJsonObject changesOf(const OutboxOp &op)
    {
        return QJsonDocument::fromJson(op.changes).object();
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void saveQueuesWholeObjectOp()
    {
        auto db = open();
        NoticeRepository repo(*db);
        QCOMPARE(repo.save(u"10001"_qs, text(u"报名须知"_qs)).value(), true);
        QCOMPARE(repo.save(u"10001"_qs, text(u"报名须知"_qs)).value(), false); // unchanged: no op
        const QList<OutboxOp> ops = batch(*db);
        QCOMPARE(ops.size(), 1);
        QCOMPARE(ops.first().entity, u"notice"_qs);
        QCOMPARE(ops.first().key, u"10001"_qs);
        QCOMPARE(ops.first().baseVersion, 0);
        const QJsonObject c = changesOf(ops.first());
        QCOMPARE(c.keys(), (QStringList{ u"body"_qs, u"shown_from"_qs, u"title"_qs }));
        QVERIFY(c.value(u"title"_qs).toArray().at(0).isNull());
        QCOMPARE(c.value(u"title"_qs).toArray().at(1).toString(), u"报名须知"_qs);
        QCOMPARE(c.value(u"shown_from"_qs).toArray().at(1).toString(), u"2026-03-01"_qs);
        auto found = repo.find(u"10001"_qs);
        QVERIFY(found && found.value());
        QVERIFY(found.value()->pending);
        QCOMPARE(found.value()->serverVersion, 0);
    }

    void appliedAnswerConfirmsAndRebasesLaterOps()
    {
        auto db = open();
        NoticeRepository repo(*db);
        QVERIFY(repo.save(u"100011"_qs, text(u"一"_qs)));
        const QList<OutboxOp> first = batch(*db);
        QCOMPARE(first.size(), 1);
        QVERIFY(repo.save(u"100011"_qs, text(u"二"_qs))); // a second edit before the answer
        OutboxRepository outbox(*db);
        QVERIFY(outbox.applyResults(first, { result(first.first(), u"applied"_qs, 1) }));
        const QList<OutboxOp> second = batch(*db);
        QCOMPARE(second.size(), 1);
        QCOMPARE(second.first().baseVersion, 1); // rebased on the server's version
        QCOMPARE(changesOf(second.first()).value(u"title"_qs).toArray().at(0).toString(), u"一"_qs);
        QCOMPARE(repo.find(u"100011"_qs).value()->text.title, u"二"_qs); // the local text stays
        QVERIFY(outbox.applyResults(second, { result(second.first(), u"applied"_qs, 2, text(u"二"_qs).toJson()) }));
        auto n = repo.find(u"100011"_qs).value();
        QCOMPARE(n->serverVersion, 2);
        QVERIFY(!n->pending);
        auto digest = SyncStore(*db).digests();
        QVERIFY(digest);
        QCOMPARE(digest.value().value(u"notice"_qs).count, 1);
    }

    void pulledChangeFollowsUnlessPending()
    {
        auto db = open();
        SyncStore store(*db);
        NoticeRepository repo(*db);
        auto r = store.applyPage({ change(1, u"10001"_qs, 1, text(u"服务器"_qs)) }, 1, u"e1"_qs);
        QVERIFY(r);
        QCOMPARE(r.value().applied, 1);
        QCOMPARE(repo.find(u"10001"_qs).value()->text.title, u"服务器"_qs);
        QCOMPARE(repo.find(u"10001"_qs).value()->serverVersion, 1);
        // The same version again (an echo): nothing.
        QCOMPARE(store.applyPage({ change(1, u"10001"_qs, 1, text(u"服务器"_qs)) }, 1, u"e1"_qs).value().applied, 0);
        // A local edit is pending: the newer server text does not overwrite it.
        QVERIFY(repo.save(u"10001"_qs, text(u"本机"_qs)));
        QCOMPARE(batch(*db).first().baseVersion, 1);
        QVERIFY(store.applyPage({ change(2, u"10001"_qs, 2, text(u"别人"_qs)) }, 2, u"e1"_qs));
        QCOMPARE(repo.find(u"10001"_qs).value()->text.title, u"本机"_qs);
        // A tombstone with nothing pending removes the notice.
        QVERIFY(store.applyPage({ change(3, u"100012"_qs, 1, text(u"校区"_qs)), change(4, u"100012"_qs, 2, std::nullopt) },
                                4, u"e1"_qs));
        QVERIFY(!repo.find(u"100012"_qs).value());
    }

    void conflictResolvedMineQueuesOpOnServerVersion()
    {
        auto db = open();
        SyncStore store(*db);
        NoticeRepository repo(*db);
        QVERIFY(store.applyPage({ change(1, u"10001"_qs, 1, text(u"原来"_qs)) }, 1, u"e1"_qs));
        QVERIFY(repo.save(u"10001"_qs, text(u"我的"_qs)));
        const QList<OutboxOp> ops = batch(*db);
        OutboxOpResult res = result(ops.first(), u"conflict"_qs, 2, text(u"他们的"_qs).toJson());
        res.conflicts.append(QJsonObject{ { u"field"_qs, u"title"_qs }, { u"changed_by"_qs, u"coord2"_qs } });
        auto stored = OutboxRepository(*db).applyResults(ops, { res });
        QVERIFY(stored);
        QCOMPARE(stored.value(), 1);
        auto c = repo.conflict(u"10001"_qs);
        QVERIFY(c && c.value());
        QCOMPARE(c.value()->mine->title, u"我的"_qs);
        QCOMPARE(c.value()->theirs->title, u"他们的"_qs);
        QCOMPARE(c.value()->changedBy, u"coord2"_qs);
        QVERIFY(repo.find(u"10001"_qs).value()->conflict);
        QCOMPARE(store.openConflictCount().value(), 1);
        QCOMPARE(repo.find(u"10001"_qs).value()->text.title, u"我的"_qs);

        QVERIFY(store.resolveConflict(c.value()->id, ConflictChoice::Mine));
        QCOMPARE(store.openConflictCount().value(), 0);
        const QList<OutboxOp> again = batch(*db);
        QCOMPARE(again.size(), 1);
        QCOMPARE(again.first().baseVersion, 2);
        QCOMPARE(changesOf(again.first()).value(u"title"_qs).toArray(), (QJsonArray{ u"他们的"_qs, u"我的"_qs }));
    }

    void conflictResolvedTheirsTakesServerText()
    {
        auto db = open();
        SyncStore store(*db);
        NoticeRepository repo(*db);
        QVERIFY(repo.save(u"10001"_qs, text(u"我的"_qs)));
        const QList<OutboxOp> ops = batch(*db);
        QVERIFY(repo.save(u"10001"_qs, text(u"我的第二版"_qs))); // waits behind the first
        auto stored = OutboxRepository(*db).applyResults(
            ops, { result(ops.first(), u"conflict"_qs, 3, text(u"他们的"_qs).toJson()) });
        QVERIFY2(stored, qPrintable(stored ? QString() : stored.error().detail));
        // The later edit is part of mine; it is not sent on its own.
        QVERIFY(batch(*db).isEmpty());
        auto c = repo.conflict(u"10001"_qs).value();
        QCOMPARE(c->mine->title, u"我的第二版"_qs);
        QVERIFY(store.resolveConflict(c->id, ConflictChoice::Theirs));
        auto n = repo.find(u"10001"_qs).value();
        QCOMPARE(n->text.title, u"他们的"_qs);
        QCOMPARE(n->serverVersion, 3);
        QVERIFY(!n->pending);
        QVERIFY(batch(*db).isEmpty());
    }

    void rejectedEditGoesBackToServerText()
    {
        auto db = open();
        SyncStore store(*db);
        NoticeRepository repo(*db);
        QVERIFY(store.applyPage({ change(1, u"10001"_qs, 4, text(u"服务器"_qs)) }, 1, u"e1"_qs));
        QVERIFY(repo.save(u"10001"_qs, text(u"被拒"_qs)));
        const QList<OutboxOp> ops = batch(*db);
        OutboxOpResult r = result(ops.first(), u"rejected"_qs, 0);
        r.code = u"notice.invalid"_qs;
        QVERIFY(OutboxRepository(*db).applyResults(ops, { r }));
        QCOMPARE(repo.find(u"10001"_qs).value()->text.title, u"服务器"_qs);
    }

    void removeQueuesDelete()
    {
        auto db = open();
        SyncStore store(*db);
        NoticeRepository repo(*db);
        QVERIFY(store.applyPage({ change(1, u"100011"_qs, 2, text(u"校区"_qs)) }, 1, u"e1"_qs));
        QCOMPARE(repo.remove(u"100011"_qs).value(), true);
        QCOMPARE(repo.remove(u"100011"_qs).value(), false);
        const QList<OutboxOp> ops = batch(*db);
        QCOMPARE(ops.size(), 1);
        QCOMPARE(ops.first().kind, u"delete"_qs);
        QCOMPARE(ops.first().baseVersion, 2);
        QVERIFY(OutboxRepository(*db).applyResults(ops, { result(ops.first(), u"applied"_qs, 3) }));
        QVERIFY(!repo.find(u"100011"_qs).value());
        QCOMPARE(SyncStore(*db).digests().value().value(u"notice"_qs).count, 0);
    }
};

QTEST_GUILESS_MAIN(TestNoticeRepository)
#include "tst_noticerepository.moc"
