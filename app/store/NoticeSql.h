#pragma once

// Internal to cetdesk_store: SQL about notices shared by NoticeRepository and the notice sync
// handler, and the base copies (sync_base) of entities other than students.

#include "NoticeTypes.h"
#include "Result.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace cet::noticesql {

inline const QString kEntity = QStringLiteral("notice");

// The last server copy of a record: its version and data ({} for a tombstone).
struct BaseCopy
{
    qint64 version = 0;
    QJsonObject data;
    bool tombstone() const { return data.isEmpty(); }
};

Result<std::optional<BaseCopy>> readBase(QSqlDatabase db, const QString &entity, const QString &key);
Result<void> putBase(QSqlDatabase db, const QString &entity, const QString &key, qint64 version,
                     const QJsonObject &data);
Result<void> removeBase(QSqlDatabase db, const QString &entity, const QString &key);
// Whether the record has ops waiting to be sent or an open conflict: then its local content
// stays as the user left it.
Result<bool> isProtected(QSqlDatabase db, const QString &entity, const QString &key);
// The base version a new op of the record starts from: the base copy's (0 for none or a tombstone,
// which the server reads as a create).
Result<qint64> opBaseVersion(QSqlDatabase db, const QString &entity, const QString &key);

Result<std::optional<NoticeText>> readLocal(QSqlDatabase db, const QString &code);
// The local notice set to `text` (none: removed); version < 0 keeps the row's server version.
Result<void> writeLocal(QSqlDatabase db, const QString &code, const std::optional<NoticeText> &text,
                        qint64 version);
// Queues an op of `entity` in the outbox (in the caller's transaction).
Result<void> queueOp(QSqlDatabase db, const QString &entity, const QString &key, qint64 baseVersion,
                     const QString &kind, const QJsonObject &changes);

} // namespace cet::noticesql
