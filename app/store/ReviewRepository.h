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
    // Withdraws the decision whose op has not been sent.
    Result<void> undo(const QString &key);

    Result<QStringList> campuses() const;
    Result<QStringList> departments() const; // of the local roster
    Result<ReviewSummary> summary() const;
    // Decided reviews (by the server, or here and not yet synced), most recent first.
    Result<QList<ReviewDecisionLine>> decisions() const;

private:
    Database &m_db;
};

} // namespace cet
