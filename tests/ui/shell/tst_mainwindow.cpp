#include "AboutDialog.h"
#include "AppSettings.h"
#include "Database.h"
#include "IconTheme.h"
#include "MainWindow.h"
#include "SettingsDialog.h"
#include "StudentsPage.h"

#include <QApplication>
#include <QComboBox>
#include <QIcon>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace cet;

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // The build copies breeze-icons.rcc next to the executables (build/bin); the test runs
        // from its own folder, so look there.
        const QString source = setupIconTheme(QStringLiteral(CETDESK_BIN_DIR));
        QVERIFY2(!source.isEmpty(), "no Breeze icon theme");
        QCOMPARE(QIcon::themeName(), QStringLiteral("breeze"));
        QVERIFY(QIcon::hasThemeIcon(QStringLiteral("edit-undo")));
        QVERIFY(QIcon::hasThemeIcon(QStringLiteral("system-users")));
        auto db = Database::open(m_dir.filePath(QStringLiteral("ui.sqlite")));
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
        m_db = std::move(db).value();
        m_settings = std::make_unique<AppSettings>(m_dir.filePath(QStringLiteral("settings.ini")));
    }

    void sidebarShowsStudents()
    {
        MainWindow window(*m_db, *m_settings, QStringLiteral("tester"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.navigation()->count(), 1);
        const QString text = window.navigation()->item(0)->text();
        QVERIFY2(text == QStringLiteral("Students") || text == QStringLiteral("学籍"), qPrintable(text));
        QVERIFY(!window.navigation()->item(0)->icon().isNull());
        QCOMPARE(window.pages()->count(), 1);
        QCOMPARE(window.navigation()->currentRow(), 0);
        QCOMPARE(window.menuBar()->actions().size(), 3);
        // File ▸ Export… and Edit ▸ Edit… are the page's own actions; Edit has Undo and Redo.
        auto *students = qobject_cast<StudentsPage *>(window.pages()->widget(0));
        QVERIFY(students);
        const QList<QAction *> menus = window.menuBar()->actions();
        QVERIFY(menus.at(0)->menu()->actions().contains(students->exportAction()));
        QVERIFY(menus.at(1)->menu()->actions().contains(students->editAction()));
        QCOMPARE(menus.at(1)->menu()->actions().at(0)->shortcut(), QKeySequence(QKeySequence::Undo));
        window.close();
    }

    void settingsDialogOpensAndCloses()
    {
        MainWindow window(*m_db, *m_settings, QStringLiteral("tester"));
        window.show();
        window.showSettingsDialog();
        auto *dialog = window.findChild<SettingsDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->languageCombo()->count(), 3);
        dialog->databaseEdit()->setText(m_dir.filePath(QStringLiteral("elsewhere.sqlite")));
        dialog->languageCombo()->setCurrentIndex(dialog->languageCombo()->findData(QStringLiteral("en")));
        dialog->accept(); // writes settings, applies the language; WA_DeleteOnClose
        QTRY_VERIFY(!window.findChild<SettingsDialog *>());
        QCOMPARE(m_settings->language(), QStringLiteral("en"));
        QCOMPARE(m_settings->databasePath(), m_dir.filePath(QStringLiteral("elsewhere.sqlite")));
        QTRY_COMPARE(window.navigation()->item(0)->text(), QStringLiteral("Students"));

        window.showSettingsDialog();
        dialog = window.findChild<SettingsDialog *>();
        QVERIFY(dialog);
        QCOMPARE(dialog->languageCombo()->currentData().toString(), QStringLiteral("en"));
        dialog->reject();
        QTRY_VERIFY(!window.findChild<SettingsDialog *>());
        window.close();
    }

    void aboutOpens()
    {
        MainWindow window(*m_db, *m_settings, QStringLiteral("tester"));
        window.show();
        window.showAboutDialog();
        auto *about = window.findChild<AboutDialog *>();
        QVERIFY(about);
        QVERIFY(about->isVisible());
        QVERIFY(about->text().contains(QStringLiteral(CETDESK_VERSION)));
        QVERIFY(about->text().contains(QStringLiteral("LGPL")));
        QVERIFY(about->text().contains(QString::fromLatin1(qVersion())));
        about->close();
        QTRY_VERIFY(!window.findChild<AboutDialog *>());
        window.close();
    }

    void geometryIsSaved()
    {
        {
            MainWindow window(*m_db, *m_settings, QStringLiteral("tester"));
            window.show();
            window.close();
        }
        QVERIFY(!m_settings->windowGeometry().isEmpty());
    }

    void cleanupTestCase()
    {
        m_db.reset();
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<AppSettings> m_settings;
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
