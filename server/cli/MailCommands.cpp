#include "MailCommands.h"

#include "CentralService.h"
#include "MailSql.h"
#include "Wire.h"

namespace cet::central::cli {

namespace {

int runMailList(const QStringList &args, CliIo io)
{
    QCommandLineParser parser;
    const QCommandLineOption db(QStringLiteral("db"), CliText::tr("Database: sqlite:PATH or postgres://USER:PW@HOST:PORT/DB."),
                                QStringLiteral("url"));
    const QCommandLineOption to(QStringLiteral("to"), CliText::tr("Only mail to this address."), QStringLiteral("address"));
    const QCommandLineOption limit(QStringLiteral("limit"), CliText::tr("Only the newest N messages."), QStringLiteral("n"));
    parser.addOptions({ db, to, limit });
    if (const int code = parseCommand(parser, args, CliText::tr("Print the demo mailbox, oldest first."), io); code >= 0)
        return code;
    if (!requireOptions(parser, { QStringLiteral("db") }, io))
        return ExitUsage;
    int newest = 0;
    if (parser.isSet(limit)) {
        bool ok = false;
        newest = parser.value(limit).toInt(&ok);
        if (!ok || newest <= 0) {
            io.err << CliText::tr("--limit must be a positive number") << Qt::endl;
            return ExitUsage;
        }
    }
    auto service = openMigrated(parser.value(db));
    if (!service)
        return fail(io, service.error());
    auto mails = mailsql::list(service.value()->store(), parser.value(to), newest);
    if (!mails)
        return fail(io, mails.error());
    for (const mailsql::StoredMail &m : mails.value()) {
        io.out << "#" << m.id << "  " << protocol::toWireTime(m.storedAt) << "  " << m.kind << "\n"
               << "To: " << m.to << "\n"
               << "Subject: " << m.subject << "\n\n"
               << m.body << "\n"
               << "----\n";
    }
    io.out << CliText::tr("%n message(s)", nullptr, int(mails.value().size())) << Qt::endl;
    return ExitOk;
}

} // namespace

int runMail(const QStringList &args, CliIo io)
{
    const QString verb = args.value(1);
    if (verb == QLatin1String("list")) {
        QStringList rest = args.mid(2);
        rest.prepend(args.value(0) + QStringLiteral(" list"));
        return runMailList(rest, io);
    }
    io.err << CliText::tr("Usage: cet-central mail list --db URL [--to ADDRESS] [--limit N]") << Qt::endl;
    return verb == QLatin1String("--help") || verb == QLatin1String("-h") ? ExitOk : ExitUsage;
}

} // namespace cet::central::cli
