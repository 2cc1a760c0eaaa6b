#pragma once

// What every cet-central subcommand shares: exit codes, output streams, option parsing with
// --help, and opening the database named by --db.

#include "Result.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <memory>

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

} // namespace cet::central::cli
