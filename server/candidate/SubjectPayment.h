#pragma once

// Paying a booked subject through the bank, and refreshing (更新) the payments whose answer was
// lost. Errors are CandidateMessages codes.
//
// Every attempt is a payments row written, pending, before the bank is asked; the bank knows it
// by the row's reference. A success marks the subject paid; a failure leaves it unpaid (pay
// again); a lost answer leaves the payment pending, and a new payment of that subject is refused
// until a refresh has asked the bank about the reference and settled it, so that a charge that
// happened is never made twice.
//
// The bank here is simulated in the server's own database (bank_charges): the request picks the
// outcome, so that tests, the simulator and demos can play every case.

#include "CandidateContext.h"
#include "Result.h"

#include <QJsonObject>
#include <QString>

namespace cet::central::candidate {

class SubjectPayment
{
public:
    enum class BankOutcome { Success, Failure, AnswerLost };
    // "success", "failure", "lost" (payment.bad_outcome for anything else); "" is success.
    static Result<BankOutcome> outcomeFrom(const QString &text);

    explicit SubjectPayment(CandidateContext context) : m_context(std::move(context)) { }

    // {"payment": {"reference", "state", "amount_fen"}, "registration": …, "subjects": […]}.
    Result<QJsonObject> pay(const QString &passportId, const QString &subject, BankOutcome outcome);
    // {"settled": [{"subject", "reference", "state"}], "registration": …, "subjects": […]}; settles
    // every pending payment of the passport from the bank's ledger. Running it again changes nothing.
    Result<QJsonObject> refresh(const QString &passportId);

private:
    CandidateContext m_context;
};

} // namespace cet::central::candidate
