#include "Cet6ReviewService.h"

#include "Audit.h"

#include "AdmissionTicket.h"
#include "Cet6ReviewNotice.h"
#include "Cet4ScoreSql.h"
#include "EvidenceFile.h"
#include "IdDocument.h"
#include "IdNumber.h"
#include "OfferSql.h"
#include "RestrictionSql.h"
#include "ReviewCaseSql.h"
#include "ReviewMessages.h"
#include "ScopeSql.h"
#include "Subject.h"
#include "Wire.h"

#include <QCryptographicHash>

namespace cet::central::review {

namespace {

const QString kPassed = QStringLiteral("passed");
const QString kPending = QStringLiteral("pending");
const QString kFailed = QStringLiteral("failed");

QString candidateActor(const QString &passportId)
{
    return QStringLiteral("passport:") + passportId;
}

// What a candidate may still do with a live review of this state.
Result<void> editable(const QString &state)
{
    if (state == kPending)
        return reviewError(codes::pendingLocked);
    if (state == kPassed)
        return reviewError(codes::passedLocked);
    return {};
}

} // namespace

Result<void> Cet6ReviewService::notifyDecision(const Row &row)
{
    return mailReviewDecision(m_store, row);
}

Result<void> Cet6ReviewService::keepRound(const Row &row)
{
    return reviewcasesql::insertRound(
        m_store, reviewcasesql::Round { row.id, row.state, row.reason, row.decidedBy, row.decidedAt, row.submittedAt });
}

Cet6ReviewService::Cet6ReviewService(CentralStore &store, std::function<QDateTime()> now)
    : m_store(store)
    , m_now(std::move(now))
{ }

Result<Cet6ReviewOutcome> Cet6ReviewService::judge(
    const ReviewCandidate &candidate, const Cet6ReviewApplication &application)
{
    if (application.name.trimmed().isEmpty())
        return reviewError(codes::badName);
    // Rule 1 trusts an ID number that matches the score record, so the number must be the
    // candidate's own: otherwise a friend's ID number and ticket would pass at once.
    const QString typed = normaliseIdNumber(application.idNumber).number;
    if (idTypeCode(application.idType) != candidate.idType || typed != candidate.idNumber)
        return reviewError(codes::notOwnId);
    const Result<AdmissionTicket> ticket = parseAdmissionTicket(application.cet4Ticket);
    QList<Cet4ScoreRecord> records;
    if (ticket) {
        auto found = cet4scoresql::findByTicket(m_store, ticket.value().number);
        if (!found)
            return found.error();
        records = found.value();
    }
    Cet6ReviewApplication normalised = application;
    normalised.idNumber = typed;
    Cet6ReviewOutcome outcome = decideCet6Review(normalised, records);
    if (outcome.decision == Cet6ReviewDecision::Refused) {
        const QString detail = outcome.reasonCode == codes::scoreTooLow && outcome.recordIndex >= 0
            ? QString::number(records.at(outcome.recordIndex).totalScore)
            : QString();
        return reviewError(outcome.reasonCode, detail);
    }
    return outcome;
}

// The review is offered only to a candidate without a CET6 qualification whose campus offers CET6
// (domain: "shown when"); the API refuses the others as the site would not show them the form.
// A passed review of the same student (filed from another passport) is such a qualification. A
// passed CET4 score under the candidate's own ID number is not checked here: it is what rule 1
// recognises, and the review is how the candidate has it recognised.
Result<void> Cet6ReviewService::reviewWanted(const ReviewCandidate &candidate)
{
    auto barred = restrictionsql::barredSubjects(m_store, candidate.idType, candidate.idNumber);
    if (!barred)
        return barred.error();
    if (barred.value().restricts(QStringLiteral("2")))
        return reviewError(codes::restricted);
    auto passed = cet6reviewsql::hasPassedReview(m_store, candidate.idType, candidate.idNumber);
    if (!passed)
        return passed.error();
    if (passed.value())
        return reviewError(codes::alreadyQualified);
    auto offers = offersql::forCampus(m_store, candidate.school, candidate.campus);
    if (!offers)
        return offers.error();
    for (const offersql::OfferRow &o : offers.value()) {
        const auto s = subjectByCode(o.subject);
        if (o.offered && s && s.value().language == SubjectLanguage::English && s.value().level == 6)
            return {};
    }
    return reviewError(codes::cet6NotOffered);
}

Result<Cet6ReviewService::Stamp> Cet6ReviewService::beginWrite(
    Transaction &tx, const QString &school, const QString &actor)
{
    if (auto r = tx.begin(true); !r)
        return r.error();
    // The school's counter is the first statement: its row lock, held to commit, orders the seqs
    // by commit and serialises concurrent writes of one passport's review too.
    auto scope = scopesql::lock(m_store, school);
    if (!scope)
        return scope.error();
    if (!scope.value())
        return Error { protocol::codes::notFound, QStringLiteral("School %1 does not exist.").arg(school), {} };
    const qint64 seq = scope.value()->lastSeq + 1;
    if (auto r = scopesql::setLastSeq(m_store, school, seq); !r)
        return r.error();
    return Stamp { seq, actor, m_now() };
}

void Cet6ReviewService::applyStamp(Row &row, const Stamp &stamp)
{
    row.version += 1;
    row.seq = stamp.seq;
    row.changedBy = stamp.changedBy;
    row.changedAt = stamp.changedAt;
    row.originOpId.clear(); // not a desk's op: every desk pulls this change
}

void Cet6ReviewService::applyOutcome(Row &row, const ReviewCandidate &candidate,
    const Cet6ReviewApplication &application, const Cet6ReviewOutcome &outcome)
{
    const bool passed = outcome.decision == Cet6ReviewDecision::Passed;
    row.name = application.name.trimmed();
    row.idType = idTypeCode(application.idType);
    row.idNumber = candidate.idNumber;
    row.ticket = application.cet4Ticket.trimmed();
    row.state = passed ? kPassed : kPending;
    row.reasonCode = outcome.reasonCode;
    row.reason = reviewMessage(row.reasonCode, false);
    row.submittedAt = m_now();
    row.decidedAt = passed ? std::optional<QDateTime>(row.submittedAt) : std::nullopt;
    row.decidedBy.clear();
}

Result<cet6reviewsql::ReviewRow> Cet6ReviewService::submit(
    const ReviewCandidate &candidate, const Cet6ReviewApplication &application)
{
    Transaction tx(m_store);
    auto stamp = beginWrite(tx, candidate.school, candidateActor(candidate.passportId));
    if (!stamp)
        return stamp.error();
    auto existing = cet6reviewsql::findByPassport(m_store, candidate.passportId);
    if (!existing)
        return existing.error();
    if (existing.value() && !existing.value()->deletedAt)
        return reviewError(codes::exists);
    if (auto r = reviewWanted(candidate); !r)
        return r.error();
    auto outcome = judge(candidate, application);
    if (!outcome)
        return outcome.error();

    Row row;
    if (existing.value()) {
        // A withdrawn review comes back as this passport's next submission.
        row = *existing.value();
        if (auto r = keepRound(row); !r)
            return r.error();
        row.resubmissions += 1;
        row.deletedAt.reset();
    }
    row.passportId = candidate.passportId;
    row.school = candidate.school;
    row.campus = candidate.campus;
    row.studentIdType = candidate.idType;
    row.studentIdNumber = candidate.idNumber;
    applyOutcome(row, candidate, application, outcome.value());
    applyStamp(row, stamp.value());
    if (row.id > 0) {
        if (auto r = cet6reviewsql::update(m_store, row); !r)
            return r.error();
    } else {
        auto id = cet6reviewsql::insert(m_store, row);
        if (!id)
            return id.error().code == QLatin1String("store.duplicate") ? reviewError(codes::exists) : id.error();
        row.id = id.value();
    }
    if (auto r = notifyDecision(row); !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return row;
}

Result<cet6reviewsql::ReviewRow> Cet6ReviewService::liveReview(const QString &passportId)
{
    auto existing = cet6reviewsql::findByPassport(m_store, passportId);
    if (!existing)
        return existing.error();
    if (!existing.value() || existing.value()->deletedAt)
        return reviewError(codes::none);
    return *existing.value();
}

Result<std::pair<Cet6ReviewService::Stamp, cet6reviewsql::ReviewRow>> Cet6ReviewService::beginEdit(
    Transaction &tx, const ReviewCandidate &candidate)
{
    auto stamp = beginWrite(tx, candidate.school, candidateActor(candidate.passportId));
    if (!stamp)
        return stamp.error();
    auto live = liveReview(candidate.passportId);
    if (!live)
        return live.error();
    if (auto r = editable(live.value().state); !r)
        return r.error();
    return std::make_pair(stamp.value(), live.value());
}

Result<cet6reviewsql::ReviewRow> Cet6ReviewService::resubmit(
    const ReviewCandidate &candidate, const Cet6ReviewApplication &application)
{
    Transaction tx(m_store);
    auto edit = beginEdit(tx, candidate);
    if (!edit)
        return edit.error();
    auto &[stamp, row] = edit.value();
    auto outcome = judge(candidate, application);
    if (!outcome)
        return outcome.error();
    if (auto r = keepRound(row); !r)
        return r.error();
    applyOutcome(row, candidate, application, outcome.value());
    row.resubmissions += 1;
    applyStamp(row, stamp);
    if (auto r = cet6reviewsql::update(m_store, row); !r)
        return r.error();
    if (auto r = notifyDecision(row); !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return row;
}

Result<void> Cet6ReviewService::withdraw(const ReviewCandidate &candidate)
{
    Transaction tx(m_store);
    auto edit = beginEdit(tx, candidate);
    if (!edit)
        return edit.error();
    auto &[stamp, row] = edit.value();
    row.deletedAt = m_now();
    applyStamp(row, stamp);
    if (auto r = cet6reviewsql::update(m_store, row); !r)
        return r;
    return tx.commit();
}

Result<std::optional<cet6reviewsql::ReviewRow>> Cet6ReviewService::current(const QString &passportId)
{
    auto existing = cet6reviewsql::findByPassport(m_store, passportId);
    if (!existing)
        return existing.error();
    if (!existing.value() || existing.value()->deletedAt)
        return std::optional<Row>();
    return existing.value();
}

Result<EvidenceReceipt> Cet6ReviewService::addEvidence(const ReviewCandidate &candidate, const QByteArray &bytes)
{
    auto type = evidenceContentType(bytes);
    if (!type)
        return type.error();
    Transaction tx(m_store);
    auto stamp = beginWrite(tx, candidate.school, candidateActor(candidate.passportId));
    if (!stamp)
        return stamp.error();
    auto live = liveReview(candidate.passportId);
    if (!live)
        return live.error();
    if (live.value().state == kPassed)
        return reviewError(codes::passedLocked);
    auto receipt = attach(live.value(), stamp.value(), bytes, type.value());
    if (!receipt)
        return receipt.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return receipt;
}

Result<EvidenceReceipt> Cet6ReviewService::addStaffEvidence(const QString &school, const QString &actor,
                                                            qint64 reviewId, const QByteArray &bytes)
{
    auto type = evidenceContentType(bytes);
    if (!type)
        return type.error();
    Transaction tx(m_store);
    auto stamp = beginWrite(tx, school, actor);
    if (!stamp)
        return stamp.error();
    auto found = cet6reviewsql::findById(m_store, reviewId);
    if (!found)
        return found.error();
    if (!found.value() || found.value()->deletedAt || found.value()->school != school)
        return reviewError(codes::notFound);
    auto receipt = attach(*found.value(), stamp.value(), bytes, type.value());
    if (!receipt)
        return receipt.error();
    if (!receipt.value().alreadyStored) {
        AuditEntry e;
        e.at = stamp.value().changedAt;
        e.actor = actor;
        e.role = QStringLiteral("coordinator");
        e.action = QStringLiteral("review.evidence_add");
        e.entity = QStringLiteral("cet6_review");
        e.entityKey = QString::number(reviewId);
        e.school = school;
        e.after = auditJson(QJsonObject { { QStringLiteral("n"), receipt.value().number },
                                          { QStringLiteral("sha256"), receipt.value().sha256 },
                                          { QStringLiteral("size"), receipt.value().size },
                                          { QStringLiteral("content_type"), receipt.value().contentType } });
        if (auto r = writeAudit(m_store, e); !r)
            return r.error();
    }
    if (auto r = tx.commit(); !r)
        return r.error();
    return receipt;
}

Result<EvidenceReceipt> Cet6ReviewService::attach(Row row, const Stamp &stamp, const QByteArray &bytes,
                                                  const QString &type)
{
    const QString sha = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    auto files = cet6reviewsql::evidenceOf(m_store, row.id);
    if (!files)
        return files.error();
    for (int i = 0; i < files.value().size(); ++i) {
        const cet6reviewsql::EvidenceRow &e = files.value().at(i);
        if (e.sha256 == sha)
            return EvidenceReceipt { e.id, i + 1, e.contentType, e.size, e.sha256, true };
    }
    if (files.value().size() >= kMaxEvidenceFiles)
        return reviewError(codes::evidenceTooMany);
    cet6reviewsql::EvidenceRow e;
    e.reviewId = row.id;
    e.contentType = type;
    e.size = bytes.size();
    e.sha256 = sha;
    e.uploadedAt = m_now();
    auto id = cet6reviewsql::insertEvidence(m_store, e, bytes);
    if (!id)
        return id.error();
    // The review changes with its files, so that a desk that pulled it learns there is more to see.
    row.evidenceCount = int(files.value().size()) + 1;
    applyStamp(row, stamp);
    if (auto r = cet6reviewsql::update(m_store, row); !r)
        return r.error();
    return EvidenceReceipt { id.value(), row.evidenceCount, e.contentType, e.size, sha, false };
}

Result<cet6reviewsql::ReviewRow> Cet6ReviewService::decide(
    qint64 reviewId, bool pass, const QString &reason, const QString &decidedBy)
{
    auto found = cet6reviewsql::findById(m_store, reviewId);
    if (!found)
        return found.error();
    if (!found.value() || found.value()->deletedAt)
        return reviewError(codes::notFound);
    Transaction tx(m_store);
    auto stamp = beginWrite(tx, found.value()->school, decidedBy);
    if (!stamp)
        return stamp.error();
    // Read again under the lock: a decision or withdrawal may have committed in between.
    auto again = cet6reviewsql::findById(m_store, reviewId);
    if (!again)
        return again.error();
    if (!again.value() || again.value()->deletedAt)
        return reviewError(codes::notFound);
    Row row = *again.value();
    if (row.state != kPending)
        return reviewError(codes::notPending);
    row.state = pass ? kPassed : kFailed;
    row.reasonCode = pass ? codes::decidedPass : codes::decidedFail;
    row.reason = reason.trimmed();
    row.decidedAt = m_now();
    row.decidedBy = decidedBy;
    applyStamp(row, stamp.value());
    if (auto r = cet6reviewsql::update(m_store, row); !r)
        return r.error();
    if (auto r = notifyDecision(row); !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return row;
}

} // namespace cet::central::review
