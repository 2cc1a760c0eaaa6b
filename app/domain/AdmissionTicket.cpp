#include "AdmissionTicket.h"

namespace cet {

namespace {

bool allDigits(QStringView s)
{
    for (QChar c : s) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}

Error ticketError(const char *code, const QString &message)
{
    return Error { QString::fromLatin1(code), message, {} };
}

} // namespace

int AdmissionTicket::month() const
{
    if (oral)
        return sitting == 1 ? 5 : 11;
    return sitting == 1 ? 6 : 12;
}

Result<AdmissionTicket> parseAdmissionTicket(const QString &number)
{
    const QString n = number.trimmed().toUpper();
    if (n.isEmpty())
        return ticketError("ticket.empty", AdmissionTicket::tr("The admission ticket number is empty."));
    if (n.size() != 15)
        return ticketError("ticket.length",
            AdmissionTicket::tr("An admission ticket number has 15 characters, not %1.").arg(n.size()));

    AdmissionTicket t;
    t.number = n;
    QString digits; // the 14 or 15 positional digits, subject removed for oral tickets
    if (n.at(0) == QLatin1Char('F') || n.at(0) == QLatin1Char('S')) {
        t.oral = true;
        t.subjectCode = n.left(1);
        digits = n.mid(1);
        if (!allDigits(digits))
            return ticketError(
                "ticket.format", AdmissionTicket::tr("An oral test ticket number is F or S followed by 14 digits."));
        t.region = digits.mid(0, 2);
        t.school = digits.mid(2, 3);
        t.campus = digits.mid(5, 1);
        t.year = digits.mid(6, 2).toInt();
        t.sitting = digits.mid(8, 1).toInt();
        t.room = digits.mid(9, 3);
        t.seat = digits.mid(12, 2);
    } else {
        if (!allDigits(n))
            return ticketError("ticket.format", AdmissionTicket::tr("A written test ticket number has 15 digits."));
        t.region = n.mid(0, 2);
        t.school = n.mid(2, 3);
        t.campus = n.mid(5, 1);
        t.year = n.mid(6, 2).toInt();
        t.sitting = n.mid(8, 1).toInt();
        t.subjectCode = n.mid(9, 1);
        t.room = n.mid(10, 3);
        t.seat = n.mid(13, 2);
        if (t.subjectCode == QLatin1String("0"))
            return ticketError("ticket.subject",
                AdmissionTicket::tr("Digit 10 of the ticket number must be a written subject code "
                                    "from 1 to 9."));
    }
    t.year += t.year >= 87 ? 1900 : 2000;
    if (t.sitting != 1 && t.sitting != 2)
        return ticketError("ticket.sitting",
            AdmissionTicket::tr("Digit 9 of the ticket number must be 1 (first half-year) or 2 "
                                "(second half-year)."));
    return t;
}

} // namespace cet
