#pragma once

// Admin subcommands of cet-central: migrate, create-school, create-campus, create-session,
// create-user, new-epoch, run-jobs. Each takes the arguments after "cet-central" (args[0] = command).

#include "CentralCliSupport.h"

namespace cet::central::cli {

int runMigrate(const QStringList &args, CliIo io);
int runCreateSchool(const QStringList &args, CliIo io);
int runCreateCampus(const QStringList &args, CliIo io);
int runCreateSession(const QStringList &args, CliIo io);
int runCreateUser(const QStringList &args, CliIo io);
int runNewEpoch(const QStringList &args, CliIo io);
int runRunJobs(const QStringList &args, CliIo io); // run-jobs [--now ISO-TIME]
// rebind-time --at HH:MM | --at-once: the exam sessions' time (China) at which approved rebindings apply.
int runRebindTime(const QStringList &args, CliIo io);
// session-rules [--unbooked-hours N] [--oral-needs-written-paid yes|no]: sets the exam sessions'
// candidate rules that vary by province, then prints them.
int runSessionRules(const QStringList &args, CliIo io);

} // namespace cet::central::cli
