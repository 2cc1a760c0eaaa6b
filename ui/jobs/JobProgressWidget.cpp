#include "JobProgressWidget.h"

#include "JobRunner.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

#include <algorithm>

namespace cet {

JobProgressWidget::JobProgressWidget(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("jobText"));
    m_text->setWordWrap(true);
    layout->addWidget(m_text);
    auto *row = new QHBoxLayout;
    m_bar = new QProgressBar(this);
    m_bar->setRange(0, 0);
    // Fits beside the button in a 1366-pixel-wide window's narrowest place (a dialog).
    m_bar->setMinimumWidth(200);
    m_cancel = new QPushButton(this);
    m_cancel->setObjectName(QStringLiteral("jobCancel"));
    row->addWidget(m_bar, 1);
    row->addWidget(m_cancel);
    layout->addLayout(row);
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    m_note->hide();
    layout->addWidget(m_note);
    // The window's Esc, not only the widget's: the focus is rarely on the progress bar. A dialog's
    // own Esc (reject) comes after shortcuts, so in a dialog Esc stops the job and keeps it open.
    m_escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    m_escape->setContext(Qt::WindowShortcut);
    m_escape->setEnabled(false);
    connect(m_escape, &QShortcut::activated, this, &JobProgressWidget::requestCancel);
    connect(m_cancel, &QPushButton::clicked, this, &JobProgressWidget::requestCancel);
    retranslate();
}

void JobProgressWidget::follow(JobRunner *runner)
{
    connect(runner, &JobRunner::progressChanged, this, &JobProgressWidget::setProgress);
    connect(runner, &JobRunner::finished, this, &JobProgressWidget::finish);
    connect(this, &JobProgressWidget::cancelRequested, runner, &JobRunner::cancel);
}

void JobProgressWidget::start(const QString &text, const QString &note)
{
    m_text->setText(text);
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
    m_bar->setRange(0, 0);
    m_active = true;
    m_cancelling = false;
    retranslate();
    updateShortcut();
}

void JobProgressWidget::setProgress(const JobProgress &progress)
{
    if (!progress.text.isEmpty())
        m_text->setText(progress.text);
    if (progress.total <= 0) {
        m_bar->setRange(0, 0);
        return;
    }
    // QProgressBar takes int: per mille keeps a million rows in range.
    m_bar->setRange(0, 1000);
    m_bar->setValue(int(std::clamp<qint64>(progress.done * 1000 / progress.total, 0, 1000)));
}

void JobProgressWidget::setCancelling()
{
    m_cancelling = true;
    retranslate();
    updateShortcut();
}

void JobProgressWidget::finish()
{
    m_active = false;
    m_cancelling = false;
    retranslate();
    updateShortcut();
}

bool JobProgressWidget::isActive() const
{
    return m_active;
}

QString JobProgressWidget::text() const
{
    return m_text->text();
}

void JobProgressWidget::requestCancel()
{
    if (!m_active || m_cancelling)
        return;
    setCancelling();
    Q_EMIT cancelRequested();
}

void JobProgressWidget::retranslate()
{
    m_cancel->setEnabled(m_active && !m_cancelling);
    m_cancel->setText(m_cancelling ? tr("Stopping…") : tr("&Stop"));
    m_cancel->setToolTip(tr("Stop this job (Esc); nothing half-done is kept"));
}

void JobProgressWidget::updateShortcut()
{
    // Only a running job's widget that can be seen takes Esc: two enabled Esc shortcuts in one
    // window would both stay silent.
    m_escape->setEnabled(m_active && !m_cancelling && isVisible());
}

void JobProgressWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void JobProgressWidget::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    updateShortcut();
}

void JobProgressWidget::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    updateShortcut();
}

} // namespace cet
