// Not a test: shows every page whose long job has a JobProgressWidget while a real job runs, in
// the real main window at the usual school laptop's 1366×768, and takes a screenshot of the screen
// at each (`import -window root`), for a visual check of overflow and clipping:
//   xvfb-run -a -s "-screen 0 1366x768x24" job_shots OUTDIR CENTRAL_URL [zh_CN|en]
// CENTRAL_URL: a cet-central started with `demo --roster 30000` (its coordinator coord1 signs in
// on a second, empty database, whose first pull is then on screen). Jobs are held on screen by a
// write lock another connection keeps (import and photo commit), or by their size (export, pull).
#include "AppSettings.h"
#include "Database.h"
#include "IconTheme.h"
#include "ImportActions.h"
#include "ImportTestFiles.h"
#include "ImportWizard.h"
#include "MainWindow.h"
#include "PhotoImportDialog.h"
#include "PhotoTestFiles.h"
#include "StudentExportController.h"
#include "StudentRepository.h"
#include "StudentsPage.h"
#include "SyncService.h"
#include "SyncTestSupport.h"
#include "Translations.h"

#include <QApplication>
#include <QScreen>
#include <QElapsedTimer>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>
#include <functional>

using namespace cet;

namespace {

QString g_out;

void settle(int ms = 400)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
}

bool waitFor(const std::function<bool()> &condition, int ms = 60000)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition() && timer.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return condition();
}

void shoot(const QString &name)
{
    settle(300);
    const QString path = g_out + u'/' + name + QStringLiteral(".png");
    QProcess::execute(QStringLiteral("import"), {QStringLiteral("-window"), QStringLiteral("root"), path});
    std::printf("%s\n", qPrintable(path));
}

void showPage(MainWindow &window, const QString &id)
{
    window.navigation()->setCurrentRow(int(window.visiblePageIds().indexOf(id)));
    settle();
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (argc < 3) {
        std::fprintf(stderr, "usage: job_shots OUTDIR CENTRAL_URL [zh_CN|en]\n");
        return 2;
    }
    qputenv("CETDESK_NO_KEYCHAIN", "1");
    AppSettings::setApplicationIdentity();
    QTemporaryDir dir;
    AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
    Translations::apply(argc > 3 ? QString::fromLocal8Bit(argv[3]) : QStringLiteral("zh_CN"));
    setupIconTheme(QApplication::applicationDirPath());
    g_out = QString::fromLocal8Bit(argv[1]);
    const QString actor = QStringLiteral("教务处 王老师");

    // A roster big enough that its XLSX export stays on screen for a while.
    const QString dbPath = dir.filePath(QStringLiteral("desk.sqlite"));
    auto db = Database::open(dbPath);
    if (!db)
        return 1;
    {
        QList<StudentRecord> records;
        for (int i = 0; i < 60000; ++i)
            records.append(synctest::student(QStringLiteral("10001"), i));
        if (!StudentRepository(*db.value()).insert(records))
            return 1;
    }
    // No window manager under Xvfb: the window is given the whole screen by hand.
    const QRect screen = QGuiApplication::primaryScreen()->geometry();
    MainWindow window(*db.value(), settings, actor);
    window.show();
    window.setGeometry(screen);
    settle(800);
    auto *page = window.page<StudentsPage>();

    page->exportController()->start(StudentQuery{}, dir.filePath(QStringLiteral("学生名单.xlsx")));
    if (!waitFor([&] { return page->exportController()->dialog() && page->exportController()->dialog()->isVisible(); }))
        return 3;
    shoot(QStringLiteral("01-students-export"));
    page->exportController()->cancel();
    waitFor([&] { return !page->exportController()->isRunning(); });

    // Photos: a folder with two matching photos and one without a student.
    const QString photos = dir.filePath(QStringLiteral("照片"));
    QDir().mkpath(photos);
    phototest::writeFile(photos + QStringLiteral("/T0000001.jpg"), phototest::jpeg({144, 192, 1}));
    phototest::writeFile(photos + QStringLiteral("/T0000002.jpg"), phototest::jpeg({144, 192, 2}));
    phototest::writeFile(photos + QStringLiteral("/9999999.jpg"), phototest::jpeg({144, 192, 3}));
    page->photoAction()->trigger();
    auto *photoDialog = window.findChild<PhotoImportDialog *>();
    photoDialog->scan(photos);
    waitFor([&] { return !photoDialog->isBusy(); });
    auto locker = Database::open(dbPath);
    QSqlQuery lock(locker.value()->connection());
    lock.exec(QStringLiteral("BEGIN IMMEDIATE"));
    photoDialog->importPhotos();
    shoot(QStringLiteral("02-photo-import"));
    lock.exec(QStringLiteral("ROLLBACK"));
    waitFor([&] { return !photoDialog->isBusy(); });
    photoDialog->close();

    // The import wizard up to its commit page.
    QStringList lines{importtest::header()};
    for (int k = 1; k <= 200; ++k)
        lines.append(importtest::row(k));
    const QString csv = dir.filePath(QStringLiteral("2026级学籍.csv"));
    importtest::writeCsv(csv, lines);
    page->importActions()->importAction()->trigger();
    ImportWizard *wizard = page->importActions()->wizard();
    const auto idle = [wizard] { return !wizard->isBusy(); };
    wizard->setFile(csv);
    waitFor(idle);
    wizard->next();
    settle();
    wizard->next();
    waitFor(idle);
    settle();
    wizard->next();
    settle();
    lock.exec(QStringLiteral("BEGIN IMMEDIATE"));
    wizard->next();
    shoot(QStringLiteral("03-import-commit"));
    wizard->cancelButton()->click();
    lock.exec(QStringLiteral("ROLLBACK"));
    waitFor(idle);
    wizard->reject();
    settle();
    window.close();

    // The Sync page during a first pull, in a window on an empty database.
    const QString syncPath = dir.filePath(QStringLiteral("sync.sqlite"));
    auto syncDb = Database::open(syncPath);
    if (!syncDb)
        return 1;
    SyncService sync(syncPath);
    MainWindow syncWindow(*syncDb.value(), settings, actor);
    syncWindow.attachSync(sync);
    syncWindow.show();
    syncWindow.setGeometry(screen);
    bool signedIn = false;
    QObject::connect(&sync, &SyncService::signedIn, [&] { signedIn = true; });
    sync.signIn(QString::fromLocal8Bit(argv[2]), QStringLiteral("coord1"), QStringLiteral("demo-coordinator"));
    if (!waitFor([&] { return signedIn; }))
        return 4;
    settle(800);
    showPage(syncWindow, QStringLiteral("sync"));
    bool pulling = false;
    QObject::connect(&sync, &SyncService::progress, [&](SyncPhase phase, qint64 done, qint64) {
        pulling = pulling || (phase == SyncPhase::Pull && done > 0);
    });
    sync.syncNow();
    if (waitFor([&] { return pulling; }))
        shoot(QStringLiteral("04-sync-page"));
    sync.cancel();
    waitFor([&] { return sync.connection() != SyncConnection::Syncing; });
    return 0;
}
