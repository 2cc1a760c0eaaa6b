#include "StudentPhotoRepository.h"

#include "StoreSql.h"
#include "StudentImportRepository.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>

namespace cet {

namespace {

Error queryError(const QSqlQuery &q)
{
    return sql::error(QStringLiteral("store.query_failed"), q.lastError());
}

Result<void> writeAudit(QSqlDatabase db, const QString &actor, const QString &action, const QString &key,
                        const QJsonObject &after)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO audit_log (at, actor, action, entity, entity_key, after_json) "
                             "VALUES (?, ?, ?, 'student_photo', ?, ?)"));
    q.addBindValue(sql::nowText());
    q.addBindValue(sql::text(actor));
    q.addBindValue(action);
    q.addBindValue(sql::text(key));
    q.addBindValue(QString::fromUtf8(QJsonDocument(after).toJson(QJsonDocument::Compact)));
    if (!q.exec())
        return sql::error(QStringLiteral("store.audit_failed"), q.lastError());
    return {};
}

// INSERT … SELECT … WHERE EXISTS: a photo is only stored for a live student; the WHERE also
// settles SQLite's parsing ambiguity between a join's ON and the upsert's ON CONFLICT.
const char kUpsert[] =
    "INSERT INTO student_photos (student_id, jpeg, sha256, width, height, bytes, source_name, updated_at) "
    "SELECT ?, ?, ?, ?, ?, ?, ?, ? WHERE EXISTS (SELECT 1 FROM students WHERE id = ? AND deleted_at IS NULL) "
    "ON CONFLICT (student_id) DO UPDATE SET jpeg = excluded.jpeg, sha256 = excluded.sha256, "
    "width = excluded.width, height = excluded.height, bytes = excluded.bytes, "
    "source_name = excluded.source_name, updated_at = excluded.updated_at";

} // namespace

StudentPhotoRepository::StudentPhotoRepository(Database &db) : m_db(db) { }

StudentPhotoRepository::~StudentPhotoRepository() = default;

Result<QList<PhotoStudent>> StudentPhotoRepository::students(QSqlQuery &q, const QString &key) const
{
    q.bindValue(0, sql::text(key));
    if (!q.exec())
        return queryError(q);
    QList<PhotoStudent> out;
    while (q.next()) {
        out.append(PhotoStudent{ q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                                 static_cast<IdType>(q.value(3).toInt()), q.value(4).toString() });
    }
    q.finish();
    return out;
}

// deleted_at IS NULL lets SQLite use the partial indexes students_id_number / students_student_no.
Result<QList<PhotoStudent>> StudentPhotoRepository::studentsByIdNumber(const QString &idNumber) const
{
    if (!m_byIdNumber) {
        m_byIdNumber = std::make_unique<QSqlQuery>(m_db.connection());
        if (!m_byIdNumber->prepare(QStringLiteral("SELECT id, name, student_no, id_type, id_number FROM students "
                                                  "WHERE id_number = ? AND deleted_at IS NULL ORDER BY id")))
            return queryError(*std::exchange(m_byIdNumber, nullptr));
    }
    return students(*m_byIdNumber, idNumber);
}

Result<QList<PhotoStudent>> StudentPhotoRepository::studentsByStudentNo(const QString &studentNo) const
{
    if (!m_byStudentNo) {
        m_byStudentNo = std::make_unique<QSqlQuery>(m_db.connection());
        if (!m_byStudentNo->prepare(QStringLiteral("SELECT id, name, student_no, id_type, id_number FROM students "
                                                   "WHERE student_no = ? AND deleted_at IS NULL ORDER BY id")))
            return queryError(*std::exchange(m_byStudentNo, nullptr));
    }
    return students(*m_byStudentNo, studentNo);
}

Result<QHash<qint64, QString>> StudentPhotoRepository::storedHashes() const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT student_id, sha256 FROM student_photos")))
        return queryError(q);
    QHash<qint64, QString> out;
    while (q.next())
        out.insert(q.value(0).toLongLong(), q.value(1).toString());
    return out;
}

Result<std::optional<StoredPhoto>> StudentPhotoRepository::photo(qint64 studentId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT jpeg, sha256, width, height, bytes, source_name, updated_at "
                             "FROM student_photos WHERE student_id = ?"));
    q.addBindValue(studentId);
    if (!q.exec())
        return queryError(q);
    if (!q.next())
        return std::optional<StoredPhoto>();
    StoredPhoto p;
    p.studentId = studentId;
    p.jpeg = q.value(0).toByteArray();
    p.sha256 = q.value(1).toString();
    p.width = q.value(2).toInt();
    p.height = q.value(3).toInt();
    p.bytes = q.value(4).toLongLong();
    p.sourceName = q.value(5).toString();
    p.updatedAt = QDateTime::fromString(q.value(6).toString(), Qt::ISODateWithMs);
    return std::optional<StoredPhoto>(std::move(p));
}

Result<qint64> StudentPhotoRepository::count() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM student_photos")) || !q.next())
        return queryError(q);
    return q.value(0).toLongLong();
}

Result<PhotoWriteResult> StudentPhotoRepository::write(qsizetype count, const PhotoFeed &feed, const QString &actor,
                                                       const QString &sourceName, ImportProgress &progress)
{
    QSqlDatabase db = m_db.connection();
    sql::Transaction tx(db);
    if (auto r = tx.begin(); !r)
        return r.error();
    QSqlQuery existing(db);
    QSqlQuery upsert(db);
    if (!existing.prepare(QStringLiteral("SELECT sha256 FROM student_photos WHERE student_id = ?")))
        return queryError(existing);
    if (!upsert.prepare(QString::fromLatin1(kUpsert)))
        return queryError(upsert);

    PhotoWriteResult result;
    const QString now = sql::nowText();
    progress.total = count;
    for (qsizetype i = 0; i < count; ++i) {
        if (progress.cancelRequested) {
            return Error{ QStringLiteral("import.cancelled"),
                          QCoreApplication::translate("cet::StudentPhotoRepository",
                                                      "The photo import was cancelled. No photo was stored."),
                          {} };
        }
        auto next = feed(i);
        if (!next)
            return next.error();
        const NewPhoto &photo = next.value();

        existing.bindValue(0, photo.studentId);
        if (!existing.exec())
            return queryError(existing);
        const bool had = existing.next();
        const QString before = had ? existing.value(0).toString() : QString();
        existing.finish();
        if (had && before == photo.sha256) {
            ++result.unchanged;
            progress.done = i + 1;
            continue;
        }

        const QVariant values[] = { photo.studentId, photo.jpeg,           photo.sha256,
                                    photo.width,     photo.height,         qint64(photo.jpeg.size()),
                                    sql::text(photo.sourceName), now,      photo.studentId };
        for (int v = 0; v < int(std::size(values)); ++v)
            upsert.bindValue(v, values[v]);
        if (!upsert.exec())
            return sql::error(QStringLiteral("store.write_failed"), upsert.lastError());
        if (upsert.numRowsAffected() == 0) {
            return Error{ QStringLiteral("photos.student_gone"),
                          QCoreApplication::translate("cet::StudentPhotoRepository",
                                                      "The student for photo %1 was deleted after the photos were "
                                                      "checked. Check the photos again. No photo was stored.")
                              .arg(photo.sourceName),
                          QString::number(photo.studentId) };
        }
        ++(had ? result.replaced : result.added);
        progress.done = i + 1;
    }
    QJsonObject after{ { QStringLiteral("added"), result.added },
                       { QStringLiteral("replaced"), result.replaced },
                       { QStringLiteral("unchanged"), result.unchanged } };
    if (auto r = writeAudit(db, actor, QStringLiteral("photo_import"), sourceName, after); !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return result;
}

Result<void> StudentPhotoRepository::remove(qint64 studentId, const QString &actor)
{
    QSqlDatabase db = m_db.connection();
    sql::Transaction tx(db);
    if (auto r = tx.begin(); !r)
        return r.error();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM student_photos WHERE student_id = ?"));
    q.addBindValue(studentId);
    if (!q.exec())
        return sql::error(QStringLiteral("store.write_failed"), q.lastError());
    if (q.numRowsAffected() > 0) {
        if (auto r = writeAudit(db, actor, QStringLiteral("photo_remove"), QString::number(studentId), {}); !r)
            return r.error();
    }
    return tx.commit();
}

} // namespace cet
