// Every role signs in on the desktop, against the real cet-central: customer service gets its own
// page and no roster sync; an administrator chooses the school to sync; a user of another school
// on a database holding a school's roster is told what to do instead.
#include "AppSettings.h"
#include "CustomerServicePage.h"
#include "Database.h"
#include "IconTheme.h"
#include "MainWindow.h"
#include "SchoolChooser.h"
#include "SignInDialog.h"
#include "StudentRepository.h"
#include "SyncController.h"
#include "SyncPage.h"
#include "SyncService.h"
#include "TestServer.h"
#include "Translations.h"

#include "../students/StudentTestData.h"

#include <QAction>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStackedWidget>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace cet;

namespace {
// One desktop: its database, settings, sync service and window.
struct Desk
{
    std::unique_ptr<Database> db;
    std::unique_ptr<AppSettings> settings;
    std::unique_ptr<SyncService> service;
    std::unique_ptr<MainWindow> window;

    ~Desk()
    {
        window.reset();
        service.reset();
    }
};

qint64 studentCount(Database &db)
{
    auto n = StudentRepository(db).count();
    return n ? n.value() : -1;
}
} // namespace

class tst_SignInRoles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void customerServiceGetsItsPageAndNoRosterSync_data();
    void customerServiceGetsItsPageAndNoRosterSync();
    void otherSchoolOnSyncedDatabaseIsExplained();
    void otherSchoolOnImportedRosterIsExplained();
    void adminChoosesSchool();

private:
    std::unique_ptr<Desk> openDesk(const QString &name);
    // Signs in through the dialog; returns the dialog's error text ("" when it accepted).
    QString signInThroughDialog(Desk &desk, const QString &user, const QString &password);

    QTemporaryDir m_dir;
    test::TestServer m_server;
};

void tst_SignInRoles::initTestCase()
{
    QVERIFY(m_dir.isValid());
    setupIconTheme(QStringLiteral(CETDESK_BIN_DIR));
    Translations::apply(QStringLiteral("en"));
    m_server.setArguments({ QStringLiteral("demo"), QStringLiteral("--db"), QStringLiteral("{db}"),
                            QStringLiteral("--roster"), QStringLiteral("20"), QStringLiteral("--listen"),
                            QStringLiteral("{listen}") });
    m_server.setDatabaseUrl(QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("central.sqlite")));
    QVERIFY2(m_server.start(0, 60000), qPrintable(m_server.errorString() + m_server.output()));
}

std::unique_ptr<Desk> tst_SignInRoles::openDesk(const QString &name)
{
    auto desk = std::make_unique<Desk>();
    const QString path = m_dir.filePath(name + QStringLiteral(".sqlite"));
    auto db = Database::open(path);
    if (!db)
        return nullptr;
    desk->db = std::move(db).value();
    desk->settings = std::make_unique<AppSettings>(m_dir.filePath(name + QStringLiteral(".ini")));
    desk->service = std::make_unique<SyncService>(path);
    desk->window = std::make_unique<MainWindow>(*desk->db, *desk->settings, QStringLiteral("tester"));
    desk->window->attachSync(*desk->service);
    desk->window->show();
    return desk;
}

QString tst_SignInRoles::signInThroughDialog(Desk &desk, const QString &user, const QString &password)
{
    SyncController *sync = desk.window->syncController();
    sync->signInAction()->trigger();
    SignInDialog *dialog = sync->signInDialog();
    if (!dialog)
        return QStringLiteral("no dialog");
    dialog->serverEdit()->setText(m_server.baseUrl());
    dialog->userEdit()->setText(user);
    dialog->passwordEdit()->setText(password);
    dialog->submit();
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 30000 && sync->signInDialog() && sync->signInDialog()->errorText().isEmpty())
        QTest::qWait(50);
    if (!sync->signInDialog())
        return QString();
    const QString error = sync->signInDialog()->errorText();
    sync->signInDialog()->reject();
    return error.isEmpty() ? QStringLiteral("timed out") : error;
}

void tst_SignInRoles::customerServiceGetsItsPageAndNoRosterSync_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("roleWords");
    QTest::newRow("cs_agent") << QStringLiteral("agent1") << QStringLiteral("demo-cs_agent")
                              << QStringLiteral("file a rebinding request");
    QTest::newRow("cs_supervisor") << QStringLiteral("super1") << QStringLiteral("demo-cs_supervisor")
                                   << QStringLiteral("approve or refuse");
}

void tst_SignInRoles::customerServiceGetsItsPageAndNoRosterSync()
{
    QFETCH(QString, user);
    QFETCH(QString, password);
    QFETCH(QString, roleWords);
    auto desk = openDesk(QStringLiteral("cs-") + user);
    QVERIFY(desk);
    QSignalSpy progress(desk->service.get(), &SyncService::progress);
    QSignalSpy finished(desk->service.get(), &SyncService::syncFinished);
    QSignalSpy failed(desk->service.get(), &SyncService::syncFailed);

    QCOMPARE(signInThroughDialog(*desk, user, password), QString());
    QVERIFY(desk->service->isSignedIn());
    QVERIFY(!desk->service->syncsRoster());
    MainWindow &window = *desk->window;
    QCOMPARE(window.visiblePageIds(), QStringList({ QStringLiteral("customer_service") }));
    QCOMPARE(window.currentPageId(), QStringLiteral("customer_service"));
    auto *page = window.page<CustomerServicePage>();
    QVERIFY(page);
    QVERIFY(page->isVisible());
    QVERIFY2(page->accountText().contains(user), qPrintable(page->accountText()));
    QVERIFY2(page->roleText().contains(roleWords), qPrintable(page->roleText()));
    QVERIFY2(page->availabilityText().contains(QStringLiteral("online only")), qPrintable(page->availabilityText()));
    // The roster's actions are out of reach; Sync Now is off and does nothing when asked anyway.
    QVERIFY(!window.syncController()->syncNowAction()->isEnabled());
    QVERIFY(window.syncController()->signOutAction()->isEnabled());
    desk->service->syncNow();
    QTest::qWait(1500);
    QCOMPARE(progress.count(), 0);
    QCOMPARE(finished.count(), 0);
    QCOMPARE(failed.count(), 0);
    QCOMPARE(studentCount(*desk->db), 0);
    auto log = desk->service->log();
    QVERIFY(log.ok());
    for (const SyncLogEntry &entry : log.value())
        QVERIFY2(!entry.message.contains(QStringLiteral("Sync done")), qPrintable(entry.message));

    // Signing out brings back the offline pages.
    QSignalSpy signedOut(desk->service.get(), &SyncService::signedOut);
    window.syncController()->signOutAction()->trigger();
    QVERIFY(signedOut.wait(10000));
    QCOMPARE(window.visiblePageIds(),
             QStringList({ QStringLiteral("students"), QStringLiteral("sync"), QStringLiteral("notices"),
                          QStringLiteral("reviews"), QStringLiteral("offers") }));
}

void tst_SignInRoles::otherSchoolOnSyncedDatabaseIsExplained()
{
    auto desk = openDesk(QStringLiteral("school-a"));
    QVERIFY(desk);
    QSignalSpy finished(desk->service.get(), &SyncService::syncFinished);
    QCOMPARE(signInThroughDialog(*desk, QStringLiteral("coord1"), QStringLiteral("demo-coordinator")), QString());
    QVERIFY(finished.wait(30000) || finished.count() > 0); // the first sync runs by itself
    QCOMPARE(studentCount(*desk->db), 20);
    QSignalSpy signedOut(desk->service.get(), &SyncService::signedOut);
    desk->service->signOut();
    QVERIFY(signedOut.wait(10000));

    const QString error = signInThroughDialog(*desk, QStringLiteral("coord3"), QStringLiteral("demo-coordinator"));
    QVERIFY2(error.contains(QStringLiteral("10001")) && error.contains(QStringLiteral("10002")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("another database")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("sign in as a user of school 10001")), qPrintable(error));
    QVERIFY(!desk->service->isSignedIn());
    QCOMPARE(studentCount(*desk->db), 20);

    // A user of the database's own school still signs in.
    QCOMPARE(signInThroughDialog(*desk, QStringLiteral("coord2"), QStringLiteral("demo-coordinator")), QString());
    QCOMPARE(desk->service->school(), QStringLiteral("10001"));
}

void tst_SignInRoles::otherSchoolOnImportedRosterIsExplained()
{
    // Never synced, but the roster imported here is school 99101's: nobody of another school may
    // sync it into theirs.
    auto desk = openDesk(QStringLiteral("imported"));
    QVERIFY(desk);
    QList<StudentRecord> students = test::makeStudents(5);
    QVERIFY(StudentRepository(*desk->db).insert(students).ok());
    QSignalSpy progress(desk->service.get(), &SyncService::progress);
    const QString error = signInThroughDialog(*desk, QStringLiteral("coord1"), QStringLiteral("demo-coordinator"));
    QVERIFY2(error.contains(QStringLiteral("99101")) && error.contains(QStringLiteral("10001")), qPrintable(error));
    QVERIFY(!desk->service->isSignedIn());
    QTest::qWait(300);
    QCOMPARE(progress.count(), 0);
    QCOMPARE(studentCount(*desk->db), 5);
}

void tst_SignInRoles::adminChoosesSchool()
{
    auto desk = openDesk(QStringLiteral("admin"));
    QVERIFY(desk);
    MainWindow &window = *desk->window;
    QCOMPARE(signInThroughDialog(*desk, QStringLiteral("admin"), QStringLiteral("demo-admin")), QString());
    QCOMPARE(desk->service->role(), QStringLiteral("admin"));
    QCOMPARE(desk->service->school(), QString());
    QCOMPARE(window.visiblePageIds(),
             QStringList({ QStringLiteral("students"), QStringLiteral("sync"), QStringLiteral("notices") })); // the review and offers desks are for coordinators
    QVERIFY(!window.syncController()->syncNowAction()->isEnabled()); // no school yet

    window.navigation()->setCurrentRow(window.pages()->indexOf(window.page(QStringLiteral("sync"))));
    SchoolChooser *chooser = window.page<SyncPage>()->schoolChooser();
    QVERIFY(chooser->isVisible());
    QTest::keyClicks(chooser->schoolEdit(), QStringLiteral("10001"));
    QSignalSpy chosen(desk->service.get(), &SyncService::schoolChosen);
    QSignalSpy finished(desk->service.get(), &SyncService::syncFinished);
    QTest::keyClick(chooser->schoolEdit(), Qt::Key_Return);
    QVERIFY(chosen.wait(10000));
    QCOMPARE(desk->service->school(), QStringLiteral("10001"));
    QVERIFY(finished.wait(30000) || finished.count() > 0); // the chosen school's roster comes at once
    QCOMPARE(studentCount(*desk->db), 20);
    QVERIFY(window.syncController()->syncNowAction()->isEnabled());

    // The database now holds school 10001's roster: another school is explained, not taken.
    chooser->schoolEdit()->setText(QStringLiteral("10002"));
    QSignalSpy refused(desk->service.get(), &SyncService::schoolChoiceFailed);
    chooser->submit();
    QVERIFY(refused.wait(10000));
    QCOMPARE(refused.at(0).at(0).toString(), QStringLiteral("sync.wrong_school"));
    QVERIFY2(chooser->errorText().contains(QStringLiteral("10001")), qPrintable(chooser->errorText()));
    QCOMPARE(desk->service->school(), QStringLiteral("10001"));
}

QTEST_MAIN(tst_SignInRoles)
#include "tst_signinroles.moc"
