#include "CsText.h"

namespace cet {

QString CsText::state(const QString &s)
{
    if (s == u"submitted")
        return tr("submitted");
    if (s == u"approved")
        return tr("approved");
    if (s == u"refused")
        return tr("refused");
    if (s == u"withdrawn")
        return tr("withdrawn");
    if (s == u"held")
        return tr("held back");
    if (s == u"applied")
        return tr("applied");
    if (s == u"failed")
        return tr("failed");
    return s;
}

QString CsText::check(const QString &c)
{
    if (c == u"id_card_photo")
        return tr("Photo of the ID card received and compared");
    if (c == u"callback_number")
        return tr("Called back on the number of the registration");
    if (c == u"registration_details")
        return tr("Caller gave the registration's details (school, subjects)");
    return c;
}

QString CsText::registration(const QString &s)
{
    if (s == u"none")
        return tr("not registered");
    if (s == u"saved")
        return tr("registered, no subject booked");
    if (s == u"booked")
        return tr("subjects booked, not all paid");
    if (s == u"paid")
        return tr("subjects paid");
    return s;
}

QString CsText::payment(const QString &s)
{
    if (s == u"paid")
        return tr("paid");
    if (s == u"unpaid")
        return tr("unpaid");
    if (s == u"pending")
        return tr("payment pending");
    return s;
}

QString CsText::guidanceTitle(const QString &g)
{
    if (g == u"change_email_self")
        return tr("The caller can change the email themselves");
    if (g == u"register_anew")
        return tr("Never bound: nothing to move");
    if (g == u"rebind")
        return tr("Bound and unreachable: file a rebinding request");
    return g;
}

QString CsText::guidanceText(const QString &g)
{
    if (g == u"change_email_self")
        return tr("If the caller still knows the passport password, they sign in and change the login email "
                  "themselves (account settings, change email). No request is needed.");
    if (g == u"register_anew")
        return tr("The registration was never bound to a passport account. The caller registers a new passport "
                  "account and binds the registration with it; there is nothing to move.");
    if (g == u"rebind")
        return tr("The registration is bound to a passport account the caller can no longer reach. Ask them to "
                  "register a new passport account, take its passport ID and email, verify their identity and "
                  "file a rebinding request; a supervisor approves it and it takes effect in the evening.");
    return {};
}

} // namespace cet
