#pragma once

// SQL of a candidate's subjects (registration_subjects) and the seats they hold (offers.taken).
// A seat is taken and given back only by a conditional UPDATE in the transaction that books or
// releases the subject, so that concurrent bookings can never push taken past capacity (the
// table's CHECK is the last line, not the mechanism).

#include "CentralStore.h"

#include <optional>

namespace cet::central::bookingsql {

struct BookedSubject
{
    qint64 id = 0;
    qint64 registrationId = 0;
    QString subject, school, campus;
    QDateTime bookedAt;
    QString paymentState; // "unpaid" | "paid"
    bool collectiveLock = false;
};

// Takes one seat of the offer: true when there was one left (and the offer is offered), false
// when it is full. Never lets taken pass capacity, whatever runs concurrently.
Result<bool> takeSeat(CentralStore &store, const QString &school, const QString &campus, const QString &subject);
// Gives one seat back (never below zero).
Result<void> giveSeatBack(CentralStore &store, const QString &school, const QString &campus, const QString &subject);

// store.duplicate when the registration already holds this subject.
Result<qint64> insertSubject(CentralStore &store, const BookedSubject &row);
Result<std::optional<BookedSubject>> findSubject(CentralStore &store, qint64 registrationId, const QString &subject);
Result<std::optional<BookedSubject>> findSubjectById(CentralStore &store, qint64 id);
// Marks a live subject deleted at `at`; false when it was not live any more.
Result<bool> deleteSubject(CentralStore &store, qint64 id, const QDateTime &at);
Result<void> markPaid(CentralStore &store, qint64 id);

// Live unpaid subjects without a collective-payment lock and without a payment still waiting for
// the bank's answer, booked at or before `bookedBy`, oldest first.
Result<QList<BookedSubject>> unpaidBookedBy(CentralStore &store, const QDateTime &bookedBy, int limit);

} // namespace cet::central::bookingsql
