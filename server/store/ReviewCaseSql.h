#pragma once

// SQL of what a CET6 review's case holds beside its row: the decisions that met another decision
// already standing (review_disputes, kept for both coordinators and a supervisor), the earlier
// rounds a resubmission replaced (review_history), and the evidence files of many reviews at once
// (a page of the desks' change feed). The caller holds the transaction.

#include "CentralStore.h"
#include "Cet6ReviewSql.h"

#include <QHash>

#include <optional>

namespace cet::central::reviewcasesql {

struct Dispute
{
    qint64 reviewId = 0;
    QString by;       // the staff user whose decision did not stand
    QString decision; // "pass" | "fail"
    QString reason;
    QDateTime at;
    QString opId;
};

struct Round
{
    qint64 reviewId = 0;
    QString state; // the state the round ended in (failed)
    QString reason;
    QString decidedBy;
    std::optional<QDateTime> decidedAt;
    QDateTime submittedAt;
};

Result<void> insertDispute(CentralStore &store, const Dispute &d);
Result<void> insertRound(CentralStore &store, const Round &r);
// The disputes and the earlier rounds of the given reviews, oldest first, by review id.
Result<QHash<qint64, QList<Dispute>>> disputesOf(CentralStore &store, const QList<qint64> &reviewIds);
Result<QHash<qint64, QList<Round>>> roundsOf(CentralStore &store, const QList<qint64> &reviewIds);
// The files (without bytes) in upload order, by review id.
Result<QHash<qint64, QList<cet6reviewsql::EvidenceRow>>> evidenceOf(CentralStore &store,
    const QList<qint64> &reviewIds);

} // namespace cet::central::reviewcasesql
