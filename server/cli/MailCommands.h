#pragma once

// Mail subcommands of cet-central: `mail list` prints the demo mailbox (what a server without an
// SMTP relay kept instead of sending); `send-mail` delivers the message outbox's due mail once
// (to the relay of --smtp, or into the demo mailbox without it), for cron or run-jobs.

#include "CentralCliSupport.h"

namespace cet::central::cli {

int runMail(const QStringList &args, CliIo io); // args[0] = "cet-central mail", args[1] = "list"
// Exit 0 when every due message went out (or nothing was due), 2 when some must be tried again
// or were refused for good, or the database failed.
int runSendMail(const QStringList &args, CliIo io);

} // namespace cet::central::cli
