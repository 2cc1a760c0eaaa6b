#include "CapacityUsage.h"

#include <QUrlQuery>

#include "SyncHttp.h"
#include "Wire.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace cet {

namespace {

Error badAnswer(const QString &what)
{
    return Error{ QStringLiteral("protocol.bad_answer"),
                  QCoreApplication::translate("cet::CapacityUsage", "The server's capacity answer is not understood (%1).")
                      .arg(what),
                  what };
}

} // namespace

Result<CapacityUsage> CapacityUsage::fromJson(const QJsonObject &o)
{
    CapacityUsage u;
    u.generatedAt = protocol::fromWireTime(o.value(QStringLiteral("generated_at")).toString()).value_or(QDateTime());
    if (!o.value(QStringLiteral("offers")).isArray())
        return badAnswer(QStringLiteral("offers"));
    for (const QJsonValue &v : o.value(QStringLiteral("offers")).toArray()) {
        const QJsonObject x = v.toObject();
        if (!x.value(QStringLiteral("campus_code")).isString() || !x.value(QStringLiteral("subject")).isString()
            || !x.value(QStringLiteral("capacity")).isDouble() || !x.value(QStringLiteral("taken")).isDouble())
            return badAnswer(QStringLiteral("offers[]"));
        u.offers << OfferUsage{ x.value(QStringLiteral("campus_code")).toString(),
                                x.value(QStringLiteral("subject")).toString(),
                                x.value(QStringLiteral("capacity")).toInt(),
                                x.value(QStringLiteral("taken")).toInt(),
                                x.value(QStringLiteral("paid")).toInt(),
                                x.value(QStringLiteral("offered")).toBool(true) };
    }
    for (const QJsonValue &v : o.value(QStringLiteral("bookings")).toArray()) {
        const QJsonObject x = v.toObject();
        const auto hour = protocol::fromWireTime(x.value(QStringLiteral("hour")).toString());
        if (!hour)
            return badAnswer(QStringLiteral("bookings[].hour"));
        u.bookings << BookingHour{ x.value(QStringLiteral("campus_code")).toString(),
                                   x.value(QStringLiteral("subject")).toString(), *hour,
                                   x.value(QStringLiteral("booked")).toInt() };
    }
    return u;
}

QJsonObject CapacityUsage::toJson() const
{
    QJsonArray offersJson;
    for (const OfferUsage &x : offers)
        offersJson.append(QJsonObject{ { QStringLiteral("campus_code"), x.campusCode },
                                       { QStringLiteral("subject"), x.subject },
                                       { QStringLiteral("capacity"), x.capacity },
                                       { QStringLiteral("taken"), x.taken },
                                       { QStringLiteral("paid"), x.paid },
                                       { QStringLiteral("offered"), x.offered } });
    QJsonArray bookingsJson;
    for (const BookingHour &b : bookings)
        bookingsJson.append(QJsonObject{ { QStringLiteral("campus_code"), b.campusCode },
                                         { QStringLiteral("subject"), b.subject },
                                         { QStringLiteral("hour"), protocol::toWireTime(b.hour) },
                                         { QStringLiteral("booked"), b.booked } });
    return { { QStringLiteral("generated_at"),
               generatedAt.isValid() ? QJsonValue(protocol::toWireTime(generatedAt)) : QJsonValue() },
             { QStringLiteral("offers"), offersJson },
             { QStringLiteral("bookings"), bookingsJson } };
}

Result<CapacityUsage> fetchCapacityUsage(SyncHttp &http, const QString &school)
{
    QUrlQuery query;
    if (!school.isEmpty())
        query.addQueryItem(QStringLiteral("school"), school);
    auto answer = http.get(QStringLiteral("/api/v1/school/capacity"), query);
    if (!answer)
        return answer.error();
    return CapacityUsage::fromJson(answer.value());
}

} // namespace cet
