#pragma once

#include "CliContext.h"

#include <QCommandLineParser>
#include <QStringList>

namespace cet {

// cetdesk-cli cs lookup|request|approve|refuse|list|withdraw|hold|release: the customer-service
// desk from a terminal, online against cet-central. Signs in like "cetdesk-cli sync" (--server,
// --user, --password-stdin; else the database's session).
class CsCommand
{
    Q_DECLARE_TR_FUNCTIONS(cet::CsCommand)
public:
    enum Exit : int {
        Ok = 0,
        Usage = 1,
        Refused = 2,     // the server refused (not found, wrong state, four eyes, bad input)
        Unavailable = 3, // network or server unavailable
        Auth = 4,        // sign-in needed or refused, or the role may not use the desk
        Failed = 5,      // database, bad answer
    };
    static QString help();
    static void addOptions(QCommandLineParser &parser);
    // `args` are the positional arguments after "cs".
    static int run(const CliContext &context, const QCommandLineParser &parser, const QStringList &args, bool json);
};

} // namespace cet
