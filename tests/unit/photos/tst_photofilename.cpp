// What a file name says: photo or not, skipped or not, and the keys it is matched by.
#include "PhotoFileName.h"

#include <QTest>

using namespace cet;

class TestPhotoFileName : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void kind_data();
    void kind();
    void skipped_data();
    void skipped();
    void stemAndKeys();
};

void TestPhotoFileName::kind_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("kind");
    const int jpeg = int(PhotoFileName::Kind::Jpeg);
    const int image = int(PhotoFileName::Kind::OtherImage);
    const int other = int(PhotoFileName::Kind::NotPhoto);
    QTest::newRow("jpg") << QStringLiteral("2021001.jpg") << jpeg;
    QTest::newRow("JPG") << QStringLiteral("2021001.JPG") << jpeg;
    QTest::newRow("jpeg") << QStringLiteral("class1/2021001.Jpeg") << jpeg;
    QTest::newRow("png") << QStringLiteral("2021001.png") << image;
    QTest::newRow("heic") << QStringLiteral("IMG_1.HEIC") << image;
    QTest::newRow("jfif") << QStringLiteral("2021001.jfif") << image;
    QTest::newRow("txt") << QStringLiteral("名单.txt") << other;
    QTest::newRow("no extension") << QStringLiteral("2021001") << other;
    QTest::newRow("dot in folder only") << QStringLiteral("v1.0/2021001") << other;
}

void TestPhotoFileName::kind()
{
    QFETCH(QString, path);
    QFETCH(int, kind);
    QCOMPARE(int(PhotoFileName::kind(path)), kind);
}

void TestPhotoFileName::skipped_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("skipped");
    QTest::newRow("photo") << QStringLiteral("2021001.jpg") << false;
    QTest::newRow("in folder") << QString::fromUtf8("照片/2021001.jpg") << false;
    QTest::newRow("macos fork") << QStringLiteral("__MACOSX/photos/._2021001.jpg") << true;
    QTest::newRow("apple double") << QStringLiteral("photos/._2021001.jpg") << true;
    QTest::newRow("ds_store") << QStringLiteral(".DS_Store") << true;
    QTest::newRow("hidden folder") << QStringLiteral(".git/2021001.jpg") << true;
    QTest::newRow("thumbs") << QStringLiteral("photos/Thumbs.db") << true;
    QTest::newRow("desktop.ini") << QStringLiteral("Desktop.ini") << true;
}

void TestPhotoFileName::skipped()
{
    QFETCH(QString, path);
    QFETCH(bool, skipped);
    QCOMPARE(PhotoFileName::isSkipped(path), skipped);
}

void TestPhotoFileName::stemAndKeys()
{
    QCOMPARE(PhotoFileName::stem(QStringLiteral("2021/0301 .JPG")), QStringLiteral("0301"));
    QCOMPARE(PhotoFileName::stem(QStringLiteral("a.b.jpg")), QStringLiteral("a.b"));
    // ID numbers: full-width digits, spaces and a lower-case x are cleaned as everywhere else.
    QCOMPARE(PhotoFileName::idNumberKey(QString::fromUtf8("１１０１０１ 19900307 123x")),
             QStringLiteral("11010119900307123X"));
    // 学号: full-width digits become half-width; leading zeros stay.
    QCOMPARE(PhotoFileName::studentNoKey(QString::fromUtf8("００２０２１００１")), QStringLiteral("002021001"));
    QCOMPARE(PhotoFileName::studentNoKey(QStringLiteral("0012")), QStringLiteral("0012"));
}

QTEST_GUILESS_MAIN(TestPhotoFileName)
#include "tst_photofilename.moc"
