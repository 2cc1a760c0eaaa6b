#pragma once

// SQL of the CET4 score records (成绩库, cet4_scores): the score office's past CET4 written results
// that the CET6 qualification rules read. One row per admission ticket and ID number.

#include "CentralStore.h"
#include "Cet6Review.h"

#include <QList>

namespace cet::central::cet4scoresql {

struct ScoreRow
{
    QString ticket;
    int idType = 0; // IdType code; 0 when the score office's file does not say
    QString idNumber;
    QString name;
    int examYear = 0;
    int examMonth = 0;
    int total = 0;
};

// Inserts the rows, replacing a stored row of the same ticket and ID number (a corrected file from
// the score office wins). Multi-row statements; the caller holds the transaction. The rows must
// not repeat a (ticket, ID number) among themselves.
Result<void> upsert(CentralStore &store, const QList<ScoreRow> &rows);

// The rows of one admission ticket as stored.
Result<QList<ScoreRow>> rowsByTicket(CentralStore &store, const QString &ticket);
// The rows whose name is one of `names` (the simulator's candidates looking up their own tickets).
Result<QList<ScoreRow>> rowsByNames(CentralStore &store, const QStringList &names);
// The records of one admission ticket, as the review rules take them.
Result<QList<Cet4ScoreRecord>> findByTicket(CentralStore &store, const QString &ticket);

// Whether a CET4 result of this ID number (and type, unless the record does not say) reaches the
// CET6 minimum: at least `minimumTotal`, from `earliestYear` on.
Result<bool> hasPassedScore(CentralStore &store, int idType, const QString &idNumber, int minimumTotal,
                            int earliestYear);

Result<qint64> count(CentralStore &store);

} // namespace cet::central::cet4scoresql
