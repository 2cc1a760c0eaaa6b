#pragma once

// SQL of the CET6 qualification reviews (cet6_reviews) and their evidence files (review_evidence).
// A review row is written whole (update() sets every column a change can touch); the caller holds
// the write transaction and has taken the review's seq from the school's sync scope.

#include "CentralStore.h"

#include <optional>

namespace cet::central::cet6reviewsql {

struct ReviewRow
{
    qint64 id = 0;
    QString passportId;
    QString school, campus;
    int studentIdType = 0; // the bound student record's key
    QString studentIdNumber;
    // What the candidate typed.
    QString name;
    int idType = 0;
    QString idNumber;
    QString ticket;
    QString state; // passed | pending | failed
    QString reasonCode, reason;
    QDateTime submittedAt;
    std::optional<QDateTime> decidedAt;
    QString decidedBy; // empty: decided by the rules at submission, or not decided
    int resubmissions = 0;
    int evidenceCount = 0;
    qint64 version = 0, seq = 0;
    std::optional<QDateTime> deletedAt;
    QString changedBy;
    QDateTime changedAt;
    QString originOpId; // the sync op that made this version (empty: not a desk's op)
    // A teacher-filed review: the teacher, and the CET4 score the teacher typed (0: not filed).
    QString filedBy;
    int filedExamYear = 0, filedExamMonth = 0, filedTotal = 0;
};

struct EvidenceRow
{
    qint64 id = 0;
    qint64 reviewId = 0;
    QString contentType;
    qint64 size = 0;
    QString sha256; // lower-case hex
    QDateTime uploadedAt;
};

// The passport's review, a withdrawn one (deletedAt set) included.
Result<std::optional<ReviewRow>> findByPassport(CentralStore &store, const QString &passportId);
Result<std::optional<ReviewRow>> findById(CentralStore &store, qint64 id);
// Inserts the row (id ignored); its new id.
Result<qint64> insert(CentralStore &store, const ReviewRow &row);
Result<void> update(CentralStore &store, const ReviewRow &row);

// The school's rows with seq > since in seq order (tombstones too), at most `limit`.
Result<QList<ReviewRow>> changes(CentralStore &store, const QString &school, qint64 since, int limit);
// The school's live pending reviews, oldest submission first.
Result<QList<qint64>> pendingIds(CentralStore &store, const QString &school);

// Whether a live, passed review belongs to the student record (id_type, id_number).
Result<bool> hasPassedReview(CentralStore &store, int idType, const QString &idNumber);

// Evidence. insertEvidence's error is store.duplicate when the review already holds the same bytes.
Result<qint64> insertEvidence(CentralStore &store, const EvidenceRow &row, const QByteArray &bytes);
Result<std::optional<EvidenceRow>> findEvidenceBySha(CentralStore &store, qint64 reviewId, const QString &sha256);
// The review's files in upload order (without their bytes).
Result<QList<EvidenceRow>> evidenceOf(CentralStore &store, qint64 reviewId);
Result<QByteArray> evidenceBytes(CentralStore &store, qint64 evidenceId);

} // namespace cet::central::cet6reviewsql
