#pragma once

#include "OfferTypes.h"
#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace cet {

// The 考点与容量 page as an XLSX workbook for the exam office: the configuration (one row per
// campus and subject, with the campus's name and address), the seats as the server last counted
// them (taken, paid, remaining, what candidates see), and the bookings per hour behind the
// filling chart.
class OfferExport
{
    Q_DECLARE_TR_FUNCTIONS(cet::OfferExport)

public:
    static Result<qint64> writeXlsx(const QList<Campus> &campuses, const QList<Offer> &offers,
                                    const QList<BookingHour> &hours, const QDateTime &countedAt, const QString &path);
};

} // namespace cet
