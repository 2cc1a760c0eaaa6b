#include "StudentRepository.h"

#include "IdDocument.h"
#include "IdRevealSyncHandler.h"
#include "IdMask.h"
#include "StoreSql.h"
#include "StudentHash.h"
#include "StudentSql.h"
#include "SyncSql.h"
#include "Wire.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace cet {

namespace {

QString entityKey(const StudentRecord &r)
{
    return QStringLiteral("%1:%2").arg(static_cast<int>(r.idType)).arg(r.idNumber);
}

bool isUniqueViolation(const QSqlError &e)
{
    return e.databaseText().contains(QLatin1String("UNIQUE constraint failed"));
}

Error duplicateError(const StudentRecord &r, const QSqlError &e)
{
    return Error{ QStringLiteral("store.duplicate"),
                  QCoreApplication::translate("cet::StudentRepository",
                                              "A student with ID type %1 and ID number %2 already exists. "
                                              "Nothing was saved.")
                      .arg(idTypeDisplayName(r.idType), maskIdNumber(r.idType, r.idNumber)),
                  e.text() };
}

Error notFound(qint64 id)
{
    return Error{ QStringLiteral("store.not_found"),
                  QCoreApplication::translate("cet::StudentRepository", "Student record %1 does not exist.").arg(id), {} };
}

// Binds every field column in enum order, starting at `first`.
void bindFields(QSqlQuery &q, const StudentRecord &r, int first)
{
    for (int f = 0; f < static_cast<int>(StudentField::Count_); ++f)
        q.bindValue(first + f, studentsql::value(r, static_cast<StudentField>(f)));
}

QString fieldColumns()
{
    QStringList cols;
    for (int f = 0; f < static_cast<int>(StudentField::Count_); ++f)
        cols << studentsql::column(static_cast<StudentField>(f));
    return cols.join(QStringLiteral(", "));
}

Result<void> writeAudit(QSqlDatabase db, const QString &actor, const QString &action, const QString &key,
                        const QJsonObject &before, const QJsonObject &after)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO audit_log (at, actor, action, entity, entity_key, before_json, after_json) "
                             "VALUES (?, ?, ?, 'student', ?, ?, ?)"));
    q.addBindValue(sql::nowText());
    q.addBindValue(sql::text(actor));
    q.addBindValue(action);
    q.addBindValue(key);
    q.addBindValue(before.isEmpty() ? QVariant() : QString::fromUtf8(QJsonDocument(before).toJson(QJsonDocument::Compact)));
    q.addBindValue(after.isEmpty() ? QVariant() : QString::fromUtf8(QJsonDocument(after).toJson(QJsonDocument::Compact)));
    if (!q.exec())
        return sql::error(QStringLiteral("store.audit_failed"), q.lastError());
    return {};
}

} // namespace

StudentRepository::StudentRepository(Database &db) : m_db(db) { }

Result<void> StudentRepository::insert(QList<StudentRecord> &records, qint64 importBatchId)
{
    if (records.isEmpty())
        return {};
    QSqlDatabase db = m_db.connection();
    sql::Transaction tx(db);
    if (auto r = tx.begin(); !r)
        return r.error();
    const QString now = sql::nowText();
    const int n = static_cast<int>(StudentField::Count_);
    QSqlQuery q(db);
    // One prepared statement, re-bound per row.
    if (!q.prepare(QStringLiteral("INSERT INTO students (%1, row_version, server_version, import_batch_id, "
                                  "created_at, updated_at, content_hash) VALUES (%2?, ?, ?, ?, ?, ?)")
                       .arg(fieldColumns(), QStringLiteral("?, ").repeated(n))))
        return sql::error(QStringLiteral("store.insert_failed"), q.lastError());
    QList<qint64> ids;
    ids.reserve(records.size());
    for (const StudentRecord &r : std::as_const(records)) {
        bindFields(q, r, 0);
        q.bindValue(n, 1);
        q.bindValue(n + 1, r.serverVersion);
        q.bindValue(n + 2, importBatchId > 0 ? QVariant(importBatchId) : QVariant());
        q.bindValue(n + 3, now);
        q.bindValue(n + 4, now);
        q.bindValue(n + 5, qint64(studentContentHash(r)));
        if (!q.exec()) {
            if (isUniqueViolation(q.lastError()))
                return duplicateError(r, q.lastError());
            return sql::error(QStringLiteral("store.insert_failed"), q.lastError());
        }
        ids.append(q.lastInsertId().toLongLong());
    }
    q.finish();
    if (auto r = tx.commit(); !r)
        return r.error();
    const QDateTime updatedAt = QDateTime::fromString(now, Qt::ISODateWithMs);
    for (int i = 0; i < records.size(); ++i) {
        records[i].id = ids.at(i);
        records[i].rowVersion = 1;
        records[i].updatedAt = updatedAt;
    }
    return {};
}

Result<StudentRecord> StudentRepository::update(const StudentRecord &before, const StudentRecord &after,
                                                const QString &actor)
{
    if (before.id <= 0 || before.id != after.id)
        return notFound(after.id);
    QJsonObject changes, oldValues, newValues;
    QStringList sets;
    for (int f = 0; f < static_cast<int>(StudentField::Count_); ++f) {
        const auto field = static_cast<StudentField>(f);
        const QVariant o = studentsql::value(before, field), v = studentsql::value(after, field);
        if (o == v)
            continue;
        const QString col = studentsql::column(field);
        changes.insert(col, QJsonArray{ QJsonValue::fromVariant(o), QJsonValue::fromVariant(v) });
        oldValues.insert(col, QJsonValue::fromVariant(o));
        newValues.insert(col, QJsonValue::fromVariant(v));
        sets << col + QStringLiteral(" = :") + col;
    }

    QSqlDatabase db = m_db.connection();
    sql::Transaction tx(db);
    if (auto r = tx.begin(); !r)
        return r.error();
    QSqlQuery q(db);
    if (!q.prepare(QStringLiteral("SELECT row_version, server_version FROM students WHERE id = ? AND deleted_at IS NULL")))
        return sql::error(QStringLiteral("store.query_failed"), q.lastError());
    q.addBindValue(before.id);
    if (!q.exec())
        return sql::error(QStringLiteral("store.query_failed"), q.lastError());
    if (!q.next())
        return notFound(before.id);
    const qint64 storedVersion = q.value(0).toLongLong();
    const qint64 serverVersion = q.value(1).toLongLong();
    q.finish();
    if (storedVersion != before.rowVersion) {
        return Error{ QStringLiteral("store.stale"),
                      QCoreApplication::translate("cet::StudentRepository",
                                                  "This student record was changed elsewhere after you opened it. "
                                                  "Reload it and make your change again."),
                      QStringLiteral("id %1: row_version %2, expected %3")
                          .arg(before.id)
                          .arg(storedVersion)
                          .arg(before.rowVersion) };
    }
    if (!sets.isEmpty()) {
        const QString now = sql::nowText();
        sets << QStringLiteral("row_version = row_version + 1") << QStringLiteral("updated_at = :updated_at")
             << QStringLiteral("content_hash = :content_hash");
        q.prepare(QStringLiteral("UPDATE students SET %1 WHERE id = :id AND row_version = :row_version")
                      .arg(sets.join(QStringLiteral(", "))));
        for (auto it = newValues.constBegin(); it != newValues.constEnd(); ++it)
            q.bindValue(QStringLiteral(":") + it.key(), it.value().toVariant());
        q.bindValue(QStringLiteral(":updated_at"), now);
        q.bindValue(QStringLiteral(":content_hash"), qint64(studentContentHash(after)));
        q.bindValue(QStringLiteral(":id"), before.id);
        q.bindValue(QStringLiteral(":row_version"), before.rowVersion);
        if (!q.exec()) {
            if (isUniqueViolation(q.lastError()))
                return duplicateError(after, q.lastError());
            return sql::error(QStringLiteral("store.update_failed"), q.lastError());
        }
        const QString key = entityKey(before);
        q.prepare(QStringLiteral("INSERT INTO outbox (op_id, entity, entity_key, base_version, changes, state, "
                                 "created_at) VALUES (?, 'student', ?, ?, ?, 'queued', ?)"));
        q.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
        q.addBindValue(key);
        q.addBindValue(serverVersion);
        q.addBindValue(QString::fromUtf8(QJsonDocument(changes).toJson(QJsonDocument::Compact)));
        q.addBindValue(now);
        if (!q.exec())
            return sql::error(QStringLiteral("store.outbox_failed"), q.lastError());
        q.finish();
        if (auto r = writeAudit(db, actor, QStringLiteral("student.update"), key, oldValues, newValues); !r)
            return r.error();
    }
    q.prepare(QStringLiteral("SELECT %1 FROM students WHERE id = ?").arg(studentsql::selectColumns()));
    q.addBindValue(before.id);
    if (!q.exec() || !q.next())
        return sql::error(QStringLiteral("store.query_failed"), q.lastError());
    const StudentRecord stored = studentsql::readRecord(q);
    q.finish();
    if (auto r = tx.commit(); !r)
        return r.error();
    return stored;
}

Result<void> StudentRepository::logReveal(qint64 id, const QString &actor)
{
    auto record = byId(id);
    if (!record)
        return record.error();
    if (!record.value())
        return notFound(id);
    // Logged here and queued for the server's audit in one transaction: a reveal is never only in
    // this file, which its user could erase.
    sql::Transaction tx(m_db.connection());
    if (auto r = tx.begin(); !r)
        return r;
    const QString key = entityKey(*record.value());
    if (auto r = writeAudit(m_db.connection(), actor, QStringLiteral("student.reveal_id"), key, {}, {}); !r)
        return r;
    const QJsonObject changes{ { QStringLiteral("student"), QJsonArray{ QJsonValue(), key } },
                               { QStringLiteral("revealed_at"),
                                 QJsonArray{ QJsonValue(), protocol::toWireTime(QDateTime::currentDateTimeUtc()) } } };
    if (auto r = syncsql::queueOp(m_db.connection(), kIdRevealEntity, QUuid::createUuid().toString(QUuid::WithoutBraces),
                                  0, QStringLiteral("upsert"), changes);
        !r)
        return r;
    return tx.commit();
}

} // namespace cet
