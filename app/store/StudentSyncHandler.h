#pragma once

// Internal to cetdesk_store: the student entity's sync handler.

#include "OutboxRepository.h"
#include "SyncEntityHandler.h"

namespace cet {

// Students: per-field compare-and-set. Pulled changes and push answers go through
// syncsql::Merger (sqlite3 statements prepared once per transaction); import batches in the
// outbox become per-record ops before a pull (SyncImportExpansion); conflicts are stored one row
// per field.
class StudentSyncHandler final : public SyncEntityHandler
{
public:
    QString entity() const override;
    QStringList outboxEntities() const override;
    Result<void> beforePull(QSqlDatabase db) const override;
    Result<std::unique_ptr<SyncEntityBatch>> batch(QSqlDatabase db) const override;
    Result<void> resolveConflict(QSqlDatabase db, const StoredConflict &conflict, ConflictChoice choice) const override;
    void describe(QSqlDatabase db, SyncConflict &conflict) const override;
    Result<LocalDigest> digest(QSqlDatabase db) const override;
};

namespace syncsql {
// The record a student op proposes (an upsert with base version 0), see OutboxRepository::propose.
std::optional<ProposedRecord> proposal(const OutboxOp &op);
} // namespace syncsql

} // namespace cet
