// PhotoImport end to end: a real folder / ZIP of photos, a real SQLite database, scan → report →
// commit, re-import, replace, and refusals (changed file, cancel).
#include "PhotoImport.h"
#include "PhotoStudents.h"
#include "PhotoTestFiles.h"
#include "StudentImportRepository.h"
#include "StudentPhotoRepository.h"

#include <QHash>

using namespace cet;
using phototest::jpeg;

namespace {

QString u(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

QByteArray fixture(const char *name)
{
    return phototest::readFile(QStringLiteral(CETDESK_TEST_DATA_DIR "/photos/") + QLatin1String(name));
}

QHash<QString, const PhotoItem *> byName(const PhotoScan &scan)
{
    QHash<QString, const PhotoItem *> out;
    for (const PhotoItem &item : scan.items)
        out.insert(item.entry.name, &item);
    return out;
}

} // namespace

class TestPhotoImport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void scanReportsEveryCase_data();
    void scanReportsEveryCase();
    void commitStoresMatchedOnly();
    void reimportIsUnchangedAndReplaceIsCounted();
    void fileChangedAfterScan();
    void cancelledScan();
    void gbkZip();
    void emptyFolder();

private:
    // The layout of the tests: file name → bytes.
    QList<QPair<QString, QByteArray>> layout() const;
    QString writeFolder(const QString &name) const;
    QString writeZip(const QString &name) const;
    Result<PhotoScan> scan(const QString &path) const;

    std::unique_ptr<phototest::PhotoStudents> m_f;
};

void TestPhotoImport::init()
{
    m_f = std::make_unique<phototest::PhotoStudents>();
    m_f->setUp();
}

void TestPhotoImport::cleanup()
{
    m_f.reset();
}

QList<QPair<QString, QByteArray>> TestPhotoImport::layout() const
{
    QString liWithSpaces = m_f->li.idNumber;
    liWithSpaces.insert(6, u' ').insert(15, u' ');
    const QByteArray same = jpeg({ 144, 192, 12 });
    const QByteArray good = jpeg({ 144, 192, 1 });
    return {
        { QStringLiteral("2021001.jpg"), good },                                  // 学号 of 张三
        { liWithSpaces + QStringLiteral(".JPG"), jpeg({ 144, 192, 2 }) },         // ID number of 李四, spaced
        { QStringLiteral("2021002.jpeg"), jpeg({ 144, 192, 3 }) },                // Anna's passport, 李四's 学号
        { QStringLiteral("2021009.jpg"), jpeg({ 144, 192, 4 }) },                 // 学号 of two students
        { QStringLiteral("12345678.jpg"), jpeg({ 144, 192, 5 }) },                // ID number under two types
        { QStringLiteral("2021010.jpg"), jpeg({ 144, 192, 6 }) },                 // a deleted student
        { QStringLiteral("9999999.jpg"), jpeg({ 144, 192, 7 }) },                 // nobody
        { QStringLiteral("class2/2021011.jpg"), jpeg({ 144, 192, 8 }) },          // two different photos …
        { QStringLiteral("2021011.JPEG"), jpeg({ 144, 192, 9 }) },                // … for 陈七
        { QStringLiteral("2021012.jpg"), same },                                  // the same photo twice …
        { QStringLiteral("copies/2021012.jpg"), same },                           // … for 周八
        { m_f->twinA.idNumber + QStringLiteral(".jpg"), jpeg({ 150, 200, 10 }) }, // wrong size
        { m_f->twinB.idNumber + QStringLiteral(".jpg"), phototest::padded(jpeg({ 144, 192, 11 }), 70000) },
        { QStringLiteral("2021003.png"), fixture("png_renamed.jpg") },            // a real PNG
        { QStringLiteral("2021003.jfif"), good },                                 // a JPEG, wrong extension
        { QStringLiteral("cmyk.jpg"), fixture("cmyk_144x192.jpg") },
        { QStringLiteral("cut.jpg"), good.left(good.size() / 2) },                // truncated
        { QStringLiteral("readme.txt"), "photos of class 1" },                    // ignored
        { QStringLiteral(".DS_Store"), "x" },                                     // skipped
    };
}

QString TestPhotoImport::writeFolder(const QString &name) const
{
    const QString root = m_f->dir.filePath(name);
    for (const auto &[file, bytes] : layout())
        phototest::writeFile(root + u'/' + file, bytes);
    return root;
}

QString TestPhotoImport::writeZip(const QString &name) const
{
    QList<QPair<QByteArray, QByteArray>> members;
    for (const auto &[file, bytes] : layout())
        members.append({ file.toUtf8(), bytes });
    const QString path = m_f->dir.filePath(name);
    phototest::writeZip(path, members);
    return path;
}

Result<PhotoScan> TestPhotoImport::scan(const QString &path) const
{
    ImportProgress progress;
    return PhotoImport::scan(*m_f->db, path, progress);
}

void TestPhotoImport::scanReportsEveryCase_data()
{
    QTest::addColumn<bool>("zip");
    QTest::newRow("folder") << false;
    QTest::newRow("zip") << true;
}

void TestPhotoImport::scanReportsEveryCase()
{
    QFETCH(bool, zip);
    const QString path = zip ? writeZip(QStringLiteral("photos.zip")) : writeFolder(QStringLiteral("photos"));
    ImportProgress progress;
    auto scanned = PhotoImport::scan(*m_f->db, path, progress);
    QVERIFY2(scanned, qPrintable(scanned ? QString() : scanned.error().message));
    const PhotoScan &s = scanned.value();
    QCOMPARE(s.kind, zip ? PhotoSource::Kind::Zip : PhotoSource::Kind::Folder);
    QCOMPARE(s.items.size(), 18);
    QCOMPARE(s.skipped, 1);
    QCOMPARE(progress.done.load(), 18);
    QCOMPARE(progress.total.load(), 18);
    const auto items = byName(s);
    const auto status = [&](const QString &name) { return items.value(name) ? items.value(name)->status : PhotoStatus(-1); };
    const auto item = [&](const QString &name) -> const PhotoItem & { return *items.value(name); };

    QCOMPARE(status(QStringLiteral("2021001.jpg")), PhotoStatus::Matched);
    QCOMPARE(item(QStringLiteral("2021001.jpg")).studentId, m_f->zhang.id);
    QCOMPARE(item(QStringLiteral("2021001.jpg")).matchedBy, PhotoMatchKey::StudentNo);
    QCOMPARE(item(QStringLiteral("2021001.jpg")).width, 144);

    QString liWithSpaces = m_f->li.idNumber;
    liWithSpaces.insert(6, u' ').insert(15, u' ');
    const PhotoItem &li = item(liWithSpaces + QStringLiteral(".JPG"));
    QCOMPARE(li.status, PhotoStatus::Matched);
    QCOMPARE(li.studentId, m_f->li.id);
    QCOMPARE(li.matchedBy, PhotoMatchKey::IdNumber);

    // The ID number wins over a 学号: 2021002 is Anna's passport number and 李四's 学号.
    QCOMPARE(status(QStringLiteral("2021002.jpeg")), PhotoStatus::Matched);
    QCOMPARE(item(QStringLiteral("2021002.jpeg")).studentId, m_f->passport.id);
    QCOMPARE(item(QStringLiteral("2021002.jpeg")).matchedBy, PhotoMatchKey::IdNumber);

    QCOMPARE(status(QStringLiteral("2021009.jpg")), PhotoStatus::Ambiguous);
    QVERIFY(item(QStringLiteral("2021009.jpg")).message.contains(u("王五")));
    QVERIFY(item(QStringLiteral("2021009.jpg")).message.contains(u("赵六")));
    QCOMPARE(status(QStringLiteral("12345678.jpg")), PhotoStatus::Ambiguous);
    QCOMPARE(item(QStringLiteral("12345678.jpg")).code, QStringLiteral("photos.ambiguous"));

    QCOMPARE(status(QStringLiteral("2021010.jpg")), PhotoStatus::NoStudent);
    QCOMPARE(status(QStringLiteral("9999999.jpg")), PhotoStatus::NoStudent);
    QVERIFY(item(QStringLiteral("9999999.jpg")).message.contains(QStringLiteral("9999999")));

    QCOMPARE(status(QStringLiteral("class2/2021011.jpg")), PhotoStatus::Duplicate);
    QCOMPARE(status(QStringLiteral("2021011.JPEG")), PhotoStatus::Duplicate);
    QCOMPARE(item(QStringLiteral("2021011.JPEG")).code, QStringLiteral("photos.duplicate"));
    QVERIFY(item(QStringLiteral("2021011.JPEG")).message.contains(QStringLiteral("class2/2021011.jpg")));
    QCOMPARE(status(QStringLiteral("2021012.jpg")), PhotoStatus::Matched);
    QCOMPARE(status(QStringLiteral("copies/2021012.jpg")), PhotoStatus::Duplicate);
    QCOMPARE(item(QStringLiteral("copies/2021012.jpg")).code, QStringLiteral("photos.duplicate_same"));

    const PhotoItem &wrong = item(m_f->twinA.idNumber + QStringLiteral(".jpg"));
    QCOMPARE(wrong.status, PhotoStatus::WrongSize);
    QCOMPARE(wrong.width, 150);
    QCOMPARE(wrong.height, 200);
    QCOMPARE(wrong.studentId, m_f->twinA.id); // shown in the report, even though not stored
    const PhotoItem &large = item(m_f->twinB.idNumber + QStringLiteral(".jpg"));
    QCOMPARE(large.status, PhotoStatus::TooLarge);
    QCOMPARE(large.entry.size, 70000);
    QVERIFY2(large.message.contains(QStringLiteral("68.4")), qPrintable(large.message));

    QCOMPARE(status(QStringLiteral("2021003.png")), PhotoStatus::NotJpeg);
    QVERIFY(item(QStringLiteral("2021003.png")).message.contains(QStringLiteral("PNG")));
    QCOMPARE(item(QStringLiteral("2021003.jfif")).code, QStringLiteral("photo.wrong_extension"));
    QCOMPARE(item(QStringLiteral("cmyk.jpg")).code, QStringLiteral("photo.cmyk"));
    QCOMPARE(item(QStringLiteral("cut.jpg")).code, QStringLiteral("photo.truncated"));
    QCOMPARE(status(QStringLiteral("readme.txt")), PhotoStatus::Ignored);

    QCOMPARE(s.count(PhotoStatus::Matched), 4);
    QCOMPARE(s.problems(), 13);
    QCOMPARE(s.toStore(), 4);
    QCOMPARE(s.toReplace(), 0);
    QCOMPARE(m_f->photoCount(), 0); // scanning writes nothing
}

void TestPhotoImport::commitStoresMatchedOnly()
{
    const QString path = writeZip(QStringLiteral("photos.zip"));
    auto s = scan(path);
    QVERIFY(s);
    ImportProgress progress;
    auto outcome = PhotoImport::commit(*m_f->db, s.value(), QStringLiteral("tester"), progress);
    QVERIFY2(outcome, qPrintable(outcome ? QString() : outcome.error().message));
    QCOMPARE(outcome.value().added, 4);
    QCOMPARE(outcome.value().replaced, 0);
    QCOMPARE(progress.done.load(), 4);
    StudentPhotoRepository repo(*m_f->db);
    const auto hashes = repo.storedHashes().value();
    QCOMPARE(hashes.size(), 4);
    for (const qint64 id : { m_f->zhang.id, m_f->li.id, m_f->passport.id, m_f->travel.id })
        QVERIFY(hashes.contains(id));
    auto stored = repo.photo(m_f->zhang.id).value();
    QCOMPARE(stored->jpeg, jpeg({ 144, 192, 1 }));
    QCOMPARE(stored->sourceName, QStringLiteral("2021001.jpg"));
}

void TestPhotoImport::reimportIsUnchangedAndReplaceIsCounted()
{
    const QString folder = writeFolder(QStringLiteral("photos"));
    ImportProgress progress;
    QVERIFY(PhotoImport::commit(*m_f->db, scan(folder).value(), QStringLiteral("tester"), progress));

    auto again = scan(folder);
    QVERIFY(again);
    QCOMPARE(again.value().alreadyStored(), 4);
    QCOMPARE(again.value().toStore(), 0);
    ImportProgress p2;
    auto unchanged = PhotoImport::commit(*m_f->db, again.value(), QStringLiteral("tester"), p2);
    QVERIFY(unchanged);
    QCOMPARE(unchanged.value().unchanged, 4);
    QCOMPARE(unchanged.value().added + unchanged.value().replaced, 0);

    phototest::writeFile(folder + QStringLiteral("/2021001.jpg"), jpeg({ 144, 192, 42 }));
    auto changed = scan(folder);
    QVERIFY(changed);
    QCOMPARE(changed.value().toReplace(), 1);
    QVERIFY(byName(changed.value()).value(QStringLiteral("2021001.jpg"))->replaces);
    ImportProgress p3;
    auto replaced = PhotoImport::commit(*m_f->db, changed.value(), QStringLiteral("tester"), p3);
    QVERIFY(replaced);
    QCOMPARE(replaced.value().replaced, 1);
    QCOMPARE(replaced.value().unchanged, 3);
    QCOMPARE(m_f->photoCount(), 4);
    QCOMPARE(StudentPhotoRepository(*m_f->db).photo(m_f->zhang.id).value()->jpeg, jpeg({ 144, 192, 42 }));
}

void TestPhotoImport::fileChangedAfterScan()
{
    const QString folder = writeFolder(QStringLiteral("photos"));
    auto s = scan(folder);
    QVERIFY(s);
    phototest::writeFile(folder + QStringLiteral("/2021012.jpg"), jpeg({ 144, 192, 99 }));
    ImportProgress progress;
    auto outcome = PhotoImport::commit(*m_f->db, s.value(), QStringLiteral("tester"), progress);
    QVERIFY(!outcome);
    QCOMPARE(outcome.error().code, QStringLiteral("photos.changed_since_scan"));
    QVERIFY(outcome.error().message.contains(QStringLiteral("2021012.jpg")));
    QCOMPARE(m_f->photoCount(), 0);
}

void TestPhotoImport::cancelledScan()
{
    const QString folder = writeFolder(QStringLiteral("photos"));
    ImportProgress progress;
    progress.cancelRequested = true;
    auto s = PhotoImport::scan(*m_f->db, folder, progress);
    QVERIFY(!s);
    QCOMPARE(s.error().code, QStringLiteral("import.cancelled"));

    auto ok = scan(folder);
    ImportProgress commitProgress;
    commitProgress.cancelRequested = true;
    auto outcome = PhotoImport::commit(*m_f->db, ok.value(), QStringLiteral("tester"), commitProgress);
    QVERIFY(!outcome);
    QCOMPARE(outcome.error().code, QStringLiteral("import.cancelled"));
    QCOMPARE(m_f->photoCount(), 0);
}

void TestPhotoImport::gbkZip()
{
    auto s = scan(QStringLiteral(CETDESK_TEST_DATA_DIR "/photos/gbk_names.zip"));
    QVERIFY2(s, qPrintable(s ? QString() : s.error().message));
    const auto items = byName(s.value());
    QCOMPARE(items.value(u("照片/2021001.jpg"))->status, PhotoStatus::Matched);
    QCOMPARE(items.value(u("照片/2021001.jpg"))->studentId, m_f->zhang.id);
    QCOMPARE(items.value(u("照片/张三.jpg"))->status, PhotoStatus::NoStudent);
    QCOMPARE(items.value(u("照片/名单.txt"))->status, PhotoStatus::Ignored);
    QCOMPARE(s.value().skipped, 2);
}

void TestPhotoImport::emptyFolder()
{
    QDir(m_f->dir.path()).mkpath(QStringLiteral("empty"));
    auto s = scan(m_f->dir.filePath(QStringLiteral("empty")));
    QVERIFY(s);
    QVERIFY(s.value().items.isEmpty());
    ImportProgress progress;
    auto outcome = PhotoImport::commit(*m_f->db, s.value(), QStringLiteral("tester"), progress);
    QVERIFY(outcome);
    QCOMPARE(outcome.value().added, 0);
}

QTEST_GUILESS_MAIN(TestPhotoImport)
#include "tst_photoimport.moc"
