#pragma once

#include <QWidget>

class QLabel;
class QTabWidget;
class QToolButton;

namespace cet {

class CsApprovedPanel;
class CsLookupPanel;
class CsMyRequestsPanel;
class CsQueuePanel;
class CsService;
class SyncController;

// The customer service (客服) desk: who is signed in, and the tabs of their role. An agent looks up
// accounts and files rebinding requests (Lookup, My requests); a supervisor decides them (Queue,
// Approved today) and can look up accounts too. Online only, through its own CsService.
class CustomerServicePage : public QWidget
{
    Q_OBJECT
public:
    explicit CustomerServicePage(SyncController &controller, QWidget *parent = nullptr);

    // Parts, for tests.
    QString accountText() const;
    QString roleText() const;
    QString availabilityText() const;
    CsService &service() const { return *m_service; }
    QTabWidget *tabs() const { return m_tabs; }
    CsLookupPanel *lookupPanel() const { return m_lookup; }
    CsMyRequestsPanel *myRequestsPanel() const { return m_mine; }
    CsQueuePanel *queuePanel() const { return m_queue; }
    CsApprovedPanel *approvedPanel() const { return m_approved; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void applyAccount();
    void refreshCurrent();

    SyncController &m_controller;
    QLabel *m_title = nullptr;
    QLabel *m_account = nullptr;
    QLabel *m_role = nullptr;
    QLabel *m_availability = nullptr;
    QToolButton *m_signOut = nullptr;
    CsService *m_service = nullptr;
    QTabWidget *m_tabs = nullptr;
    CsLookupPanel *m_lookup = nullptr;
    CsMyRequestsPanel *m_mine = nullptr;
    CsQueuePanel *m_queue = nullptr;
    CsApprovedPanel *m_approved = nullptr;
};

} // namespace cet
