#include "OfferExport.h"

#include "Capacity.h"
#include "Subject.h"
#include "XlsxSheets.h"

#include <QHash>

namespace cet {

namespace {

QString timeText(const QDateTime &t)
{
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

QString subjectName(const QString &code)
{
    const auto s = subjectByCode(code);
    return s ? s.value().displayName() : code;
}

} // namespace

Result<qint64> OfferExport::writeXlsx(const QList<Campus> &campuses, const QList<Offer> &offers,
                                      const QList<BookingHour> &hours, const QDateTime &countedAt, const QString &path)
{
    QHash<QString, CampusInfo> byCode;
    for (const Campus &c : campuses)
        byCode.insert(c.info.code, c.info);
    const QString yes = tr("yes"), no = tr("no");

    XlsxSheet config;
    config.name = tr("Configuration");
    config.headers = QStringList{ tr("Campus"), tr("Campus name"), tr("Address"), tr("Subject code"), tr("Subject"),
                                  tr("Offered"), tr("Seats"), tr("Fee (yuan)"), tr("Window opens"),
                                  tr("Window closes"), tr("Exam"), tr("Open to other schools") };
    config.widths = { 10, 14, 28, 8, 16, 8, 8, 10, 18, 18, 18, 12 };
    QSet<QString> withOffers;
    for (const Offer &o : offers) {
        const OfferSettings &s = o.settings;
        const CampusInfo c = byCode.value(s.campusCode);
        withOffers.insert(s.campusCode);
        config.rows << QVariantList{ s.campusCode, c.name, c.address, s.subject, subjectName(s.subject),
                                     s.offered ? yes : no, s.capacity, double(s.feeFen) / 100.0,
                                     timeText(s.windowStart), timeText(s.windowEnd), timeText(s.examAt),
                                     s.openToOtherSchools ? yes : no };
    }
    for (const Campus &c : campuses) { // campuses that offer nothing yet still belong to the configuration
        if (!withOffers.contains(c.info.code))
            config.rows << QVariantList{ c.info.code, c.info.name, c.info.address };
    }

    XlsxSheet seats;
    seats.name = tr("Seats filling");
    seats.headers = QStringList{ tr("Campus"), tr("Campus name"), tr("Subject"), tr("Seats"), tr("Taken"), tr("Paid"),
                                 tr("Remaining"), tr("Candidates see"), tr("Counted at") };
    seats.widths = { 10, 14, 16, 8, 8, 8, 10, 14, 18 };
    for (const Offer &o : offers) {
        const OfferSettings &s = o.settings;
        if (!s.offered)
            continue;
        seats.rows << QVariantList{ s.campusCode, byCode.value(s.campusCode).name, subjectName(s.subject), s.capacity,
                                    o.taken, o.paid, remainingSeats(s.capacity, o.taken),
                                    capacityDisplayText(s.capacity, o.taken), timeText(countedAt) };
    }

    XlsxSheet booked;
    booked.name = tr("Bookings per hour");
    booked.headers = QStringList{ tr("Campus"), tr("Subject"), tr("Hour"), tr("Booked") };
    booked.widths = { 10, 16, 18, 8 };
    for (const BookingHour &h : hours)
        booked.rows << QVariantList{ h.campusCode, subjectName(h.subject), timeText(h.hour), h.booked };

    return XlsxSheets::write(path, { config, seats, booked });
}

} // namespace cet
