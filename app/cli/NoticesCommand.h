#pragma once

#include "CliContext.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QStringList>

namespace cet {

// cetdesk-cli notices list [--json] and cetdesk-cli notices set CODE --title T (--body T |
// --body-file F) [--shown-from YYYY-MM-DD]: the school notices, through NoticeService. A set
// queues the change; the next "cetdesk-cli sync" sends it.
class NoticesCommand
{
    Q_DECLARE_TR_FUNCTIONS(cet::NoticesCommand)
public:
    static QString help();
    // The command's own options, added to the program's parser.
    static void addOptions(QCommandLineParser &parser);
    // `args` are the positional arguments after "notices".
    static int run(const CliContext &context, const QCommandLineParser &parser, const QStringList &args, bool json);
};

} // namespace cet
