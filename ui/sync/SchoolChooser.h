#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace cet {

class SyncController;

// For an administrator on the Sync page: the school whose roster this desktop syncs (an
// administrator reaches every school, so they pick one). Hidden for other roles.
class SchoolChooser : public QWidget
{
    Q_OBJECT
public:
    explicit SchoolChooser(SyncController &controller, QWidget *parent = nullptr);

    // Parts, for tests.
    QLineEdit *schoolEdit() const { return m_school; }
    QPushButton *useButton() const { return m_use; }
    QString errorText() const;

public Q_SLOTS:
    void submit();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void refresh();

    SyncController &m_controller;
    QLabel *m_label = nullptr;
    QLineEdit *m_school = nullptr;
    QPushButton *m_use = nullptr;
    QLabel *m_note = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace cet
