#include "SyncErrors.h"

#include <QCoreApplication>

namespace cet {

namespace {
struct SyncErrors
{
    Q_DECLARE_TR_FUNCTIONS(cet::SyncErrors)
};
} // namespace

QString syncErrorMessage(const QString &code, const QString &serverMessage)
{
    if (code == u"auth.bad_credentials")
        return SyncErrors::tr("The user name or the password is wrong.");
    if (code == u"auth.locked")
        return SyncErrors::tr("Too many failed sign-ins. Wait a moment and try again.");
    if (code == u"auth.bad_token" || code == u"auth.expired")
        return SyncErrors::tr("Your session has ended. Please sign in again; nothing you changed is lost.");
    if (code == u"sync.sign_in_needed")
        return SyncErrors::tr("Please sign in to the server to sync; nothing you changed is lost.");
    if (code == u"auth.forbidden")
        return SyncErrors::tr("Your account may not do this.");
    if (code == u"sync.epoch_changed")
        return SyncErrors::tr("The server's data was restored or replaced. Sync is paused and nothing was "
                              "overwritten; ask your administrator how to continue.");
    if (code == u"sync.client_outdated")
        return SyncErrors::tr("The server has kinds of records this version of CET Desk does not know. Please "
                              "update CET Desk; nothing is lost, and sync goes on from here after the update.");
    if (code == u"entity.unknown")
        return SyncErrors::tr("The server does not know this kind of record; the server needs an update.");
    if (code == u"notice.invalid")
        return SyncErrors::tr("The server refused the notice as invalid.");
    if (code == u"notice.wrong_scope")
        return SyncErrors::tr("The notice is for a school or campus that is not yours.");
    if (code == u"sync.cursor_too_old")
        return SyncErrors::tr("The server no longer has the changes since this desktop's last sync; all "
                              "records are fetched again.");
    if (code == u"sync.insecure_url")
        return SyncErrors::tr("The server address must start with https:// (plain http:// only for this "
                              "computer itself).");
    if (code == u"sync.redirected")
        return SyncErrors::tr("The server answered with a redirect to another address; CET Desk does not follow "
                              "it. Check the server address in the settings.");
    if (code == u"sync.bad_url")
        return SyncErrors::tr("The server address is not valid.");
    if (code == u"sync.ca_file")
        return SyncErrors::tr("The certificate authority file can not be read.");
    if (code == u"sync.other_server")
        return SyncErrors::tr("This database already syncs with another server or school.");
    if (code == u"sync.bad_response" || code.startsWith(u"request."))
        return SyncErrors::tr("The server sent an answer this version of CET Desk does not understand.");
    if (code == u"net.tls")
        return SyncErrors::tr("The server's certificate is not trusted. Check the address, or configure the "
                              "certificate authority file.");
    if (code == u"net.timeout")
        return SyncErrors::tr("The server did not answer in time. Sync will try again later.");
    if (code == u"server.unavailable" || code.startsWith(u"net.") || code == u"server.internal")
        return SyncErrors::tr("The server can not be reached. Your changes are kept and sent later.");
    if (code == u"sync.cancelled")
        return SyncErrors::tr("Sync was stopped.");
    if (code == u"school.sealed")
        return SyncErrors::tr("The school's data is sealed for this exam session; changes are refused.");
    if (code == u"student.invalid")
        return SyncErrors::tr("The server refused the record as invalid.");
    if (code == u"student.wrong_school")
        return SyncErrors::tr("The record belongs to another school.");
    if (!serverMessage.isEmpty())
        return SyncErrors::tr("The server refused the request (%1).").arg(code);
    return SyncErrors::tr("Sync failed (%1).").arg(code);
}

Error syncError(const QString &code, const QString &detail)
{
    return Error{ code, syncErrorMessage(code, detail), detail };
}

bool isAuthError(const QString &code)
{
    return code == u"auth.bad_token" || code == u"auth.expired" || code == u"sync.sign_in_needed";
}

bool isNetworkError(const QString &code)
{
    return code.startsWith(u"net.") || code == u"server.unavailable" || code == u"server.internal";
}

} // namespace cet
