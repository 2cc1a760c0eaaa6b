// The JPEG header walk and the photo rules (144×192, ≤ 60 KB) over real JPEG files: encoded by
// Qt in the test, and committed ones made by ImageMagick (tests/data/photos).
#include "JpegHeader.h"
#include "PhotoRules.h"
#include "PhotoTestFiles.h"

#include <QTest>

using namespace cet;

namespace {

QByteArray fixture(const char *name)
{
    return phototest::readFile(QStringLiteral(CETDESK_TEST_DATA_DIR "/photos/") + QLatin1String(name));
}

PhotoCheck check(const QByteArray &data)
{
    return PhotoChecker::check(data, data.size(), QStringLiteral("2021001.jpg"));
}

QString code(const PhotoCheck &c)
{
    return c.problem ? c.problem->code : QString();
}

// Offset of the first frame header (SOFn) marker byte pair.
qsizetype sofOffset(const QByteArray &data)
{
    for (qsizetype i = 2; i + 1 < data.size(); ++i) {
        const auto m = static_cast<unsigned char>(data[i + 1]);
        if (static_cast<unsigned char>(data[i]) == 0xFF && (m == 0xC0 || m == 0xC1 || m == 0xC2))
            return i;
    }
    return -1;
}

} // namespace

class TestPhotoCheck : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void validPhotos_data();
    void validPhotos();
    void headerReadsDimensions();
    void wrongSize();
    void tooLarge();
    void tooLargeAndWrongSize();
    void exactlyAtTheLimit();
    void notJpeg_data();
    void notJpeg();
    void truncatedEverywhere();
    void trailingBytesAfterEndAreAccepted();
    void cmyk();
    void unsupportedProcesses_data();
    void unsupportedProcesses();
    void twelveBitSamples();
    void corruptSegmentLength();
    void headOfLargeFileIsEnough();
};

void TestPhotoCheck::validPhotos_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<int>("process");
    QTest::addColumn<int>("components");
    QTest::newRow("qt baseline") << phototest::jpeg() << int(JpegInfo::Process::Baseline) << 3;
    QTest::newRow("qt progressive") << phototest::jpeg({ 144, 192, 1, true }) << int(JpegInfo::Process::Progressive) << 3;
    QTest::newRow("qt grey") << phototest::jpeg({ 144, 192, 2, false, true }) << int(JpegInfo::Process::Baseline) << 1;
    QTest::newRow("imagemagick baseline") << fixture("baseline_144x192.jpg") << int(JpegInfo::Process::Baseline) << 3;
    QTest::newRow("imagemagick progressive")
        << fixture("progressive_144x192.jpg") << int(JpegInfo::Process::Progressive) << 3;
}

void TestPhotoCheck::validPhotos()
{
    QFETCH(QByteArray, data);
    QFETCH(int, process);
    QFETCH(int, components);
    const PhotoCheck c = check(data);
    QVERIFY2(c.ok(), qPrintable(c.problem ? c.problem->message : QString()));
    QCOMPARE(c.info.width, 144);
    QCOMPARE(c.info.height, 192);
    QCOMPARE(int(c.info.process), process);
    QCOMPARE(c.info.components, components);
    QCOMPARE(c.info.precision, 8);
    QVERIFY(c.info.complete);
}

void TestPhotoCheck::headerReadsDimensions()
{
    // Width and height are not swapped: 144 wide, 192 high is a portrait, 192×144 is not accepted.
    auto info = JpegHeader::read(phototest::jpeg({ 300, 97 }), true, QStringLiteral("a.jpg"));
    QVERIFY(info);
    QCOMPARE(info.value().width, 300);
    QCOMPARE(info.value().height, 97);
    QCOMPARE(code(check(phototest::jpeg({ 192, 144 }))), QStringLiteral("photo.wrong_size"));
}

void TestPhotoCheck::wrongSize()
{
    const PhotoCheck c = check(phototest::jpeg({ 150, 200 }));
    QCOMPARE(code(c), QStringLiteral("photo.wrong_size"));
    QCOMPARE(c.info.width, 150);
    QCOMPARE(c.info.height, 200);
    QVERIFY2(c.problem->message.contains(QStringLiteral("150×200")), qPrintable(c.problem->message));
    QVERIFY(c.problem->message.contains(QStringLiteral("2021001.jpg")));
}

void TestPhotoCheck::tooLarge()
{
    const QByteArray big = phototest::padded(phototest::jpeg(), 70000);
    QCOMPARE(big.size(), 70000);
    const PhotoCheck c = check(big);
    QCOMPARE(code(c), QStringLiteral("photo.too_large"));
    QVERIFY2(c.problem->message.contains(QStringLiteral("68.4")), qPrintable(c.problem->message));
    QVERIFY(!c.problem->message.contains(QStringLiteral("instead of")));
    QCOMPARE(c.info.width, 144);
}

void TestPhotoCheck::tooLargeAndWrongSize()
{
    const PhotoCheck c = check(phototest::padded(phototest::jpeg({ 600, 800 }), 100000));
    QCOMPARE(code(c), QStringLiteral("photo.too_large"));
    QVERIFY2(c.problem->message.contains(QStringLiteral("600×800")), qPrintable(c.problem->message));
}

void TestPhotoCheck::exactlyAtTheLimit()
{
    // 60 KB as the NEEA upload counts it: 60 × 1024 bytes.
    QVERIFY(check(phototest::padded(phototest::jpeg(), 61440)).ok());
    QCOMPARE(code(check(phototest::padded(phototest::jpeg(), 61441))), QStringLiteral("photo.too_large"));
    QVERIFY(check(phototest::padded(phototest::jpeg(), 61000)).ok());
}

void TestPhotoCheck::notJpeg_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("photo.empty") << QString();
    QTest::newRow("png renamed") << fixture("png_renamed.jpg") << QStringLiteral("photo.not_jpeg")
                                 << QStringLiteral("PNG");
    QTest::newRow("gif") << QByteArray("GIF89a\x01\x00\x01\x00") << QStringLiteral("photo.not_jpeg")
                         << QStringLiteral("GIF");
    QTest::newRow("heic") << QByteArray("\0\0\0\x18" "ftypheic\0\0\0\0", 16) << QStringLiteral("photo.not_jpeg")
                          << QStringLiteral("HEIC");
    QTest::newRow("text") << QByteArray("2021001,张三\n") << QStringLiteral("photo.not_jpeg") << QString();
    QTest::newRow("soi only") << QByteArray("\xFF\xD8", 2) << QStringLiteral("photo.not_jpeg") << QString();
}

void TestPhotoCheck::notJpeg()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, code);
    QFETCH(QString, mentions);
    const PhotoCheck c = check(data);
    QCOMPARE(::code(c), code);
    QVERIFY(c.problem->message.contains(QStringLiteral("2021001.jpg")));
    if (!mentions.isEmpty())
        QVERIFY2(c.problem->message.contains(mentions), qPrintable(c.problem->message));
}

void TestPhotoCheck::truncatedEverywhere()
{
    // Every proper prefix of a whole file is refused (a photo cut off by a failed copy), never crashes.
    for (const QByteArray &whole : { phototest::jpeg(), phototest::jpeg({ 144, 192, 3, true }) }) {
        QVERIFY(check(whole).ok());
        for (qsizetype n = 0; n < whole.size() - 1; ++n) {
            const PhotoCheck c = check(whole.left(n));
            QVERIFY2(!c.ok(), qPrintable(QStringLiteral("prefix %1 accepted").arg(n)));
            if (n > sofOffset(whole) + 20)
                QCOMPARE(code(c), QStringLiteral("photo.truncated"));
        }
    }
}

void TestPhotoCheck::trailingBytesAfterEndAreAccepted()
{
    // Some phones and editors append data after the end-of-image marker; decoders ignore it.
    QVERIFY(check(phototest::jpeg() + QByteArray(100, '\0')).ok());
}

void TestPhotoCheck::cmyk()
{
    const PhotoCheck c = check(fixture("cmyk_144x192.jpg"));
    QCOMPARE(code(c), QStringLiteral("photo.cmyk"));
    QCOMPARE(c.info.components, 4);
}

void TestPhotoCheck::unsupportedProcesses_data()
{
    QTest::addColumn<int>("marker");
    QTest::newRow("lossless SOF3") << 0xC3;
    QTest::newRow("hierarchical SOF5") << 0xC5;
    QTest::newRow("arithmetic SOF9") << 0xC9;
    QTest::newRow("arithmetic progressive SOF10") << 0xCA;
}

void TestPhotoCheck::unsupportedProcesses()
{
    QFETCH(int, marker);
    QByteArray data = phototest::jpeg();
    const qsizetype sof = sofOffset(data);
    QVERIFY(sof > 0);
    data[sof + 1] = char(marker);
    const PhotoCheck c = check(data);
    QCOMPARE(code(c), QStringLiteral("photo.unsupported_jpeg"));
    QCOMPARE(c.info.sofMarker, marker);
}

void TestPhotoCheck::twelveBitSamples()
{
    QByteArray data = phototest::jpeg();
    data[sofOffset(data) + 4] = char(12); // precision byte after marker and length
    QCOMPARE(code(check(data)), QStringLiteral("photo.unsupported_jpeg"));
}

void TestPhotoCheck::corruptSegmentLength()
{
    QByteArray data = phototest::jpeg();
    const qsizetype sof = sofOffset(data);
    data[sof + 2] = 0;
    data[sof + 3] = 1; // length 1 < 2
    QCOMPARE(code(check(data)), QStringLiteral("photo.corrupt"));

    QByteArray noMarker = phototest::jpeg();
    noMarker[2] = 'x'; // the byte after SOI must start a marker
    noMarker[3] = 'x';
    QVERIFY(!check(noMarker).ok());
}

void TestPhotoCheck::headOfLargeFileIsEnough()
{
    // A 5 MB camera photo is judged from its first 61,441 bytes: too large, with its pixel size.
    const QByteArray camera = phototest::padded(phototest::jpeg({ 1200, 1600 }), 70000, true);
    const QByteArray head = camera.left(PhotoRules::kMaxBytes + 1);
    const PhotoCheck c = PhotoChecker::check(head, 5 * 1024 * 1024, QStringLiteral("IMG_0001.jpg"));
    QCOMPARE(code(c), QStringLiteral("photo.too_large"));
    QVERIFY2(c.problem->message.contains(QStringLiteral("5,120.0")) || c.problem->message.contains(QStringLiteral("5120.0")),
             qPrintable(c.problem->message));
    QCOMPARE(c.info.width, 1200);
    QVERIFY(!c.info.complete);
}

QTEST_GUILESS_MAIN(TestPhotoCheck)
#include "tst_photocheck.moc"
