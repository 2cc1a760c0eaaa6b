// cetdesk: the desktop application. Everything but this start-up sequence lives in libraries.
#include "AppSettings.h"
#include "Database.h"
#include "IconTheme.h"
#include "Logging.h"
#include "MainWindow.h"
#include "ResourcePaths.h"
#include "Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QMessageBox>
#include <QStandardPaths>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    cet::AppSettings::setApplicationIdentity();
    cet::AppSettings settings;
    cet::installLogHandler(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/logs"));
    cet::Translations::apply(settings.language());
    QApplication::setApplicationDisplayName(QApplication::translate("cet::MainWindow", "CET Desk"));
    cet::setupIconTheme(QApplication::applicationDirPath());
    QApplication::setWindowIcon(QIcon(cet::applicationIconPath()));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "CET registration desk for school exam offices."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), QApplication::translate("main", "Use the database at <path>."),
                                      QStringLiteral("path"));
    parser.addOption(dbOption);
    parser.process(app);

    QString path = parser.value(dbOption);
    if (path.isEmpty())
        path = settings.databasePath();
    if (path.isEmpty())
        path = cet::Database::defaultPath();

    auto db = cet::Database::open(path);
    if (!db) {
        qCCritical(lcApp) << "cannot open database" << path << db.error().code << db.error().detail;
        QMessageBox::critical(nullptr, QApplication::translate("cet::MainWindow", "CET Desk"), db.error().message);
        return 1;
    }
    qCInfo(lcApp) << "database" << path;

    QString actor = qEnvironmentVariable("USER");
    if (actor.isEmpty())
        actor = qEnvironmentVariable("USERNAME");

    cet::MainWindow window(*db.value(), settings, actor);
    window.show();
    return app.exec();
}
