#include "Database.h"
#include "RegistrationRepository.h"
#include "RegistrationSummary.h"
#include "ExportFileDialog.h"
#include "StudentDetailPanel.h"
#include "StudentEditDialog.h"
#include "StudentExportController.h"
#include "StudentFilterBar.h"
#include "StudentRepository.h"
#include "StudentTableModel.h"
#include "StudentTestData.h"
#include "StudentsMessageBar.h"
#include "StudentsPage.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace cet;

namespace {
constexpr int total = 30;
const QString actor = QStringLiteral("tester");
} // namespace

class tst_StudentsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void emptyDatabaseShowsEmptyState();
    void statusText();
    void searchAsYouType();
    void filterByDepartment();
    void editUndoRedo();
    void invalidEditKeepsOkDisabled();
    void staleEditIsReportedNotApplied();
    void staleUndoIsReportedAndDropped();
    void ctrlFFocusesSearch();
    void exportCsv();
    void exportXlsx();
    void revealIsAudited();
    void registrationStateColumnSummaryAndFilter();

private:
    void selectRow(int row);
    StudentEditDialog *openEditor();
    int auditCount(const QString &action);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<StudentRepository> m_repo;
    std::unique_ptr<StudentsPage> m_page;
};

void tst_StudentsPage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto opened = Database::open(m_dir->filePath(QStringLiteral("cetdesk.sqlite")));
    QVERIFY2(opened.ok(), qPrintable(opened ? QString() : opened.error().message));
    m_db = std::move(opened).value();
    m_repo = std::make_unique<StudentRepository>(*m_db);
    QList<StudentRecord> records = test::makeStudents(total);
    const Result<void> inserted = m_repo->insert(records);
    QVERIFY2(inserted.ok(), qPrintable(inserted ? QString() : inserted.error().message));
    m_page = std::make_unique<StudentsPage>(*m_db, actor);
    m_page->resize(1200, 700);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void tst_StudentsPage::cleanup()
{
    m_page.reset();
    m_repo.reset();
    m_db.reset();
    m_dir.reset();
}

void tst_StudentsPage::selectRow(int row)
{
    m_page->tableView()->setFocus();
    m_page->tableView()->setCurrentIndex(m_page->model()->index(row, 0));
}

StudentEditDialog *tst_StudentsPage::openEditor()
{
    // The form opens once its reveal is audited by the writer.
    m_page->editCurrent();
    if (!QTest::qWaitFor([this] { return m_page->editDialog() != nullptr; }))
        return nullptr;
    return m_page->editDialog();
}

int tst_StudentsPage::auditCount(const QString &action)
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = ?"));
    q.addBindValue(action);
    if (!q.exec() || !q.next())
        return -1;
    return q.value(0).toInt();
}

void tst_StudentsPage::emptyDatabaseShowsEmptyState()
{
    QVERIFY(!m_page->isEmptyStateShown());
    auto opened = Database::open(m_dir->filePath(QStringLiteral("empty.sqlite")));
    QVERIFY(opened.ok());
    StudentsPage empty(*opened.value(), actor);
    QVERIFY(empty.isEmptyStateShown());
    QCOMPARE(empty.model()->rowCount(), 0);
    QVERIFY(empty.statusText().startsWith(QStringLiteral("0 ")));
}

void tst_StudentsPage::statusText()
{
    QSignalSpy status(m_page.get(), &StudentsPage::statusTextChanged);
    QCOMPARE(m_page->statusText(), QStringLiteral("30 students · 30 shown"));
    m_page->filterBar()->searchEdit()->setText(QStringLiteral("2023001"));
    QTRY_COMPARE(m_page->statusText(), QStringLiteral("30 students · 10 shown"));
    QVERIFY(!status.isEmpty());
    QCOMPARE(status.constLast().at(0).toString(), QStringLiteral("30 students · 10 shown"));
}

void tst_StudentsPage::searchAsYouType()
{
    StudentTableModel *model = m_page->model();
    QCOMPARE(model->rowCount(), total);
    QLineEdit *search = m_page->filterBar()->searchEdit();
    QTest::keyClicks(search, QStringLiteral("2023001"));
    // Debounced: applied once typing pauses.
    QTRY_COMPARE(model->rowCount(), 10); // 20230010 .. 20230019
    for (int row = 0; row < model->rowCount(); ++row)
        QVERIFY(model->recordAt(row)->studentNo.startsWith(QStringLiteral("2023001")));
    QTest::keyClick(search, Qt::Key_5);
    QTRY_COMPARE(model->rowCount(), 1);
    QCOMPARE(model->recordAt(0)->studentNo, QStringLiteral("20230015"));

    // By name prefix, and by ID-number prefix.
    search->setText(QStringLiteral("张"));
    QTRY_COMPARE(model->rowCount(), total / 2);
    search->setText(test::residentId(7).left(17));
    QTRY_COMPARE(model->rowCount(), 1);

    // Clearing the search shows everything again.
    search->clear();
    QTRY_COMPARE(model->rowCount(), total);
}

void tst_StudentsPage::filterByDepartment()
{
    StudentFilterBar *bar = m_page->filterBar();
    QComboBox *department = bar->departmentBox();
    QCOMPARE(department->itemText(0), QStringLiteral("All"));
    const int index = department->findText(QStringLiteral("外国语学院"));
    QVERIFY(index > 0);
    department->setCurrentIndex(index);
    QCOMPARE(m_page->model()->rowCount(), total / 2);
    QCOMPARE(m_page->model()->recordAt(0)->department, QStringLiteral("外国语学院"));

    QComboBox *campus = bar->campusBox();
    campus->setCurrentIndex(campus->findText(QStringLiteral("991010")));
    QCOMPARE(m_page->model()->rowCount(), 7); // odd n in 0..14

    bar->findChild<QPushButton *>(QStringLiteral("clearFilters"))->click();
    QCOMPARE(m_page->model()->rowCount(), total);
    QCOMPARE(department->currentIndex(), 0);
}

void tst_StudentsPage::editUndoRedo()
{
    selectRow(2);
    const StudentRecord original = *m_page->model()->recordAt(2);
    QCOMPARE(m_page->detailPanel()->record()->id, original.id);

    StudentEditDialog *dialog = openEditor();
    QVERIFY(dialog);
    auto *className = qobject_cast<QLineEdit *>(dialog->editor(StudentField::ClassName));
    auto *education = qobject_cast<QComboBox *>(dialog->editor(StudentField::Education));
    QVERIFY(className && education);
    className->setText(QStringLiteral("9班"));
    education->setCurrentIndex(education->findData(int(Education::Master)));
    QVERIFY(dialog->okButton()->isEnabled());
    dialog->okButton()->click();
    QTRY_VERIFY(!m_page->editDialog());

    // Stored by the writer, then pushed as an undoable command.
    QTRY_COMPARE(m_page->undoStack()->count(), 1);
    StudentRecord stored = *m_repo->byId(original.id).value();
    QCOMPARE(stored.className, QStringLiteral("9班"));
    QCOMPARE(stored.education, Education::Master);
    QCOMPARE(m_page->model()->recordAt(2)->className, QStringLiteral("9班"));
    QCOMPARE(m_page->detailPanel()->fieldText(StudentField::ClassName), QStringLiteral("9班"));

    m_page->undoStack()->undo();
    QTRY_COMPARE(m_page->detailPanel()->fieldText(StudentField::ClassName), original.className);
    stored = *m_repo->byId(original.id).value();
    QCOMPARE(stored.className, original.className);
    QCOMPARE(stored.education, Education::Bachelor);
    QCOMPARE(m_page->model()->recordAt(2)->className, original.className);
    QCOMPARE(m_page->detailPanel()->fieldText(StudentField::ClassName), original.className);

    m_page->undoStack()->redo();
    QTRY_COMPARE(m_page->detailPanel()->fieldText(StudentField::ClassName), QStringLiteral("9班"));
    stored = *m_repo->byId(original.id).value();
    QCOMPARE(stored.className, QStringLiteral("9班"));
    QCOMPARE(m_page->detailPanel()->fieldText(StudentField::ClassName), QStringLiteral("9班"));
    QVERIFY(m_page->messageBar()->isHidden());
}

void tst_StudentsPage::invalidEditKeepsOkDisabled()
{
    selectRow(0);
    StudentEditDialog *dialog = openEditor();
    QVERIFY(dialog);
    QVERIFY(dialog->okButton()->isEnabled());
    auto *idNumber = qobject_cast<QLineEdit *>(dialog->editor(StudentField::IdNumber));
    QVERIFY(idNumber);
    const QString before = m_repo->byId(m_page->detailPanel()->record()->id).value()->idNumber;
    idNumber->setText(QStringLiteral("12345"));
    QVERIFY(!dialog->okButton()->isEnabled());
    QVERIFY(!dialog->issueText(StudentField::IdNumber).isEmpty());
    auto *name = qobject_cast<QLineEdit *>(dialog->editor(StudentField::Name));
    name->clear();
    QVERIFY(!dialog->issueText(StudentField::Name).isEmpty());
    dialog->accept(); // refused while invalid
    QVERIFY(dialog->isVisible());
    // Fixing the fields enables OK again.
    idNumber->setText(before);
    name->setText(QStringLiteral("王同学"));
    QVERIFY(dialog->okButton()->isEnabled());
    QVERIFY(dialog->issueText(StudentField::IdNumber).isEmpty());
    dialog->reject();
    QTRY_VERIFY(!m_page->editDialog());
    QCOMPARE(m_page->undoStack()->count(), 0);
    QCOMPARE(m_repo->byId(m_page->model()->recordAt(0)->id).value()->idNumber, before);
}

void tst_StudentsPage::staleEditIsReportedNotApplied()
{
    selectRow(1);
    StudentEditDialog *dialog = openEditor();
    QVERIFY(dialog);
    // Someone else changes the record meanwhile.
    const StudentRecord current = *m_repo->byId(dialog->original().id).value();
    StudentRecord other = current;
    other.note = QStringLiteral("changed elsewhere");
    QVERIFY(m_repo->update(current, other, QStringLiteral("someone")).ok());

    qobject_cast<QLineEdit *>(dialog->editor(StudentField::Note))->setText(QStringLiteral("mine"));
    dialog->okButton()->click();
    QTRY_VERIFY(!m_page->editDialog());
    QTRY_VERIFY(!m_page->messageBar()->isHidden());
    QCOMPARE(m_page->undoStack()->count(), 0);
    QCOMPARE(m_page->messageBar()->kind(), StudentsMessageBar::Kind::Error);
    QVERIFY(m_page->messageBar()->text().contains(QStringLiteral("changed elsewhere in the meantime")));
    QCOMPARE(m_repo->byId(current.id).value()->note, QStringLiteral("changed elsewhere"));
}

void tst_StudentsPage::staleUndoIsReportedAndDropped()
{
    selectRow(3);
    StudentEditDialog *dialog = openEditor();
    QVERIFY(dialog);
    qobject_cast<QLineEdit *>(dialog->editor(StudentField::Major))->setText(QStringLiteral("数学"));
    dialog->okButton()->click();
    QTRY_VERIFY(!m_page->editDialog());
    QTRY_COMPARE(m_page->undoStack()->count(), 1);
    const qint64 id = m_page->model()->recordAt(3)->id;
    const StudentRecord current = *m_repo->byId(id).value();
    StudentRecord other = current;
    other.note = QStringLiteral("changed elsewhere");
    QVERIFY(m_repo->update(current, other, QStringLiteral("someone")).ok());

    m_page->undoStack()->undo();
    // The failed undo takes the command off the stack once the writer reports it.
    QTRY_COMPARE(m_page->undoStack()->count(), 0);
    QCOMPARE(m_page->messageBar()->kind(), StudentsMessageBar::Kind::Error);
    QVERIFY(m_page->messageBar()->text().contains(QStringLiteral("Could not undo")));
    const StudentRecord after = *m_repo->byId(id).value();
    QCOMPARE(after.major, QStringLiteral("数学"));
    QCOMPARE(after.note, QStringLiteral("changed elsewhere"));
}

void tst_StudentsPage::ctrlFFocusesSearch()
{
    QApplication::setActiveWindow(m_page.get());
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    m_page->tableView()->setFocus();
    QVERIFY(!m_page->filterBar()->searchEdit()->hasFocus());
    QTest::keyClick(m_page->tableView(), Qt::Key_F, Qt::ControlModifier);
    QVERIFY(m_page->filterBar()->searchEdit()->hasFocus());
}

void tst_StudentsPage::exportCsv()
{
    m_page->filterBar()->searchEdit()->setText(QStringLiteral("2023002"));
    QTRY_COMPARE(m_page->model()->rowCount(), 10);
    const QString path = m_dir->filePath(QStringLiteral("out.csv"));
    QSignalSpy finished(m_page->exportController(), &StudentExportController::finished);
    ExportFileDialog::setNextAnswer(path);
    m_page->exportAction()->trigger();
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(1).toLongLong(), 10);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QList<QByteArray> lines = bytes.trimmed().split('\n');
    QCOMPARE(lines.size(), 11); // header + 10 rows
    QVERIFY(bytes.contains("20230020"));
    QVERIFY(bytes.contains("20230029"));
    QVERIFY(!bytes.contains("20230030"));
    QVERIFY(!m_page->messageBar()->isHidden());
    QCOMPARE(m_page->messageBar()->kind(), StudentsMessageBar::Kind::Information);
    QVERIFY(m_page->exportAction()->isEnabled());
}

void tst_StudentsPage::exportXlsx()
{
    const QString path = m_dir->filePath(QStringLiteral("out.xlsx"));
    QSignalSpy finished(m_page->exportController(), &StudentExportController::finished);
    ExportFileDialog::setNextAnswer(path);
    m_page->exportView();
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(1).toLongLong(), total);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.size() > 100);
    QVERIFY(bytes.startsWith("PK"));

    // Cancelling the file dialog does nothing.
    ExportFileDialog::setNextAnswer(QString());
    m_page->exportView();
    QVERIFY(!m_page->exportController()->isRunning());
    QCOMPARE(finished.count(), 1);
}

void tst_StudentsPage::revealIsAudited()
{
    selectRow(4);
    const StudentRecord record = *m_page->model()->recordAt(4);
    const QModelIndex idCell = m_page->model()->index(4, int(StudentField::IdNumber));
    QVERIFY(idCell.data().toString().contains(QLatin1Char('*')));
    QVERIFY(m_page->detailPanel()->fieldText(StudentField::IdNumber).contains(QLatin1Char('*')));
    const int before = auditCount(QStringLiteral("student.reveal_id"));
    QVERIFY(before >= 0);

    m_page->detailPanel()->revealButton()->click();
    // Shown once the writer has stored the audit entry.
    QTRY_COMPARE(idCell.data().toString(), record.idNumber);
    QCOMPARE(auditCount(QStringLiteral("student.reveal_id")), before + 1);
    QCOMPARE(m_page->detailPanel()->fieldText(StudentField::IdNumber), record.idNumber);
    // Other rows stay masked.
    QVERIFY(m_page->model()->index(5, int(StudentField::IdNumber)).data().toString().contains(QLatin1Char('*')));

    // Hide masks again without another audit entry.
    m_page->detailPanel()->revealButton()->click();
    QVERIFY(idCell.data().toString().contains(QLatin1Char('*')));
    QCOMPARE(auditCount(QStringLiteral("student.reveal_id")), before + 1);

    // The edit form shows the full number, so opening it is audited as a reveal too.
    StudentEditDialog *dialog = openEditor();
    QVERIFY(dialog);
    QCOMPARE(auditCount(QStringLiteral("student.reveal_id")), before + 2);
    dialog->reject();
    QTRY_VERIFY(!m_page->editDialog());
}

void tst_StudentsPage::registrationStateColumnSummaryAndFilter()
{
    const int column = StudentTableModel::registrationColumn;
    QCOMPARE(m_page->model()->headerData(column, Qt::Horizontal).toString(), QStringLiteral("Registration"));
    // Never fetched: the desk does not claim that anybody is unregistered.
    QVERIFY(m_page->model()->index(0, column).data().toString().isEmpty());
    QVERIFY(m_page->registrationSummary()->text().contains(QStringLiteral("not fetched yet")));

    // What a sync's fetch stores: record 0 registered without subjects, record 1 booked with one
    // subject paid and one not, record 2 paid.
    const auto record = [this](int row) { return *m_page->model()->recordAt(row); };
    const StudentRecord r0 = record(0), r1 = record(1), r2 = record(2);
    QList<StudentRegistration> states{
        { r0.idType, r0.idNumber, RegistrationState::Bound, QDateTime::currentDateTimeUtc(), {} },
        { r1.idType, r1.idNumber, RegistrationState::Booked, QDateTime::currentDateTimeUtc(),
          { { QStringLiteral("1"), QStringLiteral("991010"), true }, { QStringLiteral("F"), QStringLiteral("991010"), false } } },
        { r2.idType, r2.idNumber, RegistrationState::Paid, QDateTime::currentDateTimeUtc(),
          { { QStringLiteral("1"), QStringLiteral("991010"), true } } },
    };
    QCOMPARE(RegistrationRepository(*m_db).apply(QStringLiteral("99101"), QStringLiteral("7"),
                                                 QDateTime::currentDateTimeUtc(), true, states).value(), 3);
    m_page->refreshRegistrations();
    const auto shown = [&](int row) { return m_page->model()->index(row, column).data().toString(); };
    QCOMPARE(shown(0), QStringLiteral("Registered, no subject"));
    QCOMPARE(shown(1), QStringLiteral("Booked, not paid"));
    QCOMPARE(shown(2), QStringLiteral("Paid"));
    QCOMPARE(shown(3), QStringLiteral("Not registered"));
    const QString subjects = m_page->model()->index(1, column).data(Qt::ToolTipRole).toString();
    QVERIFY2(subjects.contains(QStringLiteral("(paid)")) && subjects.contains(QStringLiteral("(not paid)")),
             qPrintable(subjects));
    // The detail panel says it with the subjects.
    m_page->tableView()->setCurrentIndex(m_page->model()->index(1, 0));
    QVERIFY2(m_page->detailPanel()->registrationText().startsWith(QStringLiteral("Booked, not paid: ")),
             qPrintable(m_page->detailPanel()->registrationText()));
    // Beside the name, where a coordinator looks first.
    QCOMPARE(m_page->tableView()->horizontalHeader()->visualIndex(column), 1);

    // The summary counts the roster; its "not registered" link filters the table to them.
    RegistrationSummary *summary = m_page->registrationSummary();
    QVERIFY2(summary->text().contains(QStringLiteral("3 of 30 registered")), qPrintable(summary->text()));
    Q_EMIT summary->linkActivated(QStringLiteral("unregistered"));
    QCOMPARE(m_page->model()->rowCount(), total - 3);
    QCOMPARE(m_page->filterBar()->registrationBox()->currentData().toInt(), int(RegistrationState::Unregistered));
    for (int row = 0; row < m_page->model()->rowCount(); ++row)
        QCOMPARE(shown(row), QStringLiteral("Not registered"));

    QComboBox *box = m_page->filterBar()->registrationBox();
    box->setCurrentIndex(box->findData(int(RegistrationState::Paid)));
    QCOMPARE(m_page->model()->rowCount(), 1);
    QCOMPARE(m_page->model()->recordAt(0)->idNumber, r2.idNumber);
    m_page->filterBar()->findChild<QPushButton *>(QStringLiteral("clearFilters"))->click();
    QCOMPARE(m_page->model()->rowCount(), total);
}

QTEST_MAIN(tst_StudentsPage)
#include "tst_studentspage.moc"
