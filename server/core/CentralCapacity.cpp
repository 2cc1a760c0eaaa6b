#include "CentralService.h"
#include "CentralStore.h"
#include "OfferTable.h"

#include <QJsonArray>

namespace cet::central {

Result<QJsonObject> CentralService::schoolCapacity(const Session &session, const QString &school)
{
    auto scope = scopeSchool(session, school);
    if (!scope)
        return scope.error();
    const QDateTime at = now();
    auto offers = offertable::live(*m_store, scope.value());
    if (!offers)
        return offers.error();
    auto hours = offertable::bookingsPerHour(*m_store, scope.value(), at.addDays(-14));
    if (!hours)
        return hours.error();
    QJsonArray offerList;
    for (const StoredOffer &o : offers.value())
        offerList.append(QJsonObject{ { QStringLiteral("campus_code"), o.settings.campusCode },
                                      { QStringLiteral("subject"), o.settings.subject },
                                      { QStringLiteral("capacity"), o.settings.capacity },
                                      { QStringLiteral("taken"), o.taken },
                                      { QStringLiteral("paid"), o.paid },
                                      { QStringLiteral("offered"), o.settings.offered } });
    QJsonArray bookings;
    for (const HourlyBookings &h : hours.value())
        bookings.append(QJsonObject{ { QStringLiteral("campus_code"), h.campus },
                                     { QStringLiteral("subject"), h.subject },
                                     { QStringLiteral("hour"), protocol::toWireTime(h.hour) },
                                     { QStringLiteral("booked"), h.booked } });
    return QJsonObject{ { QStringLiteral("generated_at"), protocol::toWireTime(at) },
                        { QStringLiteral("offers"), offerList },
                        { QStringLiteral("bookings"), bookings } };
}

} // namespace cet::central
