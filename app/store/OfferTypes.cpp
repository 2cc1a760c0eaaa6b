#include "OfferTypes.h"

#include "Wire.h"

namespace cet {

namespace {

QString wireTime(const QDateTime &t)
{
    return t.isValid() ? protocol::toWireTime(t) : QString();
}

QDateTime timeOf(const QJsonValue &v)
{
    return protocol::fromWireTime(v.toString()).value_or(QDateTime());
}

} // namespace

QJsonObject CampusInfo::toJson() const
{
    return { { QStringLiteral("code"), code }, { QStringLiteral("name"), name }, { QStringLiteral("address"), address } };
}

CampusInfo CampusInfo::fromJson(const QJsonObject &o)
{
    return { o.value(QStringLiteral("code")).toString(), o.value(QStringLiteral("name")).toString(),
             o.value(QStringLiteral("address")).toString() };
}

QString offerKey(const QString &campusCode, const QString &subject)
{
    return campusCode + QLatin1Char(':') + subject;
}

QJsonObject offerToJson(const OfferSettings &s)
{
    return { { QStringLiteral("campus_code"), s.campusCode },
             { QStringLiteral("subject"), s.subject },
             { QStringLiteral("offered"), s.offered },
             { QStringLiteral("capacity"), s.capacity },
             { QStringLiteral("fee_yuan"), formatFeeYuan(s.feeFen) },
             { QStringLiteral("window_start"), wireTime(s.windowStart) },
             { QStringLiteral("window_end"), wireTime(s.windowEnd) },
             { QStringLiteral("exam_at"), wireTime(s.examAt) },
             { QStringLiteral("open_to_other_schools"), s.openToOtherSchools } };
}

OfferSettings offerFromJson(const QJsonObject &o)
{
    OfferSettings s;
    s.campusCode = o.value(QStringLiteral("campus_code")).toString();
    s.subject = o.value(QStringLiteral("subject")).toString();
    s.offered = o.value(QStringLiteral("offered")).toBool(true);
    s.capacity = o.value(QStringLiteral("capacity")).toInt();
    // The server writes the fee as text; a number is read too rather than lost.
    const QJsonValue fee = o.value(QStringLiteral("fee_yuan"));
    const auto fen = parseFeeYuan(fee.isDouble() ? QString::number(fee.toDouble(), 'f', 2) : fee.toString());
    s.feeFen = fen ? fen.value() : 0;
    s.windowStart = timeOf(o.value(QStringLiteral("window_start")));
    s.windowEnd = timeOf(o.value(QStringLiteral("window_end")));
    s.examAt = timeOf(o.value(QStringLiteral("exam_at")));
    s.openToOtherSchools = o.value(QStringLiteral("open_to_other_schools")).toBool();
    return s;
}

bool sameOffer(const OfferSettings &a, const OfferSettings &b)
{
    return offerToJson(a) == offerToJson(b);
}

} // namespace cet
