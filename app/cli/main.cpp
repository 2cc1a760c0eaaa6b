// cetdesk-cli: the application core without widgets, for terminals and scripts.
#include "AppSettings.h"
#include "CliContext.h"
#include "CsCommand.h"
#include "Database.h"
#include "ExportCommand.h"
#include "ImportCommand.h"
#include "ImportHistoryCommand.h"
#include "ImportMapping.h"
#include "NoticesCommand.h"
#include "ReviewsCommand.h"
#include "OffersCommand.h"
#include "Logging.h"
#include "PhotosCommand.h"
#include "SyncCommand.h"
#include "Translations.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStandardPaths>
#include <QTextStream>

namespace {

struct Cli
{
    Q_DECLARE_TR_FUNCTIONS(cet::Cli)
};

QString photosHelp()
{
    return Cli::tr("\nPhotos:\n"
                   "  import-photos DIR    Match the photos of a folder or ZIP (named by student number or ID\n"
                   "                       number) to students and store them (--dry-run, --json).\n");
}

QString syncHelp()
{
    return Cli::tr("\nSync with cet-central:\n"
                   "  sync                 Send this desktop's changes and fetch the server's (--server URL\n"
                   "                       --user NAME --password-stdin to sign in; --ca-file, --json).\n"
                   "                       Exit codes: 0 done, 1 usage, 2 conflicts or refused changes,\n"
                   "                       3 server unreachable (changes stay queued), 4 sign-in needed or\n"
                   "                       refused, 5 other failure (database, server restored),\n"
                   "                       130 stopped with Ctrl+C (nothing lost, the rest stays queued).\n"
                   "  status               Server, user, pending changes, conflicts, last sync (--json).\n");
}

QString commandsHelp()
{
    return Cli::tr("CET Desk on the command line.\n\n"
                   "Commands:\n"
                   "  import FILE          Import students from a CSV/TSV (any encoding) or XLSX file: new\n"
                   "                       students are added, changed ones updated, bad rows rejected.\n"
                   "  import-template OUT  Write a blank import template (XLSX).\n"
                   "  import-history       List past imports (--json).\n"
                   "  import-undo BATCH    Undo import BATCH (refused when its records were edited since).\n"
                   "  export OUT           Export students to OUT.csv or OUT.xlsx (--search, --campus,\n"
                   "                       --registration filter).\n"
                   "  count                Print the number of students (the same filters); with\n"
                   "                       --registration unregistered: how many have not registered yet.\n\n"
                   "Exit codes: 0 done, 1 usage error, 2 some rows rejected, 3 file unreadable or not a\n"
                   "student file, 4 database or output file error, 5 cancelled (Ctrl+C), 6 undo refused.")
        + photosHelp() + syncHelp() + cet::NoticesCommand::help() + cet::ReviewsCommand::help()
        + cet::OffersCommand::help() + cet::CsCommand::help();
}

QString defaultActor()
{
    for (const char *name : {"USER", "USERNAME", "LOGNAME"}) {
        if (const QString actor = qEnvironmentVariable(name); !actor.isEmpty())
            return actor;
    }
    return QStringLiteral("cetdesk-cli");
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
    const auto option = [&parser](const QString &name, const QString &help, const QString &value = {}) {
        const QCommandLineOption o(name, help, value);
        parser.addOption(o);
        return o;
    };
    const QCommandLineOption versionOption({QStringLiteral("v"), QStringLiteral("version")},
                                           Cli::tr("Print the version and exit."));
    parser.addOption(versionOption);
    const auto dbOption = option(u"db"_qs, Cli::tr("Use the database at <path>."), u"path"_qs);
    const auto searchOption = option(u"search"_qs, Cli::tr("export, count: only students whose name, ID number or "
                                                           "student number starts with <text>."), u"text"_qs);
    const auto campusOption = option(u"campus"_qs, Cli::tr("export, count: only campus <code>."), u"code"_qs);
    const auto registrationOption = option(u"registration"_qs,
                                           Cli::tr("export, count: only students at <state> on the candidate site "
                                                   "(unregistered, bound, booked, paid), as the last sync fetched it."),
                                           u"state"_qs);
    const auto sheetOption = option(u"sheet"_qs, Cli::tr("import: read sheet <n> (1 = first) or the sheet named <n> "
                                                         "of an XLSX file."), u"n"_qs);
    const auto encodingOption = option(u"encoding"_qs, Cli::tr("import: the text encoding of a CSV file (UTF-8, GBK, "
                                                               "GB18030, UTF-16LE, UTF-16BE)."), u"name"_qs);
    const auto separatorOption = option(u"separator"_qs, Cli::tr("import: the separator of a CSV file (\",\", \";\", "
                                                                 "\"|\" or \"tab\")."), u"s"_qs);
    const auto mapOption = option(u"map"_qs, Cli::tr("import: read FIELD from COLUMN of the file, whatever the mapping "
                                                     "remembered or guessed (repeatable). COLUMN is a header of the "
                                                     "file, a column number (1 = first) or a column letter; FIELD is "
                                                     "one of: %1.")
                                                 .arg(cet::ImportMapping::fieldKeys().join(QStringLiteral(", "))),
                                  u"FIELD=COLUMN"_qs);
    const auto dryRunOption = option(u"dry-run"_qs, Cli::tr("import: check and report, write nothing."));
    const auto allOrNothingOption = option(u"all-or-nothing"_qs, Cli::tr("import: write nothing when any row is "
                                                                         "rejected."));
    const auto deleteMissingOption = option(u"delete-missing"_qs, Cli::tr("import: delete students that are not in "
                                                                          "the file."));
    const auto reportOption = option(u"report"_qs, Cli::tr("import: write the validation report to <file.xlsx>."),
                                     u"file.xlsx"_qs);
    const auto rejectedOption = option(u"rejected"_qs, Cli::tr("import: write the rejected rows, with their reasons, "
                                                               "to <file> (.xlsx or .csv)."), u"file"_qs);
    const auto jsonOption = option(u"json"_qs, Cli::tr("import, import-history: print one JSON object."));
    const auto actorOption = option(u"actor"_qs, Cli::tr("import, import-undo: the name recorded for the change "
                                                         "(default: the login name)."), u"name"_qs);
    const auto serverOption = option(u"server"_qs, Cli::tr("sync, cs: sign in to the cet-central server at <url>."),
                                     u"url"_qs);
    const auto userOption = option(u"user"_qs, Cli::tr("sync, cs: the staff user name for --server."), u"name"_qs);
    const auto passwordStdinOption = option(u"password-stdin"_qs, Cli::tr("sync, cs: read the password from the first "
                                                                          "line of standard input."));
    const auto caFileOption = option(u"ca-file"_qs, Cli::tr("sync, cs: also trust the certificate authorities in "
                                                            "<file.pem>."), u"file.pem"_qs);
    cet::NoticesCommand::addOptions(parser);
    cet::ReviewsCommand::addOptions(parser);
    cet::OffersCommand::addOptions(parser);
    cet::CsCommand::addOptions(parser);
    const auto verboseOption = option(u"verbose"_qs, Cli::tr("Also print log messages."));
    parser.addPositionalArgument(u"command"_qs, Cli::tr("import, import-template, import-history, import-undo, export "
                                                        "or count."));
    parser.addPositionalArgument(u"argument"_qs, Cli::tr("The file to import, the file to write, or the import number."),
                                 u"[argument]"_qs);

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
    const QString actor = parser.isSet(actorOption) ? parser.value(actorOption) : defaultActor();

    cet::StudentFilter filter;
    filter.search = parser.value(searchOption);
    filter.campusCode = parser.value(campusOption);
    if (parser.isSet(registrationOption)) {
        const auto state = cet::registrationStateFromName(parser.value(registrationOption));
        if (!state || parser.value(registrationOption) == u"none") {
            err << Cli::tr("--registration must be one of unregistered, bound, booked, paid.") << Qt::endl;
            return cet::ExitUsage;
        }
        filter.registration = *state;
    }

    if (command == u"import" && args.size() == 2) {
        cet::ImportCommandOptions o;
        o.file = args.at(1);
        o.sheet = parser.value(sheetOption);
        o.encoding = parser.value(encodingOption);
        o.separator = parser.value(separatorOption);
        o.map = parser.values(mapOption);
        o.dryRun = parser.isSet(dryRunOption);
        o.allOrNothing = parser.isSet(allOrNothingOption);
        o.deleteMissing = parser.isSet(deleteMissingOption);
        o.json = parser.isSet(jsonOption);
        o.reportPath = parser.value(reportOption);
        o.rejectedPath = parser.value(rejectedOption);
        o.actor = actor;
        return cet::ImportCommand::run(context, o);
    }
    if (command == u"import-template" && args.size() == 2)
        return cet::ImportHistoryCommand::writeTemplate(context, args.at(1));
    if (command == u"import-history" && args.size() == 1)
        return cet::ImportHistoryCommand::history(context, parser.isSet(jsonOption));
    if (command == u"import-undo" && args.size() == 2)
        return cet::ImportHistoryCommand::undo(context, args.at(1), actor);
    if (command == u"import-photos" && args.size() == 2) {
        cet::PhotosCommandOptions o;
        o.dryRun = parser.isSet(dryRunOption);
        o.json = parser.isSet(jsonOption);
        o.actor = actor;
        return cet::PhotosCommand::run(context, args.at(1), o);
    }
    if (command == u"sync" && args.size() == 1) {
        cet::SyncCommandOptions o;
        o.server = parser.value(serverOption);
        o.user = parser.value(userOption);
        o.passwordStdin = parser.isSet(passwordStdinOption);
        o.caFile = parser.value(caFileOption);
        o.json = parser.isSet(jsonOption);
        return cet::SyncCommand::sync(context, o);
    }
    if (command == u"status" && args.size() == 1)
        return cet::SyncCommand::status(context, parser.isSet(jsonOption));
    if (command == u"notices")
        return cet::NoticesCommand::run(context, parser, args.mid(1), parser.isSet(jsonOption));
    if (command == u"reviews")
        return cet::ReviewsCommand::run(context, parser, args.mid(1), parser.isSet(jsonOption));
    if (command == u"offers")
        return cet::OffersCommand::run(context, parser, args.mid(1), parser.isSet(jsonOption));
    if (command == u"capacity" && args.size() == 1)
        return cet::OffersCommand::capacity(context, parser, parser.isSet(jsonOption));
    if (command == u"cs")
        return cet::CsCommand::run(context, parser, args.mid(1), parser.isSet(jsonOption));
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
