// Listing and reading folders and ZIP archives of photos: real files in temporary folders, ZIPs
// written by libzip and one made by Python's zipfile with GBK names as Chinese Windows writes them.
#include "PhotoRules.h"
#include "PhotoSource.h"
#include "PhotoTestFiles.h"
#include "ZipNameDecoding.h"

#include <QTemporaryDir>
#include <QTest>

using namespace cet;
using phototest::writeFile;

namespace {

QStringList names(const PhotoSource &source)
{
    QStringList out;
    for (const PhotoEntry &e : source.entries())
        out << e.name;
    out.sort();
    return out;
}

QString u(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

} // namespace

class TestPhotoSource : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void folderListing();
    void folderSymlinkLoop();
    void folderRead();
    void folderTooManyFiles();
    void notFound();
    void notZip();
    void damagedZip();
    void zipListingAndRead();
    void zipGbkNames();
    void zipNameDecoding();
    void zipBombIsNotInflated();
    void zipTooManyEntries();
    void zipFromMemory();
    void zipEncryptedMember();
};

void TestPhotoSource::folderListing()
{
    QTemporaryDir dir;
    const QByteArray photo = phototest::jpeg();
    writeFile(dir.filePath(QStringLiteral("2021001.jpg")), photo);
    writeFile(dir.filePath(u("一班/2021002.JPG")), photo);
    writeFile(dir.filePath(u("一班/二组/2021003.jpeg")), photo);
    writeFile(dir.filePath(QStringLiteral(".hidden.jpg")), photo);
    writeFile(dir.filePath(QStringLiteral(".thumbnails/2021001.jpg")), photo);
    writeFile(dir.filePath(QStringLiteral("__MACOSX/._2021001.jpg")), "x");
    writeFile(dir.filePath(QStringLiteral("Thumbs.db")), "x");
    writeFile(dir.filePath(u("名单.txt")), "x");
    QDir(dir.path()).mkpath(QStringLiteral("empty"));

    auto source = PhotoSource::open(dir.path());
    QVERIFY2(source, qPrintable(source ? QString() : source.error().message));
    QCOMPARE(source.value()->kind(), PhotoSource::Kind::Folder);
    QCOMPARE(names(*source.value()), (QStringList{ QStringLiteral("2021001.jpg"), u("一班/2021002.JPG"),
                                                   u("一班/二组/2021003.jpeg"), u("名单.txt") }));
    QCOMPARE(source.value()->skipped(), 4); // .hidden.jpg, .thumbnails/, __MACOSX/, Thumbs.db
    for (const PhotoEntry &e : source.value()->entries()) {
        if (e.name.endsWith(u".jpg", Qt::CaseInsensitive))
            QCOMPARE(e.size, photo.size());
    }
}

void TestPhotoSource::folderSymlinkLoop()
{
    QTemporaryDir dir;
    writeFile(dir.filePath(QStringLiteral("a/2021001.jpg")), phototest::jpeg());
    QVERIFY(QFile::link(dir.filePath(QStringLiteral("a")), dir.filePath(QStringLiteral("a/loop"))));
    auto source = PhotoSource::open(dir.path());
    QVERIFY(source);
    QCOMPARE(names(*source.value()), QStringList{ QStringLiteral("a/2021001.jpg") });
}

void TestPhotoSource::folderRead()
{
    QTemporaryDir dir;
    const QByteArray photo = phototest::jpeg();
    const QByteArray big = phototest::padded(photo, 200000);
    writeFile(dir.filePath(QStringLiteral("small.jpg")), photo);
    writeFile(dir.filePath(QStringLiteral("big.jpg")), big);
    writeFile(dir.filePath(QStringLiteral("exact.jpg")), big.left(PhotoRules::kMaxBytes + 1));
    auto source = PhotoSource::open(dir.path());
    QVERIFY(source);
    for (const PhotoEntry &e : source.value()->entries()) {
        auto bytes = source.value()->read(e, PhotoRules::kMaxBytes + 1);
        QVERIFY(bytes);
        if (e.name == u"small.jpg") {
            QCOMPARE(bytes.value().data, photo);
            QVERIFY(bytes.value().whole);
        } else if (e.name == u"big.jpg") {
            QCOMPARE(bytes.value().data.size(), PhotoRules::kMaxBytes + 1);
            QVERIFY(!bytes.value().whole);
            QCOMPARE(e.size, 200000);
        } else {
            QCOMPARE(bytes.value().data.size(), PhotoRules::kMaxBytes + 1);
            QVERIFY(bytes.value().whole);
        }
    }
}

void TestPhotoSource::folderTooManyFiles()
{
    QTemporaryDir dir;
    for (int i = 0; i < 5; ++i)
        writeFile(dir.filePath(QStringLiteral("%1.jpg").arg(i)), "x");
    PhotoSourceLimits limits;
    limits.maxEntries = 4;
    auto source = PhotoSource::open(dir.path(), limits);
    QVERIFY(!source);
    QCOMPARE(source.error().code, QStringLiteral("photos.too_many_files"));
    limits.maxEntries = 5;
    QVERIFY(PhotoSource::open(dir.path(), limits));
}

void TestPhotoSource::notFound()
{
    QTemporaryDir dir;
    auto source = PhotoSource::open(dir.filePath(QStringLiteral("missing")));
    QVERIFY(!source);
    QCOMPARE(source.error().code, QStringLiteral("photos.not_found"));
    QVERIFY(source.error().message.contains(QStringLiteral("missing")));
}

void TestPhotoSource::notZip()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("photos.rar"));
    writeFile(path, "Rar!\x1a\x07\x00");
    auto source = PhotoSource::open(path);
    QVERIFY(!source);
    QCOMPARE(source.error().code, QStringLiteral("photos.not_zip"));
}

void TestPhotoSource::damagedZip()
{
    QTemporaryDir dir;
    const QString good = dir.filePath(QStringLiteral("good.zip"));
    phototest::writeZip(good, { { "2021001.jpg", phototest::jpeg() } });
    const QByteArray bytes = phototest::readFile(good);
    const QString cut = dir.filePath(QStringLiteral("cut.zip"));
    writeFile(cut, bytes.left(bytes.size() - 30)); // the central directory is cut off
    auto source = PhotoSource::open(cut);
    QVERIFY(!source);
    QCOMPARE(source.error().code, QStringLiteral("photos.bad_zip"));
    QVERIFY(source.error().message.contains(QStringLiteral("cut.zip")));
}

void TestPhotoSource::zipListingAndRead()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("photos.zip"));
    const QByteArray a = phototest::jpeg({ 144, 192, 1 });
    const QByteArray b = phototest::jpeg({ 144, 192, 2 });
    phototest::writeZip(path, { { "photos/", {} },
                                { "photos/2021001.jpg", a },
                                { "photos\\2021002.jpg", b }, // a Windows tool's separator
                                { "__MACOSX/photos/._2021001.jpg", "x" },
                                { "photos/.DS_Store", "x" } });
    auto source = PhotoSource::open(path);
    QVERIFY2(source, qPrintable(source ? QString() : source.error().message));
    QCOMPARE(source.value()->kind(), PhotoSource::Kind::Zip);
    QCOMPARE(names(*source.value()), (QStringList{ QStringLiteral("photos/2021001.jpg"),
                                                   QStringLiteral("photos/2021002.jpg") }));
    QCOMPARE(source.value()->skipped(), 2);
    for (const PhotoEntry &e : source.value()->entries()) {
        auto bytes = source.value()->read(e, PhotoRules::kMaxBytes + 1);
        QVERIFY(bytes);
        QVERIFY(bytes.value().whole);
        QCOMPARE(bytes.value().data, e.name.endsWith(u"1.jpg") ? a : b);
        QCOMPARE(e.encoding, PhotoEntry::NameEncoding::Utf8);
    }
}

void TestPhotoSource::zipGbkNames()
{
    auto source = PhotoSource::open(QStringLiteral(CETDESK_TEST_DATA_DIR "/photos/gbk_names.zip"));
    QVERIFY2(source, qPrintable(source ? QString() : source.error().message));
    QCOMPARE(names(*source.value()), (QStringList{ u("照片/2021001.jpg"), u("照片/名单.txt"), u("照片/张三.jpg") }));
    QCOMPARE(source.value()->skipped(), 2); // __MACOSX/…, .DS_Store
    for (const PhotoEntry &e : source.value()->entries())
        QCOMPARE(e.encoding, PhotoEntry::NameEncoding::Gbk);
}

void TestPhotoSource::zipNameDecoding()
{
    const QString fallback = QStringLiteral("cp437");
    QCOMPARE(decodeZipName("2021001.jpg", fallback).name, QStringLiteral("2021001.jpg"));
    const QByteArray utf8 = u("张三.jpg").toUtf8();
    QCOMPARE(decodeZipName(utf8, fallback).name, u("张三.jpg"));
    QCOMPARE(decodeZipName(utf8, fallback).encoding, PhotoEntry::NameEncoding::Utf8);
    const QByteArray gbk("\xd5\xc5\xc8\xfd.jpg"); // 张三.jpg in GBK
    QCOMPARE(decodeZipName(gbk, fallback).name, u("张三.jpg"));
    QCOMPARE(decodeZipName(gbk, fallback).encoding, PhotoEntry::NameEncoding::Gbk);
    // 0x5C as a GBK trail byte is not a path separator: 乗 is 0x81 0x5C in GBK.
    const QByteArray trail("\x81\x5c.jpg");
    QVERIFY(!decodeZipName(trail, fallback).name.contains(u'\\'));
    // Neither UTF-8 nor GB18030 (a lone lead byte at the end): libzip's code-page-437 reading.
    const QByteArray broken("abc\x81");
    QCOMPARE(decodeZipName(broken, fallback).name, fallback);
    QCOMPARE(decodeZipName(broken, fallback).encoding, PhotoEntry::NameEncoding::Cp437);
}

void TestPhotoSource::zipBombIsNotInflated()
{
    // 50 MB of padding deflate to about 50 KB; reading stops one byte past the photo limit.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bomb.zip"));
    phototest::writeZip(path, { { "2021001.jpg", phototest::padded(phototest::jpeg(), 50'000'000) } });
    QVERIFY(QFileInfo(path).size() < 1'000'000);
    auto source = PhotoSource::open(path);
    QVERIFY(source);
    const PhotoEntry &e = source.value()->entries().first();
    QCOMPARE(e.size, 50'000'000);
    auto bytes = source.value()->read(e, PhotoRules::kMaxBytes + 1);
    QVERIFY(bytes);
    QCOMPARE(bytes.value().data.size(), PhotoRules::kMaxBytes + 1);
    QVERIFY(!bytes.value().whole);
}

void TestPhotoSource::zipTooManyEntries()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("many.zip"));
    QList<QPair<QByteArray, QByteArray>> members;
    for (int i = 0; i < 10; ++i)
        members.append({ QByteArray::number(i) + ".jpg", "x" });
    phototest::writeZip(path, members);
    PhotoSourceLimits limits;
    limits.maxEntries = 9;
    auto source = PhotoSource::open(path, limits);
    QVERIFY(!source);
    QCOMPARE(source.error().code, QStringLiteral("photos.too_many_files"));
    limits.maxEntries = 2; // more than 4 × the limit is refused before listing
    QCOMPARE(PhotoSource::open(path, limits).error().code, QStringLiteral("photos.too_many_files"));
}

void TestPhotoSource::zipFromMemory()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("photos.zip"));
    phototest::writeZip(path, { { "2021001.jpg", phototest::jpeg() } });
    auto source = PhotoSource::openZipData(phototest::readFile(path), QStringLiteral("memory.zip"));
    QVERIFY(source);
    QCOMPARE(names(*source.value()), QStringList{ QStringLiteral("2021001.jpg") });
    QVERIFY(source.value()->read(source.value()->entries().first(), 100));

    auto garbage = PhotoSource::openZipData(QByteArray("PK\x03\x04 garbage"), QStringLiteral("memory.zip"));
    QVERIFY(!garbage);
    QCOMPARE(garbage.error().code, QStringLiteral("photos.bad_zip"));
}

void TestPhotoSource::zipEncryptedMember()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("secret.zip"));
    const QByteArray photo = phototest::jpeg();
    int code = 0;
    zip_t *za = zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &code);
    QVERIFY(za);
    const zip_int64_t index =
        zip_file_add(za, "2021001.jpg", zip_source_buffer(za, photo.constData(), zip_uint64_t(photo.size()), 0), 0);
    QVERIFY(index >= 0);
    if (zip_file_set_encryption(za, zip_uint64_t(index), ZIP_EM_AES_256, "secret") != 0) {
        zip_discard(za);
        QSKIP("this libzip can not write encrypted members");
    }
    QCOMPARE(zip_close(za), 0);

    auto source = PhotoSource::open(path);
    QVERIFY(source);
    auto bytes = source.value()->read(source.value()->entries().first(), PhotoRules::kMaxBytes + 1);
    QVERIFY(!bytes);
    QCOMPARE(bytes.error().code, QStringLiteral("photos.zip_encrypted"));
    QVERIFY(bytes.error().message.contains(QStringLiteral("2021001.jpg")));
}

QTEST_GUILESS_MAIN(TestPhotoSource)
#include "tst_photosource.moc"
