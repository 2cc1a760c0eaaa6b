#pragma once

// SQL of the server's offers as a synced table (entity offer): per campus and subject the school's
// settings, the sync columns, and the seats taken and paid, which only bookings change. Callers
// hold the transaction (and, for writes, the school's sync_scope lock). A booking does not take
// that lock: every write of a capacity here is one conditional UPDATE (… AND taken <= capacity),
// so a booking and a capacity change can not pass each other, whichever commits first.

#include "CentralStore.h"
#include "OfferRules.h"
#include "Wire.h"

#include <optional>

namespace cet::central {

struct StoredOffer
{
    OfferSettings settings; // campus code and subject: the key
    int taken = 0;          // server-owned: live bookings
    int paid = 0;           // server-owned: live paid bookings
    qint64 version = 0;
    qint64 seq = 0;
    bool deleted = false;
    QString changedBy;
    QDateTime changedAt;
    QString originOpId;
};

// Bookings of one campus and subject made in one hour.
struct HourlyBookings
{
    QString campus, subject;
    QDateTime hour; // start of the hour, UTC
    int booked = 0;
};

namespace offertable {

Result<std::optional<StoredOffer>> find(CentralStore &store, const QString &school, const QString &campus,
                                        const QString &subject);
// A new row (no row of the key exists): taken 0.
Result<void> insert(CentralStore &store, const QString &school, const StoredOffer &o);
// Writes settings and sync columns of an existing row if its seats taken fit the new capacity
// (a delete writes capacity as it is but needs taken = 0). false: refused, nothing written.
Result<bool> updateIfSeatsFit(CentralStore &store, const QString &school, const StoredOffer &o);
// Codes of the campus's live offered subjects.
Result<QStringList> offeredAt(CentralStore &store, const QString &school, const QString &campus);
// Rows with seq > since in seq order, at most `limit`.
Result<QList<StoredOffer>> changes(CentralStore &store, const QString &school, qint64 since, int limit);
// Live rows of the school by campus and subject.
Result<QList<StoredOffer>> live(CentralStore &store, const QString &school);
Result<protocol::EntityDigest> digest(CentralStore &store, const QString &school);
// Live bookings of the school's campuses per hour booked since `since`.
Result<QList<HourlyBookings>> bookingsPerHour(CentralStore &store, const QString &school, const QDateTime &since);

} // namespace offertable
} // namespace cet::central
