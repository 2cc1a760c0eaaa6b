#include "OfferService.h"

#include "OfferExport.h"

#include "OfferRepository.h"
#include "OfferRules.h"
#include "Subject.h"
#include "SyncStore.h"

#include <QMap>

namespace cet {

OfferService::OfferService(Database &reader) : OfferService(reader, DatabaseWriter::forPath(reader.path())) { }

OfferService::OfferService(Database &reader, std::shared_ptr<DatabaseWriter> writer)
    : m_db(reader), m_writer(std::move(writer))
{
}

Result<QString> OfferService::schoolCode() const
{
    return schoolCodeOf(m_db);
}

Result<QString> OfferService::schoolCodeOf(Database &db)
{
    auto s = SyncStore(db).state();
    if (!s)
        return s.error();
    if (s.value().schoolCode.isEmpty())
        return Error{ QStringLiteral("offer.no_school"),
                      tr("Sign in to your school's server first: campuses belong to the school you sign in for."),
                      {} };
    return s.value().schoolCode;
}

Result<QList<Campus>> OfferService::campuses() const
{
    return OfferRepository(m_db).campuses();
}

Result<QList<Offer>> OfferService::offers() const
{
    return OfferRepository(m_db).offers();
}

Result<QList<BookingHour>> OfferService::bookingHours() const
{
    return OfferRepository(m_db).bookingHours();
}

Result<QDateTime> OfferService::usageFetchedAt() const
{
    return OfferRepository(m_db).usageFetchedAt();
}

Result<qint64> OfferService::exportXlsx(const QString &path) const
{
    OfferRepository repo(m_db);
    auto campuses = repo.campuses();
    if (!campuses)
        return campuses.error();
    auto offers = repo.offers();
    if (!offers)
        return offers.error();
    auto hours = repo.bookingHours();
    if (!hours)
        return hours.error();
    auto countedAt = repo.usageFetchedAt();
    if (!countedAt)
        return countedAt.error();
    return OfferExport::writeXlsx(campuses.value(), offers.value(), hours.value(), countedAt.value(), path);
}

Result<std::optional<OfferConflict>> OfferService::conflict(const QString &entity, const QString &key) const
{
    return OfferRepository(m_db).conflict(entity, key);
}

Result<void> OfferService::check(const OfferSettings &offer, const QList<OfferSettings> &all, int taken)
{
    QStringList written;
    for (const OfferSettings &o : all) {
        if (o.campusCode != offer.campusCode || !o.offered)
            continue;
        const auto subject = subjectByCode(o.subject);
        if (subject && subject.value().isWritten())
            written << o.subject;
    }
    // The session's span is the server's to know; it checks the window against it on push.
    auto r = checkOffer(offer, written, taken, std::nullopt);
    if (!r) {
        Error e = r.error();
        e.detail = offerKey(offer.campusCode, offer.subject);
        return e;
    }
    return r;
}

DatabaseWriter::Task<bool> OfferService::saveCampusTask(CampusInfo info)
{
    return [info = std::move(info)](Database &db) mutable -> Result<bool> {
        info.name = info.name.trimmed();
        info.address = info.address.trimmed();
        auto school = schoolCodeOf(db);
        if (!school)
            return school.error();
        if (auto r = checkCampusCode(info.code, school.value()); !r)
            return r.error();
        if (auto r = checkCampusName(info.name); !r)
            return r.error();
        return OfferRepository(db).saveCampus(info);
    };
}

DatabaseWriter::Task<int> OfferService::setOffersTask(QList<OfferSettings> offers)
{
    return [offers = std::move(offers)](Database &db) -> Result<int> {
        OfferRepository repo(db);
        auto current = repo.offers();
        if (!current)
            return current.error();
        auto campuses = repo.campuses();
        if (!campuses)
            return campuses.error();
        // The campus's offers as they will be once this change is saved.
        QMap<QString, OfferSettings> after;
        QMap<QString, int> taken;
        for (const Offer &o : current.value()) {
            const QString key = offerKey(o.settings.campusCode, o.settings.subject);
            after.insert(key, o.settings);
            taken.insert(key, o.taken);
        }
        for (const OfferSettings &o : offers)
            after.insert(offerKey(o.campusCode, o.subject), o);
        const QList<OfferSettings> all = after.values();
        for (const OfferSettings &o : offers) {
            const bool known = std::any_of(campuses.value().cbegin(), campuses.value().cend(),
                                           [&](const Campus &c) { return c.info.code == o.campusCode; });
            if (!known)
                return Error{ QStringLiteral("offer.unknown_campus"),
                              tr("Campus %1 is not one of this school's campuses; add it first.").arg(o.campusCode),
                              offerKey(o.campusCode, o.subject) };
            if (auto r = check(o, all, taken.value(offerKey(o.campusCode, o.subject))); !r)
                return r.error();
        }
        // A written subject withdrawn under an offered oral one is caught on the oral record.
        for (const OfferSettings &o : all) {
            if (auto r = check(o, all, taken.value(offerKey(o.campusCode, o.subject))); !r
                && r.error().code == u"offer.oral_without_written")
                return r.error();
        }
        return repo.saveOffers(offers);
    };
}

void OfferService::saveCampus(QObject *receiver, const CampusInfo &info, Done<bool> done) const
{
    m_writer->submit<bool>(receiver, saveCampusTask(info), std::move(done));
}

Result<bool> OfferService::saveCampusAndWait(const CampusInfo &info) const
{
    return m_writer->call<bool>(saveCampusTask(info));
}

void OfferService::setOffers(QObject *receiver, const QList<OfferSettings> &offers, Done<int> done) const
{
    m_writer->submit<int>(receiver, setOffersTask(offers), std::move(done));
}

Result<int> OfferService::setOffersAndWait(const QList<OfferSettings> &offers) const
{
    return m_writer->call<int>(setOffersTask(offers));
}

Result<int> OfferService::sameAsLastSittingAndWait(const QString &sourceCampus) const
{
    auto copies = sameAsLastSitting(sourceCampus);
    if (!copies)
        return copies.error();
    if (copies.value().isEmpty())
        return 0;
    return setOffersAndWait(copies.value());
}

Result<QList<OfferSettings>> OfferService::sameAsLastSitting(const QString &sourceCampus) const
{
    auto campuses = OfferRepository(m_db).campuses();
    if (!campuses)
        return campuses.error();
    auto offers = OfferRepository(m_db).offers();
    if (!offers)
        return offers.error();
    QMap<QString, QList<OfferSettings>> byCampus;
    for (const Offer &o : offers.value())
        byCampus[o.settings.campusCode] << o.settings;
    QString source = sourceCampus;
    if (source.isEmpty()) {
        for (auto it = byCampus.cbegin(); it != byCampus.cend(); ++it) {
            if (source.isEmpty() || it.value().size() > byCampus.value(source).size())
                source = it.key();
        }
    }
    if (byCampus.value(source).isEmpty())
        return Error{ QStringLiteral("offer.nothing_to_copy"),
                      source.isEmpty() ? tr("No campus has offers yet to start from.")
                                       : tr("Campus %1 has no offers to copy.").arg(source),
                      source };
    QList<OfferSettings> copies;
    for (const Campus &c : campuses.value()) {
        if (byCampus.contains(c.info.code))
            continue;
        for (OfferSettings o : byCampus.value(source)) {
            o.campusCode = c.info.code;
            copies << o;
        }
    }
    return copies;
}

Result<void> OfferService::resolveAndWait(const QString &entity, const QString &key, ConflictChoice choice) const
{
    return m_writer->call<void>([entity, key, choice](Database &db) -> Result<void> {
        auto c = OfferRepository(db).conflict(entity, key);
        if (!c)
            return c.error();
        if (!c.value())
            return Error{ QStringLiteral("sync.conflict_not_found"), tr("%1 has no conflict to resolve.").arg(key),
                          key };
        return SyncStore(db).resolveConflict(c.value()->id, choice);
    });
}

} // namespace cet
