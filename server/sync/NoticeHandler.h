#pragma once

// School notices: whole-object compare-and-set (MergePolicies.h), not sealed (schools post notices
// during registration). A notice's key is its scope: the caller's school code or the code of one
// of that school's campuses (else notice.wrong_scope).

#include "EntityHandler.h"

namespace cet::central {

class NoticeHandler : public EntityHandler
{
public:
    QString entity() const override;
    std::unique_ptr<EntityBatch> newBatch() const override;
    Result<std::unique_ptr<FeedCursor>> openFeed(CentralStore &store, const QString &school, qint64 since,
                                                 int limit) const override;
    Result<protocol::EntityDigest> digest(CentralStore &store, const QString &school) const override;
};

} // namespace cet::central
