#pragma once

#include "Database.h"
#include "DatabaseWriter.h"
#include "OfferTypes.h"
#include "Result.h"
#include "SyncTypes.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace cet {

// Something to fix before registration opens, and where: `entity` is "campus", "offer" or
// "notice", `key` the record (an offer's "<campus>:<subject>"), `field` the column to go to.
struct ReadinessFinding
{
    QString code; // readiness.campus_missing, readiness.no_subjects, readiness.capacity_short, ...
    QString campusCode;
    QString entity, key, field;
    QString message;
    int needed = 0;    // readiness.capacity_short: students of the campus
    int available = 0; // readiness.capacity_short: seats of its written subjects
};

// The campus and offer use cases for the 考点与容量 page and cetdesk-cli: list, edit offline (each
// change and its outbox op in one transaction; the next sync sends it), "same as last sitting",
// and the readiness check before registration opens.
//
// Reads run on the caller's connection; writes are tasks on the database's one writer, each with
// a callback for the GUI thread and as ...AndWait for the CLI and tests (like NoticeService).
class OfferService
{
    Q_DECLARE_TR_FUNCTIONS(cet::OfferService)

public:
    template<typename T> using Done = std::function<void(Result<T> &)>;

    explicit OfferService(Database &reader);
    OfferService(Database &reader, std::shared_ptr<DatabaseWriter> writer);

    // The signed-in account's school (error offer.no_school when none is known yet).
    Result<QString> schoolCode() const;
    Result<QList<Campus>> campuses() const;
    Result<QList<Offer>> offers() const;
    Result<std::optional<OfferConflict>> conflict(const QString &entity, const QString &key) const;
    // Bookings per hour of the last 14 days and when they were counted, as the last sync fetched
    // them (an invalid time: never).
    Result<QList<BookingHour>> bookingHours() const;
    Result<QDateTime> usageFetchedAt() const;
    // The configuration, the seats and the bookings per hour as an XLSX workbook (OfferExport);
    // the rows written.
    Result<qint64> exportXlsx(const QString &path) const;

    // The rules of app/domain/OfferRules for one offer among `all` (the campus's other offers as
    // they will be: the oral/written pairing looks at them); `taken` seats already booked.
    static Result<void> check(const OfferSettings &offer, const QList<OfferSettings> &all, int taken);

    // False when the campus was unchanged.
    void saveCampus(QObject *receiver, const CampusInfo &info, Done<bool> done) const;
    Result<bool> saveCampusAndWait(const CampusInfo &info) const;
    // Saves every offer of `offers` (one op per record that changed) after checking them all
    // together with the offers already here; nothing is saved when one fails (the error's detail
    // is the offer's key). Returns how many changed.
    void setOffers(QObject *receiver, const QList<OfferSettings> &offers, Done<int> done) const;
    Result<int> setOffersAndWait(const QList<OfferSettings> &offers) const;
    // A starting point for a new sitting: every campus here without offers gets a copy of the
    // offers of `sourceCampus` (empty: the campus with the most offers). Returns the offers made.
    Result<int> sameAsLastSittingAndWait(const QString &sourceCampus = {}) const;
    // The offers "same as last sitting" would make, without saving them (the page fills its grid
    // with them as one undoable step).
    Result<QList<OfferSettings>> sameAsLastSitting(const QString &sourceCampus = {}) const;
    // Resolves the open conflict of a campus or an offer.
    Result<void> resolveAndWait(const QString &entity, const QString &key, ConflictChoice choice) const;

    // Every campus with students in the local roster: configured, with subjects, written seats
    // for all its students, fees, windows, exam times and a notice (its own or the school's).
    Result<QList<ReadinessFinding>> readiness() const;

private:
    static Result<QString> schoolCodeOf(Database &db);
    static DatabaseWriter::Task<bool> saveCampusTask(CampusInfo info);
    static DatabaseWriter::Task<int> setOffersTask(QList<OfferSettings> offers);

    Database &m_db;
    std::shared_ptr<DatabaseWriter> m_writer;
};

} // namespace cet
