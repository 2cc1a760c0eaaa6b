#include "ImportTestSupport.h"

#include "ImportCommitPage.h"
#include "ImportDialogs.h"
#include "ImportFilePage.h"
#include "ImportMappingPage.h"
#include "ImportMessageBar.h"
#include "ImportPlanPage.h"
#include "JobProgressWidget.h"
#include "ImportReportPage.h"
#include "ImportSummaryPage.h"
#include "PreviewTableModel.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTreeWidget>

using namespace cet;
using namespace cet::test;

namespace {
const QString actor = QStringLiteral("tester");
} // namespace

class tst_ImportWizard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void lineListIsCompact();
    void filePageShowsDetectedGbk();
    void encodingOverrideRereadsPreview();
    void enterGoesToNextStep();
    void mappingBlocksOnMissingRequiredColumn();
    void reportGroupsErrorsWithLines();
    void planCountsForReimport();
    void allOrNothingWouldImportNothing();
    void commitImportsValidRowsAndSummaryUndoes();
    void cancelledCommitChangesNothing();
    void exportRejectedRowsWritesReasons();
    void remembersItsSize();

private:
    void openWizard();
    void toReport(const QString &path);
    void toPlan(const QString &path);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ImportWizard> m_wizard;
};

void tst_ImportWizard::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("cetdesk-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_importwizard"));
}

void tst_ImportWizard::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto opened = Database::open(m_dir->filePath(QStringLiteral("cetdesk.sqlite")));
    QVERIFY2(opened.ok(), qPrintable(opened ? QString() : opened.error().message));
    m_db = std::move(opened).value();
    openWizard();
}

void tst_ImportWizard::cleanup()
{
    m_wizard.reset();
    m_db.reset();
    m_dir.reset();
}

void tst_ImportWizard::openWizard()
{
    m_wizard = std::make_unique<ImportWizard>(*m_db, actor);
    m_wizard->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_wizard.get()));
}

void tst_ImportWizard::toReport(const QString &path)
{
    m_wizard->setFile(path);
    WAIT_IDLE(m_wizard);
    QVERIFY2(m_wizard->nextButton()->isEnabled(), qPrintable(m_wizard->messageBar()->text()));
    m_wizard->nextButton()->click();
    QCOMPARE(m_wizard->step(), ImportWizard::Step::Mapping);
    QVERIFY2(m_wizard->nextButton()->isEnabled(), qPrintable(m_wizard->mappingPage()->missingLabel()->text()));
    m_wizard->nextButton()->click();
    QCOMPARE(m_wizard->step(), ImportWizard::Step::Report);
    WAIT_IDLE(m_wizard);
    QCOMPARE(m_wizard->reportPage()->state(), ImportReportPage::State::Done);
}

void tst_ImportWizard::toPlan(const QString &path)
{
    toReport(path);
    QVERIFY(m_wizard->nextButton()->isEnabled());
    m_wizard->nextButton()->click();
    QCOMPARE(m_wizard->step(), ImportWizard::Step::Plan);
}

void tst_ImportWizard::lineListIsCompact()
{
    QCOMPARE(ImportUiText::lineList({3}), QStringLiteral("row 3"));
    QCOMPARE(ImportUiText::lineList({3, 7, 12, 13, 14, 15}), QStringLiteral("rows 3, 7, 12–15"));
    QCOMPARE(ImportUiText::lineList({3, 4, 9}), QStringLiteral("rows 3, 4, 9"));
    QList<qint64> many;
    for (qint64 line = 2; line < 200; line += 2)
        many << line;
    QCOMPARE(ImportUiText::lineList(many, 3), QStringLiteral("rows 2, 4, 6 … and 96 more"));
    QCOMPARE(ImportUiText::columnLetter(0), QStringLiteral("A"));
    QCOMPARE(ImportUiText::columnLetter(27), QStringLiteral("AB"));
}

void tst_ImportWizard::filePageShowsDetectedGbk()
{
    ImportFilePage *page = m_wizard->filePage();
    QAbstractItemModelTester tester(page->previewModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(!m_wizard->nextButton()->isEnabled());
    m_wizard->setFile(fixture(QStringLiteral("gbk_roster.csv")));
    WAIT_IDLE(m_wizard);
    QVERIFY2(page->isReady(), qPrintable(m_wizard->messageBar()->text()));
    QVERIFY2(page->encodingCombo()->currentText().contains(QStringLiteral("GB18030")),
             qPrintable(page->encodingCombo()->currentText()));
    QVERIFY(page->formatLabel()->text().contains(QStringLiteral("GB18030")));
    QVERIFY(page->separatorCombo()->currentText().contains(QStringLiteral("Comma")));
    QVERIFY(!page->sheetCombo()->isEnabled());
    // The title row is line 1, the header line 2: both as the user's editor numbers them.
    QCOMPARE(page->headerSpin()->value(), 2);
    PreviewTableModel *model = page->previewModel();
    QCOMPARE(model->rowCount(), 6);
    QCOMPARE(model->headerData(1, Qt::Vertical).toString(), QStringLiteral("2"));
    QCOMPARE(model->index(1, 0).data().toString(), QStringLiteral("姓名"));
    QCOMPARE(model->index(2, 0).data().toString(), QStringLiteral("张伟"));
    QVERIFY(model->index(1, 0).data(Qt::BackgroundRole).isValid()); // the header row is highlighted
    QVERIFY(!model->index(2, 0).data(Qt::BackgroundRole).isValid());
    QVERIFY(m_wizard->nextButton()->isEnabled());
}

void tst_ImportWizard::encodingOverrideRereadsPreview()
{
    ImportFilePage *page = m_wizard->filePage();
    m_wizard->setFile(fixture(QStringLiteral("gbk_roster.csv")));
    WAIT_IDLE(m_wizard);
    QComboBox *encoding = page->encodingCombo();
    const int utf8 = encoding->findData(int(TextEncoding::Utf8));
    QVERIFY(utf8 > 0);
    encoding->setCurrentIndex(utf8);
    Q_EMIT encoding->activated(utf8);
    WAIT_IDLE(m_wizard);
    // GBK bytes read as UTF-8 can not give the names back.
    QVERIFY(page->previewModel()->rowCount() == 0
            || !page->previewModel()->index(2, 0).data().toString().contains(QStringLiteral("张伟")));
    QCOMPARE(page->encodingCombo()->currentIndex(), utf8);
    encoding->setCurrentIndex(0);
    Q_EMIT encoding->activated(0);
    WAIT_IDLE(m_wizard);
    QCOMPARE(page->previewModel()->index(2, 0).data().toString(), QStringLiteral("张伟"));
    QVERIFY(page->isReady());
}

void tst_ImportWizard::enterGoesToNextStep()
{
    m_wizard->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_wizard.get()));
    m_wizard->setFile(fixture(QStringLiteral("gbk_roster.csv")));
    WAIT_IDLE(m_wizard);
    m_wizard->filePage()->previewView()->setFocus();
    QTest::keyClick(m_wizard->filePage()->previewView(), Qt::Key_Return);
    QCOMPARE(m_wizard->step(), ImportWizard::Step::Mapping);
    QTest::keyClick(m_wizard->windowHandle(), Qt::Key_B, Qt::AltModifier); // &Back: a mnemonic
    QTRY_COMPARE(m_wizard->step(), ImportWizard::Step::File); // the button animates its click
}

void tst_ImportWizard::mappingBlocksOnMissingRequiredColumn()
{
    m_wizard->setFile(fixture(QStringLiteral("no_id_column.csv")));
    WAIT_IDLE(m_wizard);
    m_wizard->nextButton()->click();
    QCOMPARE(m_wizard->step(), ImportWizard::Step::Mapping);
    ImportMappingPage *page = m_wizard->mappingPage();
    QVERIFY(!page->isComplete());
    QVERIFY(!m_wizard->nextButton()->isEnabled());
    QVERIFY(page->missingLabel()->isVisible());
    QVERIFY2(page->missingLabel()->text().contains(QStringLiteral("证件号码")), qPrintable(page->missingLabel()->text()));

    // A complete file: ignoring its ID number column blocks, choosing it again unblocks.
    m_wizard->backButton()->click();
    m_wizard->setFile(fixture(QStringLiteral("errors_roster.csv")));
    WAIT_IDLE(m_wizard);
    m_wizard->nextButton()->click();
    QVERIFY(page->isComplete());
    QVERIFY(m_wizard->nextButton()->isEnabled());
    QComboBox *idColumn = page->fieldCombo(3);
    QVERIFY(idColumn);
    const int idIndex = idColumn->currentIndex();
    idColumn->setCurrentIndex(0);
    Q_EMIT idColumn->activated(0);
    QVERIFY(!m_wizard->nextButton()->isEnabled());
    QVERIFY(page->missingLabel()->isVisible());
    // A field comes from one column: choosing ID number for column A takes it from nowhere else.
    idColumn->setCurrentIndex(idIndex);
    Q_EMIT idColumn->activated(idIndex);
    QVERIFY(m_wizard->nextButton()->isEnabled());
    QVERIFY(!page->missingLabel()->isVisible());
}

void tst_ImportWizard::reportGroupsErrorsWithLines()
{
    toReport(fixture(QStringLiteral("errors_roster.csv")));
    ImportReportPage *page = m_wizard->reportPage();
    const auto analysis = page->analysis();
    QVERIFY(analysis);
    QCOMPARE(analysis->rowsRead, 8);
    QCOMPARE(analysis->rejected, 5);

    QTreeWidgetItem *checkChar = page->groupItem(QStringLiteral("id.check_char"));
    QVERIFY(checkChar);
    QCOMPARE(checkChar->text(1), QStringLiteral("2"));
    QCOMPARE(checkChar->text(2), QStringLiteral("rows 3, 7"));
    QVERIFY(page->groupItem(QStringLiteral("id.scientific_notation")));
    QCOMPARE(page->groupItem(QStringLiteral("id.scientific_notation"))->text(2), QStringLiteral("row 5"));
    QVERIFY(page->groupItem(QStringLiteral("student.required")));
    QTreeWidgetItem *duplicate = page->groupItem(QStringLiteral("duplicate.in_file"));
    QVERIFY(duplicate);
    QCOMPARE(duplicate->text(2), QStringLiteral("row 6"));
    // Errors come first, in their own section.
    QVERIFY(page->tree()->topLevelItem(0)->text(0).startsWith(QStringLiteral("Errors")));
    QCOMPARE(checkChar->parent(), page->tree()->topLevelItem(0));

    // Selecting a group shows its suggestion; expanding it lists the rows.
    page->tree()->setCurrentItem(checkChar);
    QVERIFY(page->detailText()->text().contains(QStringLiteral("rows 3, 7")));
    checkChar->setExpanded(true);
    QCOMPARE(checkChar->childCount(), 2);
    QCOMPARE(checkChar->child(0)->text(0), QStringLiteral("Row 3"));
    QCOMPARE(checkChar->child(1)->text(0), QStringLiteral("Row 7"));
    QVERIFY(!checkChar->child(0)->text(2).isEmpty());

    // A rejected row shows its cells as the file has them.
    page->tree()->setCurrentItem(checkChar->child(0));
    QTableWidget *values = page->detailTable();
    QVERIFY(values->isVisible());
    QCOMPARE(values->columnCount(), 2);
    QCOMPARE(values->item(0, 1)->text(), QStringLiteral("钱二"));

    // A duplicate shows both rows side by side.
    duplicate->setExpanded(true);
    page->tree()->setCurrentItem(duplicate->child(0));
    QCOMPARE(values->columnCount(), 3);
    QVERIFY(values->horizontalHeaderItem(2)->text().contains(QStringLiteral("2")));
    QCOMPARE(values->item(0, 1)->text(), QStringLiteral("周五"));
    QCOMPARE(values->item(0, 2)->text(), QStringLiteral("赵一"));
    QVERIFY(m_wizard->nextButton()->isEnabled());

    // The report can be saved as a workbook.
    const QString report = m_dir->filePath(QStringLiteral("report.xlsx"));
    ImportDialogs::queueFileAnswer(report);
    page->saveReportButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(page->saveReportButton()->isEnabled(), 60000);
    QCOMPARE(m_wizard->messageBar()->kind(), ImportMessageBar::Kind::Information);
    QFile saved(report);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QCOMPARE(saved.read(2), QByteArray("PK"));
}

void tst_ImportWizard::planCountsForReimport()
{
    QList<StudentRecord> stored = makeStudents(5);
    QVERIFY(StudentRepository(*m_db).insert(stored).ok());
    QList<StudentRecord> file = stored;
    file.append(makeStudent(5, 5));
    file[3].department = QStringLiteral("软件学院");
    file.removeAt(4);
    const QString path = m_dir->filePath(QStringLiteral("again.csv"));
    QVERIFY(writeCsv(path, file));

    toPlan(path);
    ImportPlanPage *plan = m_wizard->planPage();
    QCOMPARE(plan->countLabel(PlanAction::Insert)->text(), QStringLiteral("1"));
    QCOMPARE(plan->countLabel(PlanAction::Update)->text(), QStringLiteral("1"));
    QCOMPARE(plan->countLabel(PlanAction::Unchanged)->text(), QStringLiteral("3"));
    QCOMPARE(plan->countLabel(PlanAction::Delete)->text(), QStringLiteral("1"));
    QCOMPARE(plan->countLabel(PlanAction::Rejected)->text(), QStringLiteral("0"));

    // The changed row, field by field.
    QCOMPARE(plan->changedTree()->topLevelItemCount(), 1);
    QTreeWidgetItem *changed = plan->changedTree()->topLevelItem(0);
    QVERIFY(changed->text(0).startsWith(QStringLiteral("Row 5")));
    QCOMPARE(changed->childCount(), 1);
    QCOMPARE(changed->child(0)->text(1), stored.at(3).department);
    QCOMPARE(changed->child(0)->text(2), QStringLiteral("→ 软件学院"));
    // The record not in the file, its ID number masked.
    QCOMPARE(plan->missingTable()->rowCount(), 1);
    QCOMPARE(plan->missingTable()->item(0, 0)->text(), stored.at(4).name);
    QVERIFY(plan->missingTable()->item(0, 1)->text().contains(u'*'));

    // Deleting them is off by default and asks first.
    QCheckBox *deleteMissing = plan->deleteMissingBox();
    QVERIFY(!deleteMissing->isChecked());
    QVERIFY(deleteMissing->text().contains(QStringLiteral("1")));
    ImportDialogs::queueConfirmation(false);
    deleteMissing->click();
    QVERIFY(!deleteMissing->isChecked());
    QVERIFY(!plan->options().deleteMissing);
    ImportDialogs::queueConfirmation(true);
    deleteMissing->click();
    QVERIFY(deleteMissing->isChecked());
    QVERIFY(plan->options().deleteMissing);

    m_wizard->nextButton()->click();
    WAIT_IDLE(m_wizard);
    QCOMPARE(m_wizard->step(), ImportWizard::Step::Summary);
    QCOMPARE(studentCount(*m_db), 5); // 5 - 1 deleted + 1 new
    const auto changedNow = StudentRepository(*m_db).byIdentity(stored.at(3).idType, stored.at(3).idNumber);
    QVERIFY(changedNow && changedNow.value());
    QCOMPARE(changedNow.value()->department, QStringLiteral("软件学院"));
}

void tst_ImportWizard::allOrNothingWouldImportNothing()
{
    toPlan(fixture(QStringLiteral("errors_roster.csv")));
    ImportPlanPage *plan = m_wizard->planPage();
    QVERIFY(plan->validRowsButton()->isChecked());
    QVERIFY(m_wizard->nextButton()->isEnabled());
    plan->allOrNothingButton()->click();
    QVERIFY(!m_wizard->nextButton()->isEnabled());
    QVERIFY2(plan->outcomeLabel()->text().contains(QStringLiteral("nothing would be imported")),
             qPrintable(plan->outcomeLabel()->text()));
    plan->validRowsButton()->click();
    QVERIFY(m_wizard->nextButton()->isEnabled());
}

void tst_ImportWizard::commitImportsValidRowsAndSummaryUndoes()
{
    QSignalSpy changed(m_wizard.get(), &ImportWizard::databaseChanged);
    toPlan(fixture(QStringLiteral("errors_roster.csv")));
    QCOMPARE(m_wizard->nextButton()->text(), QStringLiteral("&Import"));
    m_wizard->nextButton()->click();
    QVERIFY(m_wizard->step() == ImportWizard::Step::Commit || m_wizard->step() == ImportWizard::Step::Summary);
    WAIT_IDLE(m_wizard);
    QCOMPARE(m_wizard->step(), ImportWizard::Step::Summary);
    QCOMPARE(studentCount(*m_db), 3);
    QCOMPARE(changed.size(), 1);
    ImportSummaryPage *summary = m_wizard->summaryPage();
    QVERIFY(summary->countsLabel()->text().contains(QStringLiteral("New students added: 3")));
    QVERIFY(summary->countsLabel()->text().contains(QStringLiteral("not imported: 5")));
    QVERIFY(summary->exportButton()->isEnabled());
    QVERIFY(!m_wizard->backButton()->isVisible());

    ImportDialogs::queueConfirmation(true);
    summary->undoButton()->click();
    WAIT_IDLE(m_wizard);
    QVERIFY2(summary->isUndone(), qPrintable(m_wizard->messageBar()->text()));
    QCOMPARE(studentCount(*m_db), 0);
    QCOMPARE(changed.size(), 2);
    QVERIFY(!summary->undoButton()->isEnabled());
    m_wizard->nextButton()->click(); // Close
    QVERIFY(!m_wizard->isVisible());
}

void tst_ImportWizard::cancelledCommitChangesNothing()
{
    toPlan(fixture(QStringLiteral("errors_roster.csv")));
    // Another connection holds the write lock, so the commit can not finish before Stop is pressed.
    auto locker = Database::open(m_db->path());
    QVERIFY(locker.ok());
    QSqlQuery lock(locker.value()->connection());
    QVERIFY(lock.exec(QStringLiteral("BEGIN IMMEDIATE")));
    m_wizard->nextButton()->click();
    QCOMPARE(m_wizard->step(), ImportWizard::Step::Commit);
    QVERIFY(m_wizard->commitPage()->isBusy());
    m_wizard->commitPage()->progressPanel()->cancelButton()->click();
    QVERIFY(lock.exec(QStringLiteral("ROLLBACK")));
    WAIT_IDLE(m_wizard);
    QCOMPARE(m_wizard->step(), ImportWizard::Step::Plan);
    QVERIFY2(m_wizard->messageBar()->text().contains(QStringLiteral("Nothing was changed")),
             qPrintable(m_wizard->messageBar()->text()));
    QCOMPARE(studentCount(*m_db), 0);
    // The same plan can be imported after all.
    m_wizard->nextButton()->click();
    WAIT_IDLE(m_wizard);
    QCOMPARE(m_wizard->step(), ImportWizard::Step::Summary);
    QCOMPARE(studentCount(*m_db), 3);
}

void tst_ImportWizard::exportRejectedRowsWritesReasons()
{
    toPlan(fixture(QStringLiteral("errors_roster.csv")));
    m_wizard->nextButton()->click();
    WAIT_IDLE(m_wizard);
    QCOMPARE(m_wizard->step(), ImportWizard::Step::Summary);
    const QString out = m_dir->filePath(QStringLiteral("rejected.csv"));
    ImportDialogs::queueFileAnswer(out);
    m_wizard->summaryPage()->exportButton()->click();
    WAIT_IDLE(m_wizard);
    QVERIFY2(m_wizard->messageBar()->kind() == ImportMessageBar::Kind::Information,
             qPrintable(m_wizard->messageBar()->text()));
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    const QStringList lines = text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1 + 5); // the header, then the rejected rows
    // Two added columns, the original line and the reasons, then the file's own columns.
    QVERIFY2(lines.at(0).contains(QStringLiteral("错误原因")), qPrintable(lines.at(0)));
    QVERIFY(lines.at(0).contains(QStringLiteral("证件号码")));
    QVERIFY(lines.at(1).startsWith(QStringLiteral("3,")));
    QVERIFY(lines.at(1).contains(QStringLiteral("钱二")));
    QVERIFY(!text.contains(QStringLiteral("赵一,男")));
    QVERIFY(lines.at(5).startsWith(QStringLiteral("9,")));
}

void tst_ImportWizard::remembersItsSize()
{
    m_wizard->resize(1000, 690);
    m_wizard->reject();
    QVERIFY(!m_wizard->isVisible());
    openWizard();
    QCOMPARE(m_wizard->size(), QSize(1000, 690));
}

QTEST_MAIN(tst_ImportWizard)
#include "tst_importwizard.moc"
