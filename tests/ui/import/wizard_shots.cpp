// Not a test: drives the import wizard inside the real main window through every page and
// takes a screenshot of the screen at each (`import -window root`), for a visual check under
//   xvfb-run -a -s "-screen 0 1440x900x24" wizard_shots DB BASE.csv FILE.csv OUTDIR [zh_CN|en]
// BASE.csv is imported first without the wizard, so that FILE.csv has changed and missing rows.
#include "AppSettings.h"
#include "Database.h"
#include "IconTheme.h"
#include "ImportActions.h"
#include "ImportDialogs.h"
#include "ImportHistoryDialog.h"
#include "ImportPlanPage.h"
#include "ImportReportPage.h"
#include "ImportSummaryPage.h"
#include "ImportWizard.h"
#include "MainWindow.h"
#include "StudentImport.h"
#include "StudentsPage.h"
#include "Translations.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QPushButton>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QThread>
#include <QTreeWidget>

#include <cstdio>

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

void waitIdle(ImportWizard *wizard)
{
    while (wizard->isBusy())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    settle();
}

void shoot(const QString &name)
{
    settle();
    const QString path = g_out + u'/' + name + QStringLiteral(".png");
    QProcess::execute(QStringLiteral("import"), {QStringLiteral("-window"), QStringLiteral("root"), path});
    std::printf("%s\n", qPrintable(path));
}

bool importDirectly(Database &db, const QString &path)
{
    auto preview = StudentImport::preview(path);
    if (!preview)
        return false;
    ImportProgress progress;
    auto analysis = StudentImport::analyse(db, preview.value().request, progress);
    if (!analysis)
        return false;
    return StudentImport::commit(db, *analysis.value(), {}, QStringLiteral("教务处 王老师"), progress).ok();
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (argc < 5) {
        std::fprintf(stderr, "usage: wizard_shots DB BASE.csv FILE.csv OUTDIR [zh_CN|en]\n");
        return 2;
    }
    AppSettings::setApplicationIdentity();
    QTemporaryDir settingsDir;
    AppSettings settings(settingsDir.filePath(QStringLiteral("settings.ini")));
    Translations::apply(argc > 5 ? QString::fromLocal8Bit(argv[5]) : QStringLiteral("zh_CN"));
    setupIconTheme(QApplication::applicationDirPath());
    g_out = QString::fromLocal8Bit(argv[4]);

    auto db = Database::open(QString::fromLocal8Bit(argv[1]));
    if (!db || !importDirectly(*db.value(), QString::fromLocal8Bit(argv[2])))
        return 1;
    MainWindow window(*db.value(), settings, QStringLiteral("教务处 王老师"));
    window.resize(1280, 800);
    window.show();
    settle(800);
    auto *page = window.findChild<StudentsPage *>();
    ImportActions *actions = page->importActions();

    actions->importAction()->trigger();
    ImportWizard *wizard = actions->wizard();
    shoot(QStringLiteral("01-empty-file-page"));
    {
        QFile bogus(settingsDir.filePath(QStringLiteral("名单.docx")));
        bogus.open(QIODevice::WriteOnly);
        bogus.write("PK\x03\x04 not really a workbook");
        bogus.close();
        wizard->setFile(bogus.fileName());
        waitIdle(wizard);
        shoot(QStringLiteral("01b-unreadable-file"));
    }
    wizard->setFile(QString::fromLocal8Bit(argv[3]));
    waitIdle(wizard);
    shoot(QStringLiteral("02-file-page"));
    wizard->next();
    shoot(QStringLiteral("03-mapping-page"));
    wizard->next();
    waitIdle(wizard);
    shoot(QStringLiteral("04-report-page"));
    QTreeWidget *tree = wizard->reportPage()->tree();
    if (QTreeWidgetItem *group = tree->topLevelItem(0) ? tree->topLevelItem(0)->child(0) : nullptr) {
        group->setExpanded(true);
        if (group->childCount() > 0)
            tree->setCurrentItem(group->child(0));
    }
    shoot(QStringLiteral("05-report-row"));
    if (QTreeWidgetItem *duplicate = wizard->reportPage()->groupItem(QStringLiteral("duplicate.in_file"))) {
        duplicate->setExpanded(true);
        tree->setCurrentItem(duplicate->child(0));
        shoot(QStringLiteral("06-report-duplicate"));
    }
    wizard->next();
    shoot(QStringLiteral("07-plan-page"));
    wizard->planPage()->findChild<QTabWidget *>()->setCurrentIndex(1);
    shoot(QStringLiteral("08-plan-missing"));
    wizard->planPage()->findChild<QTabWidget *>()->setCurrentIndex(0);

    // Hold the write lock so that the commit page stays up for its picture.
    auto locker = Database::open(db.value()->path());
    QSqlQuery lock(locker.value()->connection());
    lock.exec(QStringLiteral("BEGIN IMMEDIATE"));
    wizard->next();
    shoot(QStringLiteral("09-commit-page"));
    lock.exec(QStringLiteral("ROLLBACK"));
    waitIdle(wizard);
    shoot(QStringLiteral("10-summary-page"));
    wizard->summaryPage()->historyButton()->click();
    shoot(QStringLiteral("11-history"));
    actions->historyDialog()->close();
    wizard->accept();
    shoot(QStringLiteral("12-students-page"));
    return 0;
}
