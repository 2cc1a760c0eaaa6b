#include "MailCommands.h"

#include "CentralService.h"
#include "LogTextSender.h"
#include "MailDeliveryJob.h"
#include "MailSql.h"
#include "SmtpMailSender.h"
#include "StoredMailSender.h"
#include "Wire.h"

namespace cet::central::cli {

namespace {

// --limit: 0 when not given, -1 (message printed) when not a positive number.
int limitValue(const QCommandLineParser &parser, const QCommandLineOption &limit, CliIo io)
{
    if (!parser.isSet(limit) && parser.value(limit).isEmpty())
        return 0;
    bool ok = false;
    const int n = parser.value(limit).toInt(&ok);
    if (ok && n > 0)
        return n;
    io.err << CliText::tr("--limit must be a positive number") << Qt::endl;
    return -1;
}

int runMailList(const QStringList &args, CliIo io)
{
    QCommandLineParser parser;
    const QCommandLineOption db = dbOption();
    const QCommandLineOption to(
        QStringLiteral("to"), CliText::tr("Only mail to this address."), QStringLiteral("address"));
    const QCommandLineOption limit(
        QStringLiteral("limit"), CliText::tr("Only the newest N messages."), QStringLiteral("n"));
    parser.addOptions({ db, to, limit });
    if (const int code = parseCommand(parser, args, CliText::tr("Print the demo mailbox, oldest first."), io);
        code >= 0)
        return code;
    if (!requireOptions(parser, { QStringLiteral("db") }, io))
        return ExitUsage;
    const int newest = limitValue(parser, limit, io);
    if (newest < 0)
        return ExitUsage;
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

int runSendMail(const QStringList &args, CliIo io)
{
    QCommandLineParser parser;
    const QCommandLineOption db = dbOption();
    const QCommandLineOption smtp(QStringLiteral("smtp"),
        CliText::tr("SMTP relay: smtp://HOST:PORT or smtps://USER:PW@HOST:PORT. Without it, "
                    "mail goes into the demo mailbox (cet-central mail list)."),
        QStringLiteral("url"));
    const QCommandLineOption from(QStringLiteral("mail-from"),
        CliText::tr("Sender address (default %1).").arg(QStringLiteral("noreply@cet-central.invalid")),
        QStringLiteral("address"), QStringLiteral("noreply@cet-central.invalid"));
    const QCommandLineOption now(
        QStringLiteral("now"), CliText::tr("Run as if it were this time (ISO 8601)."), QStringLiteral("time"));
    const QCommandLineOption limit(QStringLiteral("limit"), CliText::tr("At most N messages (default 1000)."),
        QStringLiteral("n"), QStringLiteral("1000"));
    parser.addOptions({ db, smtp, from, now, limit });
    if (const int code = parseCommand(parser, args, CliText::tr("Deliver the due mail of the message outbox (text messages: to the log)."), io);
        code >= 0)
        return code;
    if (!requireOptions(parser, { QStringLiteral("db") }, io))
        return ExitUsage;
    std::optional<QDateTime> at;
    if (parser.isSet(now)) {
        at = parseTime(parser.value(now));
        if (!at) {
            io.err << CliText::tr("--now: not an ISO 8601 time: %1").arg(parser.value(now)) << Qt::endl;
            return ExitUsage;
        }
    }
    const int most = limitValue(parser, limit, io); // the option has a default
    if (most < 0)
        return ExitUsage;
    auto service = openMigrated(parser.value(db));
    if (!service)
        return fail(io, service.error());
    const std::function<QDateTime()> clock = [at] { return at ? *at : QDateTime::currentDateTimeUtc(); };
    CentralStore &store = service.value()->store();
    std::unique_ptr<MailSender> sender;
    if (parser.isSet(smtp))
        sender = std::make_unique<SmtpMailSender>(parser.value(smtp), parser.value(from), clock);
    else
        sender = std::make_unique<StoredMailSender>(store, clock);
    MailDeliveryJob job(store, *sender, clock);
    auto report = job.run(most);
    if (!report)
        return fail(io, report.error());
    // Text messages go to the server's log (no SMS gateway here), in the same run.
    LogTextSender texts;
    auto textReport = MailDeliveryJob(store, texts, clock, QStringLiteral("sms")).run(most);
    if (!textReport)
        return fail(io, textReport.error());
    report.value().sent += textReport.value().sent;
    report.value().retryLater += textReport.value().retryLater;
    report.value().refused += textReport.value().refused;
    io.out << CliText::tr("sent %1, to retry later %2, refused %3")
                  .arg(report.value().sent)
                  .arg(report.value().retryLater)
                  .arg(report.value().refused)
           << Qt::endl;
    return report.value().retryLater + report.value().refused > 0 ? ExitFailure : ExitOk;
}

} // namespace cet::central::cli
