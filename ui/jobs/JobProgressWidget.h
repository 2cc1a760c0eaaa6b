#pragma once

#include "JobControl.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QShortcut;

namespace cet {

class JobRunner;

// What a long job is doing now: a sentence, a progress bar (busy while the total is unknown), an
// optional note under it and a Stop button. Esc stops too, anywhere in the window, while the job
// runs. The same widget for every job of the application: import, export, photos, sync.
class JobProgressWidget : public QWidget
{
    Q_OBJECT
public:
    explicit JobProgressWidget(QWidget *parent = nullptr);

    // Shows the progress of `runner`'s jobs and stops them on Stop/Esc. Call start() when a job
    // starts (with the text it is to show first).
    void follow(JobRunner *runner);

    // A job started: `text` says what it does, `note` what stopping means (optional).
    void start(const QString &text, const QString &note = {});
    // A text in `progress` replaces the sentence.
    void setProgress(const cet::JobProgress &progress);
    // After Stop or Esc: "Stopping…", the button disabled.
    void setCancelling();
    // The job ended: Stop and Esc do nothing any more.
    void finish();
    bool isActive() const;

    QPushButton *cancelButton() const { return m_cancel; }
    QProgressBar *progressBar() const { return m_bar; }
    QString text() const;

Q_SIGNALS:
    void cancelRequested();

protected:
    void changeEvent(QEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void requestCancel();
    void retranslate();
    void updateShortcut();

    QLabel *m_text = nullptr;
    QLabel *m_note = nullptr;
    QProgressBar *m_bar = nullptr;
    QPushButton *m_cancel = nullptr;
    QShortcut *m_escape = nullptr;
    bool m_active = false;
    bool m_cancelling = false;
};

} // namespace cet
