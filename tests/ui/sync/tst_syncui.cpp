// The sync UI against a real cet-central: sign-in dialog (wrong password, refused http, right
// password and the role's pages), the Sync page's outbox after a local edit and after a sync,
// and a conflict resolved through the conflict panel.
#include "AppSettings.h"
#include "ConflictPanel.h"
#include "Database.h"
#include "IconTheme.h"
#include "MainWindow.h"
#include "OutboxModel.h"
#include "SignInDialog.h"
#include "StudentRepository.h"
#include "SyncController.h"
#include "SyncJobProgress.h"
#include "SyncPage.h"
#include "SyncService.h"
#include "SyncStatusWidget.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QStackedWidget>
#include <QTabWidget>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace cet;

namespace {
const QString kPassword = QStringLiteral("demo-coordinator");

QList<StudentRecord> allStudents(Database &db)
{
    StudentRepository repo(db);
    auto rows = repo.fetch(StudentQuery{}, 0, 1000);
    return rows ? rows.value() : QList<StudentRecord>{};
}

// Signs `service` in without the UI and waits for the first sync to finish.
bool signInAndSync(SyncService &service, const QString &url, const QString &user)
{
    QSignalSpy signedIn(&service, &SyncService::signedIn);
    QSignalSpy synced(&service, &SyncService::syncFinished);
    service.signIn(url, user, kPassword);
    if (!signedIn.wait(30000))
        return false;
    service.syncNow();
    return synced.wait(30000);
}
} // namespace

class tst_SyncUi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void wrongPasswordShowsError();
    void plainHttpToAnotherHostIsRefused();
    void signInShowsRolePages();
    void outboxShowsLocalEditThenAcknowledged();
    void conflictResolvedThroughPanel();
    void expiredSessionAsksToSignInAgain();
    void signOutKeepsWorkingOffline();

private:
    StudentRecord firstStudent(Database &db);

    QTemporaryDir m_dir;
    QProcess m_central;
    QString m_url;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<SyncService> m_service;
    std::unique_ptr<MainWindow> m_window;
};

void tst_SyncUi::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString central = QStringLiteral(CETDESK_CENTRAL_BIN);
    if (central.isEmpty())
        QSKIP("cet-central is not part of this build");
    setupIconTheme(QStringLiteral(CETDESK_BIN_DIR));

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CETCENTRAL_FAST_PASSWORD_HASH"), QStringLiteral("1"));
    m_central.setProcessEnvironment(env);
    m_central.setProcessChannelMode(QProcess::MergedChannels);
    m_central.start(central, { QStringLiteral("demo"), QStringLiteral("--db"),
                               QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("central.sqlite")),
                               QStringLiteral("--roster"), QStringLiteral("20"), QStringLiteral("--listen"),
                               QStringLiteral("127.0.0.1:0") });
    QVERIFY2(m_central.waitForStarted(10000), qPrintable(m_central.errorString()));
    QByteArray output;
    static const QRegularExpression listening(QStringLiteral("listening on (http://\\S+)"));
    QElapsedTimer timer;
    timer.start();
    while (m_url.isEmpty() && timer.elapsed() < 60000 && m_central.state() == QProcess::Running) {
        m_central.waitForReadyRead(200);
        output += m_central.readAll();
        const auto match = listening.match(QString::fromUtf8(output));
        if (match.hasMatch())
            m_url = match.captured(1);
    }
    while (m_url.endsWith(u'/'))
        m_url.chop(1);
    QVERIFY2(!m_url.isEmpty(), output.constData());

    const QString path = m_dir.filePath(QStringLiteral("desk-a.sqlite"));
    auto db = Database::open(path);
    QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
    m_db = std::move(db).value();
    m_settings = std::make_unique<AppSettings>(m_dir.filePath(QStringLiteral("settings.ini")));
    m_service = std::make_unique<SyncService>(path);
    m_window = std::make_unique<MainWindow>(*m_db, *m_settings, QStringLiteral("tester"));
    m_window->attachSync(*m_service);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    new QAbstractItemModelTester(m_window->page<SyncPage>()->outboxModel(),
                                 QAbstractItemModelTester::FailureReportingMode::QtTest, this);
}

void tst_SyncUi::cleanupTestCase()
{
    m_window.reset();
    m_service.reset();
    m_central.kill();
    m_central.waitForFinished(5000);
}

StudentRecord tst_SyncUi::firstStudent(Database &db)
{
    const QList<StudentRecord> rows = allStudents(db);
    return rows.isEmpty() ? StudentRecord{} : rows.first();
}

void tst_SyncUi::wrongPasswordShowsError()
{
    SyncController *sync = m_window->syncController();
    QVERIFY(sync->signInAction()->isEnabled());
    sync->signInAction()->trigger();
    SignInDialog *dialog = sync->signInDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QVERIFY(!dialog->signInButton()->isEnabled()); // nothing filled in yet
    dialog->serverEdit()->setText(m_url);
    dialog->userEdit()->setText(QStringLiteral("coord1"));
    QTest::keyClicks(dialog->passwordEdit(), QStringLiteral("wrong-password"));
    QVERIFY(dialog->signInButton()->isEnabled());
    QTest::keyClick(dialog->passwordEdit(), Qt::Key_Return); // keyboard: Enter signs in
    QVERIFY(dialog->isBusy());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->errorText().isEmpty(), 30000);
    QVERIFY2(dialog->errorText().contains(QStringLiteral("password")), qPrintable(dialog->errorText()));
    QVERIFY(!dialog->isBusy());
    QVERIFY(dialog->isVisible());
    QVERIFY(!m_service->isSignedIn());
    QVERIFY(dialog->passwordEdit()->text().isEmpty());
}

void tst_SyncUi::plainHttpToAnotherHostIsRefused()
{
    SignInDialog *dialog = m_window->syncController()->signInDialog();
    QVERIFY(dialog);
    dialog->serverEdit()->setText(QStringLiteral("http://192.0.2.10:8080"));
    dialog->passwordEdit()->setText(kPassword);
    dialog->submit();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->errorText().isEmpty(), 10000);
    QVERIFY2(dialog->errorText().contains(QStringLiteral("https://")), qPrintable(dialog->errorText()));
    QVERIFY(!m_service->isSignedIn());
}

void tst_SyncUi::signInShowsRolePages()
{
    SignInDialog *dialog = m_window->syncController()->signInDialog();
    QVERIFY(dialog);
    dialog->serverEdit()->setText(m_url);
    dialog->userEdit()->setText(QStringLiteral("coord1"));
    dialog->passwordEdit()->setText(kPassword);
    QSignalSpy synced(m_service.get(), &SyncService::syncFinished);
    QTest::mouseClick(dialog->signInButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->syncController()->signInDialog(), 30000); // accepted, deleted
    QVERIFY(m_service->isSignedIn());
    QCOMPARE(m_service->role(), QStringLiteral("coordinator"));
    // Coordinator: Students, Sync, Notices, Reviews and Campuses (the customer service page is hidden).
    QCOMPARE(m_window->visiblePageIds(),
             QStringList({ QStringLiteral("students"), QStringLiteral("sync"), QStringLiteral("notices"),
                          QStringLiteral("reviews"), QStringLiteral("offers") }));
    QVERIFY(m_window->syncController()->signOutAction()->isEnabled());
    QVERIFY(!m_window->syncController()->signInAction()->isEnabled());
    QVERIFY2(m_window->page<SyncPage>()->accountText().contains(QStringLiteral("coord1")),
             qPrintable(m_window->page<SyncPage>()->accountText()));
    // The first sync starts by itself and brings the school's roster.
    QVERIFY(synced.wait(30000) || synced.count() > 0);
    QCOMPARE(allStudents(*m_db).size(), 20);
    QVERIFY2(m_window->syncStatus()->connectionText().contains(QStringLiteral("Online")),
             qPrintable(m_window->syncStatus()->connectionText()));
    QVERIFY(!m_window->syncStatus()->lastSyncText().contains(QStringLiteral("never")));
}

void tst_SyncUi::outboxShowsLocalEditThenAcknowledged()
{
    const StudentRecord before = firstStudent(*m_db);
    QVERIFY(before.id > 0);
    StudentRecord after = before;
    after.note = QStringLiteral("edited on desk A");
    StudentRepository repo(*m_db);
    QVERIFY(repo.update(before, after, QStringLiteral("tester")).ok());
    m_window->syncController()->localDataChanged();
    QCOMPARE(m_window->syncController()->pendingCount(), 1);
    QTRY_VERIFY(m_window->syncStatus()->pendingText().startsWith(u'1'));

    SyncPage *page = m_window->page<SyncPage>();
    m_window->navigation()->setCurrentRow(1);
    QCOMPARE(m_window->pages()->currentWidget(), page);
    OutboxModel *model = page->outboxModel();
    QTRY_COMPARE(model->rowCount(), 1);
    QCOMPARE(model->entry(0).state, QStringLiteral("queued"));
    QVERIFY(model->data(model->index(0, OutboxModel::ChangesColumn)).toString().contains(after.note));

    // Filter by state.
    page->stateFilter()->setCurrentIndex(page->stateFilter()->findData(QStringLiteral("acked")));
    QCOMPARE(model->rowCount(), 0);
    page->stateFilter()->setCurrentIndex(0);
    QCOMPARE(model->rowCount(), 1);

    // The run shows on the page as a job (progress, Stop) while it lasts, and goes after.
    bool progressShown = false;
    QObject watching; // ends the connection with this function
    connect(m_service.get(), &SyncService::connectionChanged, &watching, [&](SyncConnection c) {
        if (c == SyncConnection::Syncing)
            progressShown = page->syncProgress()->isVisible() && page->syncProgress()->cancelButton()->isEnabled();
    });
    QSignalSpy synced(m_service.get(), &SyncService::syncFinished);
    m_window->syncController()->syncNowAction()->trigger();
    QVERIFY(synced.wait(30000));
    QVERIFY(progressShown);
    QVERIFY(!page->syncProgress()->isVisible());
    QTRY_COMPARE(model->rowCount(), 1);
    QTRY_COMPARE(model->entry(0).state, QStringLiteral("acked"));
    QTRY_COMPARE(m_window->syncController()->pendingCount(), 0);
}

void tst_SyncUi::conflictResolvedThroughPanel()
{
    // Desk B: coord2 of the same school.
    const QString pathB = m_dir.filePath(QStringLiteral("desk-b.sqlite"));
    auto dbB = Database::open(pathB);
    QVERIFY(dbB.ok());
    SyncService serviceB(pathB);
    QVERIFY(signInAndSync(serviceB, m_url, QStringLiteral("coord2")));

    const StudentRecord mineBefore = firstStudent(*m_db);
    StudentRecord theirsBefore;
    for (const StudentRecord &r : allStudents(*dbB.value())) {
        if (r.idNumber == mineBefore.idNumber)
            theirsBefore = r;
    }
    QVERIFY(theirsBefore.id > 0);

    // Both change the same field; B syncs first.
    StudentRecord theirs = theirsBefore;
    theirs.department = QStringLiteral("化学系");
    QVERIFY(StudentRepository(*dbB.value()).update(theirsBefore, theirs, QStringLiteral("coord2")).ok());
    QSignalSpy syncedB(&serviceB, &SyncService::syncFinished);
    serviceB.syncNow();
    QVERIFY(syncedB.wait(30000));

    StudentRecord mine = mineBefore;
    mine.department = QStringLiteral("物理系");
    QVERIFY(StudentRepository(*m_db).update(mineBefore, mine, QStringLiteral("tester")).ok());
    QSignalSpy synced(m_service.get(), &SyncService::syncFinished);
    m_service->syncNow();
    QVERIFY(synced.wait(30000));

    SyncPage *page = m_window->page<SyncPage>();
    ConflictPanel *panel = page->conflictPanel();
    QTRY_COMPARE(panel->recordCount(), 1);
    auto conflicts = m_service->conflicts();
    QVERIFY(conflicts.ok());
    QCOMPARE(conflicts.value().size(), 1);
    const SyncConflict c = conflicts.value().first();
    QCOMPARE(c.field, QStringLiteral("department"));
    QCOMPARE(c.changedBy, QStringLiteral("coord2"));
    page->tabs()->setCurrentIndex(SyncPage::ConflictsTab);
    QPushButton *theirsButton = panel->theirsButton(c.id);
    QVERIFY(theirsButton);
    QVERIFY(panel->mineButton(c.id));
    QVERIFY(theirsButton->isVisible());
    // Both values are on screen.
    const QString shown = [&] {
        QString all;
        for (QLabel *label : panel->findChildren<QLabel *>())
            all += label->text() + u'\n';
        return all;
    }();
    QVERIFY2(shown.contains(QStringLiteral("物理系")) && shown.contains(QStringLiteral("化学系"))
                 && shown.contains(QStringLiteral("coord2")),
             qPrintable(shown));

    QTest::mouseClick(theirsButton, Qt::LeftButton);
    QTRY_COMPARE(panel->recordCount(), 0);
    // The resolution ran on the database's writer; the page says so when it is done.
    QTRY_VERIFY2(page->messageText().contains(QStringLiteral("Their value is taken")), qPrintable(page->messageText()));
    QVERIFY(m_service->conflicts().value().isEmpty());
    QString department;
    for (const StudentRecord &r : allStudents(*m_db)) {
        if (r.idNumber == mineBefore.idNumber)
            department = r.department;
    }
    QCOMPARE(department, QStringLiteral("化学系"));
}

void tst_SyncUi::expiredSessionAsksToSignInAgain()
{
    // The server revokes every session (as an administrator or the expiry would).
    {
        QSqlDatabase central = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("central"));
        central.setDatabaseName(m_dir.filePath(QStringLiteral("central.sqlite")));
        QVERIFY(central.open());
        QSqlQuery q(central);
        QVERIFY(q.exec(QStringLiteral("UPDATE staff_sessions SET revoked_at = '2026-01-01T00:00:00Z' "
                                      "WHERE revoked_at IS NULL")));
        central.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("central"));

    // A local edit made before noticing stays queued.
    const StudentRecord before = firstStudent(*m_db);
    StudentRecord after = before;
    after.note = QStringLiteral("edited while the session ended");
    QVERIFY(StudentRepository(*m_db).update(before, after, QStringLiteral("tester")).ok());
    m_window->syncController()->localDataChanged();

    QSignalSpy needed(m_service.get(), &SyncService::signInNeeded);
    m_window->syncController()->syncNowAction()->trigger();
    QVERIFY(needed.wait(30000));
    SyncController *sync = m_window->syncController();
    QTRY_VERIFY(sync->isSignInPromptShown());
    QVERIFY(m_window->syncStatus()->signInPrompt()->isVisible());
    QVERIFY(!sync->signInDialog()); // not modal, not in the way
    QCOMPARE(sync->pendingCount(), 1);

    sync->showSignInDialog();
    SignInDialog *dialog = sync->signInDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->serverEdit()->text(), m_url); // remembered
    QCOMPARE(dialog->userEdit()->text(), QStringLiteral("coord1"));
    QCOMPARE(dialog->passwordEdit()->hasFocus() || !dialog->isActiveWindow(), true);
    dialog->passwordEdit()->setText(kPassword);
    QSignalSpy synced(m_service.get(), &SyncService::syncFinished);
    dialog->submit();
    QVERIFY(synced.wait(30000));
    QVERIFY(!sync->isSignInPromptShown());
    QVERIFY(!m_window->syncStatus()->signInPrompt()->isVisible());
    QTRY_COMPARE(sync->pendingCount(), 0); // the queued edit went out after signing in again
}

void tst_SyncUi::signOutKeepsWorkingOffline()
{
    QSignalSpy out(m_service.get(), &SyncService::signedOut);
    m_window->syncController()->signOutAction()->trigger();
    QVERIFY(out.wait(30000) || out.count() > 0);
    QVERIFY(!m_service->isSignedIn());
    QVERIFY(m_window->syncController()->signInAction()->isEnabled());
    QVERIFY(!m_window->syncController()->syncNowAction()->isEnabled());
    QVERIFY(!m_window->navigation()->item(0)->isHidden()); // Students still there, offline
    QVERIFY(!m_window->syncController()->isSignInPromptShown()); // signing out is not "session ended"
}

QTEST_MAIN(tst_SyncUi)
#include "tst_syncui.moc"
