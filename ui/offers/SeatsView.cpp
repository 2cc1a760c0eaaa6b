#include "SeatsView.h"

#include "Capacity.h"
#include "Subject.h"

#include "SeatForecast.h"

#include <QBarCategoryAxis>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QLocale>
#include <QChart>
#include <QChartView>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalPercentBarSeries>
#include <QBarSet>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>

namespace cet {

namespace {

enum Column { CampusCol, SubjectCol, SeatsCol, TakenCol, PaidCol, RemainingCol, ColumnCount };

QString subjectText(const QString &code)
{
    const auto s = subjectByCode(code);
    return s ? s.value().displayName() : code;
}

bool isOral(const QString &code)
{
    const auto s = subjectByCode(code);
    return s && s.value().isOral();
}

// The colours candidates see (green, yellow, red 无), as cell backgrounds readable with black text.
QColor background(CapacityColour c)
{
    switch (c) {
    case CapacityColour::Green: return QColor(0xd6, 0xf5, 0xd6);
    case CapacityColour::Yellow: return QColor(0xff, 0xf1, 0xb8);
    case CapacityColour::Red: return QColor(0xf8, 0xd0, 0xcc);
    }
    return {};
}

QStandardItem *cell(const QString &text, Qt::Alignment align = Qt::AlignLeft | Qt::AlignVCenter)
{
    auto *item = new QStandardItem(text);
    item->setEditable(false);
    item->setTextAlignment(align);
    return item;
}

} // namespace

SeatsView::SeatsView(QWidget *parent)
    : QWidget(parent), m_model(new QStandardItemModel(0, ColumnCount, this)), m_table(new QTableView(this)),
      m_summary(new QLabel(this)), m_warning(new QLabel(this)), m_raise(new QPushButton(this)),
      m_chart(new QChartView(this)), m_filling(new QChartView(this))
{
    m_model->setHorizontalHeaderLabels(
        { tr("Campus"), tr("Subject"), tr("Seats"), tr("Taken"), tr("Paid"), tr("Remaining") });
    m_table->setObjectName(QStringLiteral("seatsTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_summary->setObjectName(QStringLiteral("seatsSummary"));
    m_summary->setWordWrap(true);
    m_warning->setObjectName(QStringLiteral("seatsWarning"));
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(QStringLiteral("QLabel { background: #fff1b8; color: #5c4400; padding: 6px; }"));
    m_warning->hide();
    m_raise->setObjectName(QStringLiteral("raiseSeats"));
    m_raise->setText(tr("&Raise seats…"));
    m_raise->setToolTip(tr("Give the selected campus and subject more seats; saved and sent with the next sync."));
    m_chart->setObjectName(QStringLiteral("seatsChart"));
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(220);
    m_filling->setObjectName(QStringLiteral("fillingChart"));
    m_filling->setRenderHint(QPainter::Antialiasing);
    m_filling->setMinimumHeight(220);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_raise);
    layout->addLayout(top);
    layout->addWidget(m_warning);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    auto *charts = new QSplitter(Qt::Horizontal, split);
    charts->addWidget(m_chart);
    charts->addWidget(m_filling);
    split->addWidget(charts);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 1);

    connect(m_raise, &QPushButton::clicked, this, [this] {
        if (auto o = selectedOffer())
            emit raiseRequested(*o);
    });
    connect(m_table, &QTableView::doubleClicked, this, [this] {
        if (auto o = selectedOffer())
            emit raiseRequested(*o);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateButtons();
        showBarChart();
        showFilling();
    });
    updateButtons();
}

bool SeatsView::nearlyFull(int seats, int taken)
{
    return seats > 0 && remainingSeats(seats, taken) * 10 <= seats;
}

int SeatsView::suggestedSeats(const Offer &o)
{
    const int capacity = o.settings.capacity;
    return std::max({ capacity + std::max(1, (capacity + 9) / 10), o.taken + 5 });
}

QString SeatsView::offerName(const Offer &o) const
{
    const QString name = m_campusNames.value(o.settings.campusCode);
    const QString campus = name.isEmpty() ? o.settings.campusCode : tr("%1 %2").arg(o.settings.campusCode, name);
    return tr("%1, %2").arg(campus, subjectText(o.settings.subject));
}

void SeatsView::show(const QList<Campus> &campuses, const QList<Offer> &offers, const QList<BookingHour> &hours,
                     const QDateTime &countedAt)
{
    m_campusNames.clear();
    for (const Campus &c : campuses)
        m_campusNames.insert(c.info.code, c.info.name);
    const QHash<QString, QString> &names = m_campusNames;
    m_hours = hours;
    m_countedAt = countedAt;
    const std::optional<Offer> selected = selectedOffer();
    m_offers.clear();
    for (const Offer &o : offers)
        if (o.settings.offered)
            m_offers << o;
    m_model->removeRows(0, m_model->rowCount());
    m_nearlyFull.clear();
    int seats = 0, taken = 0, paid = 0, reselect = -1;
    QStringList warnings;
    for (const Offer &o : std::as_const(m_offers)) {
        const OfferSettings &s = o.settings;
        const CapacityColour colour = capacityColour(s.capacity, o.taken);
        const QString campus = names.value(s.campusCode).isEmpty()
                                   ? s.campusCode
                                   : tr("%1 %2").arg(s.campusCode, names.value(s.campusCode));
        QList<QStandardItem *> row{ cell(campus),
                                    cell(subjectText(s.subject)),
                                    cell(QString::number(s.capacity), Qt::AlignRight | Qt::AlignVCenter),
                                    cell(QString::number(o.taken), Qt::AlignRight | Qt::AlignVCenter),
                                    cell(QString::number(o.paid), Qt::AlignRight | Qt::AlignVCenter),
                                    cell(capacityDisplayText(s.capacity, o.taken), Qt::AlignCenter) };
        row.at(RemainingCol)->setBackground(background(colour));
        row.at(RemainingCol)->setForeground(Qt::black);
        if (isOral(s.subject) && nearlyFull(s.capacity, o.taken)) {
            m_nearlyFull << offerKey(s.campusCode, s.subject);
            warnings << tr("%1, %2: %3 of %4 seats left").arg(campus, subjectText(s.subject))
                            .arg(remainingSeats(s.capacity, o.taken))
                            .arg(s.capacity);
            for (QStandardItem *item : row)
                item->setToolTip(tr("Oral seats are within 10 % of full."));
        }
        if (selected && selected->settings.campusCode == s.campusCode && selected->settings.subject == s.subject)
            reselect = m_model->rowCount();
        m_model->appendRow(row);
        seats += s.capacity;
        taken += o.taken;
        paid += o.paid;
    }
    m_summary->setText(m_offers.isEmpty()
                           ? tr("No campus offers a subject yet: set offers up on the Configuration tab.")
                           : tr("%1 seats offered, %2 taken (%3 paid), %4 left. Counts are the server's as of the "
                                "last sync.")
                                 .arg(seats)
                                 .arg(taken)
                                 .arg(paid)
                                 .arg(std::max(0, seats - taken)));
    m_warning->setText(warnings.isEmpty() ? QString()
                                          : tr("Oral tests nearly full: %1.").arg(warnings.join(tr("; "))));
    m_warning->setVisible(!warnings.isEmpty());
    m_table->resizeColumnsToContents();
    if (reselect >= 0)
        selectRow(reselect);

    showBarChart();
    showFilling();
    updateButtons();
}

// The campus of the selected offer (else of the first row): per subject it offers, the share of
// its seats taken and left, so that 60 oral seats and 3,000 written ones read on one scale.
void SeatsView::showBarChart()
{
    const std::optional<Offer> selected = selectedOffer();
    const QString campus = selected ? selected->settings.campusCode
                                    : (m_offers.isEmpty() ? QString() : m_offers.first().settings.campusCode);
    auto *chart = new QChart;
    auto *takenSet = new QBarSet(tr("Taken"));
    auto *freeSet = new QBarSet(tr("Remaining"));
    takenSet->setColor(QColor(0x2f, 0x6f, 0xb3));
    freeSet->setColor(QColor(0xb8, 0xd8, 0xb8));
    QStringList categories;
    for (const Offer &o : std::as_const(m_offers)) {
        if (o.settings.campusCode != campus)
            continue;
        *takenSet << std::min(o.taken, o.settings.capacity);
        *freeSet << remainingSeats(o.settings.capacity, o.taken);
        categories << subjectText(o.settings.subject);
    }
    auto *series = new QHorizontalPercentBarSeries;
    series->append(takenSet);
    series->append(freeSet);
    chart->addSeries(series);
    auto *y = new QBarCategoryAxis;
    y->append(categories);
    auto *x = new QValueAxis;
    x->setRange(0, 100);
    x->setLabelFormat(QStringLiteral("%d%"));
    chart->addAxis(y, Qt::AlignLeft);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(y);
    series->attachAxis(x);
    chart->legend()->setAlignment(Qt::AlignBottom);
    const QString name = m_campusNames.value(campus);
    chart->setTitle(campus.isEmpty() ? tr("Seats taken and remaining")
                                     : tr("%1: seats taken and remaining")
                                           .arg(name.isEmpty() ? campus : tr("%1 %2").arg(campus, name)));
    QChart *old = m_chart->chart();
    m_chart->setChart(chart);
    delete old;
}

// The selected offer (else the first oral one nearly full, else the first row): seats taken over
// time, the seats as a ceiling, and a dashed projection to the time it fills.
void SeatsView::showFilling()
{
    std::optional<Offer> shown = selectedOffer();
    for (const Offer &o : std::as_const(m_offers)) {
        if (!shown && m_nearlyFull.contains(offerKey(o.settings.campusCode, o.settings.subject)))
            shown = o;
    }
    if (!shown && !m_offers.isEmpty())
        shown = m_offers.first();
    auto *chart = new QChart;
    chart->legend()->setAlignment(Qt::AlignBottom);
    if (!shown) {
        chart->setTitle(tr("Seats filling over time"));
    } else {
        const Offer &o = *shown;
        const QDateTime at = m_countedAt.isValid() ? m_countedAt : QDateTime::currentDateTimeUtc();
        const SeatForecast f = forecastSeats(o.settings.campusCode, o.settings.subject, o.settings.capacity, o.taken,
                                             m_hours, at);
        auto *taken = new QLineSeries;
        taken->setName(tr("Taken"));
        taken->setColor(QColor(0x2f, 0x6f, 0xb3));
        for (const auto &p : f.taken)
            taken->append(double(p.first.toMSecsSinceEpoch()), p.second);
        // The projection runs until the offer fills or registration closes, whichever comes first.
        const QDateTime closes = o.settings.windowEnd.isValid() && o.settings.windowEnd > at ? o.settings.windowEnd
                                                                                           : at.addDays(30);
        std::optional<QPair<QDateTime, int>> projected;
        if (f.fullAt)
            projected = *f.fullAt <= closes
                ? qMakePair(*f.fullAt, o.settings.capacity)
                : qMakePair(closes, std::min(o.settings.capacity,
                                             o.taken + int(f.perHour * double(at.secsTo(closes)) / 3600.0)));
        QDateTime from = f.taken.first().first;
        const QDateTime to = projected ? projected->first : at;
        if (from >= to.addSecs(-3600))
            from = to.addDays(-1);
        auto *seats = new QLineSeries;
        seats->setName(tr("Seats"));
        QPen ceiling(QColor(0xc0, 0x39, 0x2b));
        ceiling.setStyle(Qt::DashLine);
        seats->setPen(ceiling);
        seats->append(double(from.toMSecsSinceEpoch()), o.settings.capacity);
        seats->append(double(to.toMSecsSinceEpoch()), o.settings.capacity);
        chart->addSeries(taken);
        chart->addSeries(seats);
        QLineSeries *projection = nullptr;
        if (projected) {
            projection = new QLineSeries;
            projection->setName(tr("At the last day's pace"));
            QPen dashed(QColor(0x2f, 0x6f, 0xb3));
            dashed.setStyle(Qt::DotLine);
            dashed.setWidth(2);
            projection->setPen(dashed);
            projection->append(double(at.toMSecsSinceEpoch()), o.taken);
            projection->append(double(projected->first.toMSecsSinceEpoch()), projected->second);
            chart->addSeries(projection);
        }
        auto *x = new QDateTimeAxis;
        x->setFormat(from.daysTo(to) > 7 ? QStringLiteral("MM-dd") : QStringLiteral("MM-dd HH:mm"));
        x->setRange(from.toLocalTime(), to.toLocalTime());
        x->setTickCount(5);
        auto *y = new QValueAxis;
        y->setRange(0, std::max(1, o.settings.capacity));
        y->applyNiceNumbers();
        y->setLabelFormat(QStringLiteral("%d"));
        chart->addAxis(x, Qt::AlignBottom);
        chart->addAxis(y, Qt::AlignLeft);
        for (QLineSeries *series : { taken, seats, projection }) {
            if (series) {
                series->attachAxis(x);
                series->attachAxis(y);
            }
        }
        const int lastDay = qRound(f.perHour * 24);
        QString pace;
        if (f.full)
            pace = tr("full");
        else if (projected && projected->second >= o.settings.capacity)
            pace = tr("%1 booked in the last 24 hours; at this pace full about %2")
                       .arg(lastDay)
                       .arg(QLocale().toString(projected->first.toLocalTime(), QLocale::ShortFormat));
        else if (projected)
            pace = tr("%1 booked in the last 24 hours; at this pace about %2 seats left when registration closes")
                       .arg(lastDay)
                       .arg(o.settings.capacity - projected->second);
        else
            pace = tr("no bookings in the last 24 hours");
        chart->setTitle(tr("%1: %2 of %3 taken<br>%4").arg(offerName(o)).arg(o.taken).arg(o.settings.capacity).arg(pace));
    }
    QChart *old = m_filling->chart();
    m_filling->setChart(chart);
    delete old;
}

QString SeatsView::fillingText() const
{
    return m_filling->chart() ? m_filling->chart()->title() : QString();
}

QString SeatsView::warningText() const
{
    return m_warning->isHidden() ? QString() : m_warning->text();
}

int SeatsView::rowCount() const
{
    return m_model->rowCount();
}

std::optional<Offer> SeatsView::selectedOffer() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty() || rows.first().row() >= m_offers.size())
        return std::nullopt;
    return m_offers.at(rows.first().row());
}

void SeatsView::selectRow(int row)
{
    m_table->selectRow(row);
}

void SeatsView::updateButtons()
{
    m_raise->setEnabled(selectedOffer().has_value());
}

} // namespace cet
