#pragma once

// The province's restriction list (限制报考名单), kept by the exam board's administrators: who is
// barred, by ID document, from which subjects, and why. Every change is written to the audit log
// with the list entry before and after, in the same transaction. What an entry does to a candidate
// (subjects missing from the qualification, bookings and CET6 reviews refused) lives where those
// rules are checked; this is only the list.

#include "CandidateContext.h"
#include "RegistrationSql.h"
#include "RestrictionSql.h"
#include "Result.h"

namespace cet::central::candidate {

class RestrictionList
{
public:
    explicit RestrictionList(CandidateContext context) : m_context(std::move(context)) { }

    // Adds the entry or replaces the one of the same ID document. Errors: restriction.id_type,
    // restriction.id_number, restriction.reason, restriction.subjects, subject.unknown.
    Result<restrictionsql::RestrictionRow> add(int idType, const QString &idNumber, const QString &subjects,
                                               const QString &reason, const QString &actor);
    // restriction.not_found when the ID document is not on the list.
    Result<void> remove(int idType, const QString &idNumber, const QString &reason, const QString &actor);
    Result<QList<restrictionsql::RestrictionRow>> entries();
    // The subjects the candidate had booked that their entry now bars. They stay booked (a paid
    // one is settled outside this system) but can not be paid for; unpaid, they are released 24
    // hours after booking like any other.
    Result<QList<registrationsql::SubjectRow>> barredBookings(int idType, const QString &idNumber);

private:
    CandidateContext m_context;
};

} // namespace cet::central::candidate
