#include "SyncJobProgress.h"

#include "SyncJob.h"
#include "SyncService.h"

#include <QLocale>

namespace cet {

SyncJobProgress::SyncJobProgress(SyncService &service, QWidget *parent)
    : JobProgressWidget(parent), m_service(service)
{
    setObjectName(QStringLiteral("syncProgress"));
    hide();
    connect(&service, &SyncService::connectionChanged, this, &SyncJobProgress::onConnectionChanged);
    connect(&service, &SyncService::progress, this, [this](SyncPhase phase, qint64 done, qint64 total) {
        const QLocale locale;
        const QString count = total > 0 ? tr("%1 of %2").arg(locale.toString(done), locale.toString(total))
                                        : locale.toString(done);
        setProgress({done, total, tr("%1: %2").arg(SyncJob::phaseText(phase), count)});
    });
    connect(&service, &SyncService::syncFinished, this, &SyncJobProgress::onEnded);
    connect(&service, &SyncService::syncFailed, this, &SyncJobProgress::onEnded);
    connect(this, &JobProgressWidget::cancelRequested, &service, &SyncService::cancel);
}

void SyncJobProgress::onConnectionChanged()
{
    if (m_service.connection() == SyncConnection::Syncing && !isActive()) {
        show();
        start(tr("Syncing with the central server…"));
    } else if (m_service.connection() != SyncConnection::Syncing && isActive()) {
        onEnded();
    }
}

void SyncJobProgress::onEnded()
{
    finish();
    hide();
}

} // namespace cet
