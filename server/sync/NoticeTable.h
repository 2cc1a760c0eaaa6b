#pragma once

// SQL of the server's notices table. Callers hold the transaction (and, for writes, the school's
// sync_scope lock).

#include "CentralStore.h"
#include "NoticeRecord.h"

#include <QHash>

namespace cet::central {

struct StoredNotice
{
    QString scope; // the key: the school's code or a campus code
    NoticeRecord record; // for a tombstone: the last data
    qint64 version = 0;
    qint64 seq = 0;
    bool deleted = false;
    QString changedBy;
    QDateTime changedAt;
    QString originOpId;
};

namespace noticetable {

// Every row of the school (live and tombstones), by scope code: a school has a handful.
Result<QHash<QString, StoredNotice>> findAll(CentralStore &store, const QString &school);
Result<void> insert(CentralStore &store, const QString &school, const StoredNotice &n);
Result<void> update(CentralStore &store, const QString &school, const StoredNotice &n);
// Rows with seq > since in seq order, at most `limit`.
Result<QList<StoredNotice>> changes(CentralStore &store, const QString &school, qint64 since, int limit);
// Live rows ordered by scope code.
Result<QList<StoredNotice>> live(CentralStore &store, const QString &school);
Result<protocol::EntityDigest> digest(CentralStore &store, const QString &school);

} // namespace noticetable
} // namespace cet::central
