#pragma once

// `cet-central restrictions add|remove|list`: the exam board's restriction list (限制报考名单),
// kept by an administrator on the server's machine. Each change is audited with its reason.

#include "CentralCliSupport.h"

namespace cet::central::cli {

int runRestrictions(const QStringList &args, CliIo io); // args[0] = "cet-central restrictions", args[1] = the verb

} // namespace cet::central::cli
