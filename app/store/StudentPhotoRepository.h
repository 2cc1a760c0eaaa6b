#pragma once

#include "Database.h"
#include "IdType.h"
#include "Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSqlQuery>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace cet {

struct ImportProgress;

// A live student as photo matching needs to know them.
struct PhotoStudent
{
    qint64 id = 0;
    QString name;
    QString studentNo;
    IdType idType = IdType::Unknown;
    QString idNumber;
};

// A photo to store for a student (checked by the caller: JPEG, 144×192, ≤ 60 KB).
struct NewPhoto
{
    qint64 studentId = 0;
    QByteArray jpeg;
    QString sha256; // hex of jpeg
    int width = 0;
    int height = 0;
    QString sourceName; // the file it came from, for the detail panel
};

struct StoredPhoto
{
    qint64 studentId = 0;
    QByteArray jpeg;
    QString sha256;
    int width = 0;
    int height = 0;
    qint64 bytes = 0;
    QString sourceName;
    QDateTime updatedAt;
};

struct PhotoWriteResult
{
    qint64 added = 0;     // students who had no photo
    qint64 replaced = 0;  // students whose photo was a different one
    qint64 unchanged = 0; // the same photo was stored already: not written
};

// Student photos (table student_photos, one per student) and the student look-ups that photo
// matching needs. All SQL about photos lives here.
class StudentPhotoRepository
{
public:
    explicit StudentPhotoRepository(Database &db);
    ~StudentPhotoRepository();

    // Live (not deleted) students whose ID number / 学号 is exactly `key`, by id. Several when the
    // same number is stored under two ID types, or two students share a 学号.
    Result<QList<PhotoStudent>> studentsByIdNumber(const QString &idNumber) const;
    Result<QList<PhotoStudent>> studentsByStudentNo(const QString &studentNo) const;

    // student id → sha256 of every stored photo.
    Result<QHash<qint64, QString>> storedHashes() const;
    Result<std::optional<StoredPhoto>> photo(qint64 studentId) const;
    Result<qint64> count() const;

    // Stores `count` photos in one transaction: feed(i) supplies photo i (its error aborts the
    // whole write). A photo replaces the student's previous one. Checks progress.cancelRequested
    // before each photo ("photos.cancelled"); fails with "photos.student_gone" when a student was
    // deleted meanwhile. Either every photo is stored, or none. One audit entry names the source
    // and the counts.
    using PhotoFeed = std::function<Result<NewPhoto>(qsizetype index)>;
    Result<PhotoWriteResult> write(qsizetype count, const PhotoFeed &feed, const QString &actor,
                                   const QString &sourceName, ImportProgress &progress);

    // Removes a student's photo (no error when there is none); audited.
    Result<void> remove(qint64 studentId, const QString &actor);

private:
    Result<QList<PhotoStudent>> students(QSqlQuery &query, const QString &key) const;

    Database &m_db;
    mutable std::unique_ptr<QSqlQuery> m_byIdNumber;
    mutable std::unique_ptr<QSqlQuery> m_byStudentNo;
};

} // namespace cet
