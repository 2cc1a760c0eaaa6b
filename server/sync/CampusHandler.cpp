#include "CampusHandler.h"

#include "CampusTable.h"
#include "ChangeListFeed.h"
#include "MergePolicies.h"
#include "OfferRecord.h"

namespace cet::central {

namespace {

using protocol::OpResult;

CampusRecord recordOf(const StoredCampus &c)
{
    return CampusRecord{ c.code, c.name, c.address };
}

QString auditJsonOf(const StoredCampus &c)
{
    return QString::fromUtf8(protocol::toBody(recordOf(c).toJson()));
}

class CampusBatch : public EntityBatch
{
public:
    void plan(const PushScope &, const protocol::Op &, qsizetype) override { }
    Result<void> load(PushScope &) override { return {}; }
    Result<void> flush(PushScope &) override { return {}; }

    Result<OpResult> apply(PushScope &c, const protocol::Op &op, qsizetype) override
    {
        if (c.sealed)
            return rejectedResult(op.opId, protocol::codes::schoolSealed,
                                  QStringLiteral("The exam session has sealed school %1's campuses; no more changes.")
                                      .arg(c.school));
        auto found = campustable::find(c.store, c.school, op.key);
        if (!found)
            return found.error();
        const std::optional<StoredCampus> row = found.value();
        const std::optional<ObjectRow> object =
            row ? std::optional(ObjectRow{ recordOf(*row).toJson(), row->version, row->deleted }) : std::nullopt;
        OpResult r;
        r.opId = op.opId;
        r.version = row ? row->version : 0;
        if (op.kind == protocol::Op::Kind::Delete) {
            const ObjectVerdict verdict = wholeObjectDelete(object, op.baseVersion);
            if (verdict == ObjectVerdict::Unchanged)
                return r;
            if (verdict != ObjectVerdict::Delete)
                return conflict(r, row, object, op);
            StoredCampus after = written(c, *row, op.opId);
            after.deleted = true;
            if (auto w = campustable::update(c.store, c.school, after); !w)
                return w.error();
            c.addAudit(QStringLiteral("campus.delete"), kCampusEntity, op.key, auditJsonOf(*row), std::nullopt, op.opId);
            r.version = after.version;
            r.seq = after.seq;
            return r;
        }
        auto proposed = proposedCampus(op, c.school);
        if (!proposed)
            return rejectedResult(op.opId, proposed.error().code, proposed.error().message);
        const ObjectVerdict verdict = wholeObjectUpsert(object, op.baseVersion, proposed.value().toJson());
        if (verdict == ObjectVerdict::Conflict)
            return conflict(r, row, object, op);
        if (verdict == ObjectVerdict::Unchanged) {
            r.record = recordOf(*row).toJson();
            return r;
        }
        StoredCampus base;
        base.code = op.key;
        StoredCampus after = written(c, row ? *row : base, op.opId);
        after.name = proposed.value().name;
        after.address = proposed.value().address;
        after.deleted = false;
        if (auto w = row ? campustable::update(c.store, c.school, after) : campustable::insert(c.store, c.school, after);
            !w)
            return w.error();
        const bool live = row && !row->deleted;
        c.addAudit(live ? QStringLiteral("campus.update") : QStringLiteral("campus.create"), kCampusEntity, op.key,
                   live ? std::optional<QString>(auditJsonOf(*row)) : std::nullopt, auditJsonOf(after), op.opId);
        r.version = after.version;
        r.seq = after.seq;
        r.record = recordOf(after).toJson();
        return r;
    }

private:
    static StoredCampus written(PushScope &c, const StoredCampus &row, const QString &opId)
    {
        StoredCampus n = row;
        n.version = row.version + 1;
        n.seq = c.nextSeq();
        n.changedBy = c.actor;
        n.changedAt = c.now;
        n.originOpId = opId;
        return n;
    }

    static OpResult conflict(OpResult r, const std::optional<StoredCampus> &row, const std::optional<ObjectRow> &object,
                             const protocol::Op &op)
    {
        r.status = OpResult::Status::Conflict;
        r.conflicts = wholeObjectConflicts(object, op);
        for (protocol::FieldConflict &f : r.conflicts) {
            f.changedBy = row ? row->changedBy : QString();
            f.changedAt = row ? row->changedAt : QDateTime();
        }
        if (row && !row->deleted)
            r.record = recordOf(*row).toJson();
        return r;
    }
};

} // namespace

QString CampusHandler::entity() const
{
    return kCampusEntity;
}

std::unique_ptr<EntityBatch> CampusHandler::newBatch() const
{
    return std::make_unique<CampusBatch>();
}

Result<std::unique_ptr<FeedCursor>> CampusHandler::openFeed(CentralStore &store, const QString &school, qint64 since,
                                                            int limit) const
{
    auto rows = campustable::changes(store, school, since, limit + 1);
    if (!rows)
        return rows.error();
    QList<protocol::Change> changes;
    for (const StoredCampus &c : rows.value()) {
        protocol::Change ch;
        ch.seq = c.seq;
        ch.entity = kCampusEntity;
        ch.key = c.code;
        ch.version = c.version;
        ch.deleted = c.deleted;
        ch.originOpId = c.originOpId;
        ch.changedBy = c.changedBy;
        ch.changedAt = c.changedAt;
        if (!c.deleted)
            ch.data = recordOf(c).toJson();
        changes.append(ch);
    }
    return std::unique_ptr<FeedCursor>(std::make_unique<ChangeListFeed>(std::move(changes)));
}

Result<protocol::EntityDigest> CampusHandler::digest(CentralStore &store, const QString &school) const
{
    return campustable::digest(store, school);
}

} // namespace cet::central
