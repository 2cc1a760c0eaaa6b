#pragma once

#include "PageRegistry.h"

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
class PageContext;
class SyncController;
class SyncService;
class SyncStatusWidget;
struct SyncAccount;

// The shell of CET Desk: a navigation list on the left, the pages in a stack, menus and a
// status bar. The pages come from a PageRegistry (appPages() by default); the window only wires
// them together and shows each to the roles its entry names.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(Database &db, AppSettings &settings, const QString &actor, QWidget *parent = nullptr);
    MainWindow(Database &db, AppSettings &settings, const QString &actor, PageRegistry pages,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    QListWidget *navigation() const { return m_navigation; }
    QStackedWidget *pages() const { return m_pages; }
    const PageRegistry &registry() const { return m_registry; }
    PageContext *pageContext() const { return m_context; }
    // The page made from the entry `id`, or nullptr (not made yet: it needs sync).
    QWidget *page(const QString &id) const;
    template <class T>
    T *page() const
    {
        for (const Shown &s : m_shown) {
            if (auto *p = qobject_cast<T *>(s.page.widget))
                return p;
        }
        return nullptr;
    }
    // Ids of the pages in the navigation that are not hidden, in order.
    QStringList visiblePageIds() const;
    QString currentPageId() const;

    // The dialogs are shown without blocking (also what the tests use); they close themselves.
    void showSettingsDialog();
    void showAboutDialog();

    // Adds sync with cet-central: the pages that need it, the Sync menu, Sign In/Out in the File
    // menu, the sync part of the status bar; the signed-in role then decides which pages show.
    // Without it the window works on the local database only.
    void attachSync(SyncService &service);
    SyncController *syncController() const { return m_sync; }
    SyncStatusWidget *syncStatus() const { return m_syncStatus; }

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    struct Shown
    {
        const PageEntry *entry = nullptr;
        Page page;
        QAction *fileSeparator = nullptr;
    };

    void makePages(bool withSync);
    void createMenus();
    void placeWindow();
    void retranslate();
    void showPage(int index);
    void applyRole(const SyncAccount &account);

    Database &m_db;
    AppSettings &m_settings;
    PageRegistry m_registry;
    PageContext *m_context = nullptr;
    QList<Shown> m_shown; // in navigation and stack order
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    QUndoGroup *m_undoGroup = nullptr;
    QLabel *m_pageStatus = nullptr;
    QLabel *m_dbStatus = nullptr;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QMenu *m_syncMenu = nullptr;
    SyncController *m_sync = nullptr;
    SyncStatusWidget *m_syncStatus = nullptr;
    QAction *m_pageActionsEnd = nullptr; // pages' File actions go above it
    QAction *m_settingsAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_editActionsStart = nullptr; // pages' Edit actions go below it
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
};

} // namespace cet
