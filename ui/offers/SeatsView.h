#pragma once

#include "OfferTypes.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QStandardItemModel;
class QTableView;

class QChartView;

namespace cet {

// Seats filling up (the 考点与容量 page's second tab): per campus and subject the seats, taken,
// paid and remaining as the server last reported them (each sync brings them), the colour
// candidates see, a chart of taken against free seats, and a warning for every oral offer within
// 10 % of full. "Raise seats…" asks for the new number (never below taken) and hands it to the
// page to save like any other edit.
class SeatsView : public QWidget
{
    Q_OBJECT

public:
    explicit SeatsView(QWidget *parent = nullptr);

    void show(const QList<Campus> &campuses, const QList<Offer> &offers);
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

    QList<Offer> m_offers; // offered ones, in table order
    QStringList m_nearlyFull;
    QStandardItemModel *m_model;
    QTableView *m_table;
    QLabel *m_summary, *m_warning;
    QPushButton *m_raise;
    QChartView *m_chart;
};

} // namespace cet
