// Dialogs on the usual school laptop: 1366×768 at 125 % scaling leaves 1093×582 logical pixels
// above the taskbar. The test runs on an offscreen screen of that size (a platform config file
// written before the application starts) and opens the dialogs that would like more room.
#include "Database.h"
#include "ImportHistoryDialog.h"
#include "ImportWizard.h"
#include "PhotoImportDialog.h"

#include <QApplication>
#include <QFile>
#include <QScreen>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace cet;

class tst_ScreenFit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("cetdesk-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_screenfit"));
        QVERIFY(m_dir.isValid());
        auto opened = Database::open(m_dir.filePath(QStringLiteral("cetdesk.sqlite")));
        QVERIFY(opened.ok());
        m_db = std::move(opened).value();
        QCOMPARE(QGuiApplication::primaryScreen()->availableSize(), QSize(1093, 582));
    }

    void importWizardFits() { checkFits(std::make_unique<ImportWizard>(*m_db, QStringLiteral("tester"))); }
    void photoDialogFits()
    {
        checkFits(std::make_unique<PhotoImportDialog>(m_dir.filePath(QStringLiteral("cetdesk.sqlite")),
                                                      QStringLiteral("tester")));
    }
    void importHistoryFits() { checkFits(std::make_unique<ImportHistoryDialog>(*m_db, QStringLiteral("tester"))); }

private:
    void checkFits(std::unique_ptr<QWidget> dialog)
    {
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
        const QSize available = dialog->screen()->availableSize();
        QVERIFY2(dialog->height() <= available.height(), qPrintable(QString::number(dialog->height())));
        QVERIFY2(dialog->width() <= available.width(), qPrintable(QString::number(dialog->width())));
        QVERIFY(dialog->minimumHeight() <= available.height());
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

int main(int argc, char **argv)
{
    QTemporaryDir configDir;
    const QString config = configDir.filePath(QStringLiteral("screen.json"));
    QFile file(config);
    if (!file.open(QIODevice::WriteOnly)
        || file.write(R"({"screens": [{"name": "laptop", "x": 0, "y": 0, "width": 1093, "height": 582,
                          "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]})")
               < 0)
        return 2;
    file.close();
    qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + config.toLocal8Bit());
    QApplication app(argc, argv);
    tst_ScreenFit test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_screenfit.moc"
