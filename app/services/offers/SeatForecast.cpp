#include "SeatForecast.h"

#include <algorithm>
#include <cmath>

namespace cet {

SeatForecast forecastSeats(const QString &campusCode, const QString &subject, int capacity, int taken,
                           const QList<BookingHour> &hours, const QDateTime &at)
{
    QList<BookingHour> mine;
    for (const BookingHour &h : hours) {
        if (h.campusCode == campusCode && h.subject == subject && h.booked > 0 && h.hour <= at)
            mine << h;
    }
    std::sort(mine.begin(), mine.end(), [](const BookingHour &a, const BookingHour &b) { return a.hour < b.hour; });
    int inWindow = 0, lastDay = 0;
    for (const BookingHour &h : std::as_const(mine)) {
        inWindow += h.booked;
        if (h.hour.addSecs(3600) > at.addDays(-1))
            lastDay += h.booked;
    }
    SeatForecast f;
    // Seats booked before the 14 days the server reports are the curve's starting level.
    int level = std::max(0, taken - inWindow);
    if (!mine.isEmpty())
        f.taken << qMakePair(mine.first().hour, level);
    for (const BookingHour &h : std::as_const(mine)) {
        level += h.booked;
        f.taken << qMakePair(std::min(h.hour.addSecs(3600), at), std::min(level, taken));
    }
    f.taken << qMakePair(at, taken);
    f.full = capacity > 0 && taken >= capacity;
    f.perHour = lastDay / 24.0;
    if (!f.full && f.perHour > 0 && capacity > taken) {
        const double hoursLeft = (capacity - taken) / f.perHour;
        f.fullAt = at.addSecs(qint64(std::ceil(hoursLeft * 3600)));
    }
    return f;
}

} // namespace cet
