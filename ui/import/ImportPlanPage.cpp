#include "ImportPlanPage.h"

#include "ImportDialogs.h"
#include "ImportUiText.h"
#include "StudentLabels.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QFrame>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalBlocker>
#include <QTabWidget>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace cet {

namespace {
const QList<StudentField> missingColumns = {StudentField::Name,       StudentField::IdNumber,
                                            StudentField::StudentNo,  StudentField::Department,
                                            StudentField::Grade,      StudentField::ClassName};
} // namespace

ImportPlanPage::ImportPlanPage(Database &db, QWidget *parent) : QWidget(parent), m_db(db)
{
    buildUi();
}

QWidget *ImportPlanPage::makeCount(QLabel *&number, const QString &caption, const QString &tip)
{
    auto *box = new QFrame(this);
    box->setFrameShape(QFrame::StyledPanel);
    box->setToolTip(tip);
    auto *layout = new QVBoxLayout(box);
    number = new QLabel(QStringLiteral("0"), box);
    QFont font = number->font();
    font.setPointSizeF(font.pointSizeF() * 1.8);
    font.setBold(true);
    number->setFont(font);
    number->setAlignment(Qt::AlignCenter);
    auto *text = new QLabel(caption, box);
    text->setAlignment(Qt::AlignCenter);
    text->setWordWrap(true);
    layout->addWidget(number);
    layout->addWidget(text);
    return box;
}

void ImportPlanPage::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *counts = new QHBoxLayout;
    counts->addWidget(makeCount(m_new, tr("new students"), tr("Rows whose student is not in the database yet")));
    counts->addWidget(makeCount(m_updated, tr("changed"), tr("Students already in the database whose data differs")));
    counts->addWidget(makeCount(m_unchanged, tr("unchanged"), tr("Students already in the database with the same data")));
    counts->addWidget(makeCount(m_missingCount, tr("in the database, not in the file"),
                                tr("Kept unless you choose to delete them below")));
    counts->addWidget(makeCount(m_rejected, tr("rows with errors"), tr("Left out of the import")));
    layout->addLayout(counts);

    m_tabs = new QTabWidget(this);
    auto *changedPage = new QWidget(m_tabs);
    auto *changedLayout = new QVBoxLayout(changedPage);
    m_changed = new QTreeWidget(changedPage);
    m_changed->setObjectName(QStringLiteral("planChanged"));
    m_changed->setHeaderLabels({tr("Student / field"), tr("Now in the database"), tr("After the import")});
    m_changed->setColumnWidth(0, 280);
    m_changed->setColumnWidth(1, 240);
    m_changed->setUniformRowHeights(true);
    m_moreChanged = new QPushButton(tr("Show &more changed rows"), changedPage);
    changedLayout->addWidget(m_changed, 1);
    changedLayout->addWidget(m_moreChanged, 0, Qt::AlignLeft);
    m_tabs->addTab(changedPage, QString());

    auto *missingPage = new QWidget(m_tabs);
    auto *missingLayout = new QVBoxLayout(missingPage);
    m_missing = new QTableWidget(missingPage);
    m_missing->setObjectName(QStringLiteral("planMissing"));
    m_missing->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_missing->setTabKeyNavigation(false);
    m_missing->setColumnCount(int(missingColumns.size()));
    QStringList headers;
    for (StudentField field : missingColumns)
        headers << studentFieldLabel(field);
    m_missing->setHorizontalHeaderLabels(headers);
    m_missing->horizontalHeader()->setStretchLastSection(true);
    m_missing->verticalHeader()->hide();
    m_missing->verticalHeader()->setDefaultSectionSize(m_missing->fontMetrics().height() + 8);
    m_missing->setWordWrap(false);
    m_moreMissing = new QPushButton(tr("Show m&ore records"), missingPage);
    missingLayout->addWidget(m_missing, 1);
    missingLayout->addWidget(m_moreMissing, 0, Qt::AlignLeft);
    m_tabs->addTab(missingPage, QString());
    layout->addWidget(m_tabs, 1);

    m_deleteMissing = new QCheckBox(this);
    m_deleteMissing->setObjectName(QStringLiteral("planDeleteMissing"));
    layout->addWidget(m_deleteMissing);

    auto *modeBox = new QGroupBox(tr("When some rows have errors"), this);
    auto *modeLayout = new QVBoxLayout(modeBox);
    m_validRows = new QRadioButton(modeBox);
    m_allOrNothing = new QRadioButton(tr("&All or nothing: import only if every row is valid"), modeBox);
    m_validRows->setChecked(true);
    modeLayout->addWidget(m_validRows);
    modeLayout->addWidget(m_allOrNothing);
    auto *modes = new QButtonGroup(this);
    modes->addButton(m_validRows);
    modes->addButton(m_allOrNothing);
    layout->addWidget(modeBox);

    m_outcome = new QLabel(this);
    m_outcome->setObjectName(QStringLiteral("planOutcome"));
    m_outcome->setWordWrap(true);
    layout->addWidget(m_outcome);

    connect(m_moreChanged, &QPushButton::clicked, this, &ImportPlanPage::loadChanged);
    connect(m_moreMissing, &QPushButton::clicked, this, &ImportPlanPage::loadMissing);
    connect(m_deleteMissing, &QCheckBox::toggled, this, &ImportPlanPage::onDeleteMissingToggled);
    connect(m_validRows, &QRadioButton::toggled, this, [this] {
        updateOutcome();
        Q_EMIT optionsChanged();
    });
}

void ImportPlanPage::setAnalysis(std::shared_ptr<ImportAnalysis> analysis)
{
    m_analysis = std::move(analysis);
    m_changed->clear();
    m_missing->setRowCount(0);
    m_changedLoaded = 0;
    m_missingLoaded = 0;
    {
        const QSignalBlocker b1(m_deleteMissing), b2(m_validRows);
        m_deleteMissing->setChecked(false);
        m_validRows->setChecked(true);
    }
    if (!m_analysis)
        return;
    const ImportAnalysis &a = *m_analysis;
    const qsizetype missing = a.missingIds.size();
    m_new->setText(ImportUiText::count(a.inserts));
    m_updated->setText(ImportUiText::count(a.updates));
    m_unchanged->setText(ImportUiText::count(a.unchanged));
    m_missingCount->setText(ImportUiText::count(missing));
    m_rejected->setText(ImportUiText::count(a.rejected));
    m_tabs->setTabText(0, tr("&Changed rows (%1)").arg(ImportUiText::count(a.updates)));
    m_tabs->setTabText(1, tr("&Not in the file (%1)").arg(ImportUiText::count(missing)));
    m_deleteMissing->setText(
        tr("Also &delete the %n student record(s) that are in the database but not in this file", nullptr,
           int(missing)));
    m_deleteMissing->setEnabled(missing > 0);
    m_validRows->setText(a.rejected > 0 ? tr("Import the &valid rows and leave out the %n row(s) with errors",
                                             nullptr, int(a.rejected))
                                        : tr("Import the &valid rows"));
    loadChanged();
    loadMissing();
    updateOutcome();
}

ImportOptions ImportPlanPage::options() const
{
    ImportOptions options;
    options.mode = m_allOrNothing->isChecked() ? ImportMode::AllOrNothing : ImportMode::ValidRows;
    options.deleteMissing = m_deleteMissing->isChecked();
    return options;
}

bool ImportPlanPage::canImport() const
{
    if (!m_analysis)
        return false;
    const ImportAnalysis &a = *m_analysis;
    if (m_allOrNothing->isChecked() && a.rejected > 0)
        return false;
    return a.inserts + a.updates > 0 || (m_deleteMissing->isChecked() && !a.missingIds.isEmpty());
}

QLabel *ImportPlanPage::countLabel(PlanAction action) const
{
    switch (action) {
    case PlanAction::Insert:
        return m_new;
    case PlanAction::Update:
        return m_updated;
    case PlanAction::Unchanged:
        return m_unchanged;
    case PlanAction::Rejected:
        return m_rejected;
    case PlanAction::Delete:
        return m_missingCount;
    }
    return nullptr;
}

void ImportPlanPage::loadChanged()
{
    if (!m_analysis)
        return;
    auto window = StudentImport::changedRows(m_db, *m_analysis, m_changedLoaded, WindowRows);
    if (!window) {
        Q_EMIT messageRequested(window.error().message, ImportMessageBar::Kind::Error);
        return;
    }
    for (const RowChange &change : std::as_const(window.value())) {
        auto *item = new QTreeWidgetItem(m_changed);
        item->setText(0, tr("Row %1 · %2").arg(change.line).arg(ImportUiText::whoIs(change.after)));
        item->setFirstColumnSpanned(true);
        for (StudentField field : change.changedFields) {
            auto *child = new QTreeWidgetItem(item);
            child->setText(0, studentFieldLabel(field));
            child->setText(1, ImportUiText::fieldValue(change.before, field));
            child->setText(2, QStringLiteral("→ ") + ImportUiText::fieldValue(change.after, field));
            child->setToolTip(2, ImportUiText::fieldValue(change.after, field));
        }
        item->setExpanded(m_changedLoaded < 20);
        ++m_changedLoaded;
    }
    m_moreChanged->setVisible(m_changedLoaded < m_analysis->updates);
}

void ImportPlanPage::loadMissing()
{
    if (!m_analysis)
        return;
    auto window = StudentImport::missingRecords(m_db, *m_analysis, m_missingLoaded, WindowRows);
    if (!window) {
        Q_EMIT messageRequested(window.error().message, ImportMessageBar::Kind::Error);
        return;
    }
    for (const StudentRecord &record : std::as_const(window.value())) {
        const int row = m_missing->rowCount();
        m_missing->insertRow(row);
        for (int c = 0; c < missingColumns.size(); ++c)
            m_missing->setItem(row, c, new QTableWidgetItem(ImportUiText::maskedFieldValue(record, missingColumns.at(c))));
    }
    m_missing->resizeColumnsToContents();
    m_missingLoaded += WindowRows;
    m_missingLoaded = std::min<qsizetype>(m_missingLoaded, m_analysis->missingIds.size());
    m_moreMissing->setVisible(m_missingLoaded < m_analysis->missingIds.size());
}

void ImportPlanPage::onDeleteMissingToggled(bool checked)
{
    if (checked && m_analysis) {
        const int count = int(m_analysis->missingIds.size());
        const bool sure = ImportDialogs::confirm(
            this, tr("Delete Student Records"),
            tr("Delete the %n student record(s) that are in the database but not in \"%1\"?\n\n"
               "Check the list under \"Not in the file\" first. The deletion is part of this import and can be "
               "undone with it.",
               nullptr, count)
                .arg(m_analysis->fileName),
            tr("Delete %n record(s)", nullptr, count));
        if (!sure) {
            const QSignalBlocker blocker(m_deleteMissing);
            m_deleteMissing->setChecked(false);
        }
    }
    updateOutcome();
    Q_EMIT optionsChanged();
}

void ImportPlanPage::updateOutcome()
{
    if (!m_analysis) {
        m_outcome->clear();
        return;
    }
    const ImportAnalysis &a = *m_analysis;
    QString text;
    if (m_allOrNothing->isChecked() && a.rejected > 0) {
        text = tr("With \"all or nothing\", nothing would be imported: %n row(s) have errors. Fix them in the file "
                  "and choose it again, or import the valid rows.",
                  nullptr, int(a.rejected));
        m_outcome->setStyleSheet(QStringLiteral("QLabel { color: #a8200d; }"));
    } else if (!canImport()) {
        text = tr("Nothing to import: every valid row is already in the database with the same data.");
        m_outcome->setStyleSheet(QString());
    } else {
        QStringList parts;
        parts << tr("The import will add %n new student(s)", nullptr, int(a.inserts));
        parts << tr("update %n", nullptr, int(a.updates));
        if (m_deleteMissing->isChecked())
            parts << tr("delete %n", nullptr, int(a.missingIds.size()));
        text = parts.join(tr(", ")) + tr(". Press Import to write it to the database in one step.");
        m_outcome->setStyleSheet(QString());
    }
    m_outcome->setText(text);
}

} // namespace cet
