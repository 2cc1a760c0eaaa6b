#pragma once

// What every cet-central subcommand shares: exit codes, output streams, option parsing with
// --help, and opening the database named by --db.

#include "Result.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>
#include <QTextStream>

#include <memory>
#include <optional>

namespace cet::central {
class CentralService;
}

namespace cet::central::cli {

enum ExitCode : int {
    ExitOk = 0,
    ExitUsage = 1, // unknown command or option, missing or bad option value
    ExitFailure = 2, // the database, the network or the operation failed
};

struct CliIo
{
    QTextStream &out;
    QTextStream &err;
};

class CliText
{
    Q_DECLARE_TR_FUNCTIONS(cet::central::CentralCli)
};

// Parses `args` (args[0] = "cet-central <command>"); handles --help. Returns -1 to go on, else
// the exit code to return (help printed: 0, usage error printed: 1). `positional` is the number of
// positional arguments the command takes (exactly that many; the parser declares them).
int parseCommand(QCommandLineParser &parser, const QStringList &args, const QString &description, CliIo io,
                 int positional = 0);

// Required option values: prints "missing --name" and returns false when one is empty.
bool requireOptions(const QCommandLineParser &parser, const QStringList &names, CliIo io);

// Opens --db and runs migrate() (so that every command works on a fresh database).
Result<std::unique_ptr<CentralService>> openMigrated(const QString &dbUrl);

int fail(CliIo io, const Error &error); // prints the error, returns ExitFailure

// --db URL, and an option NAME whose value is called NAME.
QCommandLineOption dbOption();
QCommandLineOption valueOption(const QString &name, const QString &help);
// Parses, checks --db and the `required` options and opens the database (migrated); -1 with
// `service` set to go on, else the exit code.
int prepare(QCommandLineParser &parser, const QStringList &args, const QString &description,
    const QStringList &required, CliIo io, std::unique_ptr<CentralService> &service);
// A time option: the wire's format or ISO 8601 (UTC when it has no offset).
std::optional<QDateTime> parseTime(const QString &text);
// Takes "--db-password-file PATH" (or "=PATH") out of `args` and makes the file's first line the
// password of a --db URL that has none. -1 to go on, else the exit code (error printed).
int takeDbPasswordFile(QStringList &args, CliIo io);
// One line of standard input without its line end (passwords: --password-stdin); nullopt, with
// the error printed, when standard input can not be read.
std::optional<QString> readPasswordLine(CliIo io);

} // namespace cet::central::cli
