#include "Cet6ReviewHandler.h"

#include "Cet6ReviewCodes.h"
#include "Cet6ReviewFiling.h"
#include "Cet6ReviewNotice.h"
#include "Cet6ReviewRecord.h"
#include "MergePolicies.h"
#include "TableDigest.h"

#include <QJsonArray>

namespace cet::central {

namespace {

using protocol::OpResult;

QJsonValue changed(const protocol::Op &op, const QString &field)
{
    const auto it = op.changes.constFind(field);
    return it == op.changes.constEnd() ? QJsonValue(QJsonValue::Undefined) : it->newValue;
}

// The decision an op proposes: "pass"/"fail", the reason, the evidence numbers the coordinator saw.
struct Proposal
{
    QString decision;
    QString reason;
    QJsonArray evidenceSeen;
};

Result<Proposal> proposalOf(const protocol::Op &op)
{
    const QString decision = changed(op, QStringLiteral("decision")).toString();
    if (decision != QLatin1String("pass") && decision != QLatin1String("fail"))
        return Error{ reviewops::invalid, QStringLiteral("decision: expected \"pass\" or \"fail\"."), {} };
    const QJsonValue reason = changed(op, QStringLiteral("reason"));
    if (!reason.isUndefined() && !reason.isNull() && !reason.isString())
        return Error{ reviewops::invalid, QStringLiteral("reason: expected text."), {} };
    const QJsonValue seen = changed(op, QStringLiteral("evidence_seen"));
    if (!seen.isUndefined() && !seen.isNull() && !seen.isArray())
        return Error{ reviewops::invalid, QStringLiteral("evidence_seen: expected a list of file numbers."), {} };
    return Proposal{ decision, reason.toString().trimmed(), seen.toArray() };
}

QString auditText(const QJsonObject &o)
{
    return auditJson(o);
}

class Cet6ReviewBatch : public EntityBatch
{
public:
    void plan(const PushScope &, const protocol::Op &, qsizetype) override { }
    Result<void> load(PushScope &) override { return {}; }
    Result<void> flush(PushScope &) override { return {}; }

    Result<OpResult> apply(PushScope &c, const protocol::Op &op, qsizetype) override
    {
        if (c.role != reviewops::coordinatorRole)
            return rejectedResult(op.opId, reviewops::forbidden,
                                  QStringLiteral("Only a coordinator of the school decides or files CET6 reviews."));
        if (op.key.startsWith(QLatin1String("t-")))
            return fileReview(c, op);
        bool numeric = false;
        const qint64 id = op.key.toLongLong(&numeric);
        if (!numeric || id <= 0)
            return rejectedResult(op.opId, reviewops::invalid,
                                  QStringLiteral("Key %1 is neither a review id nor \"t-\" and a client id.").arg(op.key));
        auto found = cet6reviewsql::findById(c.store, id);
        if (!found)
            return found.error();
        if (!found.value() || found.value()->deletedAt)
            return rejectedResult(op.opId, reviewops::notFound,
                                  QStringLiteral("Review %1 does not exist or was withdrawn.").arg(id));
        cet6reviewsql::ReviewRow row = *found.value();
        if (row.school != c.school)
            return rejectedResult(op.opId, reviewops::forbidden,
                                  QStringLiteral("Review %1 is not of school %2.").arg(op.key, c.school));
        if (op.kind == protocol::Op::Kind::Delete)
            return rejectedResult(op.opId, reviewops::invalid,
                                  QStringLiteral("A review is not deleted by a desk; decide it instead."));
        auto proposal = proposalOf(op);
        if (!proposal)
            return rejectedResult(op.opId, proposal.error().code, proposal.error().message);
        if (c.sealed)
            return rejectedResult(op.opId, reviewops::closed,
                                  QStringLiteral("The exam session has sealed; reviews can no longer be decided."));
        const Proposal &p = proposal.value();
        if (p.decision == QLatin1String("fail") && p.reason.isEmpty())
            return rejectedResult(op.opId, reviewops::reasonRequired,
                                  QStringLiteral("A failed review needs a reason the candidate can act on."));

        const QJsonValue standing = standingDecision(row.state);
        OpResult r;
        r.opId = op.opId;
        switch (firstDecisionStands(standing, p.decision)) {
        case DecisionVerdict::Same:
            r.version = row.version;
            break;
        case DecisionVerdict::Take:
            if (auto w = decide(c, op, row, p); !w)
                return w.error();
            r.version = row.version;
            r.seq = row.seq;
            break;
        case DecisionVerdict::Conflict:
            if (auto w = dispute(c, op, row, p, standing.toString()); !w)
                return w.error();
            r.status = OpResult::Status::Conflict;
            r.code = reviewops::disputed;
            r.message = QStringLiteral("Review %1 was already decided \"%2\" by %3; your decision is kept as disputed.")
                            .arg(op.key, standing.toString(), row.decidedBy.isEmpty() ? QStringLiteral("the rules")
                                                                                       : row.decidedBy);
            r.version = row.version;
            r.seq = row.seq;
            break;
        }
        auto record = loadReviewRecord(c.store, c.school, row);
        if (!record)
            return record.error();
        r.record = record.value();
        return r;
    }

private:
    static void stamp(PushScope &c, cet6reviewsql::ReviewRow &row, const QString &originOpId)
    {
        row.version += 1;
        row.seq = c.nextSeq();
        row.changedBy = c.actor;
        row.changedAt = c.now;
        row.originOpId = originOpId;
    }

    static Result<void> decide(PushScope &c, const protocol::Op &op, cet6reviewsql::ReviewRow &row, const Proposal &p)
    {
        const QString before = row.state;
        const bool pass = p.decision == QLatin1String("pass");
        row.state = pass ? QStringLiteral("passed") : QStringLiteral("failed");
        row.reasonCode = pass ? reviewops::decidedPass : reviewops::decidedFail;
        row.reason = p.reason;
        row.decidedAt = c.now;
        row.decidedBy = c.actor;
        stamp(c, row, op.opId);
        if (auto w = cet6reviewsql::update(c.store, row); !w)
            return w;
        if (auto m = mailReviewDecision(c.store, row, kDeskDecisionMail); !m)
            return m;
        audit(c, op, QStringLiteral("review.decide"), row, before, p);
        return {};
    }

    // A decision that meets another one standing: kept, and the review gets a new seq (and
    // version) so that every desk pulls the record with the dispute. No origin op id: the desk
    // that sent it pulls the change too.
    static Result<void> dispute(PushScope &c, const protocol::Op &op, cet6reviewsql::ReviewRow &row,
                                const Proposal &p, const QString &standing)
    {
        if (auto w = reviewcasesql::insertDispute(
                c.store, reviewcasesql::Dispute{ row.id, c.actor, p.decision, p.reason, c.now, op.opId });
            !w)
            return w;
        stamp(c, row, QString());
        if (auto w = cet6reviewsql::update(c.store, row); !w)
            return w;
        audit(c, op, QStringLiteral("review.dispute"), row, standing, p);
        return {};
    }

    // Who, when (the entry's time), the reason, the evidence seen; before → after of the state.
    static void audit(PushScope &c, const protocol::Op &op, const QString &action,
                      const cet6reviewsql::ReviewRow &row, const QString &before, const Proposal &p)
    {
        AuditEntry e;
        e.at = c.now;
        e.actor = c.actor;
        e.role = c.role;
        e.action = action;
        e.entity = kCet6ReviewEntity;
        e.entityKey = QString::number(row.id);
        e.school = c.school;
        e.before = auditText(QJsonObject{ { QStringLiteral("state"), before } });
        e.after = auditText(QJsonObject{ { QStringLiteral("state"), row.state },
                                         { QStringLiteral("decision"), p.decision },
                                         { QStringLiteral("reason"), p.reason },
                                         { QStringLiteral("evidence_seen"), p.evidenceSeen },
                                         { QStringLiteral("op_id"), op.opId } });
        e.reason = p.reason;
        c.audit.add(std::move(e));
    }
};

// A page's review changes, read with their cases before the page is written.
class Cet6ReviewFeed : public FeedCursor
{
public:
    explicit Cet6ReviewFeed(QList<ReviewCase> cases) : m_cases(std::move(cases)) { }
    bool atEnd() const override { return m_at >= m_cases.size(); }
    qint64 seq() const override { return m_cases.at(m_at).row.seq; }
    Result<void> next() override
    {
        ++m_at;
        return {};
    }
    void write(protocol::JsonWriter &w) override
    {
        const ReviewCase &c = m_cases.at(m_at);
        const cet6reviewsql::ReviewRow &r = c.row;
        const bool deleted = r.deletedAt.has_value();
        // Keys in QJsonObject's (sorted) order, values as protocol::Change::toJson().
        w.beginObject();
        w.key(QLatin1StringView("changed_at"));
        w.string(protocol::toWireTime(r.changedAt));
        w.key(QLatin1StringView("changed_by"));
        w.string(r.changedBy);
        w.key(QLatin1StringView("data"));
        if (deleted)
            w.null();
        else
            w.value(reviewRecord(c));
        w.key(QLatin1StringView("deleted"));
        w.boolean(deleted);
        w.key(QLatin1StringView("entity"));
        w.string(kCet6ReviewEntity);
        w.key(QLatin1StringView("key"));
        w.string(QString::number(r.id));
        w.key(QLatin1StringView("origin_op_id"));
        if (r.originOpId.isEmpty())
            w.null();
        else
            w.string(r.originOpId);
        w.key(QLatin1StringView("seq"));
        w.integer(r.seq);
        w.key(QLatin1StringView("version"));
        w.integer(r.version);
        w.endObject();
    }

private:
    QList<ReviewCase> m_cases;
    qsizetype m_at = 0;
};

} // namespace

QString Cet6ReviewHandler::entity() const
{
    return kCet6ReviewEntity;
}

std::unique_ptr<EntityBatch> Cet6ReviewHandler::newBatch() const
{
    return std::make_unique<Cet6ReviewBatch>();
}

Result<std::unique_ptr<FeedCursor>> Cet6ReviewHandler::openFeed(CentralStore &store, const QString &school,
                                                                qint64 since, int limit) const
{
    auto rows = cet6reviewsql::changes(store, school, since, limit + 1);
    if (!rows)
        return rows.error();
    auto cases = loadReviewCases(store, school, rows.value());
    if (!cases)
        return cases.error();
    return std::unique_ptr<FeedCursor>(std::make_unique<Cet6ReviewFeed>(std::move(cases).value()));
}

Result<protocol::EntityDigest> Cet6ReviewHandler::digest(CentralStore &store, const QString &school) const
{
    return tableDigest(store,
                       QStringLiteral("SELECT id, version, seq, deleted_at FROM cet6_reviews WHERE school_code = ?"),
                       { school }, [](const QSqlQuery &r) { return r.value(0).toString(); });
}

OpResult Cet6ReviewHandler::keptResult(const protocol::Op &, OpResult result) const
{
    result.record.reset();
    return result;
}

Result<OpResult> Cet6ReviewHandler::replayedResult(CentralStore &store, const QString &school, const protocol::Op &op,
                                                   OpResult kept) const
{
    if (kept.status == OpResult::Status::Rejected)
        return kept;
    bool numeric = false;
    const qint64 id = op.key.toLongLong(&numeric);
    auto found = numeric ? cet6reviewsql::findById(store, id)
                         : cet6reviewsql::findByPassport(store, filedPassportKey(op.key));
    if (!found)
        return found.error();
    if (!found.value() || found.value()->school != school)
        return kept;
    auto record = loadReviewRecord(store, school, *found.value());
    if (!record)
        return record.error();
    kept.record = record.value();
    return kept;
}

} // namespace cet::central
