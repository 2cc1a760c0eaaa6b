#include "StaffCommands.h"

#include "CentralService.h"

namespace cet::central::cli {

namespace {

using Action = CentralService::StaffAction;

int runStaffAction(const QStringList &args, CliIo io, Action action, const QString &description)
{
    QCommandLineParser parser;
    parser.addOptions({ dbOption(), valueOption(QStringLiteral("name"), CliText::tr("Sign-in name.")) });
    if (action == Action::ResetPassword)
        parser.addOption(QCommandLineOption(QStringLiteral("password-stdin"),
                                            CliText::tr("Read the new password from standard input.")));
    std::unique_ptr<CentralService> service;
    if (const int code = prepare(parser, args, description, { QStringLiteral("name") }, io, service); code >= 0)
        return code;
    QString password;
    if (action == Action::ResetPassword) {
        // Only from standard input: a password on the command line is visible to other users.
        if (!parser.isSet(QStringLiteral("password-stdin"))) {
            io.err << CliText::tr("give the new password with --password-stdin") << Qt::endl;
            return ExitUsage;
        }
        const auto read = readPasswordLine(io);
        if (!read)
            return ExitFailure;
        password = *read;
    }
    const QString name = parser.value(QStringLiteral("name"));
    auto revoked = service->staffAdmin(name, action, password);
    if (!revoked)
        return fail(io, revoked.error());
    switch (action) {
    case Action::Disable:
        io.out << CliText::tr("user %1 disabled (%2 sessions revoked)").arg(name).arg(revoked.value());
        break;
    case Action::Enable:
        io.out << CliText::tr("user %1 enabled").arg(name);
        break;
    case Action::RevokeSessions:
        io.out << CliText::tr("user %1: %2 sessions revoked").arg(name).arg(revoked.value());
        break;
    case Action::ResetPassword:
        io.out << CliText::tr("user %1: password reset (%2 sessions revoked)").arg(name).arg(revoked.value());
        break;
    case Action::Unlock:
        io.out << CliText::tr("user %1 unlocked").arg(name);
        break;
    }
    io.out << Qt::endl;
    return ExitOk;
}

} // namespace

int runDisableUser(const QStringList &args, CliIo io)
{
    return runStaffAction(args, io, Action::Disable,
                          CliText::tr("Disable a staff user: sign-in refused, every session revoked."));
}

int runEnableUser(const QStringList &args, CliIo io)
{
    return runStaffAction(args, io, Action::Enable, CliText::tr("Enable a disabled staff user again."));
}

int runRevokeSessions(const QStringList &args, CliIo io)
{
    return runStaffAction(args, io, Action::RevokeSessions, CliText::tr("Revoke every session of a staff user."));
}

int runResetPassword(const QStringList &args, CliIo io)
{
    return runStaffAction(args, io, Action::ResetPassword,
                          CliText::tr("Set a staff user's password (from standard input); revokes the user's "
                                      "sessions and lifts a sign-in lock."));
}

int runUnlockUser(const QStringList &args, CliIo io)
{
    return runStaffAction(args, io, Action::Unlock,
                          CliText::tr("Lift the sign-in delay or lock of a user name."));
}

} // namespace cet::central::cli
