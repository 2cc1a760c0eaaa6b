#pragma once

// Rebinding requests (the seeds' lost email, case 2b): an agent files one for a candidate whose
// registration is bound to a passport they can no longer reach, naming the new passport the
// candidate registered and its email; a supervisor who did not file it approves or refuses it
// (four eyes, enforced here); approved requests wait for the nightly batch (RebindBatch) at the
// exam session's rebinding time, and may be held back and released until then. Every change runs
// in one write transaction with its audit row; a state change only happens from the state it was
// checked in, so two supervisors deciding at once get one decision and one cs.bad_state.

#include "CentralStore.h"
#include "CsStaff.h"
#include "RebindSql.h"

#include <functional>

namespace cet::central::cs {

struct RebindFiling
{
    int idType = 0;
    QString idNumber, name;
    QString newPassportId, newEmail;
    QStringList checks;
    QString notes;
};

// The identity checks an agent may tick.
const QStringList &knownChecks();

class RebindService
{
public:
    RebindService(CentralStore &store, std::function<QDateTime()> now) : m_store(store), m_now(std::move(now)) { }

    Result<rebindsql::RequestRow> file(const CsStaff &staff, const RebindFiling &filing);
    // state: empty or one of the states (request.bad_shape otherwise); mine: filed by `staff`.
    Result<QList<rebindsql::RequestRow>> list(const CsStaff &staff, const QString &state, bool mine);
    Result<rebindsql::RequestRow> get(const CsStaff &staff, qint64 id);

    Result<rebindsql::RequestRow> withdraw(const CsStaff &staff, qint64 id);
    // Sets apply_at from the exam session's rebinding time; with "at once" the caller applies it
    // (RebindBatch::applyOne) right after.
    Result<rebindsql::RequestRow> approve(const CsStaff &staff, qint64 id, const QString &note);
    Result<rebindsql::RequestRow> refuse(const CsStaff &staff, qint64 id, const QString &reason);
    Result<rebindsql::RequestRow> hold(const CsStaff &staff, qint64 id);
    Result<rebindsql::RequestRow> release(const CsStaff &staff, qint64 id);

    static bool isState(const QString &state);
    // When an approval at `approvedAt` is applied: `minutes` after midnight of that day in China
    // (UTC+8), or at once (rebindsql::kAtOnce).
    static QDateTime applyTime(const QDateTime &approvedAt, int minutes);

private:
    using Row = rebindsql::RequestRow;
    // In one write transaction: the request locked, checked by `check` (its state among `from`),
    // changed by `change`, written, audited as `action` with `reason`.
    Result<Row> transition(const CsStaff &staff, qint64 id, const QStringList &from, const QString &action,
                           const QString &reason, const std::function<Result<void>(Row &)> &change);

    CentralStore &m_store;
    std::function<QDateTime()> m_now;
};

} // namespace cet::central::cs
