#pragma once

// How one campus and subject has been filling and when it will be full at the recent pace: the
// seats taken over the last 14 days, rebuilt from the server's bookings per hour (live bookings
// only, so that the curve ends at the seats taken now), and a straight projection from the
// bookings of the last 24 hours.

#include "OfferTypes.h"

#include <QDateTime>
#include <QList>
#include <QPair>

#include <optional>

namespace cet {

struct SeatForecast
{
    QList<QPair<QDateTime, int>> taken; // seats taken at the end of each hour with bookings, then at `at`
    double perHour = 0;                 // bookings per hour over the 24 hours before `at`
    std::optional<QDateTime> fullAt;    // at that pace; none when full already or nothing was booked
    bool full = false;
};

// `hours` are the bookings of this campus and subject (others are skipped); `at` is when the
// server counted `taken`.
SeatForecast forecastSeats(const QString &campusCode, const QString &subject, int capacity, int taken,
                           const QList<BookingHour> &hours, const QDateTime &at);

} // namespace cet
