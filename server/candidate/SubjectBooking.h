#pragma once

// A candidate's subjects: booking one at a campus of their school (booked, unpaid) and
// cancelling an unpaid one. Errors are CandidateMessages codes.
//
// A booking is refused, in this order, for: no registration, an unknown subject code, a subject
// the campus does not offer, outside that subject's window, a subject the candidate does not
// qualify for, a subject already booked, a second written subject of the same level, an oral
// subject without its written one, and a full campus (名额已满). The seat is taken in the booking's
// transaction by a conditional UPDATE, so that the seats booked never exceed capacity however
// many candidates book at once. A cancellation gives the seat back in the same way; it is refused
// for a paid subject, one locked for a collective payment, one whose payment awaits the bank's
// answer, and outside the window.

#include "CandidateContext.h"
#include "RegistrationSql.h"
#include "Result.h"

#include <QJsonObject>
#include <QString>

namespace cet::central::candidate {

// The passport's live registration, locked until the transaction ends (call it inside a write
// transaction), so that the requests of one candidate about their subjects run one after the
// other; registration.none when there is none.
Result<registrationsql::LockedRegistration> lockedRegistration(CentralStore &store, const QString &passportId);
// subjects.restricted when the restriction list bars the registration's candidate from `subject`
// (checked at booking and again at payment: an entry may come after the booking).
Result<void> notBarred(const registrationsql::LockedRegistration &registration, const QString &subject);

class SubjectBooking
{
public:
    explicit SubjectBooking(CandidateContext context) : m_context(std::move(context)) { }

    // The registration with its subjects (as RegistrationService::registration()). `school` is
    // the campus's school when it is not the candidate's own: only an oral test, at a campus that
    // takes candidates of other schools (subjects.not_open_to_others otherwise).
    Result<QJsonObject> book(const QString &passportId, const QString &subject, const QString &campus,
                             const QString &school = {});
    Result<QJsonObject> cancel(const QString &passportId, const QString &subject);

private:
    CandidateContext m_context;
};

} // namespace cet::central::candidate
