#include "AuditCommands.h"

#include "CentralService.h"

#include <QJsonDocument>

namespace cet::central::cli {

namespace {

// Exit code of a verification that found the log changed: distinct from a failure to check.
constexpr int ExitTampered = 3;

int runVerify(const QStringList &args, CliIo io)
{
    QCommandLineParser parser;
    parser.addOption(dbOption());
    std::unique_ptr<CentralService> service;
    if (const int code = prepare(parser, args, CliText::tr("Check the audit log's hash chain."), {}, io, service);
        code >= 0)
        return code;
    auto check = service->verifyAudit();
    if (!check)
        return fail(io, check.error());
    const auto &c = check.value();
    if (c.brokenId) {
        if (*c.brokenId < 0)
            io.err << CliText::tr("audit log broken at its end: %1").arg(c.problem) << Qt::endl;
        else
            io.err << CliText::tr("audit log broken at row %1: %2").arg(*c.brokenId).arg(c.problem) << Qt::endl;
        return ExitTampered;
    }
    io.out << CliText::tr("audit log intact: %1 rows chained, %2 from before the chain").arg(c.rows).arg(c.unchained)
           << Qt::endl;
    return ExitOk;
}

int runExport(const QStringList &args, CliIo io)
{
    QCommandLineParser parser;
    parser.addOptions({ dbOption(),
                        valueOption(QStringLiteral("from"), CliText::tr("First time, ISO 8601 (UTC if no offset).")),
                        valueOption(QStringLiteral("to"), CliText::tr("End time (exclusive), ISO 8601.")) });
    std::unique_ptr<CentralService> service;
    if (const int code = prepare(parser, args,
                                 CliText::tr("Write the audit rows of a time range to standard output, one JSON "
                                             "object a line, with their chain hashes."),
                                 { QStringLiteral("from"), QStringLiteral("to") }, io, service);
        code >= 0)
        return code;
    const auto from = parseTime(parser.value(QStringLiteral("from")));
    const auto to = parseTime(parser.value(QStringLiteral("to")));
    if (!from || !to || *to <= *from) {
        io.err << CliText::tr("--from and --to must be ISO 8601 times, --to after --from") << Qt::endl;
        return ExitUsage;
    }
    auto n = service->exportAudit(*from, *to, [&io](const QJsonObject &row) {
        io.out << QString::fromUtf8(QJsonDocument(row).toJson(QJsonDocument::Compact)) << '\n';
    });
    io.out.flush();
    if (!n)
        return fail(io, n.error());
    io.err << CliText::tr("%1 audit rows exported").arg(n.value()) << Qt::endl;
    return ExitOk;
}

} // namespace

int runAudit(const QStringList &args, CliIo io)
{
    // args[0] is "cet-central audit"; the next argument names the action.
    const QString action = args.value(1);
    QStringList rest = args.mid(2);
    rest.prepend(args.value(0) + QLatin1Char(' ') + action);
    if (action == QLatin1String("verify"))
        return runVerify(rest, io);
    if (action == QLatin1String("export"))
        return runExport(rest, io);
    io.err << CliText::tr("Usage: cet-central audit verify --db URL\n"
                          "       cet-central audit export --db URL --from TIME --to TIME")
           << Qt::endl;
    return action == QLatin1String("--help") ? ExitOk : ExitUsage;
}

int runPurgeOpResults(const QStringList &args, CliIo io)
{
    QCommandLineParser parser;
    parser.addOptions({ dbOption(),
                        valueOption(QStringLiteral("days"), CliText::tr("Keep the results of the last N days "
                                                                        "(default %1).")
                                                                .arg(CentralService::kOpResultDays)) });
    std::unique_ptr<CentralService> service;
    if (const int code = prepare(parser, args,
                                 CliText::tr("Delete recorded push results older than the retention period."), {},
                                 io, service);
        code >= 0)
        return code;
    int days = CentralService::kOpResultDays;
    if (parser.isSet(QStringLiteral("days"))) {
        bool ok = false;
        days = parser.value(QStringLiteral("days")).toInt(&ok);
        if (!ok || days < 1) {
            io.err << CliText::tr("--days must be a whole number of days, at least 1") << Qt::endl;
            return ExitUsage;
        }
    }
    auto n = service->purgeOpResults(days);
    if (!n)
        return fail(io, n.error());
    io.out << CliText::tr("%1 op results older than %2 days deleted").arg(n.value()).arg(days) << Qt::endl;
    return ExitOk;
}

} // namespace cet::central::cli
