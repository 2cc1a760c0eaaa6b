#pragma once

// What each campus offers (entity offer, key "<campus code>:<subject>"): whole-object
// compare-and-set over the school's settings (MergePolicies.h), every rule of OfferRules checked
// again here, sealed with the exam session (offer.sealed). Seats taken and paid are the server's:
// an op's values are ignored and every answer carries the server's. A capacity is written by a
// conditional UPDATE that needs taken ≤ capacity at the moment it runs, so a booking committed a
// moment earlier turns the op into offer.capacity_below_taken with the count it met.

#include "EntityHandler.h"

namespace cet::central {

class OfferHandler : public EntityHandler
{
public:
    QString entity() const override;
    std::unique_ptr<EntityBatch> newBatch() const override;
    Result<std::unique_ptr<FeedCursor>> openFeed(CentralStore &store, const QString &school, qint64 since,
                                                 int limit) const override;
    Result<protocol::EntityDigest> digest(CentralStore &store, const QString &school) const override;
};

} // namespace cet::central
