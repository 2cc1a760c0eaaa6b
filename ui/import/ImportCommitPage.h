#pragma once

#include "StudentImport.h"

#include <QWidget>

#include <memory>

namespace cet {

class ImportJob;
class ImportProgressPanel;

// Step 5: writes the plan to the database on a worker thread, in one transaction, with a
// progress bar and a Stop button; stopping rolls the transaction back.
class ImportCommitPage : public QWidget
{
    Q_OBJECT
public:
    explicit ImportCommitPage(QWidget *parent = nullptr);

    void commit(const QString &databasePath, std::shared_ptr<ImportAnalysis> analysis, const ImportOptions &options,
                const QString &actor);
    void cancel();
    bool isBusy() const;
    ImportProgressPanel *progressPanel() const { return m_progress; }

Q_SIGNALS:
    void committed(const cet::ImportOutcome &outcome);
    // "import.cancelled" when stopped.
    void failed(const cet::Error &error);

private:
    ImportJob *m_job = nullptr;
    ImportProgressPanel *m_progress = nullptr;
};

} // namespace cet
