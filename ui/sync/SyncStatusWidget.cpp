#include "SyncStatusWidget.h"

#include "SyncController.h"
#include "SyncService.h"
#include "SyncUiText.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QToolButton>

namespace cet {

SyncStatusWidget::SyncStatusWidget(SyncController &controller, QWidget *parent)
    : QWidget(parent), m_controller(controller)
{
    setObjectName(QStringLiteral("syncStatus"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);

    m_prompt = new QWidget(this);
    m_prompt->setObjectName(QStringLiteral("signInPrompt"));
    m_prompt->setStyleSheet(QStringLiteral("#signInPrompt { background: #fff4ce; border: 1px solid #e0c060; }"));
    auto *promptLayout = new QHBoxLayout(m_prompt);
    promptLayout->setContentsMargins(6, 0, 2, 0);
    auto *promptIcon = new QLabel(m_prompt);
    promptIcon->setPixmap(QIcon::fromTheme(QStringLiteral("dialog-warning")).pixmap(16, 16));
    promptLayout->addWidget(promptIcon);
    m_promptText = new QLabel(m_prompt);
    promptLayout->addWidget(m_promptText);
    m_promptButton = new QPushButton(m_prompt);
    m_promptButton->setFlat(true);
    m_promptButton->setCursor(Qt::PointingHandCursor);
    promptLayout->addWidget(m_promptButton);
    connect(m_promptButton, &QPushButton::clicked, &m_controller, [this] { m_controller.showSignInDialog(); });
    layout->addWidget(m_prompt);
    m_prompt->hide();

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("syncProgress"));
    m_progress->setMaximumWidth(160);
    m_progress->setMaximumHeight(16);
    m_progress->hide();
    layout->addWidget(m_progress);

    m_connection = new QLabel(this);
    m_connection->setObjectName(QStringLiteral("syncConnection"));
    m_pending = new QLabel(this);
    m_pending->setObjectName(QStringLiteral("syncPending"));
    m_lastSync = new QLabel(this);
    m_lastSync->setObjectName(QStringLiteral("syncLast"));
    layout->addWidget(m_connection);
    layout->addWidget(m_pending);
    layout->addWidget(m_lastSync);

    m_syncNow = new QToolButton(this);
    m_syncNow->setDefaultAction(controller.syncNowAction());
    m_syncNow->setAutoRaise(true);
    layout->addWidget(m_syncNow);

    SyncService &service = controller.service();
    connect(&service, &SyncService::connectionChanged, this, &SyncStatusWidget::refresh);
    connect(&service, &SyncService::lastSyncChanged, this, &SyncStatusWidget::refresh);
    connect(&service, &SyncService::signedIn, this, &SyncStatusWidget::refresh);
    connect(&service, &SyncService::signedOut, this, &SyncStatusWidget::refresh);
    connect(&service, &SyncService::progress, this, &SyncStatusWidget::onProgress);
    connect(&service, &SyncService::syncFinished, m_progress, &QWidget::hide);
    connect(&service, &SyncService::syncFailed, m_progress, &QWidget::hide);
    connect(&controller, &SyncController::pendingCountChanged, this, &SyncStatusWidget::refresh);
    connect(&controller, &SyncController::accountChanged, this, &SyncStatusWidget::refresh);
    connect(&controller, &SyncController::signInPromptChanged, this, &SyncStatusWidget::refresh);

    // "5 minutes ago" ages: refresh it every half minute.
    m_clock = new QTimer(this);
    m_clock->setInterval(30 * 1000);
    connect(m_clock, &QTimer::timeout, this, &SyncStatusWidget::refresh);
    m_clock->start();
    refresh();
}

QString SyncStatusWidget::connectionText() const
{
    return m_connection->text();
}

QString SyncStatusWidget::pendingText() const
{
    return m_pending->text();
}

QString SyncStatusWidget::lastSyncText() const
{
    return m_lastSync->text();
}

void SyncStatusWidget::refresh()
{
    const SyncService &service = m_controller.service();
    const SyncAccount account = service.account();
    m_promptText->setText(tr("Session ended"));
    m_promptText->setToolTip(m_controller.signInPrompt());
    m_promptButton->setText(tr("Sign in again…"));
    m_prompt->setVisible(m_controller.isSignInPromptShown());

    QString connection = account.signedIn ? SyncUiText::connectionText(service.connection()) : tr("Not signed in");
    m_connection->setText(QStringLiteral("● ") + connection);
    const char *color = "#777777";
    if (account.signedIn && service.connection() == SyncConnection::Online)
        color = "#1b6e31";
    else if (service.connection() == SyncConnection::Syncing)
        color = "#1d5fa8";
    m_connection->setStyleSheet(QStringLiteral("color: %1;").arg(QLatin1String(color)));
    m_connection->setToolTip(account.signedIn
                                 ? tr("Signed in as %1 (%2) at %3").arg(account.displayName, account.user, account.server)
                                 : tr("Working offline on this computer's database"));

    const qint64 pending = m_controller.pendingCount();
    m_pending->setText(tr("%n pending", nullptr, int(qMin<qint64>(pending, INT_MAX))));
    m_pending->setToolTip(tr("Local changes not yet acknowledged by the central server"));
    m_lastSync->setText(tr("Last sync: %1").arg(SyncUiText::relativeTime(service.lastSyncAt())));
    m_lastSync->setToolTip(SyncUiText::exactTime(service.lastSyncAt()));
}

void SyncStatusWidget::onProgress(SyncPhase phase, qint64 done, qint64 total)
{
    const QString what = phase == SyncPhase::Push ? tr("Sending") : phase == SyncPhase::Pull ? tr("Receiving")
                                                                                           : tr("Checking");
    if (total > 0) {
        // Scaled so that counts beyond int still fit.
        m_progress->setRange(0, 1000);
        m_progress->setValue(int(qBound(qint64(0), done * 1000 / total, qint64(1000))));
        m_progress->setFormat(tr("%1 %2 / %3").arg(what, QLocale().toString(done), QLocale().toString(total)));
    } else {
        m_progress->setRange(0, 0);
        m_progress->setFormat(tr("%1 %2").arg(what, QLocale().toString(done)));
    }
    m_progress->setToolTip(m_progress->format());
    m_progress->setTextVisible(total > 0);
    // Only large transfers get a bar; a few records come and go before it could be read.
    if (qMax(done, total) >= 100)
        m_progress->show();
}

void SyncStatusWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QWidget::changeEvent(event);
}

} // namespace cet
