#include "MainWindow.h"

#include "AboutDialog.h"
#include "AppSettings.h"
#include "Database.h"
#include "ImportActions.h"
#include "NoticesPage.h"
#include "SettingsDialog.h"
#include "StudentsPage.h"
#include "SyncController.h"
#include "SyncPage.h"
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
#include <QStackedWidget>
#include <QStatusBar>
#include <QUndoGroup>
#include <QUndoStack>

namespace cet {

namespace {
// Navigation entries: the page's title is set in retranslate(), in this order.
enum Page { StudentsPageIndex = 0, SyncPageIndex = 1 };
} // namespace

MainWindow::MainWindow(Database &db, AppSettings &settings, const QString &actor, QWidget *parent)
    : QMainWindow(parent)
    , m_db(db)
    , m_settings(settings)
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

    m_students = new StudentsPage(db, actor, m_pages);
    addPage(m_students, QStringLiteral("system-users"));
    m_undoGroup->addStack(m_students->undoStack());

    m_pageStatus = new QLabel(this);
    m_dbStatus = new QLabel(this);
    statusBar()->addWidget(m_pageStatus, 1);
    statusBar()->addPermanentWidget(m_dbStatus);
    connect(m_students, &StudentsPage::statusTextChanged, this, [this](const QString &text) {
        if (m_pages->currentWidget() == m_students)
            m_pageStatus->setText(text);
    });

    connect(m_navigation, &QListWidget::currentRowChanged, this, &MainWindow::showPage);
    createMenus();
    retranslate();
    m_navigation->setCurrentRow(StudentsPageIndex);

    setWindowIcon(QApplication::windowIcon());
    resize(1200, 760);
    restoreGeometry(m_settings.windowGeometry());
    restoreState(m_settings.windowState());
}

MainWindow::~MainWindow() = default;

void MainWindow::addPage(QWidget *page, const QString &iconName)
{
    m_pages->addWidget(page);
    auto *item = new QListWidgetItem(QIcon::fromTheme(iconName), QString(), m_navigation);
    item->setSizeHint(QSize(0, 36));
}

void MainWindow::showPage(int index)
{
    if (index < 0)
        return;
    m_pages->setCurrentIndex(index);
    if (m_pages->currentWidget() == m_students) {
        m_undoGroup->setActiveStack(m_students->undoStack());
        m_pageStatus->setText(m_students->statusText());
    } else {
        m_undoGroup->setActiveStack(nullptr);
        m_pageStatus->clear();
    }
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    // Import belongs to the Students page (it refreshes after an import); the menu shows its actions.
    if (ImportActions *import = m_students->importActions()) {
        m_fileMenu->addAction(import->importAction());
        m_fileMenu->addAction(import->historyAction());
        m_fileMenu->addAction(import->templateAction());
        m_fileMenu->addAction(m_students->photoAction());
        m_fileMenu->addSeparator();
    }
    // Export belongs to the page (it exports the page's current view); the menu shows its action.
    if (QAction *exportAction = m_students->exportAction()) {
        m_fileMenu->addAction(exportAction);
        m_fileMenu->addSeparator();
    }
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
    if (QAction *editAction = m_students->editAction()) {
        m_editMenu->addSeparator();
        m_editMenu->addAction(editAction);
    }

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
    m_navigation->item(StudentsPageIndex)->setText(tr("Students"));
    if (m_syncMenu) {
        m_navigation->item(SyncPageIndex)->setText(tr("Sync"));
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
    m_dbStatus->setText(tr("Database: %1").arg(QDir::toNativeSeparators(m_db.path())));
}

void MainWindow::attachSync(SyncService &service)
{
    if (m_sync)
        return;
    m_sync = new SyncController(service, this);
    m_syncPage = new SyncPage(*m_sync, m_pages);
    addPage(m_syncPage, QStringLiteral("view-refresh"));
    addPage(new NoticesPage(m_db, m_pages), QStringLiteral("mail-message"));
    m_navigation->item(m_navigation->count() - 1)->setText(NoticesPage::title());

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

    // Local edits and imports add to the outbox; pulled changes and resolved conflicts change rows.
    connect(m_students->undoStack(), &QUndoStack::indexChanged, m_sync, &SyncController::localDataChanged);
    if (ImportActions *import = m_students->importActions())
        connect(import, &ImportActions::databaseChanged, m_sync, &SyncController::localDataChanged);
    connect(&service, &SyncService::syncFinished, m_students, [this](const SyncSummary &s) {
        if (s.pulled > 0)
            m_students->refresh();
    });
    connect(&service, &SyncService::conflictsChanged, m_students, &StudentsPage::refresh);
    connect(m_sync, &SyncController::accountChanged, this, &MainWindow::applyRole);
    retranslate();
    applyRole(service.account());
}

void MainWindow::applyRole(const SyncAccount &account)
{
    // Customer service works across schools on the server; this desktop's school roster is not
    // theirs to edit. Signed out, the desktop works offline on its own database (coordinators).
    const bool customerService = account.signedIn && account.role.startsWith(QLatin1String("cs_"));
    m_navigation->setRowHidden(StudentsPageIndex, customerService);
    QList<QAction *> studentActions = { m_students->editAction(), m_students->exportAction(),
                                        m_students->photoAction() };
    if (ImportActions *import = m_students->importActions())
        studentActions << import->importAction() << import->historyAction() << import->templateAction();
    for (QAction *action : std::as_const(studentActions)) {
        if (action)
            action->setVisible(!customerService);
    }
    if (customerService && m_navigation->currentRow() == StudentsPageIndex)
        m_navigation->setCurrentRow(SyncPageIndex);
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
