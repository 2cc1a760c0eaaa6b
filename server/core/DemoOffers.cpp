#include "DemoOffers.h"

#include <QDate>

namespace cet::central {

namespace {

QDate thirdSaturdayAfter(const QDate &after)
{
    for (QDate month(after.year(), after.month(), 1);; month = month.addMonths(1)) {
        if (month.month() != 6 && month.month() != 12)
            continue;
        QDate day = month;
        while (day.dayOfWeek() != Qt::Saturday)
            day = day.addDays(1);
        day = day.addDays(14);
        if (day > after)
            return day;
    }
}

} // namespace

QList<offersql::OfferRow> demoOffers(const QString &school, const QString &campus, const QDateTime &now)
{
    const struct
    {
        const char *subject;
        int capacity;
        qint64 feeFen;
    } subjects[] = { { "1", 3000, 3000 }, { "2", 2000, 3000 }, { "3", 200, 3000 }, { "F", 60, 5000 }, { "S", 40, 5000 } };
    const QDateTime start = now.addDays(-7);
    const QDateTime end = now.addDays(30);
    const QString examDate = thirdSaturdayAfter(end.date()).toString(Qt::ISODate);
    QList<offersql::OfferRow> out;
    for (const auto &s : subjects) {
        offersql::OfferRow o;
        o.school = school;
        o.campus = campus;
        o.subject = QString::fromLatin1(s.subject);
        o.capacity = s.capacity;
        o.feeFen = s.feeFen;
        o.windowStart = start;
        o.windowEnd = end;
        o.examDate = examDate;
        o.openToOtherSchools = o.subject == QLatin1String("F") || o.subject == QLatin1String("S");
        out.append(o);
    }
    return out;
}

} // namespace cet::central
