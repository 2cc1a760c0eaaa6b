#include "ReviewSummaryView.h"

#include "ReviewExport.h"
#include "ReviewService.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QFileDialog>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMap>
#include <QPushButton>
#include <QTableWidget>
#include <QValueAxis>

namespace cet {

namespace {

QTableWidget *table(const QStringList &headers, QWidget *parent)
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    return t;
}

void setRow(QTableWidget *t, int row, const QStringList &cells)
{
    for (int c = 0; c < cells.size(); ++c)
        t->setItem(row, c, new QTableWidgetItem(cells.at(c)));
}

} // namespace

ReviewSummaryView::ReviewSummaryView(const ReviewService &service, QWidget *parent)
    : QWidget(parent), m_service(service), m_counts(new QLabel(this)), m_message(new QLabel(this)),
      m_days(table({ tr("Day"), tr("Submitted"), tr("Decided"), tr("Pending at the end of the day") }, this)),
      m_teachers(table({ tr("Teacher"), tr("Decisions") }, this)), m_chart(new QChartView(this))
{
    m_askPath = [this] {
        return QFileDialog::getSaveFileName(this, tr("Export the decisions"), tr("review-decisions.xlsx"),
                                            tr("Excel workbook (*.xlsx)"));
    };
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(240);
    auto *exportButton = new QPushButton(QIcon::fromTheme(QStringLiteral("document-export")),
                                         tr("Export decisions to XLSX…"), this);
    connect(exportButton, &QPushButton::clicked, this, &ReviewSummaryView::exportDecisions);
    auto *layout = new QGridLayout(this);
    layout->addWidget(m_counts, 0, 0, 1, 2);
    layout->addWidget(m_chart, 1, 0, 1, 2);
    layout->addWidget(m_days, 2, 0);
    layout->addWidget(m_teachers, 2, 1);
    layout->addWidget(exportButton, 3, 0, Qt::AlignLeft);
    layout->addWidget(m_message, 3, 1);
    layout->setColumnStretch(0, 3);
    layout->setColumnStretch(1, 2);
}

void ReviewSummaryView::refresh(const QDateTime &closesAt)
{
    auto s = m_service.summary();
    if (!s) {
        m_counts->setText(s.error().message);
        return;
    }
    const ReviewSummary &sum = s.value();
    m_counts->setText(tr("Pending %1 · passed %2 · failed %3 · filed by the school %4 · decided here, not synced %5 · "
                         "disputed %6")
                          .arg(sum.pending)
                          .arg(sum.passed)
                          .arg(sum.failed)
                          .arg(sum.filed)
                          .arg(sum.decidedHere)
                          .arg(sum.disputed));
    // Pending at the end of a day = submitted up to it − decided up to it (of the reviews held now).
    QMap<QDate, QPair<qint64, qint64>> days;
    for (const auto &d : sum.submittedByDay)
        days[d.first].first += d.second;
    for (const auto &d : sum.decidedByDay)
        days[d.first].second += d.second;
    m_days->setRowCount(int(days.size()));
    auto *pendingSet = new QBarSet(tr("Pending"));
    QStringList categories;
    qint64 submitted = 0, decided = 0, most = 1;
    int row = 0;
    for (auto it = days.constBegin(); it != days.constEnd(); ++it, ++row) {
        submitted += it.value().first;
        decided += it.value().second;
        const qint64 pending = std::max<qint64>(0, submitted - decided);
        most = std::max(most, pending);
        setRow(m_days, row, { it.key().toString(Qt::ISODate), QString::number(it.value().first),
                              QString::number(it.value().second), QString::number(pending) });
        *pendingSet << double(pending);
        QString category = it.key().toString(QStringLiteral("MM-dd"));
        if (closesAt.isValid())
            category += QLatin1Char('\n')
                + tr("%n day(s) left", nullptr, int(std::max<qint64>(0, it.key().daysTo(closesAt.toLocalTime().date()))));
        categories << category;
    }
    m_teachers->setRowCount(int(sum.decisionsByTeacher.size()));
    for (int i = 0; i < sum.decisionsByTeacher.size(); ++i)
        setRow(m_teachers, i, { sum.decisionsByTeacher.at(i).first, QString::number(sum.decisionsByTeacher.at(i).second) });

    auto *chart = new QChart;
    auto *series = new QBarSeries;
    series->append(pendingSet);
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    auto *y = new QValueAxis;
    y->setRange(0, double(most));
    y->applyNiceNumbers();
    y->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    chart->legend()->hide();
    chart->setTitle(tr("Reviews pending at the end of each day (now %1 pending)").arg(sum.pending));
    QChart *old = m_chart->chart();
    m_chart->setChart(chart);
    delete old;
}

void ReviewSummaryView::exportDecisions()
{
    const QString path = m_askPath ? m_askPath() : QString();
    if (path.isEmpty())
        return;
    auto lines = m_service.decisions();
    if (!lines) {
        m_message->setText(lines.error().message);
        return;
    }
    auto written = ReviewExport::writeXlsx(lines.value(), path);
    m_message->setText(written ? tr("%n decision(s) written to %1.", nullptr, int(written.value())).arg(path)
                               : written.error().message);
}

QString ReviewSummaryView::countsText() const
{
    return m_counts->text();
}

QString ReviewSummaryView::exportMessage() const
{
    return m_message->text();
}

} // namespace cet
