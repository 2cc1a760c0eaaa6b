#pragma once

// Staff account subcommands of cet-central: disable-user, enable-user, revoke-sessions,
// reset-password (--password-stdin), unlock-user. Each takes --db and --name.

#include "CentralCliSupport.h"

namespace cet::central::cli {

int runDisableUser(const QStringList &args, CliIo io);
int runEnableUser(const QStringList &args, CliIo io);
int runRevokeSessions(const QStringList &args, CliIo io);
int runResetPassword(const QStringList &args, CliIo io);
int runUnlockUser(const QStringList &args, CliIo io);

} // namespace cet::central::cli
