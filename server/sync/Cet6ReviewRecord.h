#pragma once

// The record of entity cet6_review as the desks pull it and an op result carries it: the review
// row with its case beside it (the roster's student record it matched, the CET4 score record its
// ticket points to, the evidence files, the earlier rounds and the disputed decisions), so that a
// coordinator can decide offline with everything in front of them.

#include "CentralStore.h"
#include "Cet4ScoreSql.h"
#include "Cet6ReviewSql.h"
#include "ReviewCaseSql.h"

#include <QJsonObject>

#include <optional>

namespace cet::central {

inline const QString kCet6ReviewEntity = QStringLiteral("cet6_review");

struct ReviewStudent
{
    int idType = 0;
    QString idNumber;
    QString name;
};

struct ReviewCase
{
    cet6reviewsql::ReviewRow row;
    ReviewStudent student;
    std::optional<cet4scoresql::ScoreRow> score;
    QList<cet6reviewsql::EvidenceRow> evidence;
    QList<reviewcasesql::Round> history;
    QList<reviewcasesql::Dispute> disputes;
    std::optional<QDateTime> windowClosesAt; // when decisions stop (the exam session seals)
};

// The record's JSON object (every key of the contract always present).
QJsonObject reviewRecord(const ReviewCase &c);

// The cases of the given rows (one school's), read with a few queries for the whole list.
Result<QList<ReviewCase>> loadReviewCases(CentralStore &store, const QString &school,
                                          const QList<cet6reviewsql::ReviewRow> &rows);

// The record of one row.
Result<QJsonObject> loadReviewRecord(CentralStore &store, const QString &school, const cet6reviewsql::ReviewRow &row);

// "pass" / "fail" for a decided state, null for pending: the decision that stands.
QJsonValue standingDecision(const QString &state);

} // namespace cet::central
