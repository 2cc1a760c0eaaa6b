#include "CsErrors.h"

#include "SyncErrors.h"

#include <QCoreApplication>

namespace cet {

namespace {
struct CsErrors
{
    Q_DECLARE_TR_FUNCTIONS(cet::CsErrors)
};
} // namespace

QString csErrorMessage(const QString &code, const QString &serverMessage)
{
    if (code == u"cs.forbidden")
        return CsErrors::tr("Only customer service agents and supervisors may use the account desk.");
    if (code == u"cs.reason_required")
        return CsErrors::tr("Type the reason for the lookup (for example the caller's question); every lookup "
                            "is recorded with its reason.");
    if (code == u"cs.not_found")
        return CsErrors::tr("No verified registration matches this ID type, ID number and name. Check the three "
                            "with the caller; a record the school never verified can not be found.");
    if (code == u"cs.bad_passport_id")
        return CsErrors::tr("The new passport ID must be the 32 hexadecimal characters of an existing passport "
                            "account.");
    if (code == u"cs.passport_bound")
        return CsErrors::tr("The new passport account is already bound to a registration; it can not take this "
                            "one.");
    if (code == u"cs.email_mismatch")
        return CsErrors::tr("The new email is not the email of the new passport account. Ask the caller again.");
    if (code == u"cs.request_open")
        return CsErrors::tr("This candidate already has an open rebinding request; withdraw it or wait for its "
                            "decision.");
    if (code == u"cs.checks_required")
        return CsErrors::tr("Tick at least one way the caller's identity was verified.");
    if (code == u"cs.four_eyes")
        return CsErrors::tr("You filed this request yourself; another supervisor must decide it.");
    if (code == u"cs.bad_state")
        return CsErrors::tr("The request is no longer in a state that allows this; refresh the list.");
    if (code == u"cs.request_not_found")
        return CsErrors::tr("There is no such request.");
    if (code == u"cs.refuse_reason_required" || code == u"cs.reason_missing")
        return CsErrors::tr("Type the reason for refusing.");
    if (code == u"cs.bad_id_type")
        return CsErrors::tr("The ID type is not one of the accepted types.");
    if (code == u"cs.not_bound")
        return CsErrors::tr("The registration is not bound to a passport account: there is nothing to rebind; the "
                            "caller binds it with their new passport account themselves.");
    if (code == u"cs.not_filer")
        return CsErrors::tr("Only the agent who filed the request can withdraw it.");
    if (code == u"cs.registration_gone")
        return CsErrors::tr("The candidate's registration no longer exists.");
    if (code == u"cs.unknown_check")
        return CsErrors::tr("The server does not know one of the identity checks; CET Desk may need an update.");
    if (code == u"sync.sign_in_needed")
        return CsErrors::tr("Sign in to cet-central to use the account desk.");
    if (code.startsWith(u"cs."))
        return CsErrors::tr("The server refused the request (%1).").arg(code);
    return syncErrorMessage(code, serverMessage);
}

Error csError(Error e)
{
    if (e.code.startsWith(u"cs.") || e.code == u"sync.sign_in_needed")
        e.message = csErrorMessage(e.code, e.detail);
    return e;
}

} // namespace cet
