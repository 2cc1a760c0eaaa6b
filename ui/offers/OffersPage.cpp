#include "OffersPage.h"

#include "CampusDialog.h"
#include "OfferGridModel.h"
#include "SeatsView.h"
#include "Wire.h"

#include <QAction>
#include <QClipboard>
#include <QDir>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QFileDialog>
#include <QInputDialog>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

namespace cet {

namespace {

constexpr int kWatchMs = 30'000; // seats are asked for again this often while watched

int columnOf(const QString &field)
{
    static const QHash<QString, int> columns{
        { QStringLiteral("offered"), OfferGridModel::OfferedCol },
        { QStringLiteral("capacity"), OfferGridModel::CapacityCol },
        { QStringLiteral("fee_yuan"), OfferGridModel::FeeCol },
        { QStringLiteral("window_start"), OfferGridModel::WindowStartCol },
        { QStringLiteral("window_end"), OfferGridModel::WindowEndCol },
        { QStringLiteral("exam_at"), OfferGridModel::ExamAtCol },
        { QStringLiteral("open_to_other_schools"), OfferGridModel::OpenCol },
    };
    return columns.value(field, OfferGridModel::CapacityCol);
}

QPushButton *button(QWidget *parent, const char *name, const QString &icon)
{
    auto *b = new QPushButton(parent);
    b->setObjectName(QLatin1String(name));
    b->setIcon(QIcon::fromTheme(icon));
    return b;
}

// What a field of a campus or an offer is called, for the conflict question; empty for the key
// fields and for the seats taken and paid, which the server owns and no desk edits.
QString fieldLabel(const QString &field)
{
    static const QHash<QString, const char *> labels{
        { QStringLiteral("name"), QT_TRANSLATE_NOOP("cet::OffersPage", "Name") },
        { QStringLiteral("address"), QT_TRANSLATE_NOOP("cet::OffersPage", "Address") },
        { QStringLiteral("offered"), QT_TRANSLATE_NOOP("cet::OffersPage", "Offered") },
        { QStringLiteral("capacity"), QT_TRANSLATE_NOOP("cet::OffersPage", "Seats") },
        { QStringLiteral("fee_yuan"), QT_TRANSLATE_NOOP("cet::OffersPage", "Fee (yuan)") },
        { QStringLiteral("window_start"), QT_TRANSLATE_NOOP("cet::OffersPage", "Window opens") },
        { QStringLiteral("window_end"), QT_TRANSLATE_NOOP("cet::OffersPage", "Window closes") },
        { QStringLiteral("exam_at"), QT_TRANSLATE_NOOP("cet::OffersPage", "Exam") },
        { QStringLiteral("open_to_other_schools"), QT_TRANSLATE_NOOP("cet::OffersPage", "Open to other schools") },
    };
    const char *label = labels.value(field);
    return label ? OffersPage::tr(label) : QString();
}

// A field's value as the grid shows it: local times, yes/no, "(none)" for a side without it.
QString valueText(const QJsonValue &v)
{
    if (v.isUndefined() || v.isNull())
        return OffersPage::tr("(none)");
    if (v.isBool())
        return v.toBool() ? OffersPage::tr("yes") : OffersPage::tr("no");
    const QString text = v.toVariant().toString();
    if (const auto t = protocol::fromWireTime(text))
        return QLocale().toString(t->toLocalTime(), QLocale::ShortFormat);
    return text.isEmpty() ? OffersPage::tr("(none)") : text;
}

// One line per field that differs, for the conflict question.
QString differences(const QJsonObject &mine, const QJsonObject &theirs)
{
    if (mine.isEmpty())
        return OffersPage::tr("Deleted here; changed on the server.");
    if (theirs.isEmpty())
        return OffersPage::tr("Changed here; deleted on the server.");
    QStringList lines;
    QStringList keys = mine.keys() + theirs.keys();
    keys.removeDuplicates();
    for (const QString &k : std::as_const(keys)) {
        const QString label = fieldLabel(k);
        if (label.isEmpty() || mine.value(k) == theirs.value(k))
            continue;
        lines << OffersPage::tr("%1: here %2, on the server %3").arg(label, valueText(mine.value(k)),
                                                                      valueText(theirs.value(k)));
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace

OffersPage::OffersPage(Database &db, QWidget *parent)
    : QWidget(parent), m_service(db), m_grid(new OfferGridModel(this)), m_tabs(new QTabWidget(this)),
      m_table(new QTableView(this)), m_heading(new QLabel(this)), m_message(new QLabel(this)),
      m_state(new QLabel(this)), m_readinessTitle(new QLabel(this)), m_readiness(new QListWidget(this)),
      m_seats(new SeatsView(this)), m_watch(new QTimer(this))
{
    QFont big = m_heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_heading->setFont(big);
    m_heading->setText(tr("Campuses and seats"));
    m_message->setObjectName(QStringLiteral("offersMessage"));
    m_message->setWordWrap(true);
    m_message->hide();

    m_addCampus = button(this, "addCampus", QStringLiteral("list-add"));
    m_addCampus->setText(tr("Add &campus…"));
    m_editCampus = button(this, "editCampus", QStringLiteral("document-edit"));
    m_editCampus->setText(tr("&Edit campus…"));
    m_same = button(this, "sameAsLastSitting", QStringLiteral("edit-copy"));
    m_same->setText(tr("Same as &last sitting"));
    m_same->setToolTip(tr("Give every campus without offers the offers of the campus with the most; check them, "
                          "then save."));
    m_copyDown = button(this, "copyDown", QStringLiteral("go-down"));
    m_copyDown->setText(tr("Copy &down"));
    m_paste = button(this, "paste", QStringLiteral("edit-paste"));
    m_paste->setText(tr("&Paste"));
    m_resolve = button(this, "resolveConflict", QStringLiteral("dialog-warning"));
    m_resolve->setText(tr("Resolve &conflict…"));
    m_save = button(this, "saveOffers", QStringLiteral("document-save"));
    m_save->setText(tr("&Save"));
    m_discard = button(this, "discardOffers", QStringLiteral("edit-clear"));
    m_discard->setText(tr("Discard changes"));
    m_export = button(this, "exportOffers", QStringLiteral("document-export"));
    m_export->setText(tr("E&xport XLSX…"));
    m_export->setToolTip(tr("The configuration, the seats as last synced and the bookings per hour, for the exam "
                            "office."));

    m_copyDownAction = new QAction(QIcon::fromTheme(QStringLiteral("go-down")), tr("Copy Down"), this);
    m_copyDownAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_copyDownAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_pasteAction = new QAction(QIcon::fromTheme(QStringLiteral("edit-paste")), tr("Paste Cells"), this);
    m_pasteAction->setShortcut(QKeySequence::Paste);
    m_pasteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_saveAction = new QAction(this);
    m_saveAction->setShortcut(QKeySequence::Save);
    m_saveAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_copyDownAction);
    addAction(m_pasteAction);
    addAction(m_saveAction);

    m_table->setObjectName(QStringLiteral("offersGrid"));
    m_table->setModel(m_grid);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::AnyKeyPressed);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_state->setObjectName(QStringLiteral("offersState"));
    m_state->setWordWrap(true);
    m_readiness->setObjectName(QStringLiteral("readinessList"));
    m_readiness->setMaximumHeight(150);
    m_readinessTitle->setObjectName(QStringLiteral("readinessTitle"));

    auto *config = new QWidget(m_tabs);
    auto *configLayout = new QVBoxLayout(config);
    auto *row = new QHBoxLayout;
    for (QPushButton *b : { m_addCampus, m_editCampus, m_same, m_copyDown, m_paste, m_resolve })
        row->addWidget(b);
    row->addStretch(1);
    row->addWidget(m_discard);
    row->addWidget(m_save);
    configLayout->addLayout(row);
    configLayout->addWidget(m_table, 1);
    configLayout->addWidget(m_state);
    configLayout->addWidget(m_readinessTitle);
    configLayout->addWidget(m_readiness);
    m_tabs->addTab(config, tr("Con&figuration"));
    m_tabs->addTab(m_seats, tr("Sea&ts"));

    auto *layout = new QVBoxLayout(this);
    auto *headingRow = new QHBoxLayout;
    headingRow->addWidget(m_heading, 1);
    headingRow->addWidget(m_export);
    layout->addLayout(headingRow);
    layout->addWidget(m_message);
    layout->addWidget(m_tabs, 1);

    connect(m_addCampus, &QPushButton::clicked, this, &OffersPage::addCampus);
    connect(m_editCampus, &QPushButton::clicked, this, &OffersPage::editCampus);
    connect(m_same, &QPushButton::clicked, this, &OffersPage::sameAsLastSitting);
    connect(m_copyDown, &QPushButton::clicked, this, &OffersPage::copyDown);
    connect(m_copyDownAction, &QAction::triggered, this, &OffersPage::copyDown);
    connect(m_paste, &QPushButton::clicked, this, &OffersPage::paste);
    connect(m_pasteAction, &QAction::triggered, this, &OffersPage::paste);
    connect(m_resolve, &QPushButton::clicked, this, &OffersPage::resolveConflict);
    connect(m_save, &QPushButton::clicked, this, &OffersPage::save);
    connect(m_saveAction, &QAction::triggered, this, &OffersPage::save);
    connect(m_discard, &QPushButton::clicked, this, &OffersPage::discard);
    connect(m_export, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export campuses and seats"),
                                                          tr("campuses-and-seats.xlsx"), tr("Excel workbook (*.xlsx)"));
        if (!path.isEmpty())
            exportTo(path);
    });
    connect(m_grid, &OfferGridModel::problemsChanged, this, &OffersPage::updateState);
    connect(m_grid, &QAbstractItemModel::dataChanged, this, &OffersPage::updateState);
    connect(m_grid, &QAbstractItemModel::modelReset, this, &OffersPage::updateState);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, &OffersPage::updateState);
    connect(m_readiness, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const int i = m_readiness->row(item);
        if (i >= 0 && i < m_findings.size())
            jumpTo(m_findings.at(i));
    });
    connect(m_seats, &SeatsView::raiseRequested, this, &OffersPage::raiseSeats);
    connect(m_tabs, &QTabWidget::currentChanged, this, &OffersPage::updateWatch);
    m_watch->setInterval(kWatchMs);
    connect(m_watch, &QTimer::timeout, this, [this] {
        if (m_syncNow)
            m_syncNow();
    });
    refresh();
}

bool OffersPage::exportTo(const QString &path)
{
    auto written = m_service.exportXlsx(path);
    if (!written) {
        showMessage(written.error().message, true);
        return false;
    }
    showMessage(tr("Exported to %1.").arg(QDir::toNativeSeparators(path)), false);
    return true;
}

QUndoStack *OffersPage::undoStack() const
{
    return m_grid->undoStack();
}

bool OffersPage::isWatchingSeats() const
{
    return m_watch->isActive();
}

void OffersPage::refresh()
{
    auto campuses = m_service.campuses();
    auto offers = m_service.offers();
    if (!campuses || !offers) {
        showMessage(!campuses ? campuses.error().message : offers.error().message, true);
        return;
    }
    m_campuses = campuses.value();
    if (m_grid->changedCount() == 0)
        m_grid->load(m_campuses, offers.value());
    m_table->resizeColumnsToContents();
    const auto hours = m_service.bookingHours();
    const auto countedAt = m_service.usageFetchedAt();
    m_seats->show(m_campuses, offers.value(), hours ? hours.value() : QList<BookingHour>(),
                  countedAt ? countedAt.value() : QDateTime());

    m_readiness->clear();
    auto findings = m_service.readiness();
    m_findings = findings ? findings.value() : QList<ReadinessFinding>();
    for (const ReadinessFinding &f : std::as_const(m_findings))
        new QListWidgetItem(QIcon::fromTheme(QStringLiteral("dialog-warning")), f.message, m_readiness);
    if (!findings)
        m_readinessTitle->setText(findings.error().message);
    else if (m_findings.isEmpty())
        m_readinessTitle->setText(tr("Ready for registration: every campus with students has its subjects, seats, "
                                     "fees, windows, exam times and a notice."));
    else
        m_readinessTitle->setText(
            tr("Before registration opens, %n thing(s) to fix (press Enter on one to go to it):", nullptr,
               int(m_findings.size())));
    m_readiness->setVisible(!m_findings.isEmpty());
    updateState();
}

void OffersPage::save()
{
    if (m_busy)
        return;
    if (const auto problem = m_grid->firstProblem()) {
        showMessage(tr("Not saved: %1").arg(problem->message), true);
        return;
    }
    const QList<OfferSettings> changed = m_grid->changedOffers();
    if (changed.isEmpty()) {
        showMessage(tr("Nothing to save."), false);
        return;
    }
    saveOffers(changed, tr("%n offer(s) saved; the next sync sends them.", nullptr, int(changed.size())));
}

void OffersPage::saveOffers(const QList<OfferSettings> &offers, const QString &done)
{
    m_busy = true;
    updateState();
    const bool wholeGrid = offers.size() == m_grid->changedOffers().size();
    m_service.setOffers(this, offers, [this, done, wholeGrid](Result<int> &r) {
        m_busy = false;
        if (!r) {
            showMessage(tr("Not saved: %1").arg(r.error().message), true);
            updateState();
            return;
        }
        if (wholeGrid)
            m_grid->load({}, {}); // the saved rows are read back below
        refresh();
        showMessage(done, false);
        emit changed();
    });
}

void OffersPage::discard()
{
    if (m_grid->changedCount() == 0)
        return;
    m_grid->load({}, {});
    refresh();
    showMessage(tr("Changes discarded."), false);
}

void OffersPage::addCampus()
{
    openCampusDialog(std::nullopt);
}

void OffersPage::editCampus()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid()) {
        showMessage(tr("Pick a row of the campus to edit first."), true);
        return;
    }
    const QString code = m_grid->settingsAt(current.row()).campusCode;
    for (const Campus &c : std::as_const(m_campuses))
        if (c.info.code == code)
            openCampusDialog(c.info);
}

void OffersPage::openCampusDialog(const std::optional<CampusInfo> &existing)
{
    auto school = m_service.schoolCode();
    if (!school) {
        showMessage(school.error().message, true);
        return;
    }
    auto *dialog = new CampusDialog(school.value(), existing, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const CampusInfo info = dialog->campus();
        m_service.saveCampus(this, info, [this, info](Result<bool> &r) {
            if (!r) {
                showMessage(tr("Campus not saved: %1").arg(r.error().message), true);
                return;
            }
            refresh();
            showMessage(r.value() ? tr("Campus %1 saved; the next sync sends it.").arg(info.code)
                                  : tr("Campus %1 was not changed.").arg(info.code),
                        false);
            if (r.value())
                emit changed();
        });
    });
    dialog->open();
}

void OffersPage::sameAsLastSitting()
{
    auto copies = m_service.sameAsLastSitting();
    if (!copies) {
        showMessage(copies.error().message, true);
        return;
    }
    if (copies.value().isEmpty()) {
        showMessage(tr("Every campus has offers already; nothing to fill."), false);
        return;
    }
    const int cells = m_grid->fill(copies.value(), tr("Same as last sitting"));
    showMessage(tr("%n offer(s) filled in from the last sitting (%1 cells). Check them, then save.", nullptr,
                   int(copies.value().size()))
                    .arg(cells),
                false);
}

void OffersPage::copyDown()
{
    auto n = m_grid->copyDown(m_table->selectionModel()->selectedIndexes());
    if (n && n.value() == 0)
        showMessage(tr("Select a cell and the cells below it to copy it into."), false);
}

void OffersPage::paste()
{
    auto n = m_grid->paste(m_table->currentIndex(), QGuiApplication::clipboard()->text());
    if (!n)
        showMessage(tr("Not pasted: %1").arg(n.error().message), true);
    else
        showMessage(tr("%n cell(s) pasted.", nullptr, n.value()), false);
}

void OffersPage::resolveConflict()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid() || !m_grid->conflictAt(current.row()))
        return;
    const OfferSettings s = m_grid->settingsAt(current.row());
    const QString key = offerKey(s.campusCode, s.subject);
    auto conflict = m_service.conflict(QStringLiteral("offer"), key);
    if (!conflict || !conflict.value()) {
        showMessage(conflict ? tr("%1 has no conflict to resolve.").arg(key) : conflict.error().message, true);
        return;
    }
    const OfferConflict &c = *conflict.value();
    auto *box = new QMessageBox(QMessageBox::Question, tr("Resolve conflict"),
                                tr("%1 changed offer %2 on another desktop (%3) while it was changed here.")
                                    .arg(c.changedBy.isEmpty() ? tr("Someone") : c.changedBy, key,
                                         QLocale().toString(c.changedAt.toLocalTime(), QLocale::ShortFormat)),
                                QMessageBox::Cancel, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setDetailedText(differences(c.mine, c.theirs));
    box->setInformativeText(differences(c.mine, c.theirs));
    QPushButton *mine = box->addButton(tr("Keep &mine"), QMessageBox::AcceptRole);
    QPushButton *theirs = box->addButton(tr("Take &theirs"), QMessageBox::RejectRole);
    connect(box, &QMessageBox::buttonClicked, this, [this, key, mine, theirs](QAbstractButton *b) {
        if (b != mine && b != theirs)
            return;
        auto r = m_service.resolveAndWait(QStringLiteral("offer"), key,
                                          b == mine ? ConflictChoice::Mine : ConflictChoice::Theirs);
        if (!r) {
            showMessage(r.error().message, true);
            return;
        }
        m_grid->load({}, {});
        refresh();
        showMessage(tr("Conflict of %1 resolved.").arg(key), false);
        emit changed();
    });
    box->open();
}

void OffersPage::raiseSeats(const Offer &offer)
{
    auto *dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("raiseSeatsDialog"));
    dialog->setWindowTitle(tr("Raise seats"));
    dialog->setLabelText(tr("Seats for %1, subject %2 (%3 taken, now %4):")
                             .arg(offer.settings.campusCode, offer.settings.subject)
                             .arg(offer.taken)
                             .arg(offer.settings.capacity));
    dialog->setInputMode(QInputDialog::IntInput);
    dialog->setIntRange(std::max(offer.taken, 0), 100000);
    dialog->setIntValue(SeatsView::suggestedSeats(offer));
    connect(dialog, &QInputDialog::intValueSelected, this, [this, offer](int seats) {
        OfferSettings s = offer.settings;
        s.capacity = seats;
        saveOffers({ s }, tr("Seats of %1 set to %2; the next sync sends them.")
                              .arg(offerKey(s.campusCode, s.subject))
                              .arg(seats));
    });
    dialog->open();
}

void OffersPage::jumpTo(const ReadinessFinding &f)
{
    m_tabs->setCurrentIndex(0);
    if (f.entity == u"notice") {
        showMessage(tr("Notices are written on the Notices page."), false);
        return;
    }
    const QString campus = f.campusCode;
    const QString subject = f.entity == u"offer" ? f.key.section(QLatin1Char(':'), 1) : QString();
    QModelIndex at = subject.isEmpty() ? QModelIndex() : m_grid->indexOf(campus, subject, columnOf(f.field));
    if (!at.isValid()) {
        for (int r = 0; r < m_grid->rowCount(); ++r) {
            if (m_grid->settingsAt(r).campusCode == campus) {
                at = m_grid->index(r, OfferGridModel::OfferedCol);
                break;
            }
        }
    }
    if (!at.isValid()) { // the campus itself is missing
        showMessage(f.message, true);
        addCampus();
        if (auto *dialog = findChild<CampusDialog *>())
            if (auto *code = dialog->findChild<QLineEdit *>(QStringLiteral("campusCode")))
                code->setText(campus);
        return;
    }
    m_table->setCurrentIndex(at);
    m_table->scrollTo(at);
    m_table->setFocus();
}

void OffersPage::updateState()
{
    const int changed = m_grid->changedCount();
    const auto problem = m_grid->firstProblem();
    QString text = changed ? tr("%n change(s) not saved.", nullptr, changed) : tr("All changes saved.");
    if (problem)
        text += QLatin1Char(' ') + tr("To fix first: %1").arg(problem->message);
    m_state->setText(text);
    m_save->setEnabled(changed > 0 && !problem && !m_busy);
    m_discard->setEnabled(changed > 0 && !m_busy);
    const QModelIndex current = m_table->currentIndex();
    m_editCampus->setEnabled(current.isValid());
    m_resolve->setVisible(current.isValid() && m_grid->conflictAt(current.row()));
}

void OffersPage::updateWatch()
{
    const bool watch = isVisible() && m_tabs->currentWidget() == m_seats && m_syncNow;
    if (watch && !m_watch->isActive())
        m_watch->start();
    else if (!watch)
        m_watch->stop();
}

void OffersPage::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("QLabel { color: #b3261e; }") : QString());
    m_message->setVisible(!text.isEmpty());
}

void OffersPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    updateWatch();
}

void OffersPage::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    updateWatch();
}

} // namespace cet
