#pragma once

#include "OfferTypes.h"

#include <QDateTime>
#include <QHash>
#include <QWidget>

class QLabel;
class QPushButton;
class QStandardItemModel;
class QTableView;

class QChartView;

namespace cet {

// Seats filling up (the 考点与容量 page's second tab): per campus and subject the seats, taken,
// paid and remaining as the server last reported them (each sync brings them), the colour
// candidates see, the share of seats taken per subject of the selected campus, the selected
// offer's seats taken over the last 14 days with a projection of when it fills at the pace of the
// last 24 hours, and a warning for every oral offer within 10 % of full. "Raise seats…" asks for
// the new number (never below taken) and hands it to the page to save like any other edit.
class SeatsView : public QWidget
{
    Q_OBJECT

public:
    explicit SeatsView(QWidget *parent = nullptr);

    // `hours` and `countedAt`: the bookings per hour and when the server counted them.
    void show(const QList<Campus> &campuses, const QList<Offer> &offers, const QList<BookingHour> &hours,
              const QDateTime &countedAt);
    // The filling chart's title (what it shows and the projection), for tests.
    QString fillingText() const;
    // The offers within 10 % of full whose subject is oral, as "<campus>:<subject>" keys.
    QStringList nearlyFullOral() const { return m_nearlyFull; }
    QString warningText() const;
    int rowCount() const;
    // The selected row's offer, if any.
    std::optional<Offer> selectedOffer() const;
    void selectRow(int row);

    // Seats a raise proposes: 10 % more, at least 5 more than taken.
    static int suggestedSeats(const Offer &o);
    // Within 10 % of full: no more than a tenth of the seats left.
    static bool nearlyFull(int seats, int taken);

signals:
    void raiseRequested(const cet::Offer &offer);

private:
    void updateButtons();
    void showBarChart();
    void showFilling();
    QString offerName(const Offer &o) const;

    QList<Offer> m_offers; // offered ones, in table order
    QHash<QString, QString> m_campusNames;
    QList<BookingHour> m_hours;
    QDateTime m_countedAt;
    QStringList m_nearlyFull;
    QStandardItemModel *m_model;
    QTableView *m_table;
    QLabel *m_summary, *m_warning;
    QPushButton *m_raise;
    QChartView *m_chart;
    QChartView *m_filling;
};

} // namespace cet
