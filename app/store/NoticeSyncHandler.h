#pragma once

// Internal to cetdesk_store: the notice entity's sync handler.

#include "SyncEntityHandler.h"

namespace cet {

// School notices: whole-object compare-and-set (WholeObjectMerge). An op carries all three fields
// and the version it started from; the server applies it only on that version. A conflict is
// stored as one row for the whole notice (field empty): mine = the text here, theirs = the
// server's. The last server copy lives in sync_base; the local text in notices.
class NoticeSyncHandler final : public SyncEntityHandler
{
public:
    QString entity() const override;
    Result<std::unique_ptr<SyncEntityBatch>> batch(QSqlDatabase db) const override;
    Result<void> resolveConflict(QSqlDatabase db, const StoredConflict &conflict, ConflictChoice choice) const override;
    void describe(QSqlDatabase db, SyncConflict &conflict) const override;
    Result<LocalDigest> digest(QSqlDatabase db) const override;
};

} // namespace cet
