#pragma once

#include "OfferTypes.h"
#include "Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace cet {

class SyncHttp;

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

// Fetches the usage with the session of `http` (a coordinator's token; `school` names the school
// for an account that may reach several). Blocking.
Result<CapacityUsage> fetchCapacityUsage(SyncHttp &http, const QString &school = {});

} // namespace cet
