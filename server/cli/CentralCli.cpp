#include "CentralCli.h"

#include "AdminCommands.h"
#include "AuditCommands.h"
#include "CentralCliSupport.h"
#include "MailCommands.h"
#include "RestrictionCommands.h"
#include "ScoreCommands.h"
#include "ServeCommand.h"
#include "SimulateCommand.h"
#include "StaffCommands.h"

namespace cet::central::cli {

namespace {

QString usage()
{
    return CliText::tr("Usage: cet-central COMMAND [options]   (cet-central COMMAND --help for its options)\n\n"
                       "Commands:\n"
                       "  serve           Serve the HTTP API (--db URL --listen ADDR:PORT [--tls-cert F --tls-key F]\n"
                       "                  [--threads N]).\n"
                       "  demo            Seed demo data (--roster N), then serve.\n"
                       "  migrate         Create or upgrade the database schema.\n"
                       "  create-school   --code C --name N\n"
                       "  create-campus   --school C --code C --name N\n"
                       "  create-session  --name N --opens TIME --seals TIME\n"
                       "  create-user     --name N --role R [--school C] --password-stdin\n"
                       "  new-epoch       --school C   (after restoring the database)\n"
                       "  disable-user    --name N   (also revokes the user's sessions)\n"
                       "  enable-user     --name N\n"
                       "  revoke-sessions --name N\n"
                       "  reset-password  --name N --password-stdin\n"
                       "  unlock-user     --name N   (lifts a sign-in delay or lock)\n"
                       "  audit verify    Check the audit log's hash chain (exit 3 and the first broken row).\n"
                       "  audit export    --from TIME --to TIME   (JSON lines on standard output)\n"
                       "  purge-op-results [--days N]   (delete push results older than N days, default 180)\n"
                       "  mail list       [--to ADDRESS] [--limit N]   (the demo mailbox)\n"
                       "  send-mail       [--smtp URL] [--mail-from ADDRESS] [--now TIME]   (deliver the outbox's mail)\n"
                       "  run-jobs        [--now TIME]   (timed rules: unpaid subjects, empty registrations, rebindings)\n"
                       "  import-scores   FILE.csv   (CET4 score records; all rows or none)\n"
                       "  restrictions    add --id-type T --id-number N --subjects 2,S|* --reason R\n"
                       "                  | remove --id-type T --id-number N --reason R | list   (限制报考名单)\n"
                       "  simulate        --school C --candidates N [--seed S] [--days D] [--json]\n"
                       "                  (candidates of the roster play the candidate API at an accelerated clock)\n"
                       "  rebind-time     --at HH:MM | --at-once   (when approved rebindings apply, China time)\n"
                       "  session-rules   [--unbooked-hours N] [--oral-needs-written-paid yes|no]\n\n"
                       "Every command takes --db sqlite:PATH or --db postgres://USER[:PW]@HOST:PORT/DB\n"
                       "[?sslmode=verify-full&sslrootcert=CA.pem]. Without PW in the URL the password comes from\n"
                       "--db-password-file FILE, else the environment variable CETCENTRAL_DB_PASSWORD.\n"
                       "Exit codes: 0 done, 1 usage error, 2 failure, 3 audit log tampered with.\n");
}

} // namespace

int runCentralCli(const QStringList &args, QTextStream &out, QTextStream &err)
{
    CliIo io { out, err };
    const QString command = args.value(1);
    if (command.isEmpty() || command == QLatin1String("--help") || command == QLatin1String("-h")
        || command == QLatin1String("help")) {
        (command.isEmpty() ? err : out) << usage();
        return command.isEmpty() ? ExitUsage : ExitOk;
    }
    if (command == QLatin1String("--version")) {
        out << "cet-central " << CETDESK_VERSION << Qt::endl;
        return ExitOk;
    }
    // The subcommand parsers see "cet-central <command>" as the program name.
    QStringList rest = args.mid(2);
    if (const int code = takeDbPasswordFile(rest, io); code >= 0)
        return code;
    rest.prepend(args.value(0) + QLatin1Char(' ') + command);

    using Command = int (*)(const QStringList &, CliIo);
    const QList<QPair<QString, Command>> commands = {
        { QStringLiteral("serve"), &runServe },
        { QStringLiteral("demo"), &runDemo },
        { QStringLiteral("migrate"), &runMigrate },
        { QStringLiteral("create-school"), &runCreateSchool },
        { QStringLiteral("create-campus"), &runCreateCampus },
        { QStringLiteral("create-session"), &runCreateSession },
        { QStringLiteral("create-user"), &runCreateUser },
        { QStringLiteral("new-epoch"), &runNewEpoch },
        { QStringLiteral("disable-user"), &runDisableUser },
        { QStringLiteral("enable-user"), &runEnableUser },
        { QStringLiteral("revoke-sessions"), &runRevokeSessions },
        { QStringLiteral("reset-password"), &runResetPassword },
        { QStringLiteral("unlock-user"), &runUnlockUser },
        { QStringLiteral("audit"), &runAudit },
        { QStringLiteral("purge-op-results"), &runPurgeOpResults },
        { QStringLiteral("mail"), &runMail },
        { QStringLiteral("send-mail"), &runSendMail },
        { QStringLiteral("run-jobs"), &runRunJobs },
        { QStringLiteral("rebind-time"), &runRebindTime },
        { QStringLiteral("session-rules"), &runSessionRules },
        { QStringLiteral("import-scores"), &runImportScores },
        { QStringLiteral("restrictions"), &runRestrictions },
        { QStringLiteral("simulate"), &runSimulate },
    };
    for (const auto &c : commands) {
        if (c.first == command)
            return c.second(rest, io);
    }
    err << CliText::tr("unknown command: %1").arg(command) << "\n\n" << usage();
    return ExitUsage;
}

} // namespace cet::central::cli
