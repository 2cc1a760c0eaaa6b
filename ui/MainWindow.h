#pragma once

#include <QMainWindow>

class QAction;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;
class QUndoGroup;

namespace cet {

class AppSettings;
class Database;
class StudentsPage;
class SyncController;
class SyncPage;
class SyncService;
class SyncStatusWidget;
struct SyncAccount;

// The shell of CET Desk: a navigation list on the left, the pages in a stack, menus and a
// status bar. It only wires pages together; every page does its own work.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(Database &db, AppSettings &settings, const QString &actor, QWidget *parent = nullptr);
    ~MainWindow() override;

    QListWidget *navigation() const { return m_navigation; }
    QStackedWidget *pages() const { return m_pages; }

    // The dialogs are shown without blocking (also what the tests use); they close themselves.
    void showSettingsDialog();
    void showAboutDialog();

    // Adds sync with cet-central: the Sync page, the Sync menu, Sign In/Out in the File menu, the
    // sync part of the status bar; the signed-in role then decides which pages show. Without it
    // the window works on the local database only.
    void attachSync(SyncService &service);
    SyncController *syncController() const { return m_sync; }
    SyncPage *syncPage() const { return m_syncPage; }
    SyncStatusWidget *syncStatus() const { return m_syncStatus; }
    StudentsPage *studentsPage() const { return m_students; }

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void addPage(QWidget *page, const QString &iconName);
    void createMenus();
    void retranslate();
    void showPage(int index);
    void applyRole(const SyncAccount &account);

    Database &m_db;
    AppSettings &m_settings;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    StudentsPage *m_students = nullptr;
    QUndoGroup *m_undoGroup = nullptr;
    QLabel *m_pageStatus = nullptr;
    QLabel *m_dbStatus = nullptr;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QMenu *m_syncMenu = nullptr;
    SyncController *m_sync = nullptr;
    SyncPage *m_syncPage = nullptr;
    SyncStatusWidget *m_syncStatus = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
};

} // namespace cet
