// The seats-filling curve and its projection: rebuilt from bookings per hour so that it ends at
// the seats taken now, earlier bookings as its starting level, other offers' hours ignored; the
// pace of the last 24 hours gives the time it fills; a full offer or one nobody booked lately
// has no projection.

#include "SeatForecast.h"

#include <QTest>

using namespace cet;

namespace {
const QDateTime kAt = QDateTime(QDate(2026, 12, 6), QTime(12, 0), Qt::UTC);

BookingHour hour(const QString &subject, int hoursBefore, int booked)
{
    return BookingHour{ QStringLiteral("100011"), subject, kAt.addSecs(-3600 * hoursBefore), booked };
}
} // namespace

class TstSeatForecast : public QObject
{
    Q_OBJECT

private slots:
    void curveEndsAtTakenAndProjects()
    {
        // 12 seats booked before the window, then 8 + 4 + 12 in the last day: 36 taken of 60.
        const QList<BookingHour> hours{ hour(QStringLiteral("F"), 20, 8), hour(QStringLiteral("F"), 10, 4),
                                        hour(QStringLiteral("F"), 2, 12), hour(QStringLiteral("S"), 3, 99) };
        const SeatForecast f = forecastSeats(QStringLiteral("100011"), QStringLiteral("F"), 60, 36, hours, kAt);
        QCOMPARE(f.taken.size(), 5);
        QCOMPARE(f.taken.first().second, 12);
        QCOMPARE(f.taken.first().first, kAt.addSecs(-3600 * 20));
        QCOMPARE(f.taken.at(1).second, 20);
        QCOMPARE(f.taken.at(2).second, 24);
        QCOMPARE(f.taken.at(3).second, 36);
        QCOMPARE(f.taken.last(), qMakePair(kAt, 36));
        QCOMPARE(f.perHour, 1.0); // 24 bookings in 24 hours
        QVERIFY(!f.full);
        QVERIFY(f.fullAt.has_value());
        QCOMPARE(*f.fullAt, kAt.addSecs(24 * 3600)); // 24 seats left at one an hour
    }

    void oldBookingsDoNotSetThePace()
    {
        const QList<BookingHour> hours{ hour(QStringLiteral("F"), 30, 10) };
        const SeatForecast f = forecastSeats(QStringLiteral("100011"), QStringLiteral("F"), 40, 10, hours, kAt);
        QCOMPARE(f.perHour, 0.0);
        QVERIFY(!f.fullAt.has_value());
        QCOMPARE(f.taken.first().second, 0);
        QCOMPARE(f.taken.last().second, 10);
    }

    void fullHasNoProjection()
    {
        const QList<BookingHour> hours{ hour(QStringLiteral("S"), 1, 40) };
        const SeatForecast f = forecastSeats(QStringLiteral("100011"), QStringLiteral("S"), 40, 40, hours, kAt);
        QVERIFY(f.full);
        QVERIFY(!f.fullAt.has_value());
    }

    void noBookingsIsAFlatLine()
    {
        const SeatForecast f = forecastSeats(QStringLiteral("100011"), QStringLiteral("1"), 100, 0, {}, kAt);
        QCOMPARE(f.taken.size(), 1);
        QCOMPARE(f.taken.first(), qMakePair(kAt, 0));
        QVERIFY(!f.fullAt.has_value());
    }
};

QTEST_GUILESS_MAIN(TstSeatForecast)
#include "tst_seatforecast.moc"
