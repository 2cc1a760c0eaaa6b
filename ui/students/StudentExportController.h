#pragma once

#include "Result.h"
#include "StudentQuery.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>

#include <atomic>
#include <memory>

class QProgressDialog;
class QTimer;
class QWidget;

namespace cet {

// Exports a student query to a file on a worker thread (StudentExporter opens its own
// connection), with a progress dialog that can cancel. The GUI thread only polls progress.
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

Q_SIGNALS:
    // rows >= 0 on success; otherwise `error` says why ("export.cancelled" when cancelled).
    void finished(const QString &outputPath, qint64 rows, const cet::Error &error);

private:
    struct Progress
    {
        std::atomic<qint64> written{0};
        std::atomic<qint64> total{0};
        std::atomic<bool> cancelled{false};
    };

    void updateProgress();
    void onFinished();

    QString m_databasePath;
    QPointer<QWidget> m_dialogParent;
    QString m_outputPath;
    std::shared_ptr<Progress> m_progress;
    QFutureWatcher<Result<qint64>> m_watcher;
    QProgressDialog *m_dialog = nullptr;
    QTimer *m_poll = nullptr;
};

} // namespace cet
