#pragma once

#include <QDialog>

namespace cet {

class JobProgressWidget;
class JobRunner;

// A small window-modal dialog around a JobProgressWidget, for a job started from a page that has no
// room of its own for it (the students export). Closing it stops the job; it closes itself when
// the runner's job ends.
class JobProgressDialog : public QDialog
{
    Q_OBJECT
public:
    JobProgressDialog(JobRunner *runner, const QString &title, QWidget *parent = nullptr);

    // For a job that started: `text` says what it does. The dialog shows when the job takes longer
    // than a moment.
    void start(const QString &text);
    JobProgressWidget *progress() const { return m_progress; }

    void reject() override;

private:
    JobProgressWidget *m_progress = nullptr;
};

} // namespace cet
