#pragma once

// Mail subcommands of cet-central: `mail list` prints the demo mailbox (what a server without an
// SMTP relay kept instead of sending).

#include "CentralCliSupport.h"

namespace cet::central::cli {

int runMail(const QStringList &args, CliIo io); // args[0] = "cet-central mail", args[1] = "list"

} // namespace cet::central::cli
