#pragma once

#include <QCoreApplication>
#include <QString>
#include <QTextStream>

namespace cet {

// Exit codes of cetdesk-cli.
enum ExitCode : int {
    ExitOk = 0,
    ExitUsage = 1,
    ExitRejected = 2,   // import: some rows were rejected
    ExitUnreadable = 3, // the input file can not be read or is not a student file
    ExitDatabase = 4,   // the database can not be opened or written
    ExitCancelled = 5,
};

// What every command needs: the database path and the two output streams.
struct CliContext
{
    QString databasePath;
    QTextStream &out;
    QTextStream &err;
};

} // namespace cet
