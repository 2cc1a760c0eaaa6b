#pragma once

// SQL of what each campus offers (offers): per school, campus and subject whether it is offered,
// seats (capacity, taken), fee in fen, the registration window, the exam date and whether
// candidates of other schools may book it.

#include "CentralStore.h"

namespace cet::central::offersql {

struct OfferRow
{
    QString school, campus, subject;
    bool offered = true;
    int capacity = 0;
    int taken = 0;
    qint64 feeFen = 0;
    QDateTime windowStart, windowEnd;
    QString examDate; // ISO date, "2026-12-19"
    bool openToOtherSchools = false;
};

// Inserts or replaces the offer's settings; seats already taken are kept (a CHECK refuses a
// capacity below them: store error).
Result<void> put(CentralStore &store, const OfferRow &row);
// The campus's offers, by subject code.
Result<QList<OfferRow>> forCampus(CentralStore &store, const QString &school, const QString &campus);

} // namespace cet::central::offersql
