#include "JobProgressDialog.h"

#include "JobProgressWidget.h"
#include "JobRunner.h"

#include <QPushButton>

#include <QTimer>
#include <QVBoxLayout>

namespace cet {

JobProgressDialog::JobProgressDialog(JobRunner *runner, const QString &title, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(title);
    setWindowModality(Qt::WindowModal);
    auto *layout = new QVBoxLayout(this);
    m_progress = new JobProgressWidget(this);
    m_progress->follow(runner);
    layout->addWidget(m_progress);
    setMinimumWidth(420);
    connect(runner, &JobRunner::finished, this, &QDialog::hide);
}

void JobProgressDialog::start(const QString &text)
{
    m_progress->start(text);
    // A quick job ends before the dialog would be read: no flash of a window.
    QTimer::singleShot(400, this, [this] {
        if (m_progress->isActive())
            show();
    });
}

void JobProgressDialog::reject()
{
    // The window's close button: stop the job; the dialog goes when the job has ended.
    if (m_progress->isActive()) {
        m_progress->cancelButton()->click();
        return;
    }
    QDialog::reject();
}

} // namespace cet
