#pragma once

#include "SyncTypes.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;
class QToolButton;

namespace cet {

class SyncController;

// The sync part of the status bar: a prompt to sign in again when the session ended, the
// connection (online / offline / syncing), pending operations, the last sync (relative; the exact
// time in the tooltip), a progress bar during transfers, and a Sync Now button.
class SyncStatusWidget : public QWidget
{
    Q_OBJECT
public:
    explicit SyncStatusWidget(SyncController &controller, QWidget *parent = nullptr);

    QString connectionText() const;
    QString pendingText() const;
    QString lastSyncText() const;
    QWidget *signInPrompt() const { return m_prompt; }
    QProgressBar *progressBar() const { return m_progress; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void onProgress(SyncPhase phase, qint64 done, qint64 total);

    SyncController &m_controller;
    QWidget *m_prompt = nullptr;
    QLabel *m_promptText = nullptr;
    QPushButton *m_promptButton = nullptr;
    QLabel *m_connection = nullptr;
    QLabel *m_pending = nullptr;
    QLabel *m_lastSync = nullptr;
    QProgressBar *m_progress = nullptr;
    QToolButton *m_syncNow = nullptr;
    QTimer *m_clock = nullptr;
};

} // namespace cet
