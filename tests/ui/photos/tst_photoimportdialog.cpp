// The 导入照片 dialog driven as a user would, on the offscreen platform: choose a folder, read the
// report, filter it, import; a ZIP that can not be read; cancel; the photo in the detail view.
#include "PhotoImportDialog.h"
#include "PhotoReportModel.h"
#include "PhotoStudents.h"
#include "PhotoTestFiles.h"
#include "StudentPhotoView.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>

using namespace cet;

class TestPhotoImportDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void scanReportAndImport();
    void unreadableSourceShowsError();
    void cancelNeverStoresPart();
    void closeWhileBusyWaitsForWorker();
    void photoView();

private:
    QString writeFolder() const;
    std::unique_ptr<phototest::PhotoStudents> m_f;
};

void TestPhotoImportDialog::init()
{
    m_f = std::make_unique<phototest::PhotoStudents>();
    m_f->setUp();
}

void TestPhotoImportDialog::cleanup()
{
    m_f.reset();
}

QString TestPhotoImportDialog::writeFolder() const
{
    const QString folder = m_f->dir.filePath(QStringLiteral("photos"));
    phototest::writeFile(folder + QStringLiteral("/2021001.jpg"), phototest::jpeg({ 144, 192, 1 }));
    phototest::writeFile(folder + u'/' + m_f->li.idNumber + QStringLiteral(".jpg"), phototest::jpeg({ 144, 192, 2 }));
    phototest::writeFile(folder + QStringLiteral("/2021009.jpg"), phototest::jpeg({ 144, 192, 3 }));  // ambiguous
    phototest::writeFile(folder + QStringLiteral("/2021003.jpg"), phototest::jpeg({ 200, 300, 4 }));  // wrong size
    phototest::writeFile(folder + QStringLiteral("/8888888.jpg"), phototest::jpeg({ 144, 192, 5 }));  // nobody
    phototest::writeFile(folder + QStringLiteral("/notes.txt"), "class 1");
    return folder;
}

void TestPhotoImportDialog::scanReportAndImport()
{
    PhotoImportDialog dialog(m_f->dbPath(), QStringLiteral("tester"));
    QAbstractItemModelTester tester(dialog.reportModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    dialog.show();
    QVERIFY(!dialog.importButton()->isEnabled());

    QSignalSpy scanned(&dialog, &PhotoImportDialog::scanFinished);
    dialog.scan(writeFolder());
    QVERIFY(dialog.isBusy());
    QVERIFY(scanned.wait(60000));
    QCOMPARE(scanned.first().first().toBool(), true);
    QVERIFY(!dialog.isBusy());

    QCOMPARE(dialog.reportModel()->rowCount(), 6);
    QVERIFY2(dialog.summaryText().contains(QStringLiteral("2 photos will be stored")), qPrintable(dialog.summaryText()));
    QVERIFY2(dialog.summaryText().contains(QStringLiteral("3 files have problems")), qPrintable(dialog.summaryText()));
    QVERIFY(dialog.importButton()->isEnabled());

    // Problems are listed first; the wrong size shows the actual pixels.
    const QAbstractItemModel *view = dialog.proxyModel();
    QCOMPARE(view->data(view->index(0, 0), PhotoReportModel::ProblemRole).toString(), QStringLiteral("1"));
    QStringList results;
    for (int r = 0; r < view->rowCount(); ++r)
        results << view->data(view->index(r, PhotoReportModel::ResultColumn)).toString();
    QVERIFY2(results.contains(QStringLiteral("Wrong size (200×300)")), qPrintable(results.join(u'|')));

    dialog.filterBox()->setCurrentIndex(1); // problems only
    QCOMPARE(view->rowCount(), 3);
    dialog.filterBox()->setCurrentIndex(2); // matched only
    QCOMPARE(view->rowCount(), 2);
    QVERIFY(view->data(view->index(0, PhotoReportModel::DetailsColumn)).toString().contains(QStringLiteral("New photo")));
    dialog.filterBox()->setCurrentIndex(0);
    QCOMPARE(view->rowCount(), 6);

    QSignalSpy imported(&dialog, &PhotoImportDialog::importFinished);
    QSignalSpy stored(&dialog, &PhotoImportDialog::photosImported);
    QTest::mouseClick(dialog.importButton(), Qt::LeftButton);
    QVERIFY(imported.wait(60000));
    QCOMPARE(imported.first().first().toBool(), true);
    QCOMPARE(stored.first().first().toLongLong(), 2);
    QCOMPARE(m_f->photoCount(), 2);
    QVERIFY2(dialog.summaryText().contains(QStringLiteral("Stored 2 photos")), qPrintable(dialog.summaryText()));
    QVERIFY(!dialog.importButton()->isEnabled());

    // Scanning the same folder again: both photos are stored already, nothing left to import.
    scanned.clear();
    dialog.scan(m_f->dir.filePath(QStringLiteral("photos")));
    QVERIFY(scanned.wait(60000));
    QVERIFY2(dialog.summaryText().contains(QStringLiteral("2 are stored already")), qPrintable(dialog.summaryText()));
    QVERIFY(!dialog.importButton()->isEnabled());
}

void TestPhotoImportDialog::unreadableSourceShowsError()
{
    PhotoImportDialog dialog(m_f->dbPath(), QStringLiteral("tester"));
    const QString notZip = m_f->dir.filePath(QStringLiteral("photos.zip"));
    phototest::writeFile(notZip, "this is not a zip");
    QSignalSpy scanned(&dialog, &PhotoImportDialog::scanFinished);
    dialog.scan(notZip);
    QVERIFY(scanned.wait(60000));
    QCOMPARE(scanned.first().first().toBool(), false);
    QVERIFY2(dialog.errorText().isEmpty() == false, "no error shown");
    QVERIFY(dialog.errorText().contains(QStringLiteral("photos.zip")));
    QVERIFY(!dialog.importButton()->isEnabled());
    QCOMPARE(dialog.reportModel()->rowCount(), 0);
}

void TestPhotoImportDialog::cancelNeverStoresPart()
{
    const QString folder = m_f->dir.filePath(QStringLiteral("many"));
    // Five students with a unique ID number get a photo named by it.
    int seed = 0;
    for (const StudentRecord *s : { &m_f->zhang, &m_f->li, &m_f->passport, &m_f->twinA, &m_f->twinB })
        phototest::writeFile(folder + u'/' + s->idNumber + QStringLiteral(".jpg"), phototest::jpeg({ 144, 192, ++seed }));
    PhotoImportDialog dialog(m_f->dbPath(), QStringLiteral("tester"));
    QSignalSpy scanned(&dialog, &PhotoImportDialog::scanFinished);
    dialog.scan(folder);
    QVERIFY(scanned.wait(60000));
    QCOMPARE(dialog.lastScan()->toStore(), 5);

    QSignalSpy imported(&dialog, &PhotoImportDialog::importFinished);
    dialog.importPhotos();
    dialog.cancel();
    QVERIFY(imported.wait(60000));
    // Whether the cancel came in time or not, the store holds all photos or none.
    if (imported.first().first().toBool()) {
        QCOMPARE(m_f->photoCount(), 5);
    } else {
        QCOMPARE(m_f->photoCount(), 0);
        QVERIFY2(dialog.errorText().contains(QStringLiteral("cancelled")), qPrintable(dialog.errorText()));
        QVERIFY(dialog.importButton()->isEnabled()); // may try again
    }
}

void TestPhotoImportDialog::closeWhileBusyWaitsForWorker()
{
    PhotoImportDialog dialog(m_f->dbPath(), QStringLiteral("tester"));
    dialog.show();
    QSignalSpy rejected(&dialog, &QDialog::rejected);
    QSignalSpy scanned(&dialog, &PhotoImportDialog::scanFinished);
    dialog.scan(writeFolder());
    dialog.reject();
    if (dialog.isBusy())
        QVERIFY(dialog.isVisible()); // closes only once the worker has stopped
    QVERIFY(scanned.wait(60000));
    QTRY_COMPARE(rejected.count(), 1);
    QVERIFY(!dialog.isVisible());
}

void TestPhotoImportDialog::photoView()
{
    StudentPhotoView view;
    view.showStudent(*m_f->db, m_f->zhang.id);
    QVERIFY(!view.hasPhoto());
    QCOMPARE(view.text(), QStringLiteral("No photo"));

    PhotoImportDialog dialog(m_f->dbPath(), QStringLiteral("tester"));
    QSignalSpy scanned(&dialog, &PhotoImportDialog::scanFinished);
    dialog.scan(writeFolder());
    QVERIFY(scanned.wait(60000));
    QSignalSpy imported(&dialog, &PhotoImportDialog::importFinished);
    dialog.importPhotos();
    QVERIFY(imported.wait(60000));

    view.showStudent(*m_f->db, m_f->zhang.id);
    QVERIFY(view.hasPhoto());
    QCOMPARE(view.pixmap().size(), QSize(144, 192));
    QVERIFY(view.toolTip().contains(QStringLiteral("2021001.jpg")));
    view.showStudent(*m_f->db, 0);
    QVERIFY(!view.hasPhoto());
}

QTEST_MAIN(TestPhotoImportDialog)
#include "tst_photoimportdialog.moc"
