#pragma once

#include "OfferRules.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>

namespace cet {

// A campus (校区) of the school: code = school code + one digit. On the wire
// {"code", "name", "address"}.
struct CampusInfo
{
    QString code;
    QString name;
    QString address;

    bool operator==(const CampusInfo &o) const { return code == o.code && name == o.name && address == o.address; }
    bool operator!=(const CampusInfo &o) const { return !(*this == o); }

    QJsonObject toJson() const;
    static CampusInfo fromJson(const QJsonObject &o);
};

// A campus as this desktop holds it.
struct Campus
{
    CampusInfo info;
    qint64 serverVersion = 0; // 0: never synced
    bool pending = false;     // a change waits to be sent
    bool conflict = false;    // an open conflict waits for the user
};

// The entity key of an offer: "<campus code>:<subject code>".
QString offerKey(const QString &campusCode, const QString &subject);

// The school's part of an offer on the wire: every field but taken/paid, which the server owns.
// Times are wire times (UTC), absent ones "" ; the fee is "30.00" yuan.
QJsonObject offerToJson(const OfferSettings &s);
OfferSettings offerFromJson(const QJsonObject &o);
bool sameOffer(const OfferSettings &a, const OfferSettings &b);

// An offer as this desktop holds it, with the seats the server last reported as booked and paid.
struct Offer
{
    OfferSettings settings;
    int taken = 0;
    int paid = 0;
    qint64 serverVersion = 0;
    bool pending = false;
    bool conflict = false;
};

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

// Two desktops changed the same campus or offer: the record here (mine) and the server's (theirs);
// an empty object for a side where the record was deleted.
struct OfferConflict
{
    qint64 id = 0;
    QString entity, key;
    QJsonObject mine, theirs;
    QString changedBy;
    QDateTime changedAt;
};

} // namespace cet

Q_DECLARE_METATYPE(cet::Offer)
Q_DECLARE_METATYPE(cet::Campus)
