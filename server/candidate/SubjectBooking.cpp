#include "SubjectBooking.h"

#include "Audit.h"
#include "BookingSql.h"
#include "CandidateMessages.h"
#include "Cet6Qualification.h"
#include "CentralStore.h"
#include "OfferSql.h"
#include "PaymentSql.h"
#include "RegistrationService.h"
#include "RegistrationSql.h"
#include "RestrictionSql.h"
#include "Subject.h"
#include "TimedRulesSql.h"
#include "SubjectRules.h"
#include "Wire.h"

#include <algorithm>
#include <optional>

namespace cet::central::candidate {

namespace {

const QString kDuplicate = QStringLiteral("store.duplicate");

Result<std::optional<offersql::OfferRow>> offerOf(CentralStore &store, const QString &school, const QString &campus,
                                                  const QString &subject)
{
    auto offers = offersql::forCampus(store, school, campus);
    if (!offers)
        return offers.error();
    for (const auto &o : offers.value()) {
        if (o.subject == subject && o.offered)
            return std::optional<offersql::OfferRow>(o);
    }
    return std::optional<offersql::OfferRow>();
}

Result<void> insideWindow(const offersql::OfferRow &offer, const QDateTime &now)
{
    if (now < offer.windowStart)
        return error(codes::notOpen);
    if (now >= offer.windowEnd)
        return error(codes::closed);
    return {};
}

// Level-4 subjects are open to every candidate with a record; level-6 ones need the CET6
// qualification; an oral subject goes with the qualification of its written one.
bool qualifies(CandidateContext &context, const registrationsql::RegistrationRow &r, const Subject &s)
{
    return s.level == 4 || hasCet6Qualification(context, r.idType, r.idNumber);
}

// In the order registrationsql::subjects() reads them.
QList<registrationsql::SubjectRow> bySubject(QList<registrationsql::SubjectRow> subjects)
{
    std::sort(subjects.begin(), subjects.end(),
              [](const auto &a, const auto &b) { return a.subject < b.subject; });
    return subjects;
}

AuditEntry auditOf(const QString &passportId, const QString &action, const bookingsql::BookedSubject &s,
                   const QDateTime &at)
{
    AuditEntry audit;
    audit.at = at;
    audit.actor = passportId;
    audit.role = QStringLiteral("candidate");
    audit.action = action;
    audit.entity = QStringLiteral("registration_subject");
    audit.entityKey = QString::number(s.id);
    audit.school = s.school;
    const QJsonObject state{ { QStringLiteral("registration_id"), QString::number(s.registrationId) },
                             { QStringLiteral("subject"), s.subject },
                             { QStringLiteral("campus"), s.campus },
                             { QStringLiteral("payment_state"), s.paymentState } };
    if (action.endsWith(QLatin1String(".book")))
        audit.after = auditJson(state);
    else
        audit.before = auditJson(state);
    return audit;
}

} // namespace

Result<registrationsql::LockedRegistration> lockedRegistration(CentralStore &store, const QString &passportId)
{
    auto mine = registrationsql::lockByPassport(store, passportId);
    if (!mine)
        return mine.error();
    if (!mine.value())
        return error(codes::noRegistration);
    return *mine.value();
}

Result<void> notBarred(const registrationsql::LockedRegistration &registration, const QString &subject)
{
    if (restrictionsql::barredBy(registration.restriction).restricts(subject))
        return error(codes::restricted);
    return {};
}

Result<QJsonObject> SubjectBooking::book(const QString &passportId, const QString &subjectCode, const QString &campus,
                                         const QString &school)
{
    CentralStore &store = m_context.store;
    const QDateTime at = m_context.now();
    const auto subject = subjectByCode(subjectCode.trimmed());
    if (!subject)
        return error(codes::unknownSubject, subjectCode);
    const Subject &s = subject.value();

    Transaction tx(store);
    if (auto r = tx.begin(true); !r)
        return r.error();
    auto mine = lockedRegistration(store, passportId);
    if (!mine)
        return mine.error();
    const registrationsql::RegistrationRow &reg = mine.value().registration;

    // Oral tests may be taken at another school's campus that says so; everything else at home.
    const QString campusSchool = school.trimmed().isEmpty() ? reg.school : school.trimmed();
    auto offer = offerOf(store, campusSchool, campus.trimmed(), s.code);
    if (!offer)
        return offer.error();
    if (!offer.value())
        return error(codes::notOffered);
    if (campusSchool != reg.school && (!s.isOral() || !offer.value()->openToOtherSchools))
        return error(codes::notOpenToOthers);
    if (auto r = insideWindow(*offer.value(), at); !r)
        return r.error();
    if (!qualifies(m_context, reg, s))
        return error(codes::notQualified);
    if (auto r = notBarred(mine.value(), s.code); !r)
        return r.error();

    auto booked = registrationsql::subjects(store, reg.id);
    if (!booked)
        return booked.error();
    QStringList written, paidWritten;
    for (const auto &b : booked.value()) {
        if (b.subject == s.code)
            return error(codes::alreadyBooked);
        const auto other = subjectByCode(b.subject);
        if (other && other.value().isWritten()) {
            written << b.subject;
            if (b.paymentState == QLatin1String("paid"))
                paidWritten << b.subject;
        }
    }
    if (s.isWritten()) {
        if (!checkWrittenCombination(QStringList(written) << s.code))
            return error(codes::sameLevel);
    } else if (!checkOralAllowed(s.code, written)) {
        return error(codes::oralNeedsWritten);
    } else {
        auto paidFirst = timedrulessql::oralNeedsWrittenPaid(store, at);
        if (!paidFirst)
            return paidFirst.error();
        if (paidFirst.value() && !checkOralAllowed(s.code, paidWritten))
            return error(codes::oralNeedsWrittenPaid);
    }

    bookingsql::BookedSubject row;
    row.registrationId = reg.id;
    row.subject = s.code;
    row.school = campusSchool;
    row.campus = offer.value()->campus;
    row.bookedAt = at;
    row.paymentState = QStringLiteral("unpaid");
    auto id = bookingsql::insertSubject(store, row);
    if (!id)
        return id.error().code == kDuplicate ? error(codes::alreadyBooked) : id.error();
    row.id = id.value();
    // The seat last, after the subject's row: every booking of this campus and subject waits for
    // the offer's row lock from here to the COMMIT, so the fewer statements in between the better
    // (a full campus rolls the row back).
    auto seat = bookingsql::takeSeat(store, campusSchool, row.campus, s.code);
    if (!seat)
        return seat.error();
    if (!seat.value())
        return error(codes::full);
    if (auto r = writeAudit(store, auditOf(passportId, QStringLiteral("subject.book"), row, at)); !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    // The answer from what the transaction read and wrote: reading it all again after the commit
    // cost a seventh of a booking's time.
    QList<registrationsql::SubjectRow> subjects = booked.value();
    subjects.append({ s.code, campusSchool, row.campus, fromMs(toMs(at)), row.paymentState, QStringLiteral("candidate"), false });
    return registrationJson(reg, bySubject(subjects));
}

Result<QJsonObject> SubjectBooking::cancel(const QString &passportId, const QString &subjectCode)
{
    CentralStore &store = m_context.store;
    const QDateTime at = m_context.now();
    Transaction tx(store);
    if (auto r = tx.begin(true); !r)
        return r.error();
    auto mine = lockedRegistration(store, passportId);
    if (!mine)
        return mine.error();
    const registrationsql::RegistrationRow &reg = mine.value().registration;
    auto found = bookingsql::findSubject(store, reg.id, subjectCode.trimmed());
    if (!found)
        return found.error();
    if (!found.value())
        return error(codes::notBooked);
    const bookingsql::BookedSubject &b = *found.value();
    if (b.paymentState != QLatin1String("unpaid"))
        return error(codes::paidSubject);
    if (b.collectiveLock)
        return error(codes::collectiveLock);
    // An oral subject alone is refused: its written subject can not go while it is booked.
    auto booked = registrationsql::subjects(store, reg.id);
    if (!booked)
        return booked.error();
    const QStringList orals = oralSubjectsRequiring(b.subject);
    for (const auto &other : booked.value()) {
        if (orals.contains(other.subject))
            return error(codes::writtenHasOral);
    }
    auto pending = paymentsql::pendingFor(store, b.id);
    if (!pending)
        return pending.error();
    if (pending.value())
        return error(codes::paymentPending);
    auto offer = offerOf(store, b.school, b.campus, b.subject);
    if (!offer)
        return offer.error();
    if (offer.value()) {
        if (auto r = insideWindow(*offer.value(), at); !r)
            return r.error();
    }
    auto gone = bookingsql::deleteSubject(store, b.id, at);
    if (!gone)
        return gone.error();
    if (!gone.value())
        return error(codes::notBooked);
    if (auto r = bookingsql::giveSeatBack(store, b.school, b.campus, b.subject); !r)
        return r.error();
    if (auto r = writeAudit(store, auditOf(passportId, QStringLiteral("subject.cancel"), b, at)); !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    QList<registrationsql::SubjectRow> subjects = booked.value();
    subjects.removeIf([&b](const registrationsql::SubjectRow &other) { return other.subject == b.subject; });
    return registrationJson(reg, subjects);
}

} // namespace cet::central::candidate
