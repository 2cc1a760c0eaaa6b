#pragma once

#include <QCoreApplication>
#include <QString>
#include <QTextStream>

namespace cet {

// Exit codes of cetdesk-cli.
enum ExitCode : int {
    ExitOk = 0,
    ExitUsage = 1,      // wrong command, option or option value; import-undo: no such batch
    ExitRejected = 2,   // import: some rows were rejected (with --all-or-nothing nothing was written)
    ExitUnreadable = 3, // the input file can not be read or is not a student file
    ExitDatabase = 4,   // the database can not be opened or written, or an output file can not be written
    ExitCancelled = 5,  // Ctrl+C; nothing was written to the database
    ExitRefused = 6,    // import-undo refused: records edited since, already undone, a later import
};

// What every command needs: the database path and the two output streams.
struct CliContext
{
    QString databasePath;
    QTextStream &out;
    QTextStream &err;
};

} // namespace cet
