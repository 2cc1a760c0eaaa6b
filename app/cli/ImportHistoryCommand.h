#pragma once

#include "CliContext.h"

namespace cet {

// cetdesk-cli import-history [--json], import-undo BATCH_ID and import-template OUT.xlsx.
class ImportHistoryCommand
{
    Q_DECLARE_TR_FUNCTIONS(cet::ImportHistoryCommand)
public:
    // Most recent first. --json: {"imports": [{"batch_id", "file", "sha256", "actor", "started_at",
    // "finished_at", "read", "inserted", "updated", "unchanged", "rejected", "deleted", "undone",
    // "undone_at", "undone_by"}]} with times in ISO 8601 UTC.
    static int history(const CliContext &context, bool json);
    // Exit codes: 0 undone, 1 no such batch (or not a number), 6 refused (already undone, records
    // edited since, a later import changed the same records), 4 database error.
    static int undo(const CliContext &context, const QString &batchId, const QString &actor);
    // Writes the blank import template; 4 when it can not be written.
    static int writeTemplate(const CliContext &context, const QString &output);
};

} // namespace cet
