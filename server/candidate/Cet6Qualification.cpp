#include "Cet6Qualification.h"

#include "CentralStore.h"
#include "Cet4ScoreSql.h"
#include "Cet6Review.h"
#include "Cet6ReviewSql.h"

namespace cet::central::candidate {

bool hasCet6Qualification(CandidateContext &context, int idType, const QString &idNumber)
{
    auto review = cet6reviewsql::hasPassedReview(context.store, idType, idNumber);
    if (review && review.value())
        return true;
    auto score = cet4scoresql::hasPassedScore(context.store, idType, idNumber, kCet6MinimumCet4Score,
                                              kCet6EarliestCet4Year);
    return score && score.value();
}

} // namespace cet::central::candidate
