#pragma once

#include "JobProgressDialog.h"
#include "Result.h"
#include "StudentQuery.h"

#include <QObject>
#include <QPointer>

class QWidget;

namespace cet {

class JobRunner;
struct JobOutcome;

// Exports a student query to a file as an ExportJob (its own read connection, on the runner's
// worker thread), with a progress dialog whose Stop (or Esc) cancels.
class StudentExportController : public QObject
{
    Q_OBJECT
public:
    StudentExportController(QString databasePath, QWidget *dialogParent, QObject *parent = nullptr);
    ~StudentExportController() override;

    bool isRunning() const;
    // Starts exporting `query` to `outputPath` (format from the suffix). False if one is running.
    bool start(const StudentQuery &query, const QString &outputPath);
    void cancel();
    // The progress dialog (null before the first export), for tests.
    JobProgressDialog *dialog() const { return m_dialog; }

Q_SIGNALS:
    // rows >= 0 on success; otherwise `error` says why ("export.cancelled" when cancelled).
    void finished(const QString &outputPath, qint64 rows, const cet::Error &error);

private:
    void onFinished(const JobOutcome &outcome);

    QString m_databasePath;
    QPointer<QWidget> m_dialogParent;
    QString m_outputPath;
    JobRunner *m_runner = nullptr;
    QPointer<JobProgressDialog> m_dialog;
};

} // namespace cet
