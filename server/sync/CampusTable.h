#pragma once

// SQL of the server's campuses as a synced table (entity campus). Callers hold the transaction
// (and, for writes, the school's sync_scope lock).

#include "CentralStore.h"
#include "Wire.h"

#include <optional>

namespace cet::central {

inline const QString kCampusEntity = QStringLiteral("campus");

struct StoredCampus
{
    QString code; // the key: school code + one digit
    QString name;
    QString address;
    qint64 version = 0;
    qint64 seq = 0;
    bool deleted = false;
    QString changedBy;
    QDateTime changedAt;
    QString originOpId;
};

namespace campustable {

Result<std::optional<StoredCampus>> find(CentralStore &store, const QString &school, const QString &code);
Result<void> insert(CentralStore &store, const QString &school, const StoredCampus &c);
Result<void> update(CentralStore &store, const QString &school, const StoredCampus &c);
// Rows with seq > since in seq order, at most `limit`.
Result<QList<StoredCampus>> changes(CentralStore &store, const QString &school, qint64 since, int limit);
Result<protocol::EntityDigest> digest(CentralStore &store, const QString &school);

} // namespace campustable
} // namespace cet::central
