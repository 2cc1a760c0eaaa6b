#pragma once

// An offer for test set-ups: offered, its booking window open from a day before `now` to 30 days
// after it. Callers change what their case is about (openToOtherSchools, …) before putting it.

#include "OfferSql.h"

#include <QDateTime>

namespace cet::central::test {

inline offersql::OfferRow openOffer(const QString &school, const QString &campus, const QString &subject,
                                    int capacity, int feeFen, const QDateTime &now)
{
    offersql::OfferRow o;
    o.school = school;
    o.campus = campus;
    o.subject = subject;
    o.capacity = capacity;
    o.feeFen = feeFen;
    o.windowStart = now.addDays(-1);
    o.windowEnd = now.addDays(30);
    o.examDate = QStringLiteral("2026-12-19");
    return o;
}

} // namespace cet::central::test
