#pragma once

#include "CliContext.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>

namespace cet {

// cetdesk-cli reviews list [--state pending] [--json] and cetdesk-cli reviews decide ID
// --pass|--fail --reason TEXT [--json]: the school's CET6 reviews, through ReviewService. A
// decision queues; the next "cetdesk-cli sync" sends it.
class ReviewsCommand
{
    Q_DECLARE_TR_FUNCTIONS(cet::ReviewsCommand)
public:
    static QString help();
    static void addOptions(QCommandLineParser &parser);
    // `args` are the positional arguments after "reviews".
    static int run(const CliContext &context, const QCommandLineParser &parser, const QStringList &args, bool json);
};

} // namespace cet
