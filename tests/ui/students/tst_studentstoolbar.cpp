// The Students page's actions on the usual school laptop: 1366×768 at 125 % scaling leaves a
// window of about 1093×614 logical pixels. There the toolbar must show every action (no ››
// overflow), Import with its text, in Chinese and in English.
#include "AppSettings.h"
#include "Database.h"
#include "IconTheme.h"
#include "ImportActions.h"
#include "MainWindow.h"
#include "StudentRepository.h"
#include "StudentTestData.h"
#include "StudentsPage.h"
#include "Translations.h"

#include <QTemporaryDir>
#include <QToolBar>
#include <QToolButton>
#include <QtTest>

using namespace cet;

namespace {
// 1366×768 at 125 %, less the window frame and a taskbar.
const QSize kLaptopWindow(1366 * 4 / 5, 768 * 4 / 5 - 40);
} // namespace

class tst_StudentsToolbar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void everyActionVisibleOnLaptop_data();
    void everyActionVisibleOnLaptop();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<AppSettings> m_settings;
};

void tst_StudentsToolbar::initTestCase()
{
    QVERIFY(m_dir.isValid());
    setupIconTheme(QStringLiteral(CETDESK_BIN_DIR));
    auto db = Database::open(m_dir.filePath(QStringLiteral("toolbar.sqlite")));
    QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
    m_db = std::move(db).value();
    // The table (and its toolbar) shows once there are records; long department names make the
    // filters as wide as a real roster does.
    QList<StudentRecord> students = test::makeStudents(40);
    for (int i = 0; i < students.size(); ++i) {
        if (i % 3 == 0)
            students[i].department = QStringLiteral("马克思主义学院与人文社会科学高等研究院");
    }
    auto inserted = StudentRepository(*m_db).insert(students);
    QVERIFY2(inserted.ok(), qPrintable(inserted.ok() ? QString() : inserted.error().message));
    m_settings = std::make_unique<AppSettings>(m_dir.filePath(QStringLiteral("settings.ini")));
}

void tst_StudentsToolbar::cleanupTestCase()
{
    Translations::apply(QStringLiteral("en"));
    m_db.reset();
}

void tst_StudentsToolbar::everyActionVisibleOnLaptop_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
    QTest::newRow("en") << QStringLiteral("en");
}

void tst_StudentsToolbar::everyActionVisibleOnLaptop()
{
    QFETCH(QString, language);
    Translations::apply(language);
    MainWindow window(*m_db, *m_settings, QStringLiteral("tester"));
    window.setWindowState(Qt::WindowNoState);
    window.resize(kLaptopWindow);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // The window can be that small: no page or status bar part asks for more.
    QCOMPARE(window.size(), kLaptopWindow);

    auto *students = window.page<StudentsPage>();
    QVERIFY(students);
    QVERIFY(students->isVisible());
    QVERIFY(!students->isEmptyStateShown());
    auto *toolBar = students->findChild<QToolBar *>(QStringLiteral("studentsToolBar"));
    QVERIFY(toolBar);
    QTRY_VERIFY(toolBar->isVisible());

    // No overflow: the extension button (››) stays hidden and every action has its own button
    // inside the toolbar.
    auto *extension = toolBar->findChild<QToolButton *>(QStringLiteral("qt_toolbar_ext_button"));
    QVERIFY(extension);
    QVERIFY2(!extension->isVisible(), "the toolbar overflows");
    const QList<QAction *> actions = toolBar->actions();
    QVERIFY(actions.contains(students->importActions()->importAction()));
    QVERIFY(actions.contains(students->exportAction()));
    QVERIFY(actions.contains(students->editAction()));
    for (QAction *action : actions) {
        QWidget *button = toolBar->widgetForAction(action);
        QVERIFY2(button && button->isVisible(), qPrintable(action->text()));
        QVERIFY2(toolBar->rect().contains(button->geometry()), qPrintable(action->text()));
        QVERIFY2(!action->toolTip().isEmpty(), qPrintable(action->text())); // icon-only buttons explain themselves
    }
    // The page's main action shows its text; the whole toolbar is inside the window.
    auto *importButton = qobject_cast<QToolButton *>(toolBar->widgetForAction(students->importActions()->importAction()));
    QVERIFY(importButton);
    QCOMPARE(importButton->toolButtonStyle(), Qt::ToolButtonTextBesideIcon);
    const QRect inWindow(toolBar->mapTo(&window, QPoint(0, 0)), toolBar->size());
    QVERIFY2(window.rect().contains(inWindow), qPrintable(QStringLiteral("toolbar at %1,%2 %3×%4")
                                                               .arg(inWindow.x()).arg(inWindow.y())
                                                               .arg(inWindow.width()).arg(inWindow.height())));
    // Keyboard access to the main action.
    QCOMPARE(students->importActions()->importAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_I));
    window.close();
}

QTEST_MAIN(tst_StudentsToolbar)
#include "tst_studentstoolbar.moc"
