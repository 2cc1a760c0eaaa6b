#pragma once

#include "Database.h"
#include "Result.h"
#include "ReviewTypes.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace cet {

// The school's CET6 reviews this desktop holds, and the decisions made here: a decision is
// written with its outbox op in one transaction (entity cet6_review, changes decision, reason,
// evidence_seen; base version = the server version the coordinator saw). Until the op is sent it
// can be withdrawn (undo) or replaced by another decision.
class ReviewRepository
{
    Q_DECLARE_TR_FUNCTIONS(cet::ReviewRepository)

public:
    explicit ReviewRepository(Database &db);

    // Pending first, then oldest first.
    Result<QList<ReviewRow>> queue(const ReviewFilter &filter) const;
    Result<std::optional<ReviewRow>> find(const QString &key) const;
    Result<std::optional<ReviewRecord>> record(const QString &key) const;
    // The reviews of the same student (type and ID number), the one given excluded.
    Result<QList<ReviewRow>> sameStudent(const QString &key) const;

    // decision: "pass" or "fail". Checks what this desktop knows (the server checks again).
    Result<void> decide(const QString &key, const QString &decision, const QString &reason,
                        const QList<int> &evidenceSeen);
    // Withdraws the decision whose op has not been sent; a filing not sent yet (or refused by the
    // server) goes with it.
    Result<void> undo(const QString &key);
    // Queues a review the school files (sent by the next sync; the server stores and decides it at
    // once) and shows it in the queue under a "t-…" key until the server's record replaces it.
    // The new key. Errors: review.student_unknown (not in the local roster), review.invalid_filing,
    // review.reason_required.
    Result<QString> file(const ReviewFiling &filing);
    // Uploads waiting for a review the server knows (not a stand-in key), oldest first; and the
    // end of one (sent, or refused for good).
    Result<QList<ReviewUpload>> pendingUploads() const;
    Result<void> uploadDone(const QString &key, const QString &sha256);
    // Students of the local roster whose name or ID number starts with `text`, by name.
    Result<QList<ReviewPerson>> findStudents(const QString &text, int limit) const;

    Result<QStringList> campuses() const;
    Result<QStringList> departments() const; // of the local roster
    Result<ReviewSummary> summary() const;
    // Decided reviews (by the server, or here and not yet synced), most recent first.
    Result<QList<ReviewDecisionLine>> decisions() const;

private:
    Database &m_db;
};

} // namespace cet
