#pragma once

#include "CliContext.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QStringList>

namespace cet {

// cetdesk-cli offers list [--json], offers campus CODE --name N [--address A], offers set CAMPUS
// SUBJECT [--capacity N] [--fee YUAN] [--offered yes|no] [--window-start ISO] [--window-end ISO]
// [--exam-at ISO] [--open-to-other-schools yes|no], through OfferService (the next sync sends the
// change); cetdesk-cli capacity [--json]: the seats used now, from the server.
class OffersCommand
{
    Q_DECLARE_TR_FUNCTIONS(cet::OffersCommand)
public:
    static QString help();
    static void addOptions(QCommandLineParser &parser);
    // `args` are the positional arguments after "offers".
    static int run(const CliContext &context, const QCommandLineParser &parser, const QStringList &args, bool json);
    // Signs in with --server/--user/--password-stdin when given, else with the stored session.
    static int capacity(const CliContext &context, const QCommandLineParser &parser, bool json);
};

} // namespace cet
