#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;

namespace cet {

// Help ▸ About CET Desk: name, version, what it is, the Qt version and the licences of what
// is shipped with it.
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);

    QString text() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_icon = nullptr;
    QLabel *m_text = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace cet
