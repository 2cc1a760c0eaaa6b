#include "AppSettings.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace cet;

class TestAppSettings : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void defaults()
    {
        QTemporaryDir dir;
        AppSettings settings(dir.filePath(QStringLiteral("cetdesk.ini")));
        QCOMPARE(settings.version(), AppSettings::CurrentVersion);
        QCOMPARE(settings.language(), QString());
        QCOMPARE(settings.databasePath(), QString());
        QVERIFY(settings.windowGeometry().isEmpty());
        QVERIFY(settings.windowState().isEmpty());
    }
    void roundTrip()
    {
        QTemporaryDir dir;
        const QString ini = dir.filePath(QStringLiteral("cetdesk.ini"));
        {
            AppSettings settings(ini);
            settings.setLanguage(QStringLiteral("en"));
            settings.setDatabasePath(QStringLiteral("/tmp/学籍/cetdesk.sqlite"));
            settings.setWindowGeometry(QByteArray("\x01\x02geometry", 10));
            settings.setWindowState(QByteArrayLiteral("state"));
        }
        AppSettings settings(ini);
        QCOMPARE(settings.language(), QStringLiteral("en"));
        QCOMPARE(settings.databasePath(), QStringLiteral("/tmp/学籍/cetdesk.sqlite"));
        QCOMPARE(settings.windowGeometry(), QByteArray("\x01\x02geometry", 10));
        QCOMPARE(settings.windowState(), QByteArrayLiteral("state"));
        settings.setLanguage(QString());
        QCOMPARE(settings.language(), QString());
    }
    void unknownLanguageMeansSystem()
    {
        QTemporaryDir dir;
        const QString ini = dir.filePath(QStringLiteral("cetdesk.ini"));
        {
            QSettings raw(ini, QSettings::IniFormat);
            raw.setValue(QStringLiteral("ui/language"), QStringLiteral("fr"));
        }
        AppSettings settings(ini);
        QCOMPARE(settings.language(), QString());
    }
    void versionIsWritten()
    {
        QTemporaryDir dir;
        const QString ini = dir.filePath(QStringLiteral("cetdesk.ini"));
        {
            AppSettings settings(ini);
            settings.sync();
        }
        QSettings raw(ini, QSettings::IniFormat);
        QCOMPARE(raw.value(QStringLiteral("settingsVersion")).toInt(), AppSettings::CurrentVersion);
    }
};

QTEST_GUILESS_MAIN(TestAppSettings)
#include "tst_appsettings.moc"
