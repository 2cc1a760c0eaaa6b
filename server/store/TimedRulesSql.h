#pragma once

// SQL of the timed rules: the exam session's setting for how long a registration may stay without
// a subject, and the registrations that outlived it; and finding an exam session by id or name.

#include "CentralStore.h"

#include <optional>

namespace cet::central::timedrulessql {

// Hours a registration may live without a subject, from the exam session open at `now`
// (24 when there is none).
Result<int> unbookedHours(CentralStore &store, const QDateTime &now);
// Whether an exam session has this id (digits) or this name.
Result<bool> sessionExists(CentralStore &store, const QString &idOrName);
// Sets the hours of every exam session (the CLI and tests; one session is open at a time).
Result<void> setUnbookedHours(CentralStore &store, int hours);
// Whether the exam session open at `now` books an oral test only after its written subject was
// paid (false when there is none: the seeds' rule, "registered" is enough).
Result<bool> oralNeedsWrittenPaid(CentralStore &store, const QDateTime &now);
Result<void> setOralNeedsWrittenPaid(CentralStore &store, bool needed);

struct StaleRegistration
{
    qint64 id = 0;
    QString passportId, school, name, email;
    QDateTime savedAt;
};

// Live registrations saved at or before `savedBy` that hold no live subject, oldest first, with
// the passport's email for the notice.
Result<QList<StaleRegistration>> withoutSubjects(CentralStore &store, const QDateTime &savedBy, int limit);
// The email of the passport that holds the registration, and the candidate's name.
struct Recipient
{
    QString passportId, email, name;
};
Result<std::optional<Recipient>> recipientOf(CentralStore &store, qint64 registrationId);
// Marks a live registration deleted unless a subject was booked meanwhile; false when it was not
// deleted.
Result<bool> deleteIfStillEmpty(CentralStore &store, qint64 id, const QDateTime &at);

} // namespace cet::central::timedrulessql
