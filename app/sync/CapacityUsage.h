#pragma once

#include "Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace cet {

class SyncHttp;

// Seats of one campus and subject as the server counts them now.
struct OfferUsage
{
    QString campusCode;
    QString subject;
    int capacity = 0;
    int taken = 0;
    int paid = 0;
    bool offered = true;
};

// Bookings of one campus and subject in one hour (its start, UTC).
struct BookingHour
{
    QString campusCode;
    QString subject;
    QDateTime hour;
    int booked = 0;
};

// The school's usage, GET /api/v1/school/capacity: every offer's counts and the bookings of the
// last 14 days per hour.
struct CapacityUsage
{
    QDateTime generatedAt;
    QList<OfferUsage> offers;
    QList<BookingHour> bookings;

    // Errors: protocol.bad_answer (a field missing or of the wrong type).
    static Result<CapacityUsage> fromJson(const QJsonObject &o);
    QJsonObject toJson() const;
};

// Fetches the usage with the session of `http` (a coordinator's token). Blocking.
Result<CapacityUsage> fetchCapacityUsage(SyncHttp &http);

} // namespace cet
