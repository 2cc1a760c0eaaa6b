#pragma once

// SQL of the server's students table (rows of one school, change feed, digest).
// Callers hold the transaction (and, for writes, the school's sync_scope lock).

#include "CentralStore.h"
#include "EntityHandler.h"
#include "JsonWriter.h"
#include "StudentFields.h"
#include "Wire.h"

#include <QHash>

#include <optional>

namespace cet::central {

struct StoredStudent
{
    qint64 rowId = 0;
    StudentRecord record;
    qint64 version = 0;
    qint64 seq = 0;
    bool deleted = false;
    QString changedBy;
    QDateTime changedAt;
    QString originOpId;
};

struct StudentWrite
{
    QString school;
    StudentRecord record;
    qint64 version = 0;
    qint64 seq = 0;
    std::optional<QDateTime> deletedAt;
    QString changedBy;
    QDateTime changedAt;
    QString originOpId;
};

namespace studenttable {

Result<std::optional<StoredStudent>> find(CentralStore &store, const QString &school, IdType type,
                                          const QString &idNumber);
// Rows of the given keys that exist (live or deleted), by protocol::studentKey().
Result<QHash<QString, StoredStudent>> findMany(CentralStore &store, const QString &school,
                                               const QList<protocol::StudentKey> &keys);
// The school's live students in the order they were stored, at most `limit` of them.
Result<QList<StudentRecord>> live(CentralStore &store, const QString &school, int limit);
// Inserts a row; returns its id.
Result<qint64> insert(CentralStore &store, const StudentWrite &w);
// Inserts rows with multi-row statements.
Result<void> insertMany(CentralStore &store, const QList<StudentWrite> &rows);
Result<void> update(CentralStore &store, qint64 rowId, const StudentWrite &w);
// Writes rows over existing ones: (row id, write) in order; for a row id given more than once
// the last write counts, as if each ran in turn. PostgreSQL: one statement.
Result<void> updateMany(CentralStore &store, const QList<QPair<qint64, StudentWrite>> &rows);
// The students' changes with seq > since, in seq order, at most `limit` + 1 of them, read from an
// open query as the page is written.
Result<std::unique_ptr<FeedCursor>> openFeed(CentralStore &store, const QString &school, qint64 since, int limit);
Result<protocol::EntityDigest> digest(CentralStore &store, const QString &school);

} // namespace studenttable
} // namespace cet::central
