#include "CentralCliSupport.h"

#include "CentralService.h"

namespace cet::central::cli {

int parseCommand(QCommandLineParser &parser, const QStringList &args, const QString &description, CliIo io,
                 int positional)
{
    parser.setApplicationDescription(description);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({ QStringLiteral("h"), QStringLiteral("help") }, CliText::tr("Show this help."));
    parser.addOption(help);
    if (!parser.parse(args)) {
        io.err << parser.errorText() << Qt::endl;
        return ExitUsage;
    }
    if (parser.isSet(help)) {
        // QCommandLineParser names the executable's path; name the subcommand instead.
        QString text = parser.helpText();
        const qsizetype eol = text.indexOf(QLatin1Char('\n'));
        const QString program = args.value(0).section(QLatin1Char('/'), -1);
        text.replace(0, eol, CliText::tr("Usage: %1 [options]").arg(program));
        io.out << text;
        io.out.flush();
        return ExitOk;
    }
    if (parser.positionalArguments().size() > positional) {
        io.err << CliText::tr("unexpected argument: %1").arg(parser.positionalArguments().value(positional)) << Qt::endl;
        return ExitUsage;
    }
    if (parser.positionalArguments().size() < positional) {
        io.err << CliText::tr("missing argument (see --help)") << Qt::endl;
        return ExitUsage;
    }
    return -1;
}

bool requireOptions(const QCommandLineParser &parser, const QStringList &names, CliIo io)
{
    for (const QString &name : names) {
        if (parser.value(name).isEmpty()) {
            io.err << CliText::tr("missing --%1 (see --help)").arg(name) << Qt::endl;
            return false;
        }
    }
    return true;
}

Result<std::unique_ptr<CentralService>> openMigrated(const QString &dbUrl)
{
    auto service = CentralService::open(dbUrl);
    if (!service)
        return service.error();
    if (auto migrated = service.value()->migrate(); !migrated)
        return migrated.error();
    return std::move(service.value());
}

int fail(CliIo io, const Error &error)
{
    io.err << CliText::tr("error: %1").arg(error.message);
    if (!error.detail.isEmpty())
        io.err << " (" << error.detail << ")";
    io.err << " [" << error.code << "]" << Qt::endl;
    return ExitFailure;
}

} // namespace cet::central::cli
