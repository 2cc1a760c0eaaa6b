#include "MainWindow.h"

#include "AboutDialog.h"
#include "AppPages.h"
#include "AppSettings.h"
#include "Database.h"
#include "PageContext.h"
#include "SettingsDialog.h"
#include "SyncController.h"
#include "SyncService.h"
#include "SyncStatusWidget.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QScreen>
#include <QStackedWidget>
#include <QStatusBar>
#include <QUndoGroup>
#include <QUndoStack>

namespace cet {

MainWindow::MainWindow(Database &db, AppSettings &settings, const QString &actor, QWidget *parent)
    : MainWindow(db, settings, actor, appPages(), parent)
{
}

MainWindow::MainWindow(Database &db, AppSettings &settings, const QString &actor, PageRegistry pages,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_db(db)
    , m_settings(settings)
    , m_registry(std::move(pages))
    , m_context(new PageContext(db, settings, actor, this))
    , m_undoGroup(new QUndoGroup(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    m_navigation = new QListWidget(central);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setIconSize(QSize(22, 22));
    m_navigation->setFixedWidth(150);
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setSpacing(2);
    m_pages = new QStackedWidget(central);
    layout->addWidget(m_navigation);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    m_pageStatus = new QLabel(this);
    m_dbStatus = new QLabel(this);
    statusBar()->addWidget(m_pageStatus, 1);
    statusBar()->addPermanentWidget(m_dbStatus);
    connect(m_context, &PageContext::statusTextChanged, this, [this](QWidget *page, const QString &text) {
        if (m_pages->currentWidget() == page)
            m_pageStatus->setText(text);
    });

    createMenus();
    makePages(false);
    connect(m_navigation, &QListWidget::currentRowChanged, this, &MainWindow::showPage);
    retranslate();
    m_navigation->setCurrentRow(0);
    showPage(m_navigation->currentRow());

    setWindowIcon(QApplication::windowIcon());
    placeWindow();
}

MainWindow::~MainWindow() = default;

void MainWindow::placeWindow()
{
    if (restoreGeometry(m_settings.windowGeometry())) {
        restoreState(m_settings.windowState());
        return;
    }
    // The usual school laptop (1366×768 at 125 %) leaves about 1093×614 logical pixels minus the
    // taskbar: there the window fills the screen; on larger screens it opens at a roomy size.
    const QSize preferred(1200, 760);
    const QScreen *screen = QGuiApplication::primaryScreen();
    const QSize available = screen ? screen->availableSize() : preferred;
    if (available.width() < preferred.width() + 80 || available.height() < preferred.height() + 80) {
        resize(preferred.boundedTo(available));
        setWindowState(windowState() | Qt::WindowMaximized);
    } else {
        resize(preferred);
    }
}

void MainWindow::makePages(bool withSync)
{
    int position = 0;
    for (const PageEntry &entry : m_registry.entries()) {
        if (page(entry.id)) {
            ++position;
            continue;
        }
        if (entry.needsSync && !withSync)
            continue;
        // Listed before the widget and the item go in: inserting them may change the current row.
        m_shown.insert(position, Shown{ &entry, entry.make(*m_context), nullptr });
        Shown &shown = m_shown[position];
        Q_ASSERT(shown.page.widget);
        if (!shown.page.fileActions.isEmpty()) {
            // Above the next page's actions (or the File menu's own) in navigation order.
            QAction *before = m_pageActionsEnd;
            for (int i = position + 1; i < m_shown.size(); ++i) {
                if (!m_shown.at(i).page.fileActions.isEmpty()) {
                    before = m_shown.at(i).page.fileActions.constFirst();
                    break;
                }
            }
            m_fileMenu->insertActions(before, shown.page.fileActions);
            shown.fileSeparator = m_fileMenu->insertSeparator(before);
        }
        m_editMenu->addActions(shown.page.editActions);
        if (shown.page.undoStack)
            m_undoGroup->addStack(shown.page.undoStack);
        m_pages->insertWidget(position, shown.page.widget);
        auto *item = new QListWidgetItem(QIcon::fromTheme(entry.iconName), entry.translatedTitle());
        item->setSizeHint(QSize(0, 36));
        m_navigation->insertItem(position, item);
        ++position;
    }
}

QWidget *MainWindow::page(const QString &id) const
{
    for (const Shown &s : m_shown) {
        if (s.entry->id == id)
            return s.page.widget;
    }
    return nullptr;
}

QStringList MainWindow::visiblePageIds() const
{
    QStringList ids;
    for (int row = 0; row < m_shown.size(); ++row) {
        if (!m_navigation->item(row)->isHidden())
            ids << m_shown.at(row).entry->id;
    }
    return ids;
}

QString MainWindow::currentPageId() const
{
    const int row = m_navigation->currentRow();
    return row >= 0 && row < m_shown.size() ? m_shown.at(row).entry->id : QString();
}

void MainWindow::showPage(int index)
{
    if (index < 0 || index >= m_shown.size())
        return;
    const Shown &shown = m_shown.at(index);
    m_pages->setCurrentWidget(shown.page.widget);
    m_undoGroup->setActiveStack(shown.page.undoStack);
    m_pageStatus->setText(m_context->statusText(shown.page.widget));
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_pageActionsEnd = m_fileMenu->addSeparator();
    m_settingsAction = m_fileMenu->addAction(QIcon::fromTheme(QStringLiteral("configure")), QString());
    m_settingsAction->setShortcut(QKeySequence::Preferences);
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::showSettingsDialog);
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QIcon::fromTheme(QStringLiteral("application-exit")), QString());
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_editMenu = menuBar()->addMenu(QString());
    m_undoAction = m_undoGroup->createUndoAction(this);
    m_undoAction->setIcon(QIcon::fromTheme(QStringLiteral("edit-undo")));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = m_undoGroup->createRedoAction(this);
    m_redoAction->setIcon(QIcon::fromTheme(QStringLiteral("edit-redo")));
    m_redoAction->setShortcut(QKeySequence::Redo);
    m_editMenu->addAction(m_undoAction);
    m_editMenu->addAction(m_redoAction);
    m_editActionsStart = m_editMenu->addSeparator();

    m_helpMenu = menuBar()->addMenu(QString());
    m_aboutAction = m_helpMenu->addAction(QIcon::fromTheme(QStringLiteral("help-about")), QString());
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAboutDialog);
    m_aboutQtAction = m_helpMenu->addAction(QString());
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::retranslate()
{
    if (!m_fileMenu)
        return;
    setWindowTitle(tr("CET Desk"));
    for (int row = 0; row < m_shown.size(); ++row)
        m_navigation->item(row)->setText(m_shown.at(row).entry->translatedTitle());
    if (m_syncMenu) {
        m_syncMenu->setTitle(tr("S&ync"));
        m_sync->retranslate();
    }
    m_fileMenu->setTitle(tr("&File"));
    m_settingsAction->setText(tr("&Settings…"));
    m_quitAction->setText(tr("&Quit"));
    m_editMenu->setTitle(tr("&Edit"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About CET Desk"));
    m_aboutQtAction->setText(tr("About &Qt"));
    // A long path must not widen the window beyond a small screen: shortened, in full in the tooltip.
    const QString path = QDir::toNativeSeparators(m_db.path());
    m_dbStatus->setText(tr("Database: %1").arg(m_dbStatus->fontMetrics().elidedText(path, Qt::ElideMiddle, 260)));
    m_dbStatus->setToolTip(path);
}

void MainWindow::attachSync(SyncService &service)
{
    if (m_sync)
        return;
    m_sync = new SyncController(service, this);
    m_context->setSync(m_sync);
    makePages(true);

    m_fileMenu->insertAction(m_settingsAction, m_sync->signInAction());
    m_fileMenu->insertAction(m_settingsAction, m_sync->signOutAction());
    m_fileMenu->insertSeparator(m_settingsAction);
    m_syncMenu = new QMenu(this);
    menuBar()->insertMenu(m_helpMenu->menuAction(), m_syncMenu);
    m_syncMenu->addAction(m_sync->syncNowAction());
    m_syncMenu->addSeparator();
    m_syncMenu->addAction(m_sync->signInAction());
    m_syncMenu->addAction(m_sync->signOutAction());
    addAction(m_sync->syncNowAction()); // F5 / Ctrl+R from anywhere in the window

    m_syncStatus = new SyncStatusWidget(*m_sync, this);
    statusBar()->addPermanentWidget(m_syncStatus); // after the database label

    connect(m_context, &PageContext::localDataChanged, m_sync, &SyncController::localDataChanged);
    connect(&service, &SyncService::syncFinished, m_context, [this](const SyncSummary &s) {
        if (s.pulled > 0)
            emit m_context->syncedDataChanged();
        else if (s.seatsRefreshed)
            emit m_context->seatUsageChanged();
        if (s.registrationsChanged > 0)
            emit m_context->registrationsChanged();
    });
    connect(&service, &SyncService::conflictsChanged, m_context, &PageContext::syncedDataChanged);
    connect(m_sync, &SyncController::accountChanged, this, &MainWindow::applyRole);
    retranslate();
    applyRole(service.account());
}

void MainWindow::applyRole(const SyncAccount &account)
{
    for (int row = 0; row < m_shown.size(); ++row) {
        const Shown &shown = m_shown.at(row);
        const bool visible = shown.entry->isVisibleFor(account);
        m_navigation->setRowHidden(row, !visible);
        for (QList<QAction *> actions : { shown.page.fileActions, shown.page.editActions }) {
            for (QAction *action : std::as_const(actions))
                action->setVisible(visible);
        }
        if (shown.fileSeparator)
            shown.fileSeparator->setVisible(visible);
    }
    const int current = m_navigation->currentRow();
    if (current < 0 || m_navigation->item(current)->isHidden()) {
        for (int row = 0; row < m_shown.size(); ++row) {
            if (!m_navigation->item(row)->isHidden()) {
                m_navigation->setCurrentRow(row);
                break;
            }
        }
    }
}

void MainWindow::showSettingsDialog()
{
    auto *dialog = findChild<SettingsDialog *>();
    if (!dialog) {
        dialog = new SettingsDialog(m_settings, m_db.path(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

void MainWindow::showAboutDialog()
{
    auto *dialog = findChild<AboutDialog *>();
    if (!dialog) {
        dialog = new AboutDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_settings.setWindowGeometry(saveGeometry());
    m_settings.setWindowState(saveState());
    m_settings.sync();
    QMainWindow::closeEvent(event);
}

} // namespace cet
