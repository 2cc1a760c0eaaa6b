#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace cet {

// What the import is doing now: a sentence, a progress bar and a Cancel button.
class ImportProgressPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ImportProgressPanel(QWidget *parent = nullptr);

    void start(const QString &text, const QString &note = {});
    void setProgress(qint64 done, qint64 total);
    // After Cancel was pressed: "Cancelling…", the button disabled.
    void setCancelling();

    QPushButton *cancelButton() const { return m_cancel; }
    QProgressBar *progressBar() const { return m_bar; }

Q_SIGNALS:
    void cancelRequested();

private:
    QLabel *m_text = nullptr;
    QLabel *m_note = nullptr;
    QProgressBar *m_bar = nullptr;
    QPushButton *m_cancel = nullptr;
};

} // namespace cet
