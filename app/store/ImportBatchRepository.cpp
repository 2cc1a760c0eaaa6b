#include "ImportBatchRepository.h"

#include "StoreSql.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace cet {

namespace {

QVariant timeValue(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toUTC().toString(Qt::ISODateWithMs)) : QVariant();
}

} // namespace

ImportBatchRepository::ImportBatchRepository(Database &db) : m_db(db) { }

Result<qint64> ImportBatchRepository::create(const ImportBatch &batch)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO import_batches (actor, file_name, file_sha256, started_at, finished_at, "
                             "rows_read, rows_inserted, rows_updated, rows_rejected) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(sql::text(batch.actor));
    q.addBindValue(sql::text(batch.fileName));
    q.addBindValue(sql::text(batch.fileSha256));
    q.addBindValue(batch.startedAt.isValid() ? timeValue(batch.startedAt) : QVariant(sql::nowText()));
    q.addBindValue(timeValue(batch.finishedAt));
    q.addBindValue(batch.rowsRead);
    q.addBindValue(batch.rowsInserted);
    q.addBindValue(batch.rowsUpdated);
    q.addBindValue(batch.rowsRejected);
    if (!q.exec())
        return sql::error(QStringLiteral("store.insert_failed"), q.lastError());
    return q.lastInsertId().toLongLong();
}

Result<void> ImportBatchRepository::finish(const ImportBatch &batch)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE import_batches SET finished_at = ?, rows_read = ?, rows_inserted = ?, "
                             "rows_updated = ?, rows_rejected = ? WHERE id = ?"));
    q.addBindValue(batch.finishedAt.isValid() ? timeValue(batch.finishedAt) : QVariant(sql::nowText()));
    q.addBindValue(batch.rowsRead);
    q.addBindValue(batch.rowsInserted);
    q.addBindValue(batch.rowsUpdated);
    q.addBindValue(batch.rowsRejected);
    q.addBindValue(batch.id);
    if (!q.exec())
        return sql::error(QStringLiteral("store.update_failed"), q.lastError());
    if (q.numRowsAffected() != 1) {
        return Error{ QStringLiteral("store.not_found"),
                      QCoreApplication::translate("cet::ImportBatchRepository", "Import batch %1 does not exist.")
                          .arg(batch.id),
                      {} };
    }
    return {};
}

Result<ImportBatch> ImportBatchRepository::byId(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, actor, file_name, file_sha256, started_at, finished_at, rows_read, "
                             "rows_inserted, rows_updated, rows_rejected, rows_unchanged, rows_deleted FROM import_batches "
                             "WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return sql::error(QStringLiteral("store.query_failed"), q.lastError());
    if (!q.next()) {
        return Error{ QStringLiteral("store.not_found"),
                      QCoreApplication::translate("cet::ImportBatchRepository", "Import batch %1 does not exist.")
                          .arg(id),
                      {} };
    }
    ImportBatch b;
    b.id = q.value(0).toLongLong();
    b.actor = q.value(1).toString();
    b.fileName = q.value(2).toString();
    b.fileSha256 = q.value(3).toString();
    b.startedAt = QDateTime::fromString(q.value(4).toString(), Qt::ISODateWithMs);
    if (!q.value(5).isNull())
        b.finishedAt = QDateTime::fromString(q.value(5).toString(), Qt::ISODateWithMs);
    b.rowsRead = q.value(6).toInt();
    b.rowsInserted = q.value(7).toInt();
    b.rowsUpdated = q.value(8).toInt();
    b.rowsRejected = q.value(9).toInt();
    b.rowsUnchanged = q.value(10).toInt();
    b.rowsDeleted = q.value(11).toInt();
    return b;
}

} // namespace cet
