// An older CET Desk against a newer cet-central: the server holds notices, which this client (built
// without the notice entity, as a version before notices would be) does not know. Its sync stops
// before the first notice with the cursor kept there, the Sync page tells the user to update, and
// the updated client goes on from that place and gets everything.
#include "AppSettings.h"
#include "Database.h"
#include "IconTheme.h"
#include "MainWindow.h"
#include "NoticeRepository.h"
#include "StudentRepository.h"
#include "SyncPage.h"
#include "SyncService.h"
#include "SyncStore.h"
#include "TestServer.h"
#include "Translations.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace cet;

class tst_OutdatedClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void olderClientStopsAndSaysToUpdate();

private:
    QTemporaryDir m_dir;
    test::TestServer m_server;
};

void tst_OutdatedClient::initTestCase()
{
    QVERIFY(m_dir.isValid());
    setupIconTheme(QStringLiteral(CETDESK_BIN_DIR));
    Translations::apply(QStringLiteral("en"));
    // The demo roster, then school 10001's notice (posted last: after every student change).
    m_server.setArguments({ QStringLiteral("demo"), QStringLiteral("--db"), QStringLiteral("{db}"),
                            QStringLiteral("--roster"), QStringLiteral("20"), QStringLiteral("--notice"),
                            QStringLiteral("--listen"), QStringLiteral("{listen}") });
    m_server.setDatabaseUrl(QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("central.sqlite")));
    QVERIFY2(m_server.start(0, 60000), qPrintable(m_server.errorString() + m_server.output()));
}

void tst_OutdatedClient::olderClientStopsAndSaysToUpdate()
{
    const QString path = m_dir.filePath(QStringLiteral("old.sqlite"));
    auto opened = Database::open(path);
    QVERIFY(opened);
    std::unique_ptr<Database> db = std::move(opened).value();
    AppSettings settings(m_dir.filePath(QStringLiteral("old.ini")));
    qint64 cursor = -1;
    {
        SyncService older(path, SyncEntityRegistry::standard().without(QStringLiteral("notice")));
        MainWindow window(*db, settings, QStringLiteral("tester"));
        window.attachSync(older);
        window.show();
        QSignalSpy signedIn(&older, &SyncService::signedIn);
        older.signIn(m_server.baseUrl(), QStringLiteral("coord1"), QStringLiteral("demo-coordinator"));
        QVERIFY(signedIn.wait(30000));
        QSignalSpy failed(&older, &SyncService::syncFailed);
        QSignalSpy finished(&older, &SyncService::syncFinished);
        older.syncNow();
        QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty() || !finished.isEmpty(), 60000);
        QVERIFY2(finished.isEmpty(), "an older client must not finish a sync past a change it does not know");
        QCOMPARE(failed.first().at(0).toString(), QStringLiteral("sync.client_outdated"));
        const QString shown = window.page<SyncPage>()->messageText();
        QVERIFY2(shown.contains(QStringLiteral("update CET Desk")), qPrintable(shown));

        // The roster came; the notice did not, and the cursor stands before it (asked for again).
        SyncStore store(*db);
        const SyncState state = store.state().value();
        QCOMPARE(state.lastError, QStringLiteral("sync.client_outdated"));
        cursor = state.cursor;
        QCOMPARE(StudentRepository(*db).count().value(), qint64(20));
        QVERIFY(NoticeRepository(*db).list().value().isEmpty());

        // Again: stopped at the same place.
        failed.clear();
        older.syncNow();
        QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 60000);
        QCOMPARE(store.state().value().cursor, cursor);
        window.close();
    }

    // Updated: the same database syncs on from there and gets the notice.
    SyncService updated(path);
    QSignalSpy signedIn(&updated, &SyncService::signedIn);
    updated.start();
    QVERIFY(signedIn.wait(30000));
    QSignalSpy finished(&updated, &SyncService::syncFinished);
    updated.syncNow();
    QVERIFY(finished.wait(60000));
    const SyncSummary summary = finished.first().at(0).value<SyncSummary>();
    QVERIFY2(summary.digestMatches, qPrintable(summary.digestDetail));
    QCOMPARE(NoticeRepository(*db).list().value().size(), 1);
    QVERIFY(SyncStore(*db).state().value().cursor > cursor);
    QVERIFY(SyncStore(*db).state().value().lastError.isEmpty());
}

QTEST_MAIN(tst_OutdatedClient)
#include "tst_outdatedclient.moc"
