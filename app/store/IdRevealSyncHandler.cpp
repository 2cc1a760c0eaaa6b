#include "IdRevealSyncHandler.h"

#include "Digest.h"
#include "SyncStore.h"

namespace cet {

namespace {

class IdRevealBatch final : public SyncEntityBatch
{
public:
    // The server's feed has no reveals; a change of the entity would come from a newer server
    // that keeps them, and this client has nothing to store of it.
    Result<bool> applyChange(const ServerChange &) override { return false; }
    // The outbox has stored each op's state already; an applied reveal needs nothing more.
    Result<qint64> applyResults(const QList<OutboxOp> &, const QList<OutboxOpResult> &, const ProposedRecords *) override
    {
        return qint64(0);
    }
};

} // namespace

QString IdRevealSyncHandler::entity() const
{
    return kIdRevealEntity;
}

Result<std::unique_ptr<SyncEntityBatch>> IdRevealSyncHandler::batch(QSqlDatabase) const
{
    return std::unique_ptr<SyncEntityBatch>(std::make_unique<IdRevealBatch>());
}

Result<void> IdRevealSyncHandler::resolveConflict(QSqlDatabase, const StoredConflict &, ConflictChoice) const
{
    return Error{ QStringLiteral("sync.no_conflict"), QStringLiteral("A reveal can not be in conflict."), {} };
}

Result<LocalDigest> IdRevealSyncHandler::digest(QSqlDatabase) const
{
    return LocalDigest{ 0, protocol::DigestBuilder().hash() };
}

} // namespace cet
