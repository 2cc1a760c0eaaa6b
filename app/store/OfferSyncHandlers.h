#pragma once

// Internal to cetdesk_store: the sync handlers of the campus and offer entities.

#include "SyncEntityHandler.h"

namespace cet {

class WholeObjectTable;

// An entity synced by whole-object compare-and-set (WholeObjectMerge) whose last server copy lives
// in sync_base, like notices: campuses and offers. A conflict is one row for the whole record.
class WholeObjectSyncHandler : public SyncEntityHandler
{
public:
    WholeObjectSyncHandler(QString entity, const WholeObjectTable &table);

    QString entity() const override;
    Result<std::unique_ptr<SyncEntityBatch>> batch(QSqlDatabase db) const override;
    Result<void> resolveConflict(QSqlDatabase db, const StoredConflict &conflict, ConflictChoice choice) const override;
    Result<LocalDigest> digest(QSqlDatabase db) const override;

private:
    QString m_entity;
    const WholeObjectTable &m_table;
};

// Campuses (key: the campus code).
class CampusSyncHandler final : public WholeObjectSyncHandler
{
public:
    CampusSyncHandler();
    void describe(QSqlDatabase db, SyncConflict &conflict) const override;
};

// Offers (key: "<campus code>:<subject>"). Seats taken and paid come only from the server: they
// stay in the base copy and never take part in a local edit or a conflict.
class OfferSyncHandler final : public WholeObjectSyncHandler
{
public:
    OfferSyncHandler();
    void describe(QSqlDatabase db, SyncConflict &conflict) const override;
};

} // namespace cet
