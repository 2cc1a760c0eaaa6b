#pragma once

// CET6 qualification reviews (entity cet6_review): the school's reviews feed the coordinators'
// desks; a desk's decision op follows "first decision stands" (MergePolicies.h). Only a
// coordinator of the review's school decides, only before the exam session seals, a failure only
// with a reason. The first valid decision grants or withholds the CET6 qualification, mails the
// candidate and is audited with the reason and the evidence seen, all in the push transaction; a
// later different decision is a conflict `review.disputed` and kept as a dispute row that both
// desks pull with the record. A key "t-…" files a review for a candidate (Cet6ReviewFiling.h).

#include "EntityHandler.h"

namespace cet::central {

class Cet6ReviewHandler : public EntityHandler
{
public:
    QString entity() const override;
    std::unique_ptr<EntityBatch> newBatch() const override;
    Result<std::unique_ptr<FeedCursor>> openFeed(CentralStore &store, const QString &school, qint64 since,
                                                 int limit) const override;
    Result<protocol::EntityDigest> digest(CentralStore &store, const QString &school) const override;
    // The record (the case, with the ID numbers of the candidate, the roster and the score record)
    // is not kept; a repeated op gets the review's record as it is now.
    protocol::OpResult keptResult(const protocol::Op &op, protocol::OpResult result) const override;
    Result<protocol::OpResult> replayedResult(CentralStore &store, const QString &school, const protocol::Op &op,
                                              protocol::OpResult kept) const override;
};

} // namespace cet::central
