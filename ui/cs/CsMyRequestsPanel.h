#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace cet {

class CsRequestTable;
class CsService;

// The agent's own rebinding requests with their state (the decision, when it applies, why it
// failed), and Withdraw for one not decided yet.
class CsMyRequestsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit CsMyRequestsPanel(CsService &service, QWidget *parent = nullptr);

    CsRequestTable *table() const { return m_table; }
    QPushButton *withdrawButton() const { return m_withdraw; }
    QString detailText() const;
    void refresh();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateDetail();
    void withdraw();

    CsService &m_service;
    CsRequestTable *m_table = nullptr;
    QPushButton *m_refresh = nullptr;
    QPushButton *m_withdraw = nullptr;
    QLabel *m_detail = nullptr;
};

} // namespace cet
