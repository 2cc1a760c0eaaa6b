#pragma once

// cet-central import-scores FILE.csv: loads the score office's CET4 results (成绩库) that the CET6
// qualification reviews read.

#include "CentralCliSupport.h"

namespace cet::central::cli {

int runImportScores(const QStringList &args, CliIo io);

} // namespace cet::central::cli
