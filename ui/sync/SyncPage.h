#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QTabWidget;
class QTableView;
class QTimer;
class QToolButton;

namespace cet {

class ConflictPanel;
class OutboxModel;
class SchoolChooser;
class SyncController;
class SyncJobProgress;
class SyncLogModel;
class SyncService;

// The Sync (同步) page: who is signed in where, the outbox (queued / sent / acknowledged /
// failed with the reason, filtered by state), the open conflicts with a per-field resolution
// panel, and the sync log. Refreshes on the service's change signals.
class SyncPage : public QWidget
{
    Q_OBJECT
public:
    explicit SyncPage(SyncController &controller, QWidget *parent = nullptr);

    // Re-reads outbox, conflicts and log now (the change signals do it a moment later anyway).
    void refresh();

    // Parts, for tests.
    OutboxModel *outboxModel() const { return m_outboxModel; }
    QTableView *outboxView() const { return m_outboxView; }
    QComboBox *stateFilter() const { return m_stateFilter; }
    ConflictPanel *conflictPanel() const { return m_conflicts; }
    SyncLogModel *logModel() const { return m_logModel; }
    QTabWidget *tabs() const { return m_tabs; }
    SchoolChooser *schoolChooser() const { return m_schoolChooser; }
    SyncJobProgress *syncProgress() const { return m_progress; }
    QString accountText() const;
    QString messageText() const;

    enum Tab { OutboxTab, ConflictsTab, LogTab };

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    void refreshAccount();
    void refreshOutbox();
    void refreshConflicts();
    void refreshLog();
    void showMessage(const QString &text, bool error);

    SyncController &m_controller;
    SyncService &m_service;
    QLabel *m_title = nullptr;
    QLabel *m_account = nullptr;
    QToolButton *m_signInButton = nullptr;
    QToolButton *m_syncButton = nullptr;
    SchoolChooser *m_schoolChooser = nullptr;
    SyncJobProgress *m_progress = nullptr;
    QLabel *m_message = nullptr;
    QTabWidget *m_tabs = nullptr;
    QLabel *m_filterLabel = nullptr;
    QComboBox *m_stateFilter = nullptr;
    QLabel *m_outboxCount = nullptr;
    OutboxModel *m_outboxModel = nullptr;
    QTableView *m_outboxView = nullptr;
    ConflictPanel *m_conflicts = nullptr;
    SyncLogModel *m_logModel = nullptr;
    QTableView *m_logView = nullptr;
    QTimer *m_outboxTimer = nullptr;
    QTimer *m_conflictTimer = nullptr;
    QTimer *m_logTimer = nullptr;
    int m_openConflicts = 0;
};

} // namespace cet
