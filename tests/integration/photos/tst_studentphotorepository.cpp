// StudentPhotoRepository on a real SQLite file: the look-ups photo matching needs, and storing
// photos in one transaction (replace, unchanged, cancel, a student deleted meanwhile).
#include "PhotoStudents.h"
#include "PhotoTestFiles.h"
#include "StudentImportRepository.h"
#include "StudentPhotoRepository.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>

using namespace cet;

namespace {

NewPhoto newPhoto(qint64 studentId, int seed)
{
    NewPhoto p;
    p.studentId = studentId;
    p.jpeg = phototest::jpeg({ 144, 192, seed });
    p.sha256 = QString::fromLatin1(QCryptographicHash::hash(p.jpeg, QCryptographicHash::Sha256).toHex());
    p.width = 144;
    p.height = 192;
    p.sourceName = QStringLiteral("photos/%1.jpg").arg(studentId);
    return p;
}

Result<PhotoWriteResult> writeAll(StudentPhotoRepository &repo, const QList<NewPhoto> &photos,
                                  ImportProgress &progress)
{
    return repo.write(
        photos.size(), [&](qsizetype i) -> Result<NewPhoto> { return photos.at(i); }, QStringLiteral("tester"),
        QStringLiteral("photos.zip"), progress);
}

} // namespace

class TestStudentPhotoRepository : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void lookupByIdNumber();
    void lookupByStudentNo();
    void lookupsSkipDeletedStudents();
    void writeAddsAndReplaces();
    void writeRoundTrip();
    void cancelLeavesNothing();
    void feedErrorLeavesNothing();
    void deletedStudentRefused();
    void removeAndCascade();

private:
    std::unique_ptr<phototest::PhotoStudents> m_f;
};

void TestStudentPhotoRepository::init()
{
    m_f = std::make_unique<phototest::PhotoStudents>();
    m_f->setUp();
}

void TestStudentPhotoRepository::cleanup()
{
    m_f.reset();
}

void TestStudentPhotoRepository::lookupByIdNumber()
{
    StudentPhotoRepository repo(*m_f->db);
    auto one = repo.studentsByIdNumber(m_f->zhang.idNumber);
    QVERIFY(one);
    QCOMPARE(one.value().size(), 1);
    QCOMPARE(one.value().first().id, m_f->zhang.id);
    QCOMPARE(one.value().first().name, QString::fromUtf8("张三"));
    QCOMPARE(one.value().first().studentNo, QStringLiteral("2021001"));
    QCOMPARE(one.value().first().idType, IdType::ResidentId);

    auto two = repo.studentsByIdNumber(QStringLiteral("12345678"));
    QVERIFY(two);
    QCOMPARE(two.value().size(), 2);
    QVERIFY(repo.studentsByIdNumber(QStringLiteral("2021001")).value().isEmpty()); // a 学号, not an ID number
    // The prepared statement is reused: a second look-up still works.
    QCOMPARE(repo.studentsByIdNumber(m_f->li.idNumber).value().first().id, m_f->li.id);
}

void TestStudentPhotoRepository::lookupByStudentNo()
{
    StudentPhotoRepository repo(*m_f->db);
    QCOMPARE(repo.studentsByStudentNo(QStringLiteral("2021001")).value().first().id, m_f->zhang.id);
    QCOMPARE(repo.studentsByStudentNo(QStringLiteral("2021009")).value().size(), 2);
    QVERIFY(repo.studentsByStudentNo(QStringLiteral("021001")).value().isEmpty()); // leading zeros matter
}

void TestStudentPhotoRepository::lookupsSkipDeletedStudents()
{
    StudentPhotoRepository repo(*m_f->db);
    QVERIFY(repo.studentsByStudentNo(QStringLiteral("2021010")).value().isEmpty());
    QVERIFY(repo.studentsByIdNumber(m_f->deleted.idNumber).value().isEmpty());
}

void TestStudentPhotoRepository::writeAddsAndReplaces()
{
    StudentPhotoRepository repo(*m_f->db);
    ImportProgress progress;
    auto first = writeAll(repo, { newPhoto(m_f->zhang.id, 1), newPhoto(m_f->li.id, 2) }, progress);
    QVERIFY2(first, qPrintable(first ? QString() : first.error().detail));
    QCOMPARE(first.value().added, 2);
    QCOMPARE(first.value().replaced, 0);
    QCOMPARE(progress.done.load(), 2);

    ImportProgress again;
    auto second = writeAll(repo, { newPhoto(m_f->zhang.id, 1), newPhoto(m_f->li.id, 3) }, again);
    QVERIFY(second);
    QCOMPARE(second.value().added, 0);
    QCOMPARE(second.value().replaced, 1);
    QCOMPARE(second.value().unchanged, 1);
    QCOMPARE(repo.count().value(), 2);
    QCOMPARE(repo.storedHashes().value().value(m_f->li.id), newPhoto(m_f->li.id, 3).sha256);

    // Each write leaves one audit entry with its counts.
    QSqlQuery q(m_f->db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT actor, entity_key, after_json FROM audit_log WHERE action = 'photo_import' "
                                  "ORDER BY id")));
    QVERIFY(q.next());
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("tester"));
    QCOMPARE(q.value(1).toString(), QStringLiteral("photos.zip"));
    const QJsonObject after = QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object();
    QCOMPARE(after.value(QStringLiteral("replaced")).toInt(), 1);
    QVERIFY(!q.next());
}

void TestStudentPhotoRepository::writeRoundTrip()
{
    StudentPhotoRepository repo(*m_f->db);
    ImportProgress progress;
    const NewPhoto p = newPhoto(m_f->zhang.id, 5);
    QVERIFY(writeAll(repo, { p }, progress));
    auto stored = repo.photo(m_f->zhang.id);
    QVERIFY(stored);
    QVERIFY(stored.value().has_value());
    QCOMPARE(stored.value()->jpeg, p.jpeg);
    QCOMPARE(stored.value()->sha256, p.sha256);
    QCOMPARE(stored.value()->bytes, p.jpeg.size());
    QCOMPARE(stored.value()->width, 144);
    QCOMPARE(stored.value()->sourceName, p.sourceName);
    QVERIFY(stored.value()->updatedAt.isValid());
    QVERIFY(!repo.photo(m_f->li.id).value().has_value());
}

void TestStudentPhotoRepository::cancelLeavesNothing()
{
    StudentPhotoRepository repo(*m_f->db);
    ImportProgress progress;
    const QList<NewPhoto> photos{ newPhoto(m_f->zhang.id, 1), newPhoto(m_f->li.id, 2), newPhoto(m_f->passport.id, 3) };
    // The user presses Cancel while the second photo is being read.
    auto r = repo.write(
        photos.size(),
        [&](qsizetype i) -> Result<NewPhoto> {
            if (i == 1)
                progress.cancelRequested = true;
            return photos.at(i);
        },
        QStringLiteral("tester"), QStringLiteral("photos"), progress);
    QVERIFY(!r);
    QCOMPARE(r.error().code, QStringLiteral("import.cancelled"));
    QCOMPARE(m_f->photoCount(), 0);
}

void TestStudentPhotoRepository::feedErrorLeavesNothing()
{
    StudentPhotoRepository repo(*m_f->db);
    ImportProgress progress;
    auto r = repo.write(
        3,
        [&](qsizetype i) -> Result<NewPhoto> {
            if (i == 2)
                return Error{ QStringLiteral("photos.changed_since_scan"), QStringLiteral("changed"), {} };
            return newPhoto(i == 0 ? m_f->zhang.id : m_f->li.id, int(i));
        },
        QStringLiteral("tester"), QStringLiteral("photos"), progress);
    QVERIFY(!r);
    QCOMPARE(r.error().code, QStringLiteral("photos.changed_since_scan"));
    QCOMPARE(m_f->photoCount(), 0);
}

void TestStudentPhotoRepository::deletedStudentRefused()
{
    StudentPhotoRepository repo(*m_f->db);
    ImportProgress progress;
    auto r = writeAll(repo, { newPhoto(m_f->zhang.id, 1), newPhoto(m_f->deleted.id, 2) }, progress);
    QVERIFY(!r);
    QCOMPARE(r.error().code, QStringLiteral("photos.student_gone"));
    QCOMPARE(m_f->photoCount(), 0);
}

void TestStudentPhotoRepository::removeAndCascade()
{
    StudentPhotoRepository repo(*m_f->db);
    ImportProgress progress;
    QVERIFY(writeAll(repo, { newPhoto(m_f->zhang.id, 1), newPhoto(m_f->li.id, 2) }, progress));
    QVERIFY(repo.remove(m_f->zhang.id, QStringLiteral("tester")));
    QVERIFY(repo.remove(m_f->zhang.id, QStringLiteral("tester"))); // nothing left: still fine
    QCOMPARE(repo.count().value(), 1);
    // Removing the student row (as an import undo does) removes its photo: ON DELETE CASCADE.
    QSqlQuery q(m_f->db->connection());
    QVERIFY(q.exec(QStringLiteral("DELETE FROM students WHERE id = %1").arg(m_f->li.id)));
    QCOMPARE(repo.count().value(), 0);
}

QTEST_GUILESS_MAIN(TestStudentPhotoRepository)
#include "tst_studentphotorepository.moc"
