#pragma once

// SQL of payments (one row per attempt: pending until the bank's answer is known, then
// succeeded or failed) and of the simulated bank's own ledger (bank_charges), which is what a
// refresh (更新) reads to settle an answer that was lost.

#include "CentralStore.h"

#include <optional>

namespace cet::central::paymentsql {

struct Payment
{
    qint64 id = 0;
    QString reference; // what the bank knows the attempt by
    qint64 subjectId = 0; // registration_subjects.id
    QString passportId;
    qint64 amountFen = 0;
    QString state; // "pending" | "succeeded" | "failed"
    QDateTime createdAt;
    std::optional<QDateTime> settledAt;
};

// store.duplicate when the subject already has a pending payment.
Result<qint64> insert(CentralStore &store, const Payment &p);
// Moves a payment to `state` ("succeeded": from pending or failed; "failed": from pending only);
// false when it was not in such a state any more (settled concurrently).
Result<bool> settle(CentralStore &store, qint64 id, const QString &state, const QDateTime &at);
Result<std::optional<Payment>> pendingFor(CentralStore &store, qint64 subjectId);
// The passport's pending payments, oldest first.
Result<QList<Payment>> pendingOf(CentralStore &store, const QString &passportId);
// Every payment of a subject, oldest first (tests, staff views).
Result<QList<Payment>> forSubject(CentralStore &store, qint64 subjectId);

// The simulated bank: records a charge under the reference (once: a repeated reference is the
// same charge), and tells whether one was made.
Result<void> bankCharge(CentralStore &store, const QString &reference, qint64 amountFen, const QDateTime &at);
Result<bool> bankCharged(CentralStore &store, const QString &reference);
// How many times the bank charged for the subject (over all its payments).
Result<int> bankChargesFor(CentralStore &store, qint64 subjectId);

} // namespace cet::central::paymentsql
