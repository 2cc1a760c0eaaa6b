#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>

namespace cet {

// 准考证号, 15 characters.
//   written: region(2) school(3) campus(1) year(2) sitting(1) subject(1) room(3) seat(2), all digits;
//            sitting 1 = June, 2 = December; subject = a written subject code 1..9.
//   oral:    subject letter F or S, then region(2) school(3) campus(1) year(2) sitting(1) room(3)
//            seat(2) = 1 letter + 14 digits; sitting 1 = May, 2 = November.
// Two-digit years: 87..99 → 1987..1999 (CET began in 1987), 00..86 → 2000..2086.
struct AdmissionTicket
{
    Q_DECLARE_TR_FUNCTIONS(cet::AdmissionTicket)
public:
    QString number; // the whole 15 characters
    QString region; // 2 digits
    QString school; // 3 digits
    QString campus; // 1 digit
    int year = 0; // four-digit year
    int sitting = 0; // 1 (June / May) or 2 (December / November)
    QString subjectCode; // '1'..'9', 'F' or 'S'
    QString room; // 3 digits
    QString seat; // 2 digits
    bool oral = false;

    // The 6-digit campus code (region + school + campus) as printed in the ticket.
    QString centreCode() const { return region + school + campus; }
    // Month of the sitting: 6/12 for written, 5/11 for oral.
    int month() const;
};

// Parses a ticket number (surrounding white space ignored). Errors:
//   ticket.empty, ticket.length (not 15 characters), ticket.format (non-digits where digits are
//   expected, or a letter other than F/S), ticket.sitting (not 1 or 2), ticket.subject (digit 10 of
//   a written ticket is 0).
Result<AdmissionTicket> parseAdmissionTicket(const QString &number);

} // namespace cet
