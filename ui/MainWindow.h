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

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void addPage(QWidget *page, const QString &iconName);
    void createMenus();
    void retranslate();
    void showPage(int index);

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
    QAction *m_settingsAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
};

} // namespace cet
