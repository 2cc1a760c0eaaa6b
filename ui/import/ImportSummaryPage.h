#pragma once

#include "ImportMessageBar.h"
#include "StudentImport.h"

#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;

namespace cet {

class ImportJob;

// Step 6: what the import did, and what to do next: export the rejected rows to fix them,
// undo the import, open the import history.
class ImportSummaryPage : public QWidget
{
    Q_OBJECT
public:
    ImportSummaryPage(QString databasePath, QString actor, QWidget *parent = nullptr);

    void setOutcome(std::shared_ptr<ImportAnalysis> analysis, const ImportOutcome &outcome);
    bool isBusy() const;
    bool isUndone() const { return m_undone; }

    void exportRejectedRows();
    void undoImport();

    // Parts, for tests.
    QLabel *countsLabel() const { return m_counts; }
    QPushButton *exportButton() const { return m_export; }
    QPushButton *undoButton() const { return m_undo; }
    QPushButton *historyButton() const { return m_history; }

Q_SIGNALS:
    void historyRequested();
    void databaseChanged();
    void busyChanged(bool busy);
    void messageRequested(const QString &text, cet::ImportMessageBar::Kind kind);

private:
    void updateButtons();

    QString m_databasePath;
    QString m_actor;
    std::shared_ptr<ImportAnalysis> m_analysis;
    ImportOutcome m_outcome;
    bool m_undone = false;

    ImportJob *m_job = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_counts = nullptr;
    QLabel *m_state = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_undo = nullptr;
    QPushButton *m_history = nullptr;
};

} // namespace cet
