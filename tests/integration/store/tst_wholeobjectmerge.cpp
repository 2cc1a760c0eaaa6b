// Whole-object compare-and-set on the client, for an entity the policy knows nothing about: a
// made-up "offer" whose local table is a map here, over the real base copies, outbox and
// conflict rows of a local database. Pulled changes follow unless the record is pending, a refused
// op becomes one conflict row for the whole record, and a resolution makes the op (or none).
#include "NoticeSql.h"
#include "SyncSql.h"
#include "WholeObjectMerge.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace cet;

namespace {

const QString kOffer = QStringLiteral("offer");

class MapTable final : public WholeObjectTable
{
public:
    QMap<QString, QJsonObject> rows;
    QMap<QString, qint64> versions;

    // Only seats and fee belong to an offer; anything else the server sends is not its own.
    QJsonObject fields(const QJsonObject &data) const override
    {
        return { { u"seats"_qs, data.value(u"seats"_qs) }, { u"fee"_qs, data.value(u"fee"_qs) } };
    }
    Result<std::optional<QJsonObject>> read(QSqlDatabase, const QString &key) const override
    {
        return rows.contains(key) ? std::optional(rows.value(key)) : std::nullopt;
    }
    Result<void> write(QSqlDatabase, const QString &key, const std::optional<QJsonObject> &data,
                       qint64 version) const override
    {
        auto *self = const_cast<MapTable *>(this);
        if (!data) {
            self->rows.remove(key);
            self->versions.remove(key);
            return {};
        }
        self->rows.insert(key, *data);
        if (version >= 0)
            self->versions.insert(key, version);
        return {};
    }
};

QJsonObject offer(int seats, int fee)
{
    return { { u"seats"_qs, seats }, { u"fee"_qs, fee } };
}

ServerChange change(const QString &key, qint64 version, const QJsonObject &data)
{
    ServerChange c;
    c.entity = kOffer;
    c.key = key;
    c.version = version;
    c.deleted = data.isEmpty();
    c.data = data;
    return c;
}

} // namespace

class TestWholeObjectMerge : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    MapTable m_table;

    QSqlDatabase db() const { return m_db->connection(); }

    QList<OutboxOp> ops(const QString &state = u"queued"_qs)
    {
        QSqlQuery q(db());
        q.prepare(u"SELECT seq, op_id, entity_key, base_version, kind, changes FROM outbox"
                  " WHERE entity = 'offer' AND state = ? ORDER BY seq"_qs);
        q.addBindValue(state);
        if (!q.exec())
            qFatal("outbox query failed");
        QList<OutboxOp> out;
        while (q.next())
            out << OutboxOp{ q.value(0).toLongLong(), q.value(1).toString(), kOffer, q.value(2).toString(),
                             q.value(3).toLongLong(), q.value(4).toString(), q.value(5).toByteArray() };
        return out;
    }

    // A local edit as a repository makes it: the record and its op from the base copy's version.
    void edit(const QString &key, const QJsonObject &data)
    {
        const std::optional<QJsonObject> before = m_table.read(db(), key).value();
        QVERIFY(m_table.write(db(), key, data, -1));
        QVERIFY(noticesql::queueOp(db(), kOffer, key, noticesql::opBaseVersion(db(), kOffer, key).value(),
                                   u"upsert"_qs, WholeObjectMerge::changesOf(before, data)));
    }

    // What the engine does around the policy: the op's own state from its result, and the
    // conflict marked resolved after a resolution.
    void setState(const OutboxOp &op, const QString &state)
    {
        QSqlQuery q(db());
        q.prepare(u"UPDATE outbox SET state = ? WHERE op_id = ?"_qs);
        q.addBindValue(state);
        q.addBindValue(op.opId);
        QVERIFY(q.exec());
    }
    void markResolved(const StoredConflict &c)
    {
        QSqlQuery q(db());
        q.prepare(u"UPDATE sync_conflicts SET resolved_at = '2026-01-01T00:00:00.000Z' WHERE id = ?"_qs);
        q.addBindValue(c.id);
        QVERIFY(q.exec());
    }

    std::optional<StoredConflict> openConflict(const QString &key)
    {
        QSqlQuery q(db());
        q.prepare(u"SELECT id, field, mine_json, base_json, theirs_json FROM sync_conflicts"
                  " WHERE entity = 'offer' AND entity_key = ? AND resolved_at IS NULL"_qs);
        q.addBindValue(key);
        if (!q.exec() || !q.next())
            return std::nullopt;
        const auto json = [&](int i) { return syncsql::parseValue(q.value(i).toString()); };
        StoredConflict c{ q.value(0).toLongLong(), kOffer, key, q.value(1).toString(), json(2), json(3), json(4) };
        if (q.next())
            qFatal("two open conflicts of one record");
        return c;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto db = Database::open(m_dir.filePath(u"merge.sqlite"_qs));
        QVERIFY(db);
        m_db = std::move(db.value());
    }

    void pulledChangesFollowUnlessPending()
    {
        WholeObjectMerge merge(db(), kOffer, m_table);
        QCOMPARE(merge.applyChange(change(u"A"_qs, 1, offer(100, 30))).value(), true);
        QCOMPARE(m_table.rows.value(u"A"_qs), offer(100, 30));
        QCOMPARE(m_table.versions.value(u"A"_qs), 1);
        // The same version again (an echo) writes nothing.
        QCOMPARE(merge.applyChange(change(u"A"_qs, 1, offer(1, 1))).value(), false);
        QCOMPARE(m_table.rows.value(u"A"_qs), offer(100, 30));
        // Pending here: the base copy follows the server, the local record stays as edited.
        edit(u"A"_qs, offer(120, 30));
        QCOMPARE(ops().size(), 1);
        QCOMPARE(ops().first().baseVersion, 1);
        QCOMPARE(merge.applyChange(change(u"A"_qs, 2, offer(90, 30))).value(), true);
        QCOMPARE(m_table.rows.value(u"A"_qs), offer(120, 30));
        QCOMPARE(noticesql::readBase(db(), kOffer, u"A"_qs).value()->version, 2);
    }

    void refusedOpIsOneConflictOfTheWholeRecord()
    {
        edit(u"A"_qs, offer(130, 30)); // a second pending op of the record
        const QList<OutboxOp> pending = ops();
        QCOMPARE(pending.size(), 2);
        OutboxOpResult refused;
        refused.opId = pending.first().opId;
        refused.status = u"conflict"_qs;
        refused.version = 3;
        refused.record = QJsonObject{ { u"seats"_qs, 80 }, { u"fee"_qs, 35 }, { u"campus"_qs, u"100011"_qs } };
        setState(pending.first(), u"conflict"_qs);
        WholeObjectMerge merge(db(), kOffer, m_table);
        QCOMPARE(merge.applyResults({ pending.first() }, { refused }).value(), 1);
        const std::optional<StoredConflict> c = openConflict(u"A"_qs);
        QVERIFY(c);
        QCOMPARE(c->field, QString()); // the whole record
        QCOMPARE(c->mine.toObject(), offer(130, 30)); // what this desktop shows now, later edits included
        QCOMPARE(c->base.toObject(), offer(100, 30)); // what the refused op started from
        QCOMPARE(c->theirs.toObject().value(u"seats"_qs).toInt(), 80);
        QVERIFY(ops().isEmpty()); // the later op is part of the conflict now
        QCOMPARE(ops(u"conflict"_qs).size(), 2); // the refused op and the later one
        QCOMPARE(m_table.rows.value(u"A"_qs), offer(130, 30));
        QCOMPARE(noticesql::readBase(db(), kOffer, u"A"_qs).value()->version, 3);
    }

    void mineMakesOneOpOverTheServersVersion()
    {
        const std::optional<StoredConflict> c = openConflict(u"A"_qs);
        QVERIFY(c);
        WholeObjectMerge merge(db(), kOffer, m_table);
        QVERIFY(merge.resolve(*c, ConflictChoice::Mine));
        markResolved(*c);
        const QList<OutboxOp> pending = ops();
        QCOMPARE(pending.size(), 1);
        QCOMPARE(pending.first().baseVersion, 3);
        QCOMPARE(pending.first().kind, u"upsert"_qs);
        const QJsonObject changes = QJsonDocument::fromJson(pending.first().changes).object();
        QCOMPARE(changes.value(u"seats"_qs).toArray(), (QJsonArray{ 80, 130 }));
        QCOMPARE(changes.value(u"fee"_qs).toArray(), (QJsonArray{ 35, 30 }));
        QVERIFY(!changes.contains(u"campus"_qs)); // not the offer's own field
        QCOMPARE(m_table.rows.value(u"A"_qs), offer(130, 30));
    }

    void theirsTakesTheServersCopyAndSendsNothing()
    {
        edit(u"B"_qs, offer(50, 20));
        const OutboxOp op = ops().last();
        setState(op, u"conflict"_qs);
        OutboxOpResult refused;
        refused.opId = op.opId;
        refused.status = u"conflict"_qs;
        refused.version = 7;
        refused.record = offer(40, 20);
        WholeObjectMerge merge(db(), kOffer, m_table);
        QCOMPARE(merge.applyResults({ op }, { refused }).value(), 1);
        const std::optional<StoredConflict> c = openConflict(u"B"_qs);
        QVERIFY(c);
        QVERIFY(c->base.isNull()); // the op made the record: nothing before it
        QVERIFY(merge.resolve(*c, ConflictChoice::Theirs));
        markResolved(*c);
        QCOMPARE(m_table.rows.value(u"B"_qs), offer(40, 20));
        QCOMPARE(m_table.versions.value(u"B"_qs), 7);
        for (const OutboxOp &later : ops())
            QVERIFY(later.key != u"B"_qs);
    }

    void mineEqualToTheirsSendsNothing()
    {
        StoredConflict same{ 0, kOffer, u"B"_qs, QString(), QJsonValue(offer(40, 20)), QJsonValue(), QJsonValue() };
        const qsizetype before = ops().size();
        QVERIFY(WholeObjectMerge(db(), kOffer, m_table).resolve(same, ConflictChoice::Mine));
        QCOMPARE(ops().size(), before);
        QCOMPARE(m_table.versions.value(u"B"_qs), 7);
    }

    void rejectedGoesBackToTheServersCopy()
    {
        edit(u"B"_qs, offer(45, 20));
        const OutboxOp op = ops().last();
        QCOMPARE(op.key, u"B"_qs);
        setState(op, u"rejected"_qs);
        OutboxOpResult rejected;
        rejected.opId = op.opId;
        rejected.status = u"rejected"_qs;
        rejected.code = u"offer.invalid"_qs;
        QCOMPARE(WholeObjectMerge(db(), kOffer, m_table).applyResults({ op }, { rejected }).value(), 0);
        QCOMPARE(m_table.rows.value(u"B"_qs), offer(40, 20));
    }

    void appliedOpRebasesLaterOps()
    {
        edit(u"C"_qs, offer(10, 5));
        edit(u"C"_qs, offer(11, 5));
        const QList<OutboxOp> pending = ops();
        const OutboxOp first = pending.at(pending.size() - 2);
        QCOMPARE(first.key, u"C"_qs);
        setState(first, u"applied"_qs);
        OutboxOpResult applied;
        applied.opId = first.opId;
        applied.status = u"applied"_qs;
        applied.version = 1; // the server stored what the op proposed (no record in the answer)
        QCOMPARE(WholeObjectMerge(db(), kOffer, m_table).applyResults({ first }, { applied }).value(), 0);
        QCOMPARE(noticesql::readBase(db(), kOffer, u"C"_qs).value()->data, offer(10, 5));
        QCOMPARE(ops().last().baseVersion, 1);
        QCOMPARE(m_table.rows.value(u"C"_qs), offer(11, 5)); // still pending: stays as edited
    }
};

QTEST_GUILESS_MAIN(TestWholeObjectMerge)
#include "tst_wholeobjectmerge.moc"
