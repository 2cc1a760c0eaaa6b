#pragma once

#include "ImportRun.h"

#include <QTextStream>

namespace cet {

// Prints the one JSON object of `cetdesk-cli import --json` (its shape: ImportCommand.h). The
// rejected rows are streamed from the spool one by one, so a file with a million bad rows does not
// build a million JSON objects in memory. Returns the spool's error, if reading it failed.
Result<void> writeImportJson(QTextStream &out, const ImportRun &run);

} // namespace cet
