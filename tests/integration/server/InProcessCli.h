#pragma once

// cet-central's command line run inside the test process: the executable's own code, without a
// child process, so that a test can drive an administrator's command and then look at the
// database it shares with the test.

#include "CentralCli.h"

#include <QStringList>
#include <QTextStream>

namespace cet::central::test {

// The exit code; `printed` (if given) gets what the command wrote to stdout, then to stderr.
inline int runCentralCommand(const QStringList &args, QString *printed = nullptr)
{
    QString out, err;
    QTextStream o(&out), e(&err);
    const int code = cli::runCentralCli(QStringList{ QStringLiteral("cet-central") } + args, o, e);
    o.flush();
    e.flush();
    if (printed)
        *printed = out + err;
    return code;
}

} // namespace cet::central::test
