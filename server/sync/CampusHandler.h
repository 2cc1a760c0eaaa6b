#pragma once

// Campuses of a school (校区): whole-object compare-and-set (MergePolicies.h), sealed with the exam
// session like the other campus parameters. Key = the campus code (school code + one digit).

#include "EntityHandler.h"

namespace cet::central {

class CampusHandler : public EntityHandler
{
public:
    QString entity() const override;
    std::unique_ptr<EntityBatch> newBatch() const override;
    Result<std::unique_ptr<FeedCursor>> openFeed(CentralStore &store, const QString &school, qint64 since,
                                                 int limit) const override;
    Result<protocol::EntityDigest> digest(CentralStore &store, const QString &school) const override;
};

} // namespace cet::central
