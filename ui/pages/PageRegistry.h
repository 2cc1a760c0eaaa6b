#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

class QAction;
class QUndoStack;
class QWidget;

namespace cet {

class PageContext;
struct SyncAccount;

// What the shell needs of a page it shows.
struct Page
{
    QWidget *widget = nullptr;        // the shell takes it into its page stack
    QUndoStack *undoStack = nullptr;  // Edit ▸ Undo/Redo while the page is shown
    QList<QAction *> fileActions;     // in the File menu (hidden with the page; separators allowed)
    QList<QAction *> editActions;     // in the Edit menu below Undo/Redo
};

// Where a page's work happens.
enum class PageWorks {
    OnLocalRoster, // on this computer's database: shown signed out too (offline work)
    OnlineOnly,    // on cet-central: shown only while signed in
};

// One page of the main window: how to make it and who sees it. Adding a page is one entry in
// appPages() (AppPages.cpp); the main window has no code of its own for any page.
struct PageEntry
{
    QString id;        // stable name, e.g. "students"
    QString iconName;  // Breeze icon name
    // Source text of the navigation title, marked with QT_TRANSLATE_NOOP("cet::MainWindow", …).
    const char *title = "";
    QStringList roles; // the roles that see the page while signed in
    PageWorks works = PageWorks::OnLocalRoster;
    // Made only when the window is attached to cet-central (PageContext::sync() set).
    bool needsSync = false;
    std::function<Page(PageContext &context)> make;

    QString translatedTitle() const;
    // Signed in: the account's role is one of `roles`; signed out: work on the local roster.
    bool isVisibleFor(const SyncAccount &account) const;
};

// The pages of the main window, in navigation order.
class PageRegistry
{
public:
    PageRegistry &add(PageEntry entry);
    const QList<PageEntry> &entries() const { return m_entries; }
    const PageEntry *find(const QString &id) const;
    // Ids of the pages `account` sees, in order (pages that need sync included).
    QStringList visibleIds(const SyncAccount &account) const;

private:
    QList<PageEntry> m_entries;
};

} // namespace cet
