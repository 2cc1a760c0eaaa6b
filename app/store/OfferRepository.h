#pragma once

#include "Database.h"
#include "OfferTypes.h"
#include "Result.h"

#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace cet {

// The school's campuses and offers as this desktop holds them, and their edits: each change is
// written with its outbox op in one transaction (whole-object: the op carries the whole record
// and the server version the edit started from). Seats taken and paid are read from the server's
// last copy. Conflicts are resolved through SyncStore::resolveConflict.
class OfferRepository
{
public:
    explicit OfferRepository(Database &db);

    Result<QList<Campus>> campuses() const; // by code
    Result<QList<Offer>> offers() const;     // by campus, then catalogue order
    // Saves the campus and queues its op; false when it was unchanged.
    Result<bool> saveCampus(const CampusInfo &info);
    // Saves the offers in one transaction, one op for each record that changed; returns how many
    // changed.
    Result<int> saveOffers(const QList<OfferSettings> &offers);
    // The open conflict of a campus or an offer, if any.
    Result<std::optional<OfferConflict>> conflict(const QString &entity, const QString &key) const;
    // Live students of the local roster per campus code.
    Result<QMap<QString, int>> studentsPerCampus() const;
    // Codes of campuses and schools that have a notice here.
    Result<QStringList> noticeCodes() const;

    // The server's latest count of seats and bookings per hour (fetched after each sync); replaces
    // what was there. Offers then report these taken and paid.
    Result<void> storeUsage(const QDateTime &fetchedAt, const QList<OfferUsage> &offers,
                            const QList<BookingHour> &bookings);
    // Bookings per hour as last fetched, by campus, subject and hour.
    Result<QList<BookingHour>> bookingHours() const;
    // When the usage was last fetched; invalid when never.
    Result<QDateTime> usageFetchedAt() const;
    // The server said the seats did not change since the last fetch: they stand as of `at`.
    Result<void> confirmUsage(const QDateTime &at);

private:
    Database &m_db;
};

} // namespace cet
