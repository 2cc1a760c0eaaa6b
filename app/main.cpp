// cetdesk: the desktop application. Everything but this start-up sequence lives in libraries.
#include "AppSettings.h"
#include "Database.h"
#include "DatabaseWriter.h"
#include "IconTheme.h"
#include "Logging.h"
#include "MainWindow.h"
#include "ResourcePaths.h"
#include "SyncController.h"
#include "SyncService.h"
#include "Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTextStream>

#include <cstdio>

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
    const QCommandLineOption serverOption(
        QStringLiteral("server"), QApplication::translate("main", "Sign in to the central server at <url> at start."),
        QStringLiteral("url"));
    const QCommandLineOption userOption(QStringLiteral("user"),
                                        QApplication::translate("main", "Sign in as <user> (with --server)."),
                                        QStringLiteral("user"));
    const QCommandLineOption passwordStdinOption(
        QStringLiteral("password-stdin"),
        QApplication::translate("main", "Read the password from standard input (else $CETDESK_DEMO_PASSWORD)."));
    parser.addOption(serverOption);
    parser.addOption(userOption);
    parser.addOption(passwordStdinOption);
    parser.process(app);

    QString path = parser.value(dbOption);
    if (path.isEmpty())
        path = settings.databasePath();
    if (path.isEmpty())
        path = cet::Database::defaultPath();

    // Every write goes through the database's one writer (it creates and migrates the file); the
    // window's own connection only reads, so a write that bypasses the writer fails loudly instead
    // of waiting for a lock.
    auto writer = cet::DatabaseWriter::forPath(path);
    auto db = [&]() -> cet::Result<std::unique_ptr<cet::Database>> {
        if (auto opened = writer->call<void>([](cet::Database &) -> cet::Result<void> { return {}; }); !opened)
            return opened.error();
        return cet::Database::open(path, cet::Database::Mode::ReadOnly);
    }();
    if (!db) {
        qCCritical(lcApp) << "cannot open database" << path << db.error().code << db.error().detail;
        QMessageBox::critical(nullptr, QApplication::translate("cet::MainWindow", "CET Desk"), db.error().message);
        return 1;
    }
    qCInfo(lcApp) << "database" << path;

    QString actor = qEnvironmentVariable("USER");
    if (actor.isEmpty())
        actor = qEnvironmentVariable("USERNAME");

    // Sync runs on a worker thread and writes through the same writer; declared before the window
    // so that it outlives it.
    cet::SyncService sync(path);
    sync.setAutoSyncInterval(300);
    cet::MainWindow window(*db.value(), settings, actor);
    window.attachSync(sync);
    window.show();

    const QString server = parser.value(serverOption);
    const QString user = parser.value(userOption);
    QString password = qEnvironmentVariable("CETDESK_DEMO_PASSWORD");
    if (parser.isSet(passwordStdinOption))
        password = QTextStream(stdin).readLine();
    if (!server.isEmpty() && !user.isEmpty() && !password.isEmpty()) {
        // Signing in from the command line (the demo script): a failure opens the dialog with the reason.
        auto *context = new QObject(&window);
        QObject::connect(&sync, &cet::SyncService::signInFailed, context, [&window, context](const QString &, const QString &message) {
            window.syncController()->showSignInDialog(message);
            context->deleteLater();
        });
        QObject::connect(&sync, &cet::SyncService::signedIn, context, &QObject::deleteLater);
        sync.signIn(server, user, password);
    } else {
        sync.start(); // restores the last session, if any
    }
    return app.exec();
}
