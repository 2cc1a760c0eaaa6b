#pragma once

// The candidate's student record (学籍) and registration (报名信息): looking the record up with
// the subjects it qualifies for, binding it to the signed-in passport, and reading the
// registration back. Errors are CandidateMessages codes.
//
// The registration window of a campus is the span of the windows of the written subjects it
// offers (earliest start to latest end). Before it opens a passport may look up any number of
// records; binding happens only inside it. One passport binds at most one record, and one record
// at most one passport.

#include "CandidateContext.h"
#include "RegistrationSql.h"
#include "Result.h"

#include <QJsonObject>
#include <QString>

namespace cet::central::candidate {

struct StudentKey
{
    QString idType; // code "1".."8" or a label ("身份证")
    QString idNumber;
    QString name;
};

// The registration as registration() answers it, from its row and its live subjects (in subject
// order), for a use case that has both at hand already.
QJsonObject registrationJson(const registrationsql::RegistrationRow &r,
                             const QList<registrationsql::SubjectRow> &subjects);

class RegistrationService
{
public:
    explicit RegistrationService(CandidateContext context) : m_context(std::move(context)) { }

    // {"student": {… masked id_number …}, "subjects": [...], "window": {"state", "start", "end"},
    //  "registered": bool (bound to this passport)}
    Result<QJsonObject> qualification(const QString &passportId, const StudentKey &key);
    // Binds and returns the registration (as registration() does). Binding the record this
    // passport already holds returns it unchanged. Writes the binding notice to the outbox in the
    // same transaction.
    Result<QJsonObject> bind(const QString &passportId, const StudentKey &key, bool confirmed);
    // {"registration": {...}, "subjects": [{"subject", "school", "campus", "booked_at",
    //  "payment_state", "method", "collective_lock"}]}; registration.none when not bound.
    Result<QJsonObject> registration(const QString &passportId);

private:
    CandidateContext m_context;
};

} // namespace cet::central::candidate
