#pragma once

#include <QWidget>

#include <memory>

class QAction;
class QLabel;
class QStackedWidget;
class QTableView;
class QUndoStack;

namespace cet {

class Database;
class ImportActions;
class RegistrationSummary;
class StudentDetailPanel;
class StudentEditDialog;
class StudentExportController;
class StudentFilterBar;
class StudentRepository;
class StudentService;
class StudentTableModel;
class StudentsMessageBar;
struct Error;
struct StudentFilter;
struct StudentRecord;

// The Students (学籍) page: a table over the local database's student records, with instant
// search, filters, sorting, masked ID numbers with an explicit reveal, a detail panel, editing
// with validation and undo, and export of the current view to CSV / XLSX.
class StudentsPage : public QWidget
{
    Q_OBJECT
public:
    // `db` is the page's connection for reading; its writes go through the writer of the same
    // file (StudentService). `actor` names the user in audit entries.
    StudentsPage(Database &db, const QString &actor, QWidget *parent = nullptr);
    ~StudentsPage() override;

    // The page's undo stack; MainWindow puts it in its QUndoGroup for Edit ▸ Undo/Redo.
    QUndoStack *undoStack() const;

    // Re-reads counts, filter choices and rows (e.g. after an import elsewhere in the app).
    void refresh();
    // Re-reads the registration states after a sync fetched changed ones.
    void refreshRegistrations();

    // Actions of the page (also for the main window's menus).
    QAction *editAction() const { return m_editAction; }
    QAction *exportAction() const { return m_exportAction; }
    // Import…, Import History…, Save Import Template… (and the file dropped onto the page).
    ImportActions *importActions() const { return m_import; }
    QAction *photoAction() const { return m_photoAction; }

    // Parts, for tests.
    StudentTableModel *model() const { return m_model; }
    QTableView *tableView() const { return m_table; }
    StudentFilterBar *filterBar() const { return m_filterBar; }
    RegistrationSummary *registrationSummary() const { return m_registrationSummary; }
    StudentDetailPanel *detailPanel() const { return m_detail; }
    StudentsMessageBar *messageBar() const { return m_messageBar; }
    StudentExportController *exportController() const { return m_export; }
    // The edit dialog while one is open, else nullptr.
    StudentEditDialog *editDialog() const;
    bool isEmptyStateShown() const;
    QString statusText() const { return m_statusText; }

public Q_SLOTS:
    // Opens the edit dialog for the current row once its reveal is audited (non-blocking; OK
    // stores the edit and then pushes it as an undoable command).
    void editCurrent();
    void importPhotos();
    // Asks for a file and exports the current view (search, filters, sort) on a worker thread.
    void exportView();

Q_SIGNALS:
    // Short status text for the main window's status bar ("3,000 students · 120 shown").
    void statusTextChanged(const QString &text);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void buildUi();
    void applyFilter(const StudentFilter &filter);
    void onCurrentRowChanged();
    void onRecordStored(const StudentRecord &stored);
    void onEditAccepted();
    void reveal(qint64 id);
    void hide(qint64 id);
    void showError(const Error &error);
    void updateStatus();
    void updateChoices();

    Database &m_db;
    QString m_actor;
    // Reads for the page and its model, on the page's own connection; const, so nothing here
    // writes past the writer.
    std::unique_ptr<const StudentRepository> m_repository;
    // Every write of the page, through the database's writer.
    std::unique_ptr<StudentService> m_service;
    QUndoStack *m_undoStack = nullptr;
    StudentTableModel *m_model = nullptr;
    StudentFilterBar *m_filterBar = nullptr;
    RegistrationSummary *m_registrationSummary = nullptr;
    QTableView *m_table = nullptr;
    StudentDetailPanel *m_detail = nullptr;
    StudentsMessageBar *m_messageBar = nullptr;
    QStackedWidget *m_stack = nullptr;
    QWidget *m_emptyState = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_exportAction = nullptr;
    StudentExportController *m_export = nullptr;
    ImportActions *m_import = nullptr;
    QAction *m_photoAction = nullptr;
    StudentEditDialog *m_editDialog = nullptr;
    bool m_editorOpening = false; // its reveal is being audited
    qint64 m_totalCount = 0;
    QString m_statusText;
};

} // namespace cet
