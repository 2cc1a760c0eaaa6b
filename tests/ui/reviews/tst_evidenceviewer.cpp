// The review desk's evidence viewer: a photo and a PDF shown from the local cache (zoom, next
// file, the files opened remembered per review), a file cut short in the cache not trusted, and a
// file that is not cached and can not be fetched (no session) explained with a way to try again.
#include "Database.h"
#include "EvidenceCache.h"
#include "EvidenceViewer.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace cet;

namespace {

QByteArray png()
{
    QImage image(640, 400, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    p.drawText(image.rect(), Qt::AlignCenter, QStringLiteral("公安户籍证明"));
    p.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

QByteArray pdf()
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    QPainter p(&writer);
    p.drawText(QPointF(100, 100), QStringLiteral("Certificate"));
    writer.newPage();
    p.drawText(QPointF(100, 100), QStringLiteral("Page 2"));
    p.end();
    return bytes;
}

ReviewEvidence evidenceOf(int n, const QString &type, const QByteArray &bytes)
{
    return ReviewEvidence { n, type, bytes.size(), EvidenceCache::sha256Of(bytes) };
}

} // namespace

class TestEvidenceViewer : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("desk.sqlite"));
        QVERIFY(Database::open(m_db)); // a desk that never signed in
    }

    void cachedPhotoAndPdf()
    {
        const QByteArray photo = png();
        const QByteArray paper = pdf();
        const EvidenceCache cache(m_db);
        QVERIFY(cache.write(EvidenceCache::sha256Of(photo), photo));
        QVERIFY(cache.write(EvidenceCache::sha256Of(paper), paper));
        QCOMPARE(cache.write(EvidenceCache::sha256Of(photo), paper).error().code, QStringLiteral("store.corrupt"));

        EvidenceViewer viewer(m_db);
        viewer.resize(800, 600);
        viewer.show();
        QVERIFY(QTest::qWaitForWindowExposed(&viewer));
        QSignalSpy shown(&viewer, &EvidenceViewer::fileShown);
        viewer.setReview(QStringLiteral("7"),
                         { evidenceOf(1, QStringLiteral("image/png"), photo),
                           evidenceOf(2, QStringLiteral("application/pdf"), paper) });
        QCOMPARE(viewer.mode(), QStringLiteral("image"));
        QCOMPARE(shown.size(), 1);
        const double fitted = viewer.zoom();
        QVERIFY(fitted > 0.5 && fitted < 2.0);
        viewer.zoomIn();
        QVERIFY(viewer.zoom() > fitted);
        viewer.fitToWindow();
        QCOMPARE(viewer.zoom(), fitted);

        viewer.showNextFile();
        QCOMPARE(viewer.currentFile(), 2);
#ifdef CETDESK_HAVE_QTPDF
        QCOMPARE(viewer.mode(), QStringLiteral("pdf"));
        QCOMPARE(viewer.seen(QStringLiteral("7")), QList<int>({ 1, 2 }));
#else
        QCOMPARE(viewer.mode(), QStringLiteral("status"));
        QCOMPARE(viewer.seen(QStringLiteral("7")), QList<int>({ 1 }));
#endif
        viewer.showNextFile(); // round to the first
        QCOMPARE(viewer.currentFile(), 1);
        QVERIFY(viewer.seen(QStringLiteral("8")).isEmpty());
    }

    void notCachedAndNoSession()
    {
        const QByteArray photo = png() + "!";
        EvidenceViewer viewer(m_db);
        viewer.show();
        QVERIFY(QTest::qWaitForWindowExposed(&viewer));
        viewer.setReview(QStringLiteral("9"), { evidenceOf(1, QStringLiteral("image/png"), photo) });
        QCOMPARE(viewer.mode(), QStringLiteral("status"));
        // Not fetched until asked for: stepping through the queue starts no download.
        QVERIFY(viewer.statusText().contains(QStringLiteral("not on this computer yet")));
        viewer.showNextFile(); // E: the file waiting is fetched (no moving on)
        QCOMPARE(viewer.currentFile(), 1);
        // The desk never signed in: the fetch ends with why, and Try again stays offered.
        QTRY_VERIFY_WITH_TIMEOUT(viewer.statusText().contains(QStringLiteral("could not be fetched"))
                                     || viewer.statusText().contains(QStringLiteral("can not be reached")),
                                 10000);
        auto *retry = viewer.findChild<QPushButton *>(QStringLiteral("evidenceRetry"));
        QVERIFY(retry && retry->isVisible());
        QVERIFY(viewer.seen(QStringLiteral("9")).isEmpty());
    }

    void fileCutShortIsNotTrusted()
    {
        const QByteArray photo = png() + "cut";
        const EvidenceCache cache(m_db);
        QVERIFY(cache.write(EvidenceCache::sha256Of(photo), photo));
        QFile f(cache.pathOf(EvidenceCache::sha256Of(photo)));
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.resize(photo.size() / 2));
        f.close();
        QVERIFY(!cache.read(EvidenceCache::sha256Of(photo), photo.size()));
        QVERIFY(cache.read(EvidenceCache::sha256Of(photo), photo.size() / 2)); // what the size says
    }
};

QTEST_MAIN(TestEvidenceViewer)
#include "tst_evidenceviewer.moc"
