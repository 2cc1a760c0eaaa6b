#include "OfferHandler.h"

#include "CampusTable.h"
#include "ChangeListFeed.h"
#include "MergePolicies.h"
#include "OfferRecord.h"
#include "ScopeSql.h"
#include "SubjectRules.h"

namespace cet::central {

namespace {

using protocol::OpResult;

QString auditJsonOf(const StoredOffer &o)
{
    return QString::fromUtf8(protocol::toBody(offerSettingsJson(o.settings)));
}

// The op as the conflict report shows it: without the server-owned fields, and with the values
// as the server writes them ("50" yuan is "50.00"), so that only real differences are conflicts.
protocol::Op forConflicts(protocol::Op op, const std::optional<OfferSettings> &proposed)
{
    op.changes.remove(QStringLiteral("taken"));
    op.changes.remove(QStringLiteral("paid"));
    if (proposed) {
        const QJsonObject normal = offerSettingsJson(*proposed);
        for (auto it = op.changes.begin(); it != op.changes.end(); ++it)
            it->newValue = normal.value(it.key());
    }
    return op;
}

class OfferBatch : public EntityBatch
{
public:
    void plan(const PushScope &, const protocol::Op &, qsizetype) override { }
    Result<void> flush(PushScope &) override { return {}; }

    Result<void> load(PushScope &scope) override
    {
        auto session = scopesql::currentSession(scope.store, scope.now);
        if (!session)
            return session.error();
        if (session.value())
            m_session = SessionSpan{ session.value()->opensAt, session.value()->sealsAt };
        return {};
    }

    Result<OpResult> apply(PushScope &c, const protocol::Op &op, qsizetype) override
    {
        if (c.sealed)
            return rejectedResult(op.opId, offercodes::sealed,
                                  QStringLiteral("The exam session has sealed school %1's offers and capacities; "
                                                 "changes go through the province.")
                                      .arg(c.school));
        auto key = offerKey(op.key);
        if (!key)
            return rejectedResult(op.opId, key.error().code, key.error().message);
        const auto &[campus, subject] = key.value();
        auto found = offertable::find(c.store, c.school, campus, subject);
        if (!found)
            return found.error();
        const std::optional<StoredOffer> row = found.value();
        const std::optional<ObjectRow> object =
            row ? std::optional(ObjectRow{ offerSettingsJson(row->settings), row->version, row->deleted }) : std::nullopt;
        OpResult r;
        r.opId = op.opId;
        r.version = row ? row->version : 0;
        if (op.kind == protocol::Op::Kind::Delete)
            return remove(c, op, row, object, r);

        auto proposed = proposedOffer(op);
        if (!proposed)
            return rejectedResult(op.opId, proposed.error().code, proposed.error().message);
        const ObjectVerdict verdict = wholeObjectUpsert(object, op.baseVersion, offerSettingsJson(proposed.value()));
        if (verdict == ObjectVerdict::Conflict)
            return conflict(r, row, object, forConflicts(op, proposed.value()));
        if (verdict == ObjectVerdict::Unchanged) {
            r.record = offerRecordJson(*row);
            return r;
        }
        auto campusRow = campustable::find(c.store, c.school, campus);
        if (!campusRow)
            return campusRow.error();
        if (!campusRow.value() || campusRow.value()->deleted)
            return rejectedResult(op.opId, offercodes::unknownCampus,
                                  QStringLiteral("School %1 has no campus %2.").arg(c.school, campus));
        auto offered = offertable::offeredAt(c.store, c.school, campus);
        if (!offered)
            return offered.error();
        QStringList others = offered.value();
        others.removeAll(subject);
        const int taken = row && !row->deleted ? row->taken : 0;
        if (auto check = checkOffer(proposed.value(), others, taken, m_session); !check)
            return rejectedWithRecord(op, check.error(), row);
        if (!proposed.value().offered)
            if (auto check = checkNoOralLeftAlone(campus, subject, others); !check)
                return rejectedWithRecord(op, check.error(), row);

        StoredOffer after = row ? *row : StoredOffer{};
        after.settings = proposed.value();
        after.version = (row ? row->version : 0) + 1;
        after.seq = c.nextSeq();
        after.changedBy = c.actor;
        after.changedAt = c.now;
        after.originOpId = op.opId;
        after.deleted = false;
        if (!row) {
            if (auto w = offertable::insert(c.store, c.school, after); !w)
                return w.error();
        } else if (auto w = offertable::updateIfSeatsFit(c.store, c.school, after); !w) {
            return w.error();
        } else if (!w.value()) {
            return refusedByBookings(c, op, after);
        }
        const bool live = row && !row->deleted;
        c.addAudit(live ? QStringLiteral("offer.update") : QStringLiteral("offer.create"), kOfferEntity, op.key,
                   live ? std::optional<QString>(auditJsonOf(*row)) : std::nullopt, auditJsonOf(after), op.opId);
        auto stored = offertable::find(c.store, c.school, campus, subject);
        if (!stored)
            return stored.error();
        r.version = after.version;
        r.seq = after.seq;
        r.record = offerRecordJson(stored.value().value_or(after));
        return r;
    }

private:
    Result<OpResult> remove(PushScope &c, const protocol::Op &op, const std::optional<StoredOffer> &row,
                            const std::optional<ObjectRow> &object, OpResult r)
    {
        const ObjectVerdict verdict = wholeObjectDelete(object, op.baseVersion);
        if (verdict == ObjectVerdict::Unchanged)
            return r;
        if (verdict != ObjectVerdict::Delete)
            return conflict(r, row, object, forConflicts(op, std::nullopt));
        auto offered = offertable::offeredAt(c.store, c.school, row->settings.campusCode);
        if (!offered)
            return offered.error();
        QStringList others = offered.value();
        others.removeAll(row->settings.subject);
        if (auto check = checkNoOralLeftAlone(row->settings.campusCode, row->settings.subject, others); !check)
            return rejectedWithRecord(op, check.error(), row);
        StoredOffer after = *row;
        after.settings.offered = false; // a deleted offer can not be booked
        after.version = row->version + 1;
        after.seq = c.nextSeq();
        after.changedBy = c.actor;
        after.changedAt = c.now;
        after.originOpId = op.opId;
        after.deleted = true;
        auto w = offertable::updateIfSeatsFit(c.store, c.school, after);
        if (!w)
            return w.error();
        if (!w.value())
            return refusedByBookings(c, op, after);
        c.addAudit(QStringLiteral("offer.delete"), kOfferEntity, op.key, auditJsonOf(*row), std::nullopt, op.opId);
        r.version = after.version;
        r.seq = after.seq;
        return r;
    }

    // Taking a written subject off a campus may not leave its oral subject offered there alone.
    static Result<void> checkNoOralLeftAlone(const QString &campus, const QString &subject, const QStringList &others)
    {
        const QStringList orals = oralSubjectsRequiring(subject);
        for (const QString &oral : others) {
            if (!orals.contains(oral))
                continue;
            OfferSettings o;
            o.campusCode = campus;
            o.subject = oral;
            return checkOralHasWritten(o, others);
        }
        return {};
    }

    // The conditional UPDATE found more seats taken than the op allows: a booking came first.
    Result<OpResult> refusedByBookings(PushScope &c, const protocol::Op &op, const StoredOffer &wanted)
    {
        // The seq handed out for the write is not used: the change feed tolerates gaps.
        auto now = offertable::find(c.store, c.school, wanted.settings.campusCode, wanted.settings.subject);
        if (!now)
            return now.error();
        const int taken = now.value() ? now.value()->taken : 0;
        Result<void> check = checkCapacity(wanted.deleted ? 0 : wanted.settings.capacity, taken);
        const Error e = check ? Error{ offercodes::capacityBelowTaken, QStringLiteral("Seats were taken meanwhile."), {} }
                              : check.error();
        return rejectedWithRecord(op, e, now.value());
    }

    static OpResult rejectedWithRecord(const protocol::Op &op, const Error &e, const std::optional<StoredOffer> &row)
    {
        OpResult r = rejectedResult(op.opId, e.code, e.message);
        if (row && !row->deleted) {
            r.version = row->version;
            r.record = offerRecordJson(*row);
        }
        return r;
    }

    static OpResult conflict(OpResult r, const std::optional<StoredOffer> &row, const std::optional<ObjectRow> &object,
                             const protocol::Op &op)
    {
        r.status = OpResult::Status::Conflict;
        r.conflicts = wholeObjectConflicts(object, op);
        for (protocol::FieldConflict &f : r.conflicts) {
            f.changedBy = row ? row->changedBy : QString();
            f.changedAt = row ? row->changedAt : QDateTime();
        }
        if (row && !row->deleted)
            r.record = offerRecordJson(*row);
        return r;
    }

    std::optional<SessionSpan> m_session;
};

} // namespace

QString OfferHandler::entity() const
{
    return kOfferEntity;
}

std::unique_ptr<EntityBatch> OfferHandler::newBatch() const
{
    return std::make_unique<OfferBatch>();
}

Result<std::unique_ptr<FeedCursor>> OfferHandler::openFeed(CentralStore &store, const QString &school, qint64 since,
                                                           int limit) const
{
    auto rows = offertable::changes(store, school, since, limit + 1);
    if (!rows)
        return rows.error();
    QList<protocol::Change> changes;
    for (const StoredOffer &o : rows.value()) {
        protocol::Change ch;
        ch.seq = o.seq;
        ch.entity = kOfferEntity;
        ch.key = o.settings.campusCode + QLatin1Char(':') + o.settings.subject;
        ch.version = o.version;
        ch.deleted = o.deleted;
        ch.originOpId = o.originOpId;
        ch.changedBy = o.changedBy;
        ch.changedAt = o.changedAt;
        if (!o.deleted)
            ch.data = offerRecordJson(o);
        changes.append(ch);
    }
    return std::unique_ptr<FeedCursor>(std::make_unique<ChangeListFeed>(std::move(changes)));
}

Result<protocol::EntityDigest> OfferHandler::digest(CentralStore &store, const QString &school) const
{
    return offertable::digest(store, school);
}

} // namespace cet::central
