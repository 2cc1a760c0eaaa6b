#pragma once

#include <QCoreApplication>
#include <QString>

namespace cet {

// Translated words of the customer-service desk, shared by the pages and cetdesk-cli.
class CsText
{
    Q_DECLARE_TR_FUNCTIONS(cet::CsText)
public:
    static QString state(const QString &state);        // submitted, approved, …
    static QString check(const QString &check);        // id_card_photo, …
    static QString registration(const QString &state); // none, saved, booked, paid
    static QString payment(const QString &state);      // unpaid, paid, …
    // The guided answer for the seeds' three cases: a title and what to tell the caller.
    static QString guidanceTitle(const QString &guidance);
    static QString guidanceText(const QString &guidance);
};

} // namespace cet
