#pragma once

// Internal to cetdesk_store: reveals of full ID numbers on their way to the server's audit record.
// A reveal is logged here and queued as an op of entity "id_reveal" in one transaction
// (StudentRepository::logReveal), so that it reaches the server however long this desktop stays
// offline. The server keeps nothing but the audit row: no change ever comes back, nothing can
// conflict, and the digest is that of an empty set on both sides.

#include "SyncEntityHandler.h"

namespace cet {

inline const QString kIdRevealEntity = QStringLiteral("id_reveal");

class IdRevealSyncHandler final : public SyncEntityHandler
{
public:
    QString entity() const override;
    Result<std::unique_ptr<SyncEntityBatch>> batch(QSqlDatabase db) const override;
    Result<void> resolveConflict(QSqlDatabase db, const StoredConflict &conflict, ConflictChoice choice) const override;
    Result<LocalDigest> digest(QSqlDatabase db) const override;
};

} // namespace cet
