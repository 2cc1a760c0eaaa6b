// cetdesk-cli: the application core without widgets, for terminals and scripts.
#include "AppSettings.h"
#include "CliContext.h"
#include "Database.h"
#include "ExportCommand.h"
#include "ImportCommand.h"
#include "Logging.h"
#include "Translations.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStandardPaths>
#include <QTextStream>

#include <cstdio>

namespace {

struct Cli
{
    Q_DECLARE_TR_FUNCTIONS(cet::Cli)
};

QString commandsHelp()
{
    return Cli::tr("CET Desk on the command line.\n\n"
                   "Commands:\n"
                   "  import FILE          Import students from a UTF-8 CSV file (Chinese or English column names).\n"
                   "  export OUT           Export students to OUT.csv or OUT.xlsx (--search, --campus filter).\n"
                   "  count                Print the number of students.\n\n"
                   "Exit codes: 0 done, 1 usage error, 2 some rows rejected, 3 file unreadable,\n"
                   "4 database error.");
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    cet::AppSettings::setApplicationIdentity();
    cet::AppSettings settings;
    cet::Translations::apply(settings.language());

    QTextStream out(stdout);
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.setApplicationDescription(commandsHelp());
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption({QStringLiteral("v"), QStringLiteral("version")},
                                           Cli::tr("Print the version and exit."));
    const QCommandLineOption dbOption(QStringLiteral("db"), Cli::tr("Use the database at <path>."),
                                      QStringLiteral("path"));
    const QCommandLineOption searchOption(QStringLiteral("search"),
                                          Cli::tr("export, count: only students whose name, ID number or "
                                                  "student number starts with <text>."),
                                          QStringLiteral("text"));
    const QCommandLineOption campusOption(QStringLiteral("campus"), Cli::tr("export, count: only campus <code>."),
                                          QStringLiteral("code"));
    const QCommandLineOption verboseOption(QStringLiteral("verbose"), Cli::tr("Also print log messages."));
    parser.addOptions({versionOption, dbOption, searchOption, campusOption, verboseOption});
    parser.addPositionalArgument(QStringLiteral("command"), Cli::tr("import, export or count."));
    parser.addPositionalArgument(QStringLiteral("file"), Cli::tr("The file to import or export to."),
                                 QStringLiteral("[file]"));

    if (!parser.parse(QCoreApplication::arguments())) {
        err << parser.errorText() << Qt::endl;
        return cet::ExitUsage;
    }
    if (parser.isSet(helpOption)) {
        out << parser.helpText() << Qt::flush;
        return cet::ExitOk;
    }
    if (parser.isSet(versionOption)) {
        out << QStringLiteral("cetdesk-cli " CETDESK_VERSION) << Qt::endl;
        return cet::ExitOk;
    }

    // Log messages go to the log file; on the terminal only warnings, unless --verbose.
    cet::installLogHandler(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/logs"));
    if (!parser.isSet(verboseOption))
        cet::setStderrLogLevel(QtWarningMsg);

    const QStringList args = parser.positionalArguments();
    const QString command = args.value(0);
    QString dbPath = parser.value(dbOption);
    if (dbPath.isEmpty())
        dbPath = settings.databasePath();
    if (dbPath.isEmpty())
        dbPath = cet::Database::defaultPath();
    const cet::CliContext context{dbPath, out, err};

    cet::StudentFilter filter;
    filter.search = parser.value(searchOption);
    filter.campusCode = parser.value(campusOption);

    if (command == u"import" && args.size() == 2) {
        QString actor = qEnvironmentVariable("USER");
        if (actor.isEmpty())
            actor = qEnvironmentVariable("USERNAME");
        return cet::ImportCommand::run(context, args.at(1), actor);
    }
    if (command == u"export" && args.size() == 2)
        return cet::ExportCommand::run(context, args.at(1), filter);
    if (command == u"count" && args.size() == 1)
        return cet::ExportCommand::count(context, filter);

    err << (command.isEmpty() ? Cli::tr("No command given.") : Cli::tr("Unknown command or wrong arguments: %1")
                                                                     .arg(args.join(u' ')))
        << Qt::endl
        << Cli::tr("Run \"cetdesk-cli --help\" for the commands.") << Qt::endl;
    return cet::ExitUsage;
}
