#pragma once

// SQL of customer-service rebinding requests (rebind_requests), the exam session's rebinding time
// (exam_sessions.rebind_at), and the move of a registration from one passport to another.

#include "CentralStore.h"

#include <QStringList>

#include <optional>

namespace cet::central::rebindsql {

struct RequestRow
{
    qint64 id = 0;
    QString state; // submitted | approved | refused | withdrawn | held | applied | failed
    qint64 registrationId = 0;
    QString school;
    int idType = 0;
    QString idNumber, name;
    QString oldPassportId, newPassportId, newEmail;
    QStringList checks;
    QString notes;
    QString filedBy;
    QDateTime filedAt;
    QString decidedBy;
    std::optional<QDateTime> decidedAt;
    QString decisionNote;
    std::optional<QDateTime> applyAt, appliedAt;
    QString failureCode, failureReason;
    QDateTime updatedAt;
};

// store.duplicate when the candidate already has an open request.
Result<qint64> insert(CentralStore &store, const RequestRow &row);
Result<std::optional<RequestRow>> findById(CentralStore &store, qint64 id);
// Inside a write transaction: the request, its row locked until commit (PostgreSQL: FOR UPDATE;
// SQLite's write transaction already excludes every other writer).
Result<std::optional<RequestRow>> lockById(CentralStore &store, qint64 id);
// Writes the row's mutable columns if the stored state is still `expectedState`; false when it
// was not (another decision came first).
Result<bool> update(CentralStore &store, const RequestRow &row, const QString &expectedState);

struct Filter
{
    QString state;   // empty: any
    QString filedBy; // empty: anyone's
    int limit = 500;
};
// Newest first.
Result<QList<RequestRow>> list(CentralStore &store, const Filter &filter);
// One candidate's requests, newest first.
Result<QList<RequestRow>> forCandidate(CentralStore &store, int idType, const QString &idNumber);
// Approved requests whose apply_at is at or before `now`, oldest due first: their ids.
Result<QList<qint64>> dueIds(CentralStore &store, const QDateTime &now, int limit);

// Minutes after local midnight at which approvals are applied, from the exam session open at
// `now` (kDefaultRebindAt without one); kAtOnce: applied at approval.
constexpr int kDefaultRebindAt = 22 * 60;
constexpr int kAtOnce = -1;
Result<int> rebindAt(CentralStore &store, const QDateTime &now);
// Sets every exam session's time (the CLI, tests; one session is open at a time).
Result<void> setRebindAt(CentralStore &store, int minutes);

// What the batch needs to apply one request, read with the request and its registration locked
// (PostgreSQL: FOR UPDATE OF both; SQLite's write transaction excludes every other writer), in one
// statement because the batch runs thousands of these.
struct ApplyView
{
    RequestRow row;
    bool stillHeld = false; // the registration is live and still bound to the old passport
    bool newBound = false;  // the new passport holds a live registration
    QString oldEmail;       // the old passport's address, for its notice
};
Result<std::optional<ApplyView>> lockForApply(CentralStore &store, qint64 id);
// The same for many requests at once (those of `ids` that exist, by id), for the batch's groups.
Result<QList<ApplyView>> lockForApply(CentralStore &store, const QList<qint64> &ids);
// The batch's writes, under the locks of lockForApply: the registration to the new passport
// (store.duplicate if the new passport was bound meanwhile) and the request applied at `at`.
Result<void> applyMove(CentralStore &store, const RequestRow &row, const QDateTime &at);
// applyMove for many requests (PostgreSQL: two statements in all); store.duplicate as above, for
// any of them.
Result<void> applyMoves(CentralStore &store, const QList<RequestRow> &rows, const QDateTime &at);

// Whether the passport has a session that is neither expired nor revoked at `now`.
Result<bool> hasLiveSession(CentralStore &store, const QString &passportId, const QDateTime &now);

} // namespace cet::central::rebindsql
