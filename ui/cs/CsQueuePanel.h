#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace cet {

class CsRequestTable;
class CsService;

// The supervisor's queue: the submitted rebinding requests (their own marked and not approvable:
// four eyes), the case of the current one (candidate, passports, checks, the agent's notes),
// approve with a note, refuse with a reason, and approve a selection at once.
class CsQueuePanel : public QWidget
{
    Q_OBJECT
public:
    explicit CsQueuePanel(CsService &service, QWidget *parent = nullptr);

    void setOwnUser(const QString &user);
    void refresh();

    CsRequestTable *table() const { return m_table; }
    QLineEdit *noteEdit() const { return m_note; }
    QLineEdit *reasonEdit() const { return m_reason; }
    QPushButton *approveButton() const { return m_approve; }
    QPushButton *refuseButton() const { return m_refuse; }
    QPushButton *approveSelectedButton() const { return m_approveSelected; }
    QString caseText() const;
    QString messageText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateCase();
    void approve();
    void refuse();
    void approveSelected();
    void showMessage(const QString &text);

    CsService &m_service;
    CsRequestTable *m_table = nullptr;
    QLabel *m_case = nullptr;
    QLabel *m_noteLabel = nullptr;
    QLabel *m_reasonLabel = nullptr;
    QLineEdit *m_note = nullptr;
    QLineEdit *m_reason = nullptr;
    QPushButton *m_refresh = nullptr;
    QPushButton *m_approve = nullptr;
    QPushButton *m_refuse = nullptr;
    QPushButton *m_approveSelected = nullptr;
    QLabel *m_message = nullptr;
    bool m_busy = false;
};

} // namespace cet
