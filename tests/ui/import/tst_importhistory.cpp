#include "ImportTestSupport.h"

#include "ImportActions.h"
#include "ImportDialogs.h"
#include "ImportFilePage.h"
#include "ImportHistoryDialog.h"
#include "ImportMessageBar.h"
#include "ImportSummaryPage.h"
#include "StudentsMessageBar.h"
#include "StudentsPage.h"

#include <QAction>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QMimeData>
#include <QTableWidget>
#include <QTemporaryDir>

using namespace cet;
using namespace cet::test;

namespace {
const QString actor = QStringLiteral("tester");
} // namespace

class tst_ImportHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void historyListsBatchAndUndoes();
    void undoRefusesAfterAnEdit();
    void dropOnStudentsPageOpensWizard();
    void importRefreshesStudentsPage();
    void saveTemplate();

private:
    void importFile(const QString &path);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void tst_ImportHistory::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("cetdesk-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_importhistory"));
}

void tst_ImportHistory::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto opened = Database::open(m_dir->filePath(QStringLiteral("cetdesk.sqlite")));
    QVERIFY(opened.ok());
    m_db = std::move(opened).value();
}

void tst_ImportHistory::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

// Imports `path` through the wizard, valid rows.
void tst_ImportHistory::importFile(const QString &path)
{
    ImportWizard wizard(*m_db, actor);
    wizard.show();
    wizard.setFile(path);
    WAIT_IDLE(&wizard);
    for (ImportWizard::Step step : {ImportWizard::Step::Mapping, ImportWizard::Step::Report, ImportWizard::Step::Plan}) {
        QVERIFY2(wizard.nextButton()->isEnabled(), qPrintable(wizard.messageBar()->text()));
        wizard.nextButton()->click();
        WAIT_IDLE(&wizard);
        QCOMPARE(wizard.step(), step);
    }
    wizard.nextButton()->click();
    WAIT_IDLE(&wizard);
    QCOMPARE(wizard.step(), ImportWizard::Step::Summary);
}

void tst_ImportHistory::historyListsBatchAndUndoes()
{
    const QString path = m_dir->filePath(QStringLiteral("roster.csv"));
    QVERIFY(writeCsv(path, makeStudents(4)));
    importFile(path);
    QCOMPARE(studentCount(*m_db), 4);

    ImportHistoryDialog dialog(*m_db, actor);
    QSignalSpy changed(&dialog, &ImportHistoryDialog::databaseChanged);
    dialog.show();
    QCOMPARE(dialog.table()->rowCount(), 1);
    QCOMPARE(dialog.table()->item(0, 1)->text(), QStringLiteral("roster.csv"));
    QCOMPARE(dialog.table()->item(0, 2)->text(), actor);
    QCOMPARE(dialog.table()->item(0, 4)->text(), QStringLiteral("4"));
    QVERIFY(dialog.undoButton()->isEnabled());

    ImportDialogs::queueConfirmation(false);
    dialog.undoButton()->click();
    QVERIFY(!dialog.isBusy());
    QCOMPARE(studentCount(*m_db), 4);

    ImportDialogs::queueConfirmation(true);
    dialog.undoButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), 60000);
    QCOMPARE(studentCount(*m_db), 0);
    QCOMPARE(changed.size(), 1);
    QVERIFY(dialog.entries().first().undone);
    QVERIFY(dialog.table()->item(0, 7)->text().startsWith(QStringLiteral("Undone")));
    QVERIFY(!dialog.undoButton()->isEnabled());
}

void tst_ImportHistory::undoRefusesAfterAnEdit()
{
    const QString path = m_dir->filePath(QStringLiteral("roster.csv"));
    QVERIFY(writeCsv(path, makeStudents(3)));
    importFile(path);
    StudentRepository repo(*m_db);
    const auto before = repo.byIdentity(IdType::ResidentId, residentId(1));
    QVERIFY(before && before.value());
    StudentRecord after = *before.value();
    after.note = QStringLiteral("edited after the import");
    QVERIFY(repo.update(*before.value(), after, actor).ok());

    ImportHistoryDialog dialog(*m_db, actor);
    dialog.show();
    ImportDialogs::queueConfirmation(true);
    dialog.undoButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), 60000);
    QCOMPARE(dialog.messageBar()->kind(), ImportMessageBar::Kind::Error);
    QVERIFY2(dialog.messageBar()->text().contains(QStringLiteral("could not be undone")),
             qPrintable(dialog.messageBar()->text()));
    QCOMPARE(studentCount(*m_db), 3);
    QVERIFY(!dialog.entries().first().undone);
}

void tst_ImportHistory::dropOnStudentsPageOpensWizard()
{
    StudentsPage page(*m_db, actor);
    page.resize(1000, 600);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    const QString path = fixture(QStringLiteral("gbk_roster.csv"));
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(path)});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&page, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&page, &drop);
    ImportWizard *wizard = page.importActions()->wizard();
    QVERIFY(wizard);
    QCOMPARE(wizard->filePage()->path(), path);
    WAIT_IDLE(wizard);
    QVERIFY(wizard->filePage()->isReady());
    wizard->reject();

    // A folder is not a file to import.
    QMimeData folder;
    folder.setUrls({QUrl::fromLocalFile(m_dir->path())});
    QDragEnterEvent enterFolder(QPoint(10, 10), Qt::CopyAction, &folder, Qt::LeftButton, Qt::NoModifier);
    enterFolder.ignore();
    QCoreApplication::sendEvent(&page, &enterFolder);
    QVERIFY(!enterFolder.isAccepted());
}

void tst_ImportHistory::importRefreshesStudentsPage()
{
    StudentsPage page(*m_db, actor);
    page.show();
    QVERIFY(page.isEmptyStateShown());
    const QString path = m_dir->filePath(QStringLiteral("roster.csv"));
    QVERIFY(writeCsv(path, makeStudents(3)));
    page.importActions()->importAction()->trigger();
    ImportWizard *wizard = page.importActions()->wizard();
    QVERIFY(wizard);
    wizard->setFile(path);
    WAIT_IDLE(wizard);
    for (int i = 0; i < 4; ++i) {
        QVERIFY2(wizard->nextButton()->isEnabled(), qPrintable(wizard->messageBar()->text()));
        wizard->nextButton()->click();
        WAIT_IDLE(wizard);
    }
    QCOMPARE(wizard->step(), ImportWizard::Step::Summary);
    QVERIFY(!page.isEmptyStateShown());
    QVERIFY(page.statusText().startsWith(QStringLiteral("3 ")));
    // Undo from the summary refreshes the page too.
    ImportDialogs::queueConfirmation(true);
    wizard->summaryPage()->undoButton()->click();
    WAIT_IDLE(wizard);
    QVERIFY(page.isEmptyStateShown());
    // The summary opens the history.
    wizard->summaryPage()->historyButton()->click();
    QVERIFY(page.importActions()->historyDialog());
    QCOMPARE(page.importActions()->historyDialog()->table()->rowCount(), 1);
}

void tst_ImportHistory::saveTemplate()
{
    StudentsPage page(*m_db, actor);
    const QString path = m_dir->filePath(QStringLiteral("template.xlsx"));
    ImportDialogs::queueFileAnswer(path);
    page.importActions()->templateAction()->trigger();
    QVERIFY2(QFileInfo(path).size() > 0, qPrintable(page.messageBar()->text()));
    QCOMPARE(page.messageBar()->kind(), StudentsMessageBar::Kind::Information);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.read(2), QByteArray("PK")); // a ZIP, as every XLSX
}

QTEST_MAIN(tst_ImportHistory)
#include "tst_importhistory.moc"
