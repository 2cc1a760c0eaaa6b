#pragma once

// Internal to cetdesk_store: the CET6 review entity's sync handler.

#include "SyncEntityHandler.h"

namespace cet {

// CET6 reviews (entity cet6_review): the server decides who wins (first decision stands), so the
// desk never holds a merge of its own. A pulled change replaces the row's server columns; the
// decision made here stays beside them until the server answers its op: applied (the answer's
// record follows), disputed (status conflict, review.disputed: the record with the dispute
// follows and the reason stays on the row for the coordinator to see) or refused (the same).
// No sync_conflicts rows: a dispute is for a supervisor, not for this desktop to resolve.
class ReviewSyncHandler final : public SyncEntityHandler
{
public:
    QString entity() const override;
    Result<std::unique_ptr<SyncEntityBatch>> batch(QSqlDatabase db) const override;
    Result<void> resolveConflict(QSqlDatabase db, const StoredConflict &conflict, ConflictChoice choice) const override;
    Result<LocalDigest> digest(QSqlDatabase db) const override;
};

} // namespace cet
