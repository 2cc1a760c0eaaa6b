#pragma once

// cet-central serve / demo: run the HTTP API until killed.

#include "CentralCliSupport.h"

namespace cet::central::cli {

int runServe(const QStringList &args, CliIo io);
int runDemo(const QStringList &args, CliIo io); // seeds a demo data set, then serves

} // namespace cet::central::cli
