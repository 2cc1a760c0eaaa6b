#pragma once

// Students: per-field compare-and-set (StudentMerge), sealed with the exam session. The fast paths
// of bulk pushes stay here: the rows of a push read with one lookup (findMany), new rows and
// updates written with multi-row statements after the last op, and the merges of fresh creates
// worked out before the school's lock (plan()), so that the next push's merging overlaps the
// database work of the one holding the lock.

#include "EntityHandler.h"

namespace cet::central {

class StudentHandler : public EntityHandler
{
public:
    QString entity() const override;
    std::unique_ptr<EntityBatch> newBatch() const override;
    Result<std::unique_ptr<FeedCursor>> openFeed(CentralStore &store, const QString &school, qint64 since,
                                                 int limit) const override;
    bool streamsFeed() const override { return true; }
    Result<protocol::EntityDigest> digest(CentralStore &store, const QString &school) const override;
    // Kept with the record's ID number (and any mention of it) masked; the repeated op's key gives
    // the number back.
    protocol::OpResult keptResult(const protocol::Op &op, protocol::OpResult result) const override;
    Result<protocol::OpResult> replayedResult(CentralStore &store, const QString &school, const protocol::Op &op,
                                              protocol::OpResult kept) const override;
};

} // namespace cet::central
