#pragma once

#include "OfferSql.h"

namespace cet::central {

// What a demo campus offers, so that a demo candidate's qualification look-up shows subjects:
// 英语四级, 英语六级 and 日语四级 written, both oral tests; written seats for a big school, oral seats
// few (they fill up in a simulation). The window runs from a week before `now` (room for a
// simulated week of registrations) to 30 days after;
// the written exam is on the third Saturday of the next June or December after the window.
QList<offersql::OfferRow> demoOffers(const QString &school, const QString &campus, const QDateTime &now);

} // namespace cet::central
