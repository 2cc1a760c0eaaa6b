#include "SubjectPayment.h"

#include "Audit.h"
#include "BookingSql.h"
#include "CandidateMessages.h"
#include "CentralStore.h"
#include "OfferSql.h"
#include "PaymentSql.h"
#include "RegistrationService.h"
#include "RegistrationSql.h"
#include "SubjectBooking.h"

#include <QJsonArray>
#include <QUuid>

namespace cet::central::candidate {

namespace {

const QString kDuplicate = QStringLiteral("store.duplicate");
const QString kSucceeded = QStringLiteral("succeeded");
const QString kFailed = QStringLiteral("failed");

Result<qint64> feeOf(CentralStore &store, const bookingsql::BookedSubject &s)
{
    auto offers = offersql::forCampus(store, s.school, s.campus);
    if (!offers)
        return offers.error();
    for (const auto &o : offers.value()) {
        if (o.subject == s.subject)
            return o.feeFen;
    }
    return error(codes::notOffered);
}

Result<void> audit(CentralStore &store, const paymentsql::Payment &p, const QString &action, const QString &school,
                   const QDateTime &at)
{
    AuditEntry e;
    e.at = at;
    e.actor = p.passportId;
    e.role = QStringLiteral("candidate");
    e.action = action;
    e.entity = QStringLiteral("payment");
    e.entityKey = p.reference;
    e.school = school;
    e.after = auditJson(QJsonObject{ { QStringLiteral("subject_id"), QString::number(p.subjectId) },
                                     { QStringLiteral("amount_fen"), p.amountFen } });
    return writeAudit(store, e);
}

// Settles one payment and, for a charge, marks its subject paid; in the caller's transaction.
Result<bool> settle(CentralStore &store, const paymentsql::Payment &p, bool charged, const QDateTime &at)
{
    auto moved = paymentsql::settle(store, p.id, charged ? kSucceeded : kFailed, at);
    if (!moved)
        return moved.error();
    if (moved.value() && charged) {
        if (auto r = bookingsql::markPaid(store, p.subjectId); !r)
            return r.error();
    }
    return moved.value();
}

} // namespace

Result<SubjectPayment::BankOutcome> SubjectPayment::outcomeFrom(const QString &text)
{
    if (text.isEmpty() || text == QLatin1String("success"))
        return BankOutcome::Success;
    if (text == QLatin1String("failure"))
        return BankOutcome::Failure;
    if (text == QLatin1String("lost"))
        return BankOutcome::AnswerLost;
    return error(codes::badBankOutcome, text);
}

Result<QJsonObject> SubjectPayment::pay(const QString &passportId, const QString &subject, BankOutcome outcome)
{
    CentralStore &store = m_context.store;
    paymentsql::Payment p;
    QString school;
    {
        Transaction tx(store);
        if (auto r = tx.begin(true); !r)
            return r.error();
        auto mine = lockedRegistration(store, passportId);
        if (!mine)
            return mine.error();
        auto found = bookingsql::findSubject(store, mine.value().registration.id, subject.trimmed());
        if (!found)
            return found.error();
        if (!found.value())
            return error(codes::notBooked);
        if (found.value()->paymentState == QLatin1String("paid"))
            return error(codes::alreadyPaid);
        // Put on the restriction list after booking: the subject stays booked (and is released
        // unpaid after 24 hours), but it is not paid for.
        if (auto r = notBarred(mine.value(), found.value()->subject); !r)
            return r.error();
        auto pending = paymentsql::pendingFor(store, found.value()->id);
        if (!pending)
            return pending.error();
        if (pending.value())
            return error(codes::paymentPending);
        auto fee = feeOf(store, *found.value());
        if (!fee)
            return fee.error();
        school = found.value()->school;
        p.reference = QUuid::createUuid().toString(QUuid::WithoutBraces).remove(QLatin1Char('-')).toUpper();
        p.subjectId = found.value()->id;
        p.passportId = passportId;
        p.amountFen = fee.value();
        p.createdAt = m_context.now();
        auto id = paymentsql::insert(store, p);
        if (!id)
            return id.error().code == kDuplicate ? error(codes::paymentPending) : id.error();
        p.id = id.value();
        if (auto r = audit(store, p, QStringLiteral("payment.start"), school, p.createdAt); !r)
            return r.error();
        if (auto r = tx.commit(); !r)
            return r.error();
    }

    // The bank, outside any transaction of ours: it charges (or not) on its own.
    if (outcome != BankOutcome::Failure) {
        if (auto r = paymentsql::bankCharge(store, p.reference, p.amountFen, m_context.now()); !r)
            return r.error();
    }
    if (outcome == BankOutcome::AnswerLost)
        return error(codes::answerLost);

    const QDateTime at = m_context.now();
    Transaction tx(store);
    if (auto r = tx.begin(true); !r)
        return r.error();
    if (auto r = settle(store, p, outcome == BankOutcome::Success, at); !r)
        return r.error();
    if (auto r = audit(store, p, outcome == BankOutcome::Success ? QStringLiteral("payment.succeeded")
                                                                 : QStringLiteral("payment.failed"),
                       school, at);
        !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    if (outcome == BankOutcome::Failure)
        return error(codes::paymentFailed);

    auto reg = RegistrationService(m_context).registration(passportId);
    if (!reg)
        return reg.error();
    QJsonObject out = reg.value();
    out.insert(QStringLiteral("payment"), QJsonObject{ { QStringLiteral("reference"), p.reference },
                                                       { QStringLiteral("state"), kSucceeded },
                                                       { QStringLiteral("amount_fen"), p.amountFen } });
    return out;
}

Result<QJsonObject> SubjectPayment::refresh(const QString &passportId)
{
    CentralStore &store = m_context.store;
    const QDateTime at = m_context.now();
    QJsonArray settled;
    {
        Transaction tx(store);
        if (auto r = tx.begin(true); !r)
            return r.error();
        auto mine = lockedRegistration(store, passportId);
        if (!mine)
            return mine.error();
        auto pending = paymentsql::pendingOf(store, passportId);
        if (!pending)
            return pending.error();
        for (const paymentsql::Payment &p : pending.value()) {
            auto charged = paymentsql::bankCharged(store, p.reference);
            if (!charged)
                return charged.error();
            auto moved = settle(store, p, charged.value(), at);
            if (!moved)
                return moved.error();
            if (!moved.value())
                continue;
            auto subject = bookingsql::findSubjectById(store, p.subjectId);
            if (!subject)
                return subject.error();
            const QString code = subject.value() ? subject.value()->subject : QString();
            if (auto r = audit(store, p,
                               charged.value() ? QStringLiteral("payment.refresh_succeeded")
                                               : QStringLiteral("payment.refresh_failed"),
                               mine.value().registration.school, at);
                !r)
                return r.error();
            settled.append(QJsonObject{ { QStringLiteral("subject"), code },
                                        { QStringLiteral("reference"), p.reference },
                                        { QStringLiteral("state"), charged.value() ? kSucceeded : kFailed } });
        }
        if (auto r = tx.commit(); !r)
            return r.error();
    }
    auto reg = RegistrationService(m_context).registration(passportId);
    if (!reg)
        return reg.error();
    QJsonObject out = reg.value();
    out.insert(QStringLiteral("settled"), settled);
    return out;
}

} // namespace cet::central::candidate
