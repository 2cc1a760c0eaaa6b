#pragma once

// Internal to cetdesk_store: whole-object compare-and-set on the client, for any entity whose
// ops carry the whole record (notices now; offers and capacity next).

#include "OutboxRepository.h"
#include "Result.h"
#include "SyncEntityHandler.h"
#include "SyncStore.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace cet {

// What the policy needs of an entity's local table.
class WholeObjectTable
{
public:
    virtual ~WholeObjectTable() = default;
    // The record's own fields in a normal form (data from the server may hold more, or hold them
    // differently written): what is compared and what an op carries.
    virtual QJsonObject fields(const QJsonObject &data) const = 0;
    virtual Result<std::optional<QJsonObject>> read(QSqlDatabase db, const QString &key) const = 0;
    // The local record set to `data` (none: removed); version < 0 keeps the row's server version.
    virtual Result<void> write(QSqlDatabase db, const QString &key, const std::optional<QJsonObject> &data,
                               qint64 version) const = 0;
};

// The client's side of whole-object compare-and-set: the server applies an op only on the version
// it was made from, so this side keeps the last server copy of each record (sync_base) and
//   - follows a pulled change or an applied op there, and in the local table unless the record has
//     ops waiting or an open conflict (then the local record stays as the user left it);
//   - stores a refused op as one conflict row for the whole record (field empty: mine = the local
//     record now, base = what the op started from, theirs = the server's), the record's later ops
//     merged into it;
//   - sends the local record back to the server's copy after a rejection, unless more is pending;
//   - resolves a conflict with theirs (the local record takes the server's copy) or mine (a new op
//     over the server's latest version, unless both sides already agree).
// All inside the caller's transaction.
class WholeObjectMerge
{
public:
    WholeObjectMerge(QSqlDatabase db, QString entity, const WholeObjectTable &table);

    // True when something was written, false for an echo or a version already known.
    Result<bool> applyChange(const ServerChange &change);
    // The ops of this entity among `ops` with their results; returns the conflicts stored.
    Result<qint64> applyResults(const QList<OutboxOp> &ops, const QList<OutboxOpResult> &results);
    Result<void> resolve(const StoredConflict &conflict, ConflictChoice choice);

    // {field: [old, new]} for every field of `after` (old null when there was no record).
    static QJsonObject changesOf(const std::optional<QJsonObject> &before, const QJsonObject &after);

private:
    Result<bool> follow(const QString &key, qint64 version, const QJsonObject &data);
    Result<void> applied(const OutboxOp &op, const OutboxOpResult &result);
    Result<void> conflicted(const OutboxOp &op, const OutboxOpResult &result);
    Result<void> rejected(const OutboxOp &op);
    std::optional<QJsonObject> recordOf(const QJsonObject &data) const; // {}: none

    QSqlDatabase m_db;
    QString m_entity;
    const WholeObjectTable &m_table;
};

} // namespace cet
