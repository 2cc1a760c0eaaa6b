#pragma once

#include "StudentImport.h"

#include <QDialog>
#include <QList>

#include <memory>

class QLabel;
class QPushButton;
class QStackedWidget;

namespace cet {

class Database;
class ImportCommitPage;
class ImportFilePage;
class ImportMappingPage;
class ImportMessageBar;
class ImportPlanPage;
class ImportReportPage;
class ImportSummaryPage;

// The student import, step by step: file → columns → check → changes → import → done. Long work
// runs on worker threads with their own database connections; the dialog stays responsive and
// every step can be stopped. Resizable; remembers its size. Enter = Next.
class ImportWizard : public QDialog
{
    Q_OBJECT
public:
    enum class Step { File, Mapping, Report, Plan, Commit, Summary };

    // `db` is the GUI thread's connection (small reads for the plan); workers open their own
    // connection to db.path(). `actor` names the user in the import batch and the audit log.
    ImportWizard(Database &db, QString actor, QWidget *parent = nullptr);
    ~ImportWizard() override;

    void setFile(const QString &path);
    Step step() const { return m_step; }
    // Some work runs on a worker thread (preview, check, import, undo, export).
    bool isBusy() const;

    // Parts, for tests.
    ImportFilePage *filePage() const { return m_filePage; }
    ImportMappingPage *mappingPage() const { return m_mappingPage; }
    ImportReportPage *reportPage() const { return m_reportPage; }
    ImportPlanPage *planPage() const { return m_planPage; }
    ImportCommitPage *commitPage() const { return m_commitPage; }
    ImportSummaryPage *summaryPage() const { return m_summaryPage; }
    ImportMessageBar *messageBar() const { return m_messages; }
    QPushButton *nextButton() const { return m_next; }
    QPushButton *backButton() const { return m_back; }
    QPushButton *cancelButton() const { return m_cancel; }

public Q_SLOTS:
    void next();
    void back();
    void reject() override;
    void done(int result) override;

Q_SIGNALS:
    // An import or an undo changed the students table.
    void databaseChanged();
    void historyRequested();

private:
    void buildUi();
    void connectPages();
    void goTo(Step step);
    void updateButtons();
    void startAnalysis();
    void onCommitFailed(const Error &error);
    void closeIfIdle();

    Database &m_db;
    QString m_actor;
    Step m_step = Step::File;
    bool m_mappingStale = true;
    bool m_analysisStale = true;
    bool m_closeWhenIdle = false;

    QList<QLabel *> m_stepLabels;
    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    ImportMessageBar *m_messages = nullptr;
    QStackedWidget *m_stack = nullptr;
    ImportFilePage *m_filePage = nullptr;
    ImportMappingPage *m_mappingPage = nullptr;
    ImportReportPage *m_reportPage = nullptr;
    ImportPlanPage *m_planPage = nullptr;
    ImportCommitPage *m_commitPage = nullptr;
    ImportSummaryPage *m_summaryPage = nullptr;
    QPushButton *m_back = nullptr;
    QPushButton *m_next = nullptr;
    QPushButton *m_cancel = nullptr;
};

} // namespace cet
