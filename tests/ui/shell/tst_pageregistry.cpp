// The main window's pages come from a registry: which pages each role sees, a page added by one
// entry without any main-window code, its title translated and retranslated, its actions in the
// menus and hidden with the page.
#include "AppPages.h"
#include "AppSettings.h"
#include "Database.h"
#include "IconTheme.h"
#include "MainWindow.h"
#include "PageContext.h"
#include "PageRegistry.h"
#include "StaffRoles.h"
#include "StudentsPage.h"
#include "SyncService.h"
#include "SyncTypes.h"
#include "Translations.h"

#include <QAction>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QtTest>

using namespace cet;

namespace {
SyncAccount signedInAs(const QString &role)
{
    SyncAccount a;
    a.signedIn = true;
    a.role = role;
    return a;
}

// A page made of one label and one File action, seen by coordinators, working offline.
PageEntry extraPage(int *made)
{
    PageEntry entry;
    entry.id = QStringLiteral("extra");
    entry.iconName = QStringLiteral("dialog-information");
    entry.title = QT_TRANSLATE_NOOP("cet::MainWindow", "Students"); // a title the .ts files translate
    entry.roles = { roles::coordinator };
    entry.make = [made](PageContext &context) {
        ++*made;
        auto *label = new QLabel(QStringLiteral("extra"));
        Page page;
        page.widget = label;
        auto *action = new QAction(QStringLiteral("Extra Action"), label);
        action->setObjectName(QStringLiteral("extraAction"));
        page.fileActions << action;
        context.setStatusText(label, QStringLiteral("extra status"));
        return page;
    };
    return entry;
}
} // namespace

class tst_PageRegistry : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void pagesPerRole_data();
    void pagesPerRole();
    void pageAddedByOneEntry();
    void titlesRetranslated();
    void syncPagesMadeWhenSyncAttached();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<AppSettings> m_settings;
};

void tst_PageRegistry::initTestCase()
{
    QVERIFY(m_dir.isValid());
    setupIconTheme(QStringLiteral(CETDESK_BIN_DIR));
    Translations::apply(QStringLiteral("en"));
    auto db = Database::open(m_dir.filePath(QStringLiteral("pages.sqlite")));
    QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
    m_db = std::move(db).value();
    m_settings = std::make_unique<AppSettings>(m_dir.filePath(QStringLiteral("settings.ini")));
}

void tst_PageRegistry::cleanupTestCase()
{
    m_db.reset();
}

void tst_PageRegistry::pagesPerRole_data()
{
    QTest::addColumn<SyncAccount>("account");
    QTest::addColumn<QStringList>("pages");
    const QStringList roster = { QStringLiteral("students"), QStringLiteral("sync"), QStringLiteral("notices") };
    const QStringList desk = roster + QStringList{ QStringLiteral("reviews"), QStringLiteral("offers") }; // coordinators only
    const QStringList cs = { QStringLiteral("customer_service") };
    QTest::newRow("signed out") << SyncAccount{} << desk;
    QTest::newRow("coordinator") << signedInAs(roles::coordinator) << desk;
    QTest::newRow("admin") << signedInAs(roles::admin) << roster;
    QTest::newRow("cs_agent") << signedInAs(roles::csAgent) << cs;
    QTest::newRow("cs_supervisor") << signedInAs(roles::csSupervisor) << cs;
    QTest::newRow("unknown role") << signedInAs(QStringLiteral("auditor")) << QStringList{};
}

void tst_PageRegistry::pagesPerRole()
{
    QFETCH(SyncAccount, account);
    QFETCH(QStringList, pages);
    const PageRegistry registry = appPages();
    QCOMPARE(registry.visibleIds(account), pages);
    for (const PageEntry &entry : registry.entries()) {
        QVERIFY(!entry.iconName.isEmpty());
        QVERIFY(QIcon::hasThemeIcon(entry.iconName));
        QVERIFY(!entry.translatedTitle().isEmpty());
        QVERIFY(entry.make);
        // Online-only pages need the session, so they are made with sync.
        if (entry.works == PageWorks::OnlineOnly)
            QVERIFY(entry.needsSync);
    }
}

void tst_PageRegistry::pageAddedByOneEntry()
{
    int made = 0;
    PageRegistry registry = appPages();
    registry.add(extraPage(&made));
    MainWindow window(*m_db, *m_settings, QStringLiteral("tester"), registry);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(made, 1);
    // Without sync: the pages that work on the local database, in registry order.
    QCOMPARE(window.visiblePageIds(), QStringList({ QStringLiteral("students"), QStringLiteral("extra") }));
    QCOMPARE(window.navigation()->count(), 2);
    QCOMPARE(window.pages()->count(), 2);
    QWidget *extra = window.page(QStringLiteral("extra"));
    QVERIFY(extra);
    QCOMPARE(window.pages()->indexOf(extra), 1);

    auto *fileMenu = window.menuBar()->actions().at(0)->menu();
    auto *extraAction = extra->findChild<QAction *>(QStringLiteral("extraAction"));
    QVERIFY(fileMenu->actions().contains(extraAction));

    window.navigation()->setCurrentRow(1);
    QCOMPARE(window.currentPageId(), QStringLiteral("extra"));
    QCOMPARE(window.pages()->currentWidget(), extra);
    auto *status = window.statusBar()->findChildren<QLabel *>().value(0);
    QVERIFY(status);
    QCOMPARE(status->text(), QStringLiteral("extra status"));
    // The shell's Undo follows the page: the extra page has no undo stack.
    QVERIFY(!window.menuBar()->actions().at(1)->menu()->actions().at(0)->isEnabled());
    window.close();
}

void tst_PageRegistry::titlesRetranslated()
{
    MainWindow window(*m_db, *m_settings, QStringLiteral("tester"));
    window.show();
    QCOMPARE(window.navigation()->item(0)->text(), QStringLiteral("Students"));
    Translations::apply(QStringLiteral("zh_CN"));
    QTRY_COMPARE(window.navigation()->item(0)->text(), QStringLiteral("学籍"));
    Translations::apply(QStringLiteral("en"));
    QTRY_COMPARE(window.navigation()->item(0)->text(), QStringLiteral("Students"));
    window.close();
}

void tst_PageRegistry::syncPagesMadeWhenSyncAttached()
{
    const QString path = m_dir.filePath(QStringLiteral("pages-sync.sqlite"));
    auto db = Database::open(path);
    QVERIFY(db.ok());
    SyncService service(path);
    MainWindow window(*db.value(), *m_settings, QStringLiteral("tester"));
    QCOMPARE(window.visiblePageIds(), QStringList({ QStringLiteral("students") }));
    QVERIFY(!window.page(QStringLiteral("sync")));
    window.attachSync(service);
    window.show();
    // Signed out: the pages that work on the local roster; customer service is made but hidden.
    QVERIFY(window.page(QStringLiteral("sync")));
    QVERIFY(window.page(QStringLiteral("customer_service")));
    QCOMPARE(window.navigation()->count(), 6);
    QCOMPARE(window.visiblePageIds(), QStringList({ QStringLiteral("students"), QStringLiteral("sync"),
                                                    QStringLiteral("notices"), QStringLiteral("reviews"),
                                                    QStringLiteral("offers") }));
    QCOMPARE(window.currentPageId(), QStringLiteral("students"));
    // The Students page's File actions stay in the File menu, above Sign In.
    auto *students = window.page<StudentsPage>();
    QVERIFY(students);
    const QList<QAction *> file = window.menuBar()->actions().at(0)->menu()->actions();
    QVERIFY(file.indexOf(students->exportAction()) >= 0);
    QVERIFY(file.indexOf(students->exportAction()) < file.indexOf(window.findChild<QAction *>(QStringLiteral("signInAction"))));
    window.close();
}

QTEST_MAIN(tst_PageRegistry)
#include "tst_pageregistry.moc"
