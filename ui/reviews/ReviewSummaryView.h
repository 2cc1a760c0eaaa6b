#pragma once

#include <QDateTime>
#include <QWidget>

#include <functional>

class QChartView;
class QLabel;
class QTableWidget;

namespace cet {

class ReviewService;

// The exam office's summary of the reviews: counts by state, by day (submitted, decided),
// decisions per teacher, a chart of the reviews pending at the end of each day against the days
// left until the window closes, and the decisions exported to XLSX.
class ReviewSummaryView : public QWidget
{
    Q_OBJECT

public:
    explicit ReviewSummaryView(const ReviewService &service, QWidget *parent = nullptr);

    // closesAt: when the review window closes (invalid: not known); each day then shows the days
    // that were left.
    void refresh(const QDateTime &closesAt);
    // Where the export writes (tests answer without a dialog).
    void setSaveFileAnswer(std::function<QString()> answer) { m_askPath = std::move(answer); }
    void exportDecisions();
    QString countsText() const;
    QString exportMessage() const;

private:
    const ReviewService &m_service;
    std::function<QString()> m_askPath;
    QLabel *m_counts, *m_message;
    QTableWidget *m_days, *m_teachers;
    QChartView *m_chart;
};

} // namespace cet
