#pragma once

#include "StudentImport.h"

#include <QWidget>

#include <memory>

namespace cet {

class JobProgressWidget;
class JobRunner;
struct JobOutcome;

// Step 5: writes the plan to the database (ImportCommitJob: one task of the database's writer, in
// one transaction), with a progress bar and a Stop button; stopping rolls the transaction back.
class ImportCommitPage : public QWidget
{
    Q_OBJECT
public:
    explicit ImportCommitPage(QWidget *parent = nullptr);

    void commit(const QString &databasePath, std::shared_ptr<ImportAnalysis> analysis, const ImportOptions &options,
                const QString &actor);
    void cancel();
    bool isBusy() const;
    JobProgressWidget *progressPanel() const { return m_progress; }

Q_SIGNALS:
    void committed(const cet::ImportOutcome &outcome);
    // "import.cancelled" when stopped.
    void failed(const cet::Error &error);

private:
    void onFinished(const JobOutcome &outcome);

    JobRunner *m_runner = nullptr;
    JobProgressWidget *m_progress = nullptr;
};

} // namespace cet
