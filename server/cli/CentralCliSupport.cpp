#include "CentralCliSupport.h"

#include "CentralService.h"
#include "DbUrl.h"
#include "Wire.h"

#include <QFile>

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

QCommandLineOption dbOption()
{
    return { QStringLiteral("db"), CliText::tr("Database: sqlite:PATH or postgres://USER:PW@HOST:PORT/DB."),
        QStringLiteral("url") };
}

QCommandLineOption valueOption(const QString &name, const QString &help)
{
    return { name, help, name };
}

// Parses, checks required options and opens the database; on success `service` is set.
int prepare(QCommandLineParser &parser, const QStringList &args, const QString &description,
    const QStringList &required, CliIo io, std::unique_ptr<CentralService> &service)
{
    if (const int code = parseCommand(parser, args, description, io); code >= 0)
        return code;
    if (!requireOptions(parser, QStringList { QStringLiteral("db") } + required, io))
        return ExitUsage;
    auto opened = openMigrated(parser.value(QStringLiteral("db")));
    if (!opened)
        return fail(io, opened.error());
    service = std::move(opened.value());
    return -1;
}

std::optional<QDateTime> parseTime(const QString &text)
{
    if (auto t = protocol::fromWireTime(text))
        return t;
    QDateTime t = QDateTime::fromString(text, Qt::ISODate);
    if (!t.isValid())
        return std::nullopt;
    return t.toUTC();
}

std::optional<QString> readPasswordLine(CliIo io)
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly)) {
        io.err << CliText::tr("cannot read standard input") << Qt::endl;
        return std::nullopt;
    }
    return QString::fromUtf8(in.readLine()).remove(QLatin1Char('\n')).remove(QLatin1Char('\r'));
}

int fail(CliIo io, const Error &error)
{
    io.err << CliText::tr("error: %1").arg(error.message);
    if (!error.detail.isEmpty())
        io.err << " (" << error.detail << ")";
    io.err << " [" << error.code << "]" << Qt::endl;
    return ExitFailure;
}

int takeDbPasswordFile(QStringList &args, CliIo io)
{
    const QString option = QStringLiteral("--db-password-file");
    for (qsizetype i = 0; i < args.size(); ++i) {
        QString path;
        if (args.at(i) == option) {
            if (i + 1 >= args.size()) {
                io.err << CliText::tr("missing value of --db-password-file") << Qt::endl;
                return ExitUsage;
            }
            path = args.at(i + 1);
            args.remove(i, 2);
        } else if (args.at(i).startsWith(option + QLatin1Char('='))) {
            path = args.at(i).mid(option.size() + 1);
            args.remove(i);
        } else {
            continue;
        }
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            io.err << CliText::tr("cannot read the database password file %1: %2").arg(path, file.errorString())
                   << Qt::endl;
            return ExitUsage;
        }
        const QString password = QString::fromUtf8(file.readLine()).remove(QLatin1Char('\n')).remove(QLatin1Char('\r'));
        if (password.isEmpty()) {
            io.err << CliText::tr("the database password file %1 is empty").arg(path) << Qt::endl;
            return ExitUsage;
        }
        DbUrl::setPassword(password);
        return -1;
    }
    return -1;
}

} // namespace cet::central::cli
