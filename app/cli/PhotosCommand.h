#pragma once

#include "CliContext.h"

namespace cet {

struct PhotosCommandOptions
{
    bool dryRun = false; // check and report only; store nothing
    bool json = false;   // print one JSON object on stdout instead of text
    QString actor;       // for the audit log
};

// cetdesk-cli import-photos DIR|ZIP [--db PATH] [--dry-run] [--json]: checks every photo of a
// folder or ZIP (JPEG, 144×192, ≤ 60 KB, named 学号.jpg or 证件号码.jpg), matches it to a student
// and stores the matched photos in one transaction (PhotoImport).
// Exit codes: ExitOk every photo file was matched (and stored unless --dry-run); ExitRejected some
// were not (the valid ones are stored all the same); ExitUnreadable the folder or ZIP can not be
// read or holds no photo file; ExitDatabase; ExitCancelled.
class PhotosCommand
{
    Q_DECLARE_TR_FUNCTIONS(cet::PhotosCommand)
public:
    static int run(const CliContext &context, const QString &source, const PhotosCommandOptions &options);
};

} // namespace cet
