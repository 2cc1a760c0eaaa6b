#pragma once

#include <QWidget>

class QLabel;
class QToolButton;

namespace cet {

class SyncController;

// The customer service (客服) home page: who is signed in and what their role does. The account
// lookup and rebinding desk is not in the desktop yet; the page says so rather than pretend.
class CustomerServicePage : public QWidget
{
    Q_OBJECT
public:
    explicit CustomerServicePage(SyncController &controller, QWidget *parent = nullptr);

    // Parts, for tests.
    QString accountText() const;
    QString roleText() const;
    QString availabilityText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    SyncController &m_controller;
    QLabel *m_title = nullptr;
    QLabel *m_account = nullptr;
    QLabel *m_role = nullptr;
    QLabel *m_availability = nullptr;
    QToolButton *m_signOut = nullptr;
};

} // namespace cet
