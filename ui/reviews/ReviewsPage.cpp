#include "ReviewsPage.h"

#include "AppSettings.h"
#include "EvidenceViewer.h"
#include "FileReviewDialog.h"
#include "ReviewCaseView.h"
#include "ReviewQueueModel.h"
#include "ReviewSummaryView.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QFontMetrics>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace cet {

namespace {

QPushButton *button(const QString &text, const QString &icon, QWidget *parent)
{
    auto *b = new QPushButton(QIcon::fromTheme(icon), text, parent);
    b->setFocusPolicy(Qt::NoFocus); // the keys go to the queue
    return b;
}

} // namespace

ReviewsPage::ReviewsPage(Database &db, AppSettings &settings, const QString &actor, QWidget *parent)
    : QWidget(parent), m_service(db), m_settings(settings), m_actor(actor), m_now([] { return QDateTime::currentDateTimeUtc(); }),
      m_model(new ReviewQueueModel(this)), m_view(new QTableView(this)), m_case(new ReviewCaseView(this)),
      m_evidence(new EvidenceViewer(db.path(), this)),
      m_summary(new ReviewSummaryView(m_service, this)), m_state(new QComboBox(this)), m_campus(new QComboBox(this)),
      m_department(new QComboBox(this)), m_reason(new QComboBox(this)), m_from(new QDateEdit(this)),
      m_to(new QDateEdit(this)), m_search(new QLineEdit(this)), m_count(new QLabel(this)), m_message(new QLabel(this)),
      m_pass(button(tr("Pass (P)"), QStringLiteral("dialog-ok-apply"), this)),
      m_fail(button(tr("Fail (F)"), QStringLiteral("dialog-cancel"), this)),
      m_next(button(tr("Next (N)"), QStringLiteral("go-next"), this)),
      m_undo(button(tr("Undo (Ctrl+Z)"), QStringLiteral("edit-undo"), this)),
      m_file(button(tr("File a review…"), QStringLiteral("document-new"), this))
{
    m_file->setToolTip(tr("For a CET4 score from before 2005 or a forgotten ticket (Ctrl+N)"));
    m_state->addItem(tr("All states"), QString());
    for (const QString &s : { QStringLiteral("pending"), QStringLiteral("passed"), QStringLiteral("failed"),
                              QStringLiteral("filed") })
        m_state->addItem(ReviewService::stateLabel(s), s);
    m_state->setCurrentIndex(1);
    for (QDateEdit *d : { m_from, m_to }) {
        d->setCalendarPopup(true);
        d->setSpecialValueText(tr("any day"));
        d->setMinimumDate(QDate(2000, 1, 1));
        d->setDate(d->minimumDate());
        d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_search->setPlaceholderText(tr("Search name, ID number or ticket"));
    m_search->setClearButtonEnabled(true);
    m_reason->setEditable(true);
    m_reason->setInsertPolicy(QComboBox::NoInsert);
    m_reason->addItems(m_settings.reviewReasonTemplates());
    m_reason->setCurrentIndex(-1);
    m_reason->lineEdit()->setPlaceholderText(tr("Reason (needed to fail)"));
    m_reason->setMinimumWidth(260);
    m_message->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("reviewMessage"));
    m_reason->setObjectName(QStringLiteral("reviewReason"));
    m_state->setObjectName(QStringLiteral("reviewState"));
    m_pass->setObjectName(QStringLiteral("reviewPass"));

    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    // Widths from the text they hold: measuring 20,000 rows would cost more than opening the page.
    const QFontMetrics fm = m_view->fontMetrics();
    const auto width = [&fm](const QString &sample) { return fm.horizontalAdvance(sample) + 16; };
    m_view->setColumnWidth(ReviewQueueModel::State, width(ReviewService::stateLabel(QStringLiteral("fail"))));
    m_view->setColumnWidth(ReviewQueueModel::Name, width(QStringLiteral("欧阳欧阳欧阳")));
    m_view->setColumnWidth(ReviewQueueModel::IdNumber, width(QStringLiteral("110101********001X")));
    m_view->setColumnWidth(ReviewQueueModel::Ticket, width(QStringLiteral("190611000100001")));
    m_view->setColumnWidth(ReviewQueueModel::Campus, width(QStringLiteral("1000110")));
    m_view->setColumnWidth(ReviewQueueModel::Submitted, width(QStringLiteral("2026-12-01 08:00")));

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_state);
    filters->addWidget(m_campus);
    filters->addWidget(m_department);
    filters->addWidget(new QLabel(tr("Submitted"), this));
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(QStringLiteral("–"), this));
    filters->addWidget(m_to);
    filters->addWidget(m_search, 1);
    filters->addWidget(m_file);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(filters);
    leftLayout->addWidget(m_view, 1);
    leftLayout->addWidget(m_count);

    auto *decideRow = new QHBoxLayout;
    decideRow->addWidget(m_reason, 1);
    decideRow->addWidget(m_pass);
    decideRow->addWidget(m_fail);
    decideRow->addWidget(m_next);
    decideRow->addWidget(m_undo);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_case);
    scroll->setFrameShape(QFrame::NoFrame);
    // The case above, its evidence below: the proof is read beside the records it must explain.
    auto *caseAndEvidence = new QSplitter(Qt::Vertical, this);
    caseAndEvidence->addWidget(scroll);
    caseAndEvidence->addWidget(m_evidence);
    caseAndEvidence->setStretchFactor(0, 0);
    caseAndEvidence->setStretchFactor(1, 1);
    scroll->setMinimumHeight(m_case->sizeHint().height() * 3 / 4);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(caseAndEvidence, 1);
    rightLayout->addLayout(decideRow);
    rightLayout->addWidget(m_message);

    auto *split = new QSplitter(this);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(split, tr("Queue"));
    m_tabs->addTab(m_summary, tr("Summary"));
    // The summary reads the whole table: only when it is looked at.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_tabs->widget(index) == m_summary)
            m_summary->refresh(windowClosesAt());
    });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);

    const auto refreshNow = [this] { refresh(); };
    connect(m_state, &QComboBox::currentIndexChanged, this, refreshNow);
    connect(m_campus, &QComboBox::currentIndexChanged, this, refreshNow);
    connect(m_department, &QComboBox::currentIndexChanged, this, refreshNow);
    connect(m_from, &QDateEdit::dateChanged, this, refreshNow);
    connect(m_to, &QDateEdit::dateChanged, this, refreshNow);
    connect(m_search, &QLineEdit::textChanged, this, refreshNow);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &i) {
        m_key = i.data(ReviewQueueModel::KeyRole).toString();
        showCurrent();
    });
    connect(m_pass, &QPushButton::clicked, this, [this] { decide(QStringLiteral("pass")); });
    connect(m_fail, &QPushButton::clicked, this, [this] { decide(QStringLiteral("fail")); });
    connect(m_next, &QPushButton::clicked, this, &ReviewsPage::next);
    connect(m_undo, &QPushButton::clicked, this, &ReviewsPage::undo);
    connect(m_file, &QPushButton::clicked, this, &ReviewsPage::fileReview);
    auto *fileShortcut = new QShortcut(QKeySequence::New, this);
    fileShortcut->setContext(Qt::WindowShortcut); // while the page is shown, wherever the focus is
    connect(fileShortcut, &QShortcut::activated, this, &ReviewsPage::fileReview);
    // Single keys while the queue has the focus, so that typing a reason or a search never decides.
    const auto onQueue = [this](const QKeySequence &keys, auto slot) {
        auto *s = new QShortcut(keys, m_view);
        s->setContext(Qt::WidgetShortcut);
        connect(s, &QShortcut::activated, this, slot);
    };
    onQueue(QKeySequence(Qt::Key_P), [this] { decide(QStringLiteral("pass")); });
    onQueue(QKeySequence(Qt::Key_F), [this] {
        if (m_reason->currentText().trimmed().isEmpty()) {
            m_reason->setFocus(); // pick or type the reason, then Enter fails the review
            showMessage(tr("Pick or type the reason, then press Enter."), false);
        } else {
            decide(QStringLiteral("fail"));
        }
    });
    onQueue(QKeySequence(Qt::Key_N), [this] { next(); });
    onQueue(QKeySequence(Qt::Key_J), [this] { next(); });
    onQueue(QKeySequence::Undo, [this] { undo(); });
    onQueue(QKeySequence(Qt::Key_E), [this] { m_evidence->showNextFile(); });
    connect(m_case, &ReviewCaseView::evidenceRequested, m_evidence, &EvidenceViewer::showFile);
    // Enter in the reason box fails the review. Not through returnPressed: an editable QComboBox
    // hands the Enter its line edit ignored back to that line edit, which emits it a second time
    // and would decide twice and skip a review.
    m_reason->lineEdit()->installEventFilter(this);
}

bool ReviewsPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_reason->lineEdit() && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            decide(QStringLiteral("fail"));
            m_view->setFocus();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

QString ReviewsPage::title()
{
    return tr("Reviews");
}

void ReviewsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_loaded)
        refresh();
}

void ReviewsPage::showSummary()
{
    m_tabs->setCurrentWidget(m_summary);
}

QString ReviewsPage::currentKey() const
{
    return m_key;
}

QString ReviewsPage::messageText() const
{
    return m_message->text();
}

ReviewFilter ReviewsPage::filter() const
{
    ReviewFilter f;
    f.state = m_state->currentData().toString();
    f.campus = m_campus->currentData().toString();
    f.department = m_department->currentData().toString();
    if (m_from->date() != m_from->minimumDate())
        f.submittedFrom = m_from->date();
    if (m_to->date() != m_to->minimumDate())
        f.submittedTo = m_to->date();
    f.search = m_search->text();
    return f;
}

void ReviewsPage::fillFilters()
{
    const auto fill = [](QComboBox *box, const QString &all, const QStringList &values) {
        const QString current = box->currentData().toString();
        const QSignalBlocker block(box);
        box->clear();
        box->addItem(all, QString());
        for (const QString &v : values)
            box->addItem(v, v);
        box->setCurrentIndex(std::max(0, box->findData(current)));
    };
    auto campuses = m_service.campuses();
    fill(m_campus, tr("All campuses"), campuses ? campuses.value() : QStringList());
    auto departments = m_service.departments();
    fill(m_department, tr("All departments"), departments ? departments.value() : QStringList());
}

void ReviewsPage::refresh()
{
    if (!m_loaded)
        fillFilters();
    m_loaded = true;
    auto rows = m_service.queue(filter());
    if (!rows) {
        showMessage(rows.error().message, true);
        return;
    }
    const QString keep = m_key;
    m_model->setRows(std::move(rows.value()));
    qsizetype pending = 0;
    for (const ReviewRow &r : m_model->rows())
        pending += r.state == u"pending" && !r.decidedHere() ? 1 : 0;
    m_count->setText(tr("%n review(s), %1 waiting for a decision", nullptr, int(m_model->rows().size())).arg(pending));
    int row = m_model->indexOf(keep);
    if (row < 0 && m_model->rowCount() > 0)
        row = 0;
    if (row >= 0)
        m_view->setCurrentIndex(m_model->index(row, 0));
    else {
        m_key.clear();
        showCurrent();
    }
    if (m_tabs->currentWidget() == m_summary)
        m_summary->refresh(windowClosesAt());
}

QDateTime ReviewsPage::windowClosesAt() const
{
    const ReviewRow *r = m_model->rowAt(m_model->indexOf(m_key));
    auto rec = r ? m_service.record(r->key) : Result<std::optional<ReviewRecord>>(std::nullopt);
    return rec && rec.value() ? windowClosesAt(*rec.value()) : m_settings.reviewWindowClosesAt();
}

QDateTime ReviewsPage::windowClosesAt(const ReviewRecord &record) const
{
    return record.windowClosesAt.isValid() ? record.windowClosesAt : m_settings.reviewWindowClosesAt();
}

void ReviewsPage::showCurrent()
{
    const int row = m_model->indexOf(m_key);
    const ReviewRow *r = m_model->rowAt(row);
    auto rec = r ? m_service.record(r->key) : Result<std::optional<ReviewRecord>>(std::nullopt);
    if (!r || !rec || !rec.value()) {
        m_case->clear();
        m_evidence->setReview({}, {});
    } else {
        m_evidence->setReview(r->key, rec.value()->evidence);
        auto earlier = m_service.sameStudent(r->key);
        m_case->show(*r, *rec.value(), earlier ? earlier.value() : QList<ReviewRow>(),
                     ReviewService::timeLeftText(windowClosesAt(*rec.value()), m_now()));
    }
    const bool open = r && r->state == u"pending";
    m_pass->setEnabled(open || selectedKeys().size() > 1);
    m_fail->setEnabled(open || selectedKeys().size() > 1);
    m_undo->setEnabled(r && r->decidedHere());
}

QStringList ReviewsPage::selectedKeys() const
{
    QStringList keys;
    for (const QModelIndex &i : m_view->selectionModel()->selectedRows())
        keys << i.data(ReviewQueueModel::KeyRole).toString();
    return keys;
}

void ReviewsPage::decide(const QString &decision)
{
    const QString reason = m_reason->currentText().trimmed();
    const QStringList keys = selectedKeys();
    if (keys.size() > 1) {
        m_service.decideBatch(this, keys, decision, reason, [this, decision](Result<ReviewBatchOutcome> &r) {
            if (!r) {
                showMessage(r.error().message, true);
                return;
            }
            QString text = tr("%n review(s) decided; the next sync sends the decisions.", nullptr, r.value().decided);
            if (!r.value().skipped.isEmpty())
                text += QLatin1Char(' ') + tr("Not decided: %1").arg(r.value().skipped.join(QStringLiteral("; ")));
            showMessage(text, !r.value().skipped.isEmpty());
            emit decided();
            refresh();
        });
        return;
    }
    if (m_key.isEmpty())
        return;
    const QString key = m_key;
    m_service.decide(this, key, decision, reason, m_evidence->seen(key), [this, key, decision](Result<void> &r) {
        if (!r) {
            showMessage(r.error().message, true);
            return;
        }
        showMessage(decision == u"pass" ? tr("Review %1 passed; the next sync sends it. Ctrl+Z takes it back.").arg(key)
                                        : tr("Review %1 failed; the next sync sends it. Ctrl+Z takes it back.").arg(key),
                    false);
        m_reason->setCurrentIndex(-1);
        m_reason->clearEditText();
        emit decided();
        refresh();
        next();
    });
}

void ReviewsPage::next()
{
    const int row = m_model->nextUndecided(m_model->indexOf(m_key));
    if (row < 0) {
        showMessage(tr("No review is waiting for a decision."), false);
        return;
    }
    m_view->setCurrentIndex(m_model->index(row, 0));
    m_view->scrollTo(m_model->index(row, 0));
}

void ReviewsPage::undo()
{
    if (m_key.isEmpty())
        return;
    const QString key = m_key;
    m_service.undo(this, key, [this, key](Result<void> &r) {
        if (!r) {
            showMessage(r.error().message, true);
            return;
        }
        showMessage(tr("The decision on review %1 was taken back.").arg(key), false);
        emit decided();
        refresh();
    });
}

void ReviewsPage::fileReview()
{
    FileReviewDialog dialog(m_service, m_settings.reviewReasonTemplates(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    ReviewFiling filing = dialog.filing();
    filing.filedBy = m_actor;
    m_service.file(this, filing, [this](Result<QString> &r) {
        if (!r) {
            showMessage(r.error().message, true);
            return;
        }
        m_key = r.value();
        showMessage(tr("The review is filed; the next sync sends it. Ctrl+Z takes it back until then."), false);
        emit decided();
        if (m_state->currentData().toString() == u"pending")
            m_state->setCurrentIndex(m_state->findData(QStringLiteral("filed")));
        refresh();
    });
}

void ReviewsPage::showMessage(const QString &text, bool error)
{
    m_message->setStyleSheet(error ? QStringLiteral("color:#b71c1c") : QString());
    m_message->setText(text);
}

} // namespace cet
