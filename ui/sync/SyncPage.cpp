#include "SyncPage.h"

#include "ConflictPanel.h"
#include "OutboxModel.h"
#include "SchoolChooser.h"
#include "SyncController.h"
#include "SyncJobProgress.h"
#include "SyncLogModel.h"
#include "SyncService.h"
#include "StaffRoles.h"
#include "SyncUiText.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace cet {

namespace {
// Change signals come in bursts during a sync: coalesce them.
QTimer *coalescer(QObject *parent, const std::function<void()> &slot)
{
    auto *timer = new QTimer(parent);
    timer->setSingleShot(true);
    timer->setInterval(150);
    QObject::connect(timer, &QTimer::timeout, parent, slot);
    return timer;
}

QTableView *makeTable(QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 10);
    view->horizontalHeader()->setHighlightSections(false);
    return view;
}
} // namespace

SyncPage::SyncPage(SyncController &controller, QWidget *parent)
    : QWidget(parent), m_controller(controller), m_service(controller.service())
{
    setObjectName(QStringLiteral("syncPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 8);

    auto *header = new QHBoxLayout;
    auto *titles = new QVBoxLayout;
    m_title = new QLabel(this);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    m_title->setFont(big);
    titles->addWidget(m_title);
    m_account = new QLabel(this);
    m_account->setObjectName(QStringLiteral("syncAccount"));
    m_account->setWordWrap(true);
    m_account->setTextInteractionFlags(Qt::TextSelectableByMouse);
    titles->addWidget(m_account);
    header->addLayout(titles, 1);
    m_signInButton = new QToolButton(this);
    m_signInButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_signInButton->setDefaultAction(controller.signInAction());
    m_syncButton = new QToolButton(this);
    m_syncButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_syncButton->setDefaultAction(controller.syncNowAction());
    header->addWidget(m_signInButton, 0, Qt::AlignTop);
    header->addWidget(m_syncButton, 0, Qt::AlignTop);
    layout->addLayout(header);
    m_schoolChooser = new SchoolChooser(controller, this);
    layout->addWidget(m_schoolChooser);
    m_progress = new SyncJobProgress(m_service, this);
    layout->addWidget(m_progress);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("syncMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    layout->addWidget(m_message);

    m_tabs = new QTabWidget(this);
    layout->addWidget(m_tabs, 1);

    // Outbox
    auto *outbox = new QWidget(m_tabs);
    auto *outboxLayout = new QVBoxLayout(outbox);
    auto *filterRow = new QHBoxLayout;
    m_filterLabel = new QLabel(outbox);
    m_stateFilter = new QComboBox(outbox);
    m_stateFilter->setObjectName(QStringLiteral("outboxStateFilter"));
    m_filterLabel->setBuddy(m_stateFilter);
    filterRow->addWidget(m_filterLabel);
    filterRow->addWidget(m_stateFilter);
    filterRow->addStretch(1);
    m_outboxCount = new QLabel(outbox);
    filterRow->addWidget(m_outboxCount);
    outboxLayout->addLayout(filterRow);
    m_outboxModel = new OutboxModel(this);
    m_outboxView = makeTable(outbox);
    m_outboxView->setObjectName(QStringLiteral("outboxView"));
    m_outboxView->setModel(m_outboxModel);
    QHeaderView *h = m_outboxView->horizontalHeader();
    h->setSectionResizeMode(QHeaderView::Interactive);
    h->setSectionResizeMode(OutboxModel::ChangesColumn, QHeaderView::Stretch);
    h->resizeSection(OutboxModel::SeqColumn, 60);
    h->resizeSection(OutboxModel::StateColumn, 110);
    h->resizeSection(OutboxModel::RecordColumn, 150);
    h->resizeSection(OutboxModel::AttemptsColumn, 60);
    h->resizeSection(OutboxModel::ErrorColumn, 120);
    h->resizeSection(OutboxModel::CreatedColumn, 120);
    h->resizeSection(OutboxModel::AckedColumn, 120);
    outboxLayout->addWidget(m_outboxView, 1);
    m_tabs->addTab(outbox, QString());

    // Conflicts
    m_conflicts = new ConflictPanel(m_tabs);
    m_tabs->addTab(m_conflicts, QString());
    connect(m_conflicts, &ConflictPanel::resolveRequested, &m_service, &SyncService::resolveConflict);
    connect(&m_service, &SyncService::conflictResolveFailed, this,
            [this](qint64, const QString &, const QString &message) { showMessage(message, true); });
    connect(&m_service, &SyncService::conflictResolved, this, [this](qint64, ConflictChoice choice) {
        showMessage(choice == ConflictChoice::Mine ? tr("Your value is kept; it is sent on the next sync.")
                                                   : tr("Their value is taken on this desktop."),
                    false);
    });

    // Log
    m_logModel = new SyncLogModel(this);
    m_logView = makeTable(m_tabs);
    m_logView->setObjectName(QStringLiteral("syncLogView"));
    m_logView->setModel(m_logModel);
    m_logView->horizontalHeader()->resizeSection(SyncLogModel::TimeColumn, 160);
    m_logView->horizontalHeader()->resizeSection(SyncLogModel::LevelColumn, 90);
    m_logView->horizontalHeader()->setStretchLastSection(true);
    m_tabs->addTab(m_logView, QString());

    m_outboxTimer = coalescer(this, [this] { refreshOutbox(); });
    m_conflictTimer = coalescer(this, [this] { refreshConflicts(); });
    m_logTimer = coalescer(this, [this] { refreshLog(); });
    connect(&m_service, &SyncService::outboxChanged, m_outboxTimer, qOverload<>(&QTimer::start));
    connect(&m_service, &SyncService::pendingCountChanged, m_outboxTimer, qOverload<>(&QTimer::start));
    connect(&m_controller, &SyncController::pendingCountChanged, m_outboxTimer, qOverload<>(&QTimer::start));
    connect(&m_service, &SyncService::conflictsChanged, m_conflictTimer, qOverload<>(&QTimer::start));
    connect(&m_service, &SyncService::logChanged, m_logTimer, qOverload<>(&QTimer::start));
    connect(&m_controller, &SyncController::accountChanged, this, &SyncPage::refreshAccount);
    connect(&m_service, &SyncService::connectionChanged, this, &SyncPage::refreshAccount);
    connect(&m_service, &SyncService::lastSyncChanged, this, &SyncPage::refreshAccount);
    connect(&m_service, &SyncService::syncFinished, this, [this](const SyncSummary &s) {
        QString text = tr("Sync finished: %n change(s) sent", nullptr, int(s.pushed)) + tr(", ")
                       + tr("%n received", nullptr, int(s.pulled));
        if (s.openConflicts > 0)
            text += tr(", ") + tr("%n conflict(s) to resolve", nullptr, int(s.openConflicts));
        if (!s.digestMatches)
            text += tr(". The end-of-sync check found a difference: %1").arg(s.digestDetail);
        showMessage(text, !s.digestMatches);
        m_outboxTimer->start();
        m_conflictTimer->start();
        m_logTimer->start();
    });
    connect(&m_service, &SyncService::syncFailed, this,
            [this](const QString &, const QString &message) { showMessage(message, true); });
    connect(&m_service, &SyncService::signInNeeded, this,
            [this](const QString &server, const QString &, const QString &message) {
                if (!server.isEmpty())
                    showMessage(message, true);
            });
    connect(m_stateFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_outboxModel->setStateFilter(m_stateFilter->currentData().toString()); refreshOutbox(); });

    retranslate();
    refresh();
}

void SyncPage::refresh()
{
    refreshAccount();
    refreshOutbox();
    refreshConflicts();
    refreshLog();
}

QString SyncPage::accountText() const
{
    return m_account->text();
}

QString SyncPage::messageText() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void SyncPage::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("QLabel { background: #fdecea; border: 1px solid #e0a09a; padding: 4px; }")
                                   : QStringLiteral("QLabel { background: #e8f1fb; border: 1px solid #9cbfe6; padding: 4px; }"));
    m_message->show();
}

void SyncPage::refreshAccount()
{
    const SyncAccount a = m_service.account();
    QString text;
    if (a.signedIn) {
        text = tr("Signed in as %1 (%2), %3").arg(a.displayName, a.user, SyncUiText::roleText(a.role));
        if (!a.school.isEmpty())
            text += tr(", school %1").arg(a.school);
        text += tr(" · %1 · %2").arg(a.server, SyncUiText::connectionText(m_service.connection()));
        if (a.school.isEmpty())
            text += QLatin1Char('\n') + (roles::choosesSchool(a.role)
                                             ? tr("Choose the school whose roster this desktop syncs.")
                                             : tr("Roster sync is for school coordinators; this account has no "
                                                  "school roster to sync on this desktop."));
        if (a.tokenInMemoryOnly)
            text += tr("\nNo system credential store: you sign in again after restarting CET Desk.");
    } else if (!a.server.isEmpty()) {
        text = tr("Not signed in (last: %1 at %2). Changes are kept on this computer and sent after you sign in.")
                   .arg(a.user, a.server);
    } else {
        text = tr("Not signed in. CET Desk works on this computer's database; sign in to sync with the central "
                  "server.");
    }
    text += QLatin1Char('\n') + tr("Last sync: %1").arg(SyncUiText::relativeTime(m_service.lastSyncAt()));
    m_account->setText(text);
    m_account->setToolTip(SyncUiText::exactTime(m_service.lastSyncAt()));
    m_signInButton->setVisible(!a.signedIn);
}

void SyncPage::refreshOutbox()
{
    auto entries = m_service.outbox();
    if (!entries) {
        showMessage(entries.error().message, true);
        return;
    }
    m_outboxModel->setEntries(std::move(entries).value());
    if (auto counts = m_service.outboxCounts()) {
        const OutboxCounts &c = counts.value();
        m_outboxCount->setText(tr("%1 pending · %2 acknowledged · %3 conflict · %4 rejected")
                                   .arg(QLocale().toString(c.pending()), QLocale().toString(c.acked),
                                        QLocale().toString(c.conflict), QLocale().toString(c.rejected)));
    }
}

void SyncPage::refreshConflicts()
{
    auto conflicts = m_service.conflicts();
    if (!conflicts) {
        showMessage(conflicts.error().message, true);
        return;
    }
    m_conflicts->setConflicts(conflicts.value());
    m_openConflicts = int(conflicts.value().size());
    m_tabs->setTabText(ConflictsTab, m_openConflicts > 0 ? tr("Conflicts (%1)").arg(m_openConflicts) : tr("Conflicts"));
    m_tabs->setTabIcon(ConflictsTab, m_openConflicts > 0 ? QIcon::fromTheme(QStringLiteral("dialog-warning")) : QIcon());
}

void SyncPage::refreshLog()
{
    auto log = m_service.log();
    if (!log)
        return;
    m_logModel->setEntries(std::move(log).value());
}

void SyncPage::retranslate()
{
    m_title->setText(tr("Sync with the Central Server"));
    m_filterLabel->setText(tr("&Show:"));
    const QString current = m_stateFilter->currentData().toString();
    {
        QSignalBlocker block(m_stateFilter);
        m_stateFilter->clear();
        m_stateFilter->addItem(tr("All states"), QString());
        for (const QString &state : SyncUiText::outboxStates())
            m_stateFilter->addItem(SyncUiText::outboxStateText(state), state);
        m_stateFilter->setCurrentIndex(qMax(0, m_stateFilter->findData(current)));
    }
    m_tabs->setTabText(OutboxTab, tr("Outbox"));
    m_tabs->setTabText(ConflictsTab, m_openConflicts > 0 ? tr("Conflicts (%1)").arg(m_openConflicts) : tr("Conflicts"));
    m_tabs->setTabText(LogTab, tr("Log"));
    refreshAccount();
}

void SyncPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_tabs)
        retranslate();
    QWidget::changeEvent(event);
}

void SyncPage::showEvent(QShowEvent *event)
{
    refresh(); // local edits elsewhere in the app do not signal the service
    QWidget::showEvent(event);
}

} // namespace cet
