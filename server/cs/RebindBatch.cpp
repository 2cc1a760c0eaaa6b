#include "RebindBatch.h"

#include "Audit.h"
#include "CsMessages.h"
#include "OutboxSql.h"
#include "RebindSql.h"

namespace cet::central::cs {

namespace {

constexpr int kBatch = 500;
const QString kApproved = QStringLiteral("approved");

AuditEntry batchAudit(const QString &action, const rebindsql::RequestRow &row, const QDateTime &at)
{
    AuditEntry e;
    e.at = at;
    e.actor = QStringLiteral("cet-central");
    e.role = QStringLiteral("system");
    e.action = action;
    e.entity = QStringLiteral("rebind_request");
    e.entityKey = QString::number(row.id);
    e.school = row.school;
    e.before = auditJson(QJsonObject { { QStringLiteral("passport_id"), row.oldPassportId } });
    e.after = auditJson(QJsonObject { { QStringLiteral("passport_id"), row.newPassportId } });
    e.reason = QStringLiteral("rebinding request %1 approved by %2").arg(row.id).arg(row.decidedBy);
    return e;
}

// The two notices: the old address learns its account no longer holds the registration (so that a
// rebinding nobody asked for is noticed), the new one that it now does.
QList<outboxsql::Message> notices(const rebindsql::RequestRow &row, const QString &oldEmail, const QDateTime &at)
{
    const QString oldBody
        = QStringLiteral("%1同学：根据您向客服提出的申请，您的报名信息已于今日从通行证账号%2解除绑定，"
                         "改为绑定到通行证账号%3。如非本人申请，请立即联系考试院客服。")
              .arg(row.name, row.oldPassportId, row.newPassportId);
    const QString newBody = QStringLiteral("%1同学：您的报名信息已绑定到本通行证账号%2，请使用本账号登录查看报名信息、"
                                           "缴费和打印准考证。")
                                .arg(row.name, row.newPassportId);
    return { outboxsql::email(
                 QStringLiteral("rebind_old"), oldEmail, QStringLiteral("报名信息已换绑到新通行证"), oldBody, at),
        outboxsql::email(
            QStringLiteral("rebind_new"), row.newEmail, QStringLiteral("报名信息已绑定到本通行证"), newBody, at) };
}

// A request the group may apply without looking further: approved, due, its registration still
// held by the old passport, its new passport free, and neither shared with another request of
// the group (the first of two would change what the second finds).
bool plainlyApplicable(
    const rebindsql::ApplyView &view, const QDateTime &now, QSet<qint64> &registrations, QSet<QString> &passports)
{
    const rebindsql::RequestRow &row = view.row;
    if (row.state != kApproved || !row.applyAt || *row.applyAt > now || !view.stillHeld || view.newBound)
        return false;
    if (registrations.contains(row.registrationId) || passports.contains(row.newPassportId))
        return false;
    registrations.insert(row.registrationId);
    passports.insert(row.newPassportId);
    return true;
}

} // namespace

Result<BatchRun> RebindBatch::runDue()
{
    const QDateTime now = m_now();
    BatchRun run;
    for (;;) {
        auto ids = rebindsql::dueIds(m_store, now, kBatch);
        if (!ids)
            return ids.error();
        auto rest = applyGroup(ids.value(), now);
        if (!rest)
            return rest.error();
        int progressed = int(ids.value().size() - rest.value().size());
        run.applied += progressed;
        for (qint64 id : rest.value()) {
            auto outcome = applyOne(id);
            if (!outcome)
                return outcome.error();
            if (outcome.value() == Outcome::Applied)
                ++run.applied;
            if (outcome.value() == Outcome::Failed)
                ++run.failed;
            if (outcome.value() != Outcome::Skipped)
                ++progressed;
        }
        if (ids.value().size() < kBatch || progressed == 0)
            return run;
    }
}

Result<QList<qint64>> RebindBatch::applyGroup(const QList<qint64> &ids, const QDateTime &now)
{
    Transaction tx(m_store);
    if (auto r = tx.begin(true); !r)
        return r.error();
    auto views = rebindsql::lockForApply(m_store, ids);
    if (!views)
        return ids; // one by one, where the error shows again if it is not about one request
    QSet<qint64> registrations;
    QSet<QString> passports;
    QList<rebindsql::RequestRow> rows;
    QList<outboxsql::Message> mail;
    AuditBuffer audit;
    for (const rebindsql::ApplyView &view : views.value()) {
        if (!plainlyApplicable(view, now, registrations, passports))
            continue;
        rows.append(view.row);
        mail.append(notices(view.row, view.oldEmail, now));
        audit.add(batchAudit(QStringLiteral("cs.rebind_apply"), view.row, now));
    }
    QSet<qint64> grouped;
    for (const rebindsql::RequestRow &row : rows)
        grouped.insert(row.id);
    QList<qint64> rest;
    for (qint64 id : ids)
        if (!grouped.contains(id))
            rest.append(id);
    if (rows.isEmpty())
        return rest;
    // Any error here (a new passport bound by a commit after the lock read, say) leaves the whole
    // group undone; each of its requests then gets its own transaction and its own outcome.
    if (!rebindsql::applyMoves(m_store, rows, now) || !outboxsql::appendAll(m_store, mail) || !audit.flush(m_store)
        || !tx.commit())
        return ids;
    return rest;
}

Result<RebindBatch::Outcome> RebindBatch::applyOne(qint64 id)
{
    const QDateTime now = m_now();
    QString failure;
    auto outcome = attempt(id, now, failure); // rolled back when it ends with a failure
    if (!outcome)
        return outcome.error();
    if (failure.isEmpty())
        return outcome.value();
    return fail(id, failure, now);
}

Result<RebindBatch::Outcome> RebindBatch::attempt(qint64 id, const QDateTime &now, QString &failure)
{
    Transaction tx(m_store);
    if (auto r = tx.begin(true); !r)
        return r.error();
    auto found = rebindsql::lockForApply(m_store, id);
    if (!found)
        return found.error();
    if (!found.value() || found.value()->row.state != kApproved || !found.value()->row.applyAt
        || *found.value()->row.applyAt > now)
        return Outcome::Skipped;
    const rebindsql::ApplyView &view = *found.value();
    if (view.newBound) {
        failure = codes::passportBound;
        return Outcome::Failed;
    }
    if (!view.stillHeld) {
        failure = codes::registrationGone;
        return Outcome::Failed;
    }
    if (auto moved = rebindsql::applyMove(m_store, view.row, now); !moved) {
        // The new passport was bound by a commit after the check above (the unique index says so).
        if (moved.error().code == QLatin1String("store.duplicate")) {
            failure = codes::passportBound;
            return Outcome::Failed;
        }
        return moved.error();
    }
    if (auto r = outboxsql::appendAll(m_store, notices(view.row, view.oldEmail, now)); !r)
        return r.error();
    if (auto r = writeAudit(m_store, batchAudit(QStringLiteral("cs.rebind_apply"), view.row, now)); !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return Outcome::Applied;
}

Result<RebindBatch::Outcome> RebindBatch::fail(qint64 id, const QString &code, const QDateTime &now)
{
    Transaction tx(m_store);
    if (auto r = tx.begin(true); !r)
        return r.error();
    auto found = rebindsql::lockById(m_store, id);
    if (!found)
        return found.error();
    if (!found.value() || found.value()->state != kApproved)
        return Outcome::Skipped;
    rebindsql::RequestRow row = *found.value();
    row.state = QStringLiteral("failed");
    row.failureCode = code;
    row.failureReason = csMessage(code, false);
    row.updatedAt = now;
    auto written = rebindsql::update(m_store, row, kApproved);
    if (!written)
        return written.error();
    AuditEntry e = batchAudit(QStringLiteral("cs.rebind_fail"), row, now);
    e.after = auditJson(QJsonObject { { QStringLiteral("failure_code"), code } });
    if (auto r = writeAudit(m_store, e); !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return Outcome::Failed;
}

} // namespace cet::central::cs
