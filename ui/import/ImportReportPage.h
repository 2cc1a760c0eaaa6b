#pragma once

#include "ImportMessageBar.h"
#include "StudentImport.h"

#include <QHash>
#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTableWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace cet {

class ImportJob;
class JobProgressWidget;

// Step 3: the validation report. Reads the whole file on a worker thread (its own database
// connection, progress, cancel), then shows errors and warnings grouped by rule with counts,
// suggestions and row numbers; a selected row shows its values, duplicates side by side.
class ImportReportPage : public QWidget
{
    Q_OBJECT
public:
    enum class State { Idle, Analysing, Done, Failed };

    explicit ImportReportPage(QWidget *parent = nullptr);

    void analyse(const QString &databasePath, const ImportRequest &request);
    void cancel();
    void reset();
    // Asks for a file and saves the report (summary, problems, duplicates, changes) as XLSX.
    void saveReport();
    State state() const { return m_state; }
    bool isBusy() const { return m_state == State::Analysing; }
    std::shared_ptr<ImportAnalysis> analysis() const { return m_analysis; }

    // Parts, for tests.
    QTreeWidget *tree() const { return m_tree; }
    QTableWidget *detailTable() const { return m_detailTable; }
    QLabel *detailText() const { return m_detailText; }
    QLabel *summaryLabel() const { return m_summary; }
    QPushButton *saveReportButton() const { return m_saveReport; }
    JobProgressWidget *progressPanel() const { return m_progress; }
    // The tree item of group `code`, or nullptr.
    QTreeWidgetItem *groupItem(const QString &code) const;

Q_SIGNALS:
    void stateChanged(cet::ImportReportPage::State state);
    void messageRequested(const QString &text, cet::ImportMessageBar::Kind kind);
    void messageCleared();

private:
    void buildUi();
    void onAnalysed(Result<std::shared_ptr<ImportAnalysis>> &result);
    void setState(State state);
    void fillReport();
    void fillLines(QTreeWidgetItem *groupItem);
    void onCurrentItemChanged(QTreeWidgetItem *item);
    void showGroup(const ReportGroup &group);
    void showLine(qint64 line, const QString &code);
    void showRowValues(qint64 line, const DuplicatePair *pair);

    State m_state = State::Idle;
    std::shared_ptr<ImportAnalysis> m_analysis;
    QList<ReportGroup> m_groups;
    QMultiHash<QString, qsizetype> m_problemsByCode; // code → index into report.problems()

    ImportJob *m_job = nullptr;
    QStackedWidget *m_stack = nullptr;
    QWidget *m_progressPage = nullptr;
    JobProgressWidget *m_progress = nullptr;
    QWidget *m_results = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_normalised = nullptr;
    QPushButton *m_saveReport = nullptr;
    QString m_databasePath;
    QTreeWidget *m_tree = nullptr;
    QLabel *m_detailTitle = nullptr;
    QLabel *m_detailText = nullptr;
    QTableWidget *m_detailTable = nullptr;
};

} // namespace cet
