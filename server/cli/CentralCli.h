#pragma once

// cet-central's command line: picks the subcommand and runs it.

#include <QStringList>
#include <QTextStream>

namespace cet::central::cli {

// args as from QCoreApplication::arguments(). Returns the process exit code.
int runCentralCli(const QStringList &args, QTextStream &out, QTextStream &err);

} // namespace cet::central::cli
