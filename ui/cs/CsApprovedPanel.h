#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace cet {

class CsRequestTable;
class CsService;

// The supervisor's approved requests of the day: when the nightly batch applies each, what it
// did with those already run, and Hold back / Release for one not applied yet.
class CsApprovedPanel : public QWidget
{
    Q_OBJECT
public:
    explicit CsApprovedPanel(CsService &service, QWidget *parent = nullptr);

    void refresh();
    CsRequestTable *table() const { return m_table; }
    QPushButton *holdButton() const { return m_hold; }
    QPushButton *releaseButton() const { return m_release; }
    QString messageText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateButtons();
    void holdOrRelease(bool hold);

    CsService &m_service;
    CsRequestTable *m_table = nullptr;
    QLabel *m_detail = nullptr;
    QPushButton *m_refresh = nullptr;
    QPushButton *m_hold = nullptr;
    QPushButton *m_release = nullptr;
    QLabel *m_message = nullptr;
    bool m_busy = false;
};

} // namespace cet
