#pragma once

#include "CliContext.h"

namespace cet {

struct SyncCommandOptions
{
    QString server;        // sign in to this server first (with user and a password on stdin)
    QString user;
    bool passwordStdin = false;
    QString caFile;
    bool json = false;
};

// cetdesk-cli sync and cetdesk-cli status.
class SyncCommand
{
    Q_DECLARE_TR_FUNCTIONS(cet::SyncCommand)
public:
    // Exit codes of sync (and status, which only uses 0/1/5).
    enum Exit : int {
        Ok = 0,
        Usage = 1,
        Pending = 2,     // conflicts to resolve or changes the server refused
        Unavailable = 3, // network or server unavailable: changes stay queued
        Auth = 4,        // sign-in needed or refused
        Failed = 5,      // database error, server restored (epoch changed), bad answer
        // Stopped with Ctrl+C (128 + SIGINT, as a shell reports it); nothing is lost: what was
        // not sent stays queued, what was received is kept.
        Cancelled = 130,
    };
    // Signs in when asked (or when needed and --server/--user/--password-stdin are given), then
    // pushes, pulls and checks. Prints pushed / pulled / conflicts.
    static int sync(const CliContext &context, const SyncCommandOptions &options);
    // Server, user, pending ops by state, open conflicts, last sync, cursor (--json: one object).
    static int status(const CliContext &context, bool json);
};

} // namespace cet
