#pragma once

#include "ImportMessageBar.h"
#include "StudentImport.h"

#include <QWidget>

#include <memory>

class QCheckBox;
class QLabel;
class QPushButton;
class QRadioButton;
class QTabWidget;
class QTableWidget;
class QTreeWidget;

namespace cet {

// Step 4: what the import will do. Counts of new, changed, unchanged, not-in-the-file and
// rejected rows; the changed rows field by field (before → after) and the records that are not
// in the file, each loaded a window at a time; whether to delete those; valid rows or all or
// nothing.
class ImportPlanPage : public QWidget
{
    Q_OBJECT
public:
    static constexpr int WindowRows = 100;

    // `db` is the GUI thread's connection; the windows of rows it reads are small.
    explicit ImportPlanPage(Database &db, QWidget *parent = nullptr);

    void setAnalysis(std::shared_ptr<ImportAnalysis> analysis);
    ImportOptions options() const;
    // The import would write something with the chosen options.
    bool canImport() const;

    // Parts, for tests.
    QLabel *countLabel(PlanAction action) const;
    QLabel *missingCountLabel() const { return m_missingCount; }
    QTreeWidget *changedTree() const { return m_changed; }
    QTableWidget *missingTable() const { return m_missing; }
    QCheckBox *deleteMissingBox() const { return m_deleteMissing; }
    QRadioButton *validRowsButton() const { return m_validRows; }
    QRadioButton *allOrNothingButton() const { return m_allOrNothing; }
    QLabel *outcomeLabel() const { return m_outcome; }

Q_SIGNALS:
    void optionsChanged();
    void messageRequested(const QString &text, cet::ImportMessageBar::Kind kind);

private:
    void buildUi();
    QWidget *makeCount(QLabel *&number, const QString &caption, const QString &tip);
    void loadChanged();
    void loadMissing();
    void onDeleteMissingToggled(bool checked);
    void updateOutcome();

    Database &m_db;
    std::shared_ptr<ImportAnalysis> m_analysis;
    qsizetype m_changedLoaded = 0;
    qsizetype m_missingLoaded = 0;

    QLabel *m_new = nullptr;
    QLabel *m_updated = nullptr;
    QLabel *m_unchanged = nullptr;
    QLabel *m_missingCount = nullptr;
    QLabel *m_rejected = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTreeWidget *m_changed = nullptr;
    QPushButton *m_moreChanged = nullptr;
    QTableWidget *m_missing = nullptr;
    QPushButton *m_moreMissing = nullptr;
    QCheckBox *m_deleteMissing = nullptr;
    QRadioButton *m_validRows = nullptr;
    QRadioButton *m_allOrNothing = nullptr;
    QLabel *m_outcome = nullptr;
};

} // namespace cet
