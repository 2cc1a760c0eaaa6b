#pragma once

// The candidate's CET6 qualification review (CET6资格复核) on cet-central: submitting it runs
// rules 1-3 of domain.md (decideCet6Review) against the CET4 score records, in the write
// transaction that stores the outcome:
//   rule 1 → stored as passed (the CET6 qualification follows from a passed review);
//   rule 2 → stored as pending (未复核), for a teacher to decide;
//   rule 3 → refused with its cause and nothing stored. A refusal is not a review: storing it would
//            use up the passport's one review on a typing error, and fill the teachers' queue with
//            rows they can not act on; the candidate sees the cause at once and may try again.
// One review per passport. A pending or passed review can not be changed or withdrawn by the
// candidate; a failed one can be resubmitted (PUT) or withdrawn (DELETE), and every later
// submission of the same passport counts as a resubmission (the desk flags repeated ones).
// Each write bumps the school's sync scope (seq) and the review's version, so that desks can
// pull reviews as entity cet6_review. A passed or failed outcome writes the candidate's mail into
// the message outbox in the same transaction.

#include "CentralStore.h"
#include "Cet6Review.h"
#include "Cet6ReviewSql.h"

#include <QDateTime>

#include <functional>
#include <optional>
#include <utility>

namespace cet::central::review {

// The signed-in candidate: the passport and the student record its registration is bound to.
struct ReviewCandidate
{
    QString passportId;
    QString school;
    QString campus;
    int idType = 0; // the bound student record's ID type code and number
    QString idNumber;
};

struct EvidenceReceipt
{
    qint64 id = 0;
    int number = 0; // 1-based position among the review's files
    QString contentType;
    qint64 size = 0;
    QString sha256;
    bool alreadyStored = false; // the same bytes were uploaded before; nothing new stored
};

class Cet6ReviewService
{
public:
    Cet6ReviewService(CentralStore &store, std::function<QDateTime()> now);

    // POST. review.exists when the passport has a live review (a withdrawn one is revived).
    Result<cet6reviewsql::ReviewRow> submit(const ReviewCandidate &candidate, const Cet6ReviewApplication &application);
    // PUT: only a failed review. review.none, review.pending_locked, review.passed_locked; a refusal
    // by the rules leaves the failed review as it was.
    Result<cet6reviewsql::ReviewRow> resubmit(
        const ReviewCandidate &candidate, const Cet6ReviewApplication &application);
    // DELETE: only a failed review (kept as a tombstone for the desks and the resubmission count).
    Result<void> withdraw(const ReviewCandidate &candidate);
    // The passport's live review; nullopt when it has none.
    Result<std::optional<cet6reviewsql::ReviewRow>> current(const QString &passportId);

    // Evidence for a pending or failed review (JPEG, PNG or PDF by content, ≤ 5 MB, ≤ 10 files).
    // The same bytes twice return the stored file's receipt.
    Result<EvidenceReceipt> addEvidence(const ReviewCandidate &candidate, const QByteArray &bytes);
    // Evidence a coordinator of the review's school attaches (the scan of a paper proof for a
    // review the school filed, or one a candidate handed in on paper), whatever the review's state;
    // audited as review.evidence_add. review.not_found also for another school's review.
    Result<EvidenceReceipt> addStaffEvidence(const QString &school, const QString &actor, qint64 reviewId,
                                             const QByteArray &bytes);

    // A teacher's decision on a pending review (review.not_found, review.not_pending).
    Result<cet6reviewsql::ReviewRow> decide(
        qint64 reviewId, bool pass, const QString &reason, const QString &decidedBy);

private:
    using Row = cet6reviewsql::ReviewRow;
    struct Stamp
    {
        qint64 seq = 0;
        QString changedBy;
        QDateTime changedAt;
    };
    // Stores `bytes` (of `type`) as the next file of `row`, in the write transaction `stamp` began;
    // the same bytes again give the stored file's receipt.
    Result<EvidenceReceipt> attach(Row row, const Stamp &stamp, const QByteArray &bytes, const QString &type);
    // review.already_qualified or review.cet6_not_offered when the form would not be shown.
    Result<void> reviewWanted(const ReviewCandidate &candidate);
    // Runs the rules; a refusal is returned as its Error.
    Result<Cet6ReviewOutcome> judge(const ReviewCandidate &candidate, const Cet6ReviewApplication &application);
    // Begins the write transaction and takes the school's next seq for the row it will write.
    Result<Stamp> beginWrite(Transaction &tx, const QString &school, const QString &actor);
    static void applyStamp(Row &row, const Stamp &stamp);
    // The candidate's application and the rules' outcome, as the review stores them.
    void applyOutcome(Row &row, const ReviewCandidate &candidate, const Cet6ReviewApplication &application,
        const Cet6ReviewOutcome &outcome);
    Result<Row> liveReview(const QString &passportId);
    // A passed or failed outcome mails the candidate, through the outbox in the same transaction.
    Result<void> notifyDecision(const Row &row);
    // The round a resubmission replaces, kept for the desks' history of the case.
    Result<void> keepRound(const Row &row);
    // beginWrite, then the passport's live review if the candidate may still change it (a failed one).
    Result<std::pair<Stamp, Row>> beginEdit(Transaction &tx, const ReviewCandidate &candidate);

    CentralStore &m_store;
    std::function<QDateTime()> m_now;
};

} // namespace cet::central::review
