#pragma once

#include "JobProgressWidget.h"

namespace cet {

class SyncService;

// The running sync of a SyncService as a job: shown while the service syncs, "Sending changes
// 1,200 / 5,000", Stop (or Esc) asks the service to stop after the current request.
class SyncJobProgress : public JobProgressWidget
{
    Q_OBJECT
public:
    explicit SyncJobProgress(SyncService &service, QWidget *parent = nullptr);

private:
    void onConnectionChanged();
    void onEnded();

    SyncService &m_service;
};

} // namespace cet
