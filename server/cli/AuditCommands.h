#pragma once

// cet-central audit verify | audit export --from T --to T: the audit log's hash chain checked,
// and the rows of a time range written as JSON lines for auditors.

#include "CentralCliSupport.h"

namespace cet::central::cli {

int runAudit(const QStringList &args, CliIo io);
// cet-central purge-op-results [--days N]: retention of the recorded push results.
int runPurgeOpResults(const QStringList &args, CliIo io);

} // namespace cet::central::cli
