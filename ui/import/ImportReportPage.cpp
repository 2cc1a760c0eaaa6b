#include "ImportReportPage.h"

#include "Database.h"
#include "ImportDialogs.h"
#include "ImportJob.h"
#include "ImportReportWriter.h"
#include "JobProgressWidget.h"
#include "ImportUiText.h"
#include "RejectedRowSpool.h"
#include "StudentLabels.h"

#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace cet {

namespace {
enum ItemKind { SectionItem, GroupItem, LineItem, MoreItem };
constexpr int KindRole = Qt::UserRole;
constexpr int ValueRole = Qt::UserRole + 1; // group index or line
constexpr int CodeRole = Qt::UserRole + 2;
constexpr int kMaxLineItems = 500;
const QColor differs(0xff, 0xf0, 0xc0);
const QColor wrong(0xfb, 0xd5, 0xd0);
const QColor warned(0xff, 0xf0, 0xc0);
} // namespace

ImportReportPage::ImportReportPage(QWidget *parent) : QWidget(parent)
{
    m_job = new ImportJob(this);
    buildUi();
    m_progress->follow(m_job->runner());
    connect(m_progress, &JobProgressWidget::cancelRequested, this, &ImportReportPage::cancel);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &ImportReportPage::onCurrentItemChanged);
    connect(m_tree, &QTreeWidget::itemExpanded, this, &ImportReportPage::fillLines);
    connect(m_saveReport, &QPushButton::clicked, this, &ImportReportPage::saveReport);
}

void ImportReportPage::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_stack = new QStackedWidget(this);
    layout->addWidget(m_stack);
    m_progressPage = new QWidget(m_stack);
    auto *progressLayout = new QVBoxLayout(m_progressPage);
    progressLayout->addStretch(1);
    m_progress = new JobProgressWidget(m_progressPage);
    progressLayout->addWidget(m_progress);
    progressLayout->addStretch(2);
    m_stack->addWidget(m_progressPage);

    m_results = new QWidget(m_stack);
    auto *results = new QVBoxLayout(m_results);
    results->setContentsMargins(0, 0, 0, 0);
    m_summary = new QLabel(m_results);
    m_summary->setObjectName(QStringLiteral("reportSummary"));
    m_summary->setWordWrap(true);
    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    m_saveReport = new QPushButton(QIcon::fromTheme(QStringLiteral("document-save-as")), tr("Save &Report…"), m_results);
    m_saveReport->setToolTip(tr("Save this report as an Excel workbook, to pass it on or fix the file"));
    m_saveReport->setAutoDefault(false);
    top->addWidget(m_saveReport, 0, Qt::AlignTop);
    results->addLayout(top);
    m_normalised = new QLabel(m_results);
    m_normalised->setWordWrap(true);
    results->addWidget(m_normalised);

    auto *splitter = new QSplitter(Qt::Horizontal, m_results);
    m_tree = new QTreeWidget(splitter);
    m_tree->setObjectName(QStringLiteral("reportTree"));
    m_tree->setHeaderLabels({tr("Problem"), tr("Rows"), tr("Where in the file")});
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(true);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_tree->setColumnWidth(0, 300);
    m_tree->setColumnWidth(1, 60);
    auto *detail = new QWidget(splitter);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(6, 0, 0, 0);
    m_detailTitle = new QLabel(detail);
    QFont bold = m_detailTitle->font();
    bold.setBold(true);
    m_detailTitle->setFont(bold);
    m_detailTitle->setWordWrap(true);
    m_detailText = new QLabel(detail);
    m_detailText->setObjectName(QStringLiteral("reportDetail"));
    m_detailText->setWordWrap(true);
    m_detailText->setTextFormat(Qt::PlainText);
    m_detailText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detailText->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_detailTable = new QTableWidget(detail);
    m_detailTable->setObjectName(QStringLiteral("reportRowValues"));
    m_detailTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_detailTable->setTabKeyNavigation(false);
    m_detailTable->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_detailTable->verticalHeader()->hide();
    m_detailTable->horizontalHeader()->setStretchLastSection(true);
    m_detailTable->hide();
    m_detailTitle->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_detailText->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    detailLayout->addWidget(m_detailTitle);
    detailLayout->addWidget(m_detailText);
    detailLayout->addWidget(m_detailTable, 100);
    detailLayout->addStretch(1); // keeps the text at the top while the table is hidden
    splitter->addWidget(m_tree);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    results->addWidget(splitter, 1);
    m_stack->addWidget(m_results);
}

void ImportReportPage::analyse(const QString &databasePath, const ImportRequest &request)
{
    if (isBusy())
        return;
    reset();
    m_databasePath = databasePath;
    m_progress->start(tr("Checking every row of \"%1\"…").arg(QFileInfo(request.path).fileName()),
                      tr("Nothing is written to the database in this step."));
    m_stack->setCurrentWidget(m_progressPage);
    setState(State::Analysing);
    m_job->start<Result<std::shared_ptr<ImportAnalysis>>>(
        [databasePath, request](ImportProgress &progress) -> Result<std::shared_ptr<ImportAnalysis>> {
            auto db = Database::open(databasePath);
            if (!db)
                return db.error();
            return StudentImport::analyse(*db.value(), request, progress);
        },
        [this](Result<std::shared_ptr<ImportAnalysis>> &result) { onAnalysed(result); });
}

void ImportReportPage::cancel()
{
    m_job->cancel();
    m_progress->setCancelling();
}

void ImportReportPage::reset()
{
    m_analysis.reset();
    m_groups.clear();
    m_problemsByCode.clear();
    m_tree->clear();
    m_detailTable->hide();
    m_detailTitle->clear();
    m_detailText->clear();
    if (!isBusy())
        setState(State::Idle);
}

void ImportReportPage::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void ImportReportPage::onAnalysed(Result<std::shared_ptr<ImportAnalysis>> &result)
{
    if (!result) {
        const Error &error = result.error();
        m_progress->start(error.code == QLatin1String("import.cancelled")
                              ? tr("The check was stopped.")
                              : tr("The file could not be checked."),
                          tr("Go back and press Next to check it again."));
        m_progress->finish();
        Q_EMIT messageRequested(error.message.isEmpty() ? error.code : error.message,
                                error.code == QLatin1String("import.cancelled") ? ImportMessageBar::Kind::Information
                                                                                : ImportMessageBar::Kind::Error);
        setState(State::Failed);
        return;
    }
    m_analysis = result.value();
    fillReport();
    m_stack->setCurrentWidget(m_results);
    Q_EMIT messageCleared();
    setState(State::Done);
}

void ImportReportPage::saveReport()
{
    if (!m_analysis || m_job->isRunning())
        return;
    const QString path = ImportDialogs::askSaveFile(
        this, tr("Save Import Report"),
        tr("%1 - import report.xlsx").arg(QFileInfo(m_analysis->fileName).completeBaseName()),
        {tr("Excel workbook (*.xlsx)")});
    if (path.isEmpty())
        return;
    const auto analysis = m_analysis;
    const QString databasePath = m_databasePath;
    m_saveReport->setEnabled(false);
    m_job->start<Result<void>>(
        [analysis, databasePath, path](ImportProgress &progress) -> Result<void> {
            auto db = Database::open(databasePath);
            if (!db)
                return db.error();
            return ImportReportWriter::write(*db.value(), *analysis, path, &progress);
        },
        [this, path](Result<void> &result) {
            m_saveReport->setEnabled(true);
            if (result)
                Q_EMIT messageRequested(tr("The report was saved to %1.").arg(QDir::toNativeSeparators(path)),
                                        ImportMessageBar::Kind::Information);
            else
                Q_EMIT messageRequested(result.error().message, ImportMessageBar::Kind::Error);
        });
}

void ImportReportPage::fillReport()
{
    const ImportAnalysis &a = *m_analysis;
    const ImportReport &report = a.report;
    m_groups = report.groups();
    const QList<RowProblem> &problems = report.problems();
    for (qsizetype i = 0; i < problems.size(); ++i)
        m_problemsByCode.insert(problems.at(i).code, i);

    QStringList summary;
    summary << tr("%1 student rows were read from \"%2\": %3 can be imported, %4 have errors and will be left out.")
                   .arg(ImportUiText::count(a.rowsRead), a.fileName, ImportUiText::count(a.rowsRead - a.rejected),
                        ImportUiText::count(a.rejected));
    if (report.skippedRows() > 0)
        summary << tr("%n blank, totals or repeated header row(s) were skipped.", nullptr, int(report.skippedRows()));
    if (m_groups.isEmpty())
        summary << tr("No problems were found.");
    m_summary->setText(summary.join(u' '));
    const QStringList normalised = report.normalisationMessages();
    m_normalised->setText(normalised.isEmpty()
                              ? QString()
                              : tr("Corrected automatically: %1").arg(normalised.join(tr("; "))));
    m_normalised->setVisible(!normalised.isEmpty());

    m_tree->clear();
    const auto section = [this](const QString &title, QStyle::StandardPixmap icon) {
        auto *item = new QTreeWidgetItem(m_tree, {title});
        item->setData(0, KindRole, SectionItem);
        item->setIcon(0, style()->standardIcon(icon));
        QFont font = item->font(0);
        font.setBold(true);
        item->setFont(0, font);
        item->setFirstColumnSpanned(true);
        return item;
    };
    QTreeWidgetItem *errors = nullptr;
    QTreeWidgetItem *warnings = nullptr;
    for (qsizetype g = 0; g < m_groups.size(); ++g) {
        const ReportGroup &group = m_groups.at(g);
        const bool isError = group.severity == FieldIssue::Severity::Error;
        QTreeWidgetItem *&parent = isError ? errors : warnings;
        if (!parent) {
            parent = isError
                ? section(tr("Errors: %n row(s) will not be imported", nullptr, int(a.rejected)),
                          QStyle::SP_MessageBoxCritical)
                : section(tr("Warnings: these rows are imported as they are; check them"),
                          QStyle::SP_MessageBoxWarning);
        }
        auto *item = new QTreeWidgetItem(parent);
        item->setText(0, group.title.isEmpty() ? group.code : group.title);
        item->setToolTip(0, group.suggestion.isEmpty() ? group.code : group.suggestion);
        item->setText(1, ImportUiText::count(group.count));
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(2, ImportUiText::lineList(group.lines, 6));
        item->setData(0, KindRole, GroupItem);
        item->setData(0, ValueRole, g);
        item->setData(0, CodeRole, group.code);
        if (!group.lines.isEmpty())
            item->setChildIndicatorPolicy(QTreeWidgetItem::ShowIndicator);
    }
    if (errors)
        errors->setExpanded(true);
    if (warnings)
        warnings->setExpanded(true);
    if (!errors && !warnings) {
        auto *ok = section(tr("No errors and no warnings"), QStyle::SP_DialogApplyButton);
        ok->setDisabled(false);
    }
    m_tree->resizeColumnToContents(0);
    m_tree->setColumnWidth(0, std::min(m_tree->columnWidth(0) + 12, 420));
    m_tree->resizeColumnToContents(1);
    if (QTreeWidgetItem *first = m_tree->topLevelItem(0); first && first->childCount() > 0)
        m_tree->setCurrentItem(first->child(0));
}

QTreeWidgetItem *ImportReportPage::groupItem(const QString &code) const
{
    for (int s = 0; s < m_tree->topLevelItemCount(); ++s) {
        QTreeWidgetItem *section = m_tree->topLevelItem(s);
        for (int g = 0; g < section->childCount(); ++g) {
            if (section->child(g)->data(0, CodeRole).toString() == code)
                return section->child(g);
        }
    }
    return nullptr;
}

void ImportReportPage::fillLines(QTreeWidgetItem *item)
{
    if (!m_analysis || item->data(0, KindRole).toInt() != GroupItem || item->childCount() > 0)
        return;
    const ReportGroup &group = m_groups.at(item->data(0, ValueRole).toInt());
    QList<qsizetype> problems = m_problemsByCode.values(group.code);
    std::sort(problems.begin(), problems.end());
    const QList<RowProblem> &all = m_analysis->report.problems();
    qsizetype p = 0;
    const qsizetype shown = std::min<qsizetype>(group.lines.size(), kMaxLineItems);
    for (qsizetype i = 0; i < shown; ++i) {
        const qint64 line = group.lines.at(i);
        while (p < problems.size() && all.at(problems.at(p)).line < line)
            ++p;
        auto *child = new QTreeWidgetItem(item);
        child->setText(0, tr("Row %1").arg(line));
        if (p < problems.size() && all.at(problems.at(p)).line == line) {
            const RowProblem &problem = all.at(problems.at(p));
            child->setText(2, problem.message);
            child->setToolTip(2, problem.message);
        }
        child->setData(0, KindRole, LineItem);
        child->setData(0, ValueRole, line);
        child->setData(0, CodeRole, group.code);
    }
    if (group.lines.size() > shown) {
        auto *more = new QTreeWidgetItem(item);
        more->setText(0, tr("… and %n more row(s)", nullptr, int(group.lines.size() - shown)));
        more->setText(2, tr("Export the rejected rows after the import to see them all."));
        more->setData(0, KindRole, MoreItem);
    }
    if (item->childCount() == 0)
        item->setChildIndicatorPolicy(QTreeWidgetItem::DontShowIndicator);
}

void ImportReportPage::onCurrentItemChanged(QTreeWidgetItem *item)
{
    m_detailTable->hide();
    m_detailTitle->clear();
    m_detailText->clear();
    if (!item || !m_analysis)
        return;
    switch (item->data(0, KindRole).toInt()) {
    case GroupItem:
        showGroup(m_groups.at(item->data(0, ValueRole).toInt()));
        break;
    case LineItem:
        showLine(item->data(0, ValueRole).toLongLong(), item->data(0, CodeRole).toString());
        break;
    default:
        m_detailText->setText(tr("Select a problem to see what it means and how to fix it, or a row to see its "
                                 "values."));
        break;
    }
}

void ImportReportPage::showGroup(const ReportGroup &group)
{
    m_detailTitle->setText(group.title.isEmpty() ? group.code : group.title);
    QStringList text;
    text << tr("%n row(s): %1", nullptr, int(group.count)).arg(ImportUiText::lineList(group.lines, 60));
    if (!group.suggestion.isEmpty())
        text << tr("How to fix: %1").arg(group.suggestion);
    text << tr("Rule: %1").arg(group.code);
    text << tr("Expand the problem to see each row.");
    m_detailText->setText(text.join(QStringLiteral("\n\n")));
}

void ImportReportPage::showLine(qint64 line, const QString &code)
{
    m_detailTitle->setText(tr("Row %1").arg(line));
    QStringList text;
    for (const RowProblem &problem : m_analysis->report.problemsOfLine(line)) {
        const QString where = problem.field ? studentFieldLabel(*problem.field) + QStringLiteral(": ") : QString();
        QString entry = (problem.severity == FieldIssue::Severity::Error ? tr("Error") : tr("Warning"))
            + QStringLiteral(" · ") + where + problem.message;
        if (!problem.value.isEmpty())
            entry += QStringLiteral("\n    ") + tr("In the file: \"%1\"").arg(problem.value);
        text << entry;
    }
    m_detailText->setText(text.join(u'\n'));
    const DuplicatePair *pair = nullptr;
    for (const DuplicatePair &candidate : m_analysis->report.duplicates()) {
        if (candidate.line == line && (candidate.code == code || !pair))
            pair = &candidate;
    }
    showRowValues(line, pair);
}

void ImportReportPage::showRowValues(qint64 line, const DuplicatePair *pair)
{
    const ImportAnalysis &a = *m_analysis;
    m_detailTable->clear();
    QList<StudentField> problemFields;
    for (const RowProblem &problem : a.report.problemsOfLine(line)) {
        if (problem.field)
            problemFields.append(*problem.field);
    }
    const auto cell = [](const QString &text) {
        auto *item = new QTableWidgetItem(text);
        item->setToolTip(text);
        return item;
    };
    if (pair) {
        const QString other = pair->otherLine > 0 ? tr("Row %1 of the file").arg(pair->otherLine)
                                                  : tr("In the database");
        m_detailTable->setColumnCount(3);
        m_detailTable->setHorizontalHeaderLabels({tr("Field"), tr("This row (%1)").arg(line), other});
        m_detailTable->setRowCount(int(StudentField::Count_));
        for (int f = 0; f < int(StudentField::Count_); ++f) {
            const auto field = StudentField(f);
            const QString mine = ImportUiText::fieldValue(pair->record, field);
            const QString theirs = pair->otherLine > 0 ? ImportUiText::fieldValue(pair->other, field)
                                                       : ImportUiText::maskedFieldValue(pair->other, field);
            m_detailTable->setItem(f, 0, cell(studentFieldLabel(field)));
            m_detailTable->setItem(f, 1, cell(mine));
            m_detailTable->setItem(f, 2, cell(theirs));
            if (mine != ImportUiText::fieldValue(pair->other, field)) {
                m_detailTable->item(f, 1)->setBackground(differs);
                m_detailTable->item(f, 2)->setBackground(differs);
            }
        }
    } else {
        const PlanRow *planned = nullptr;
        for (const PlanRow &row : a.plan) {
            if (row.line == line) {
                planned = &row;
                break;
            }
        }
        m_detailTable->setColumnCount(2);
        if (planned && planned->arenaIndex >= 0) {
            const StudentRecord record = a.arena.record(planned->arenaIndex);
            m_detailTable->setHorizontalHeaderLabels({tr("Field"), tr("Value as imported")});
            m_detailTable->setRowCount(int(StudentField::Count_));
            for (int f = 0; f < int(StudentField::Count_); ++f) {
                m_detailTable->setItem(f, 0, cell(studentFieldLabel(StudentField(f))));
                m_detailTable->setItem(f, 1, cell(ImportUiText::fieldValue(record, StudentField(f))));
                if (problemFields.contains(StudentField(f)))
                    m_detailTable->item(f, 1)->setBackground(warned);
            }
        } else if (a.rejectedRows) {
            m_detailTable->setHorizontalHeaderLabels({tr("Column"), tr("Value in the file")});
            const QStringList &headers = a.request.mapping.headers;
            const auto visited = a.rejectedRows->forEach([&](const RejectedRowSpool::Entry &entry) {
                if (entry.row.line < line)
                    return true;
                if (entry.row.line == line) {
                    const qsizetype columns = std::max(headers.size(), entry.row.cells.size());
                    m_detailTable->setRowCount(int(columns));
                    for (qsizetype c = 0; c < columns; ++c) {
                        const auto field = a.request.mapping.fields.value(c);
                        QString name = headers.value(c);
                        if (field && studentFieldLabel(*field) != name.trimmed())
                            name = tr("%1 (%2)").arg(name, studentFieldLabel(*field));
                        m_detailTable->setItem(int(c), 0, cell(name));
                        m_detailTable->setItem(int(c), 1, cell(entry.row.cells.value(c)));
                        if (field && problemFields.contains(*field))
                            m_detailTable->item(int(c), 1)->setBackground(wrong);
                    }
                }
                return false;
            });
            if (!visited)
                Q_EMIT messageRequested(visited.error().message, ImportMessageBar::Kind::Error);
        }
    }
    QHeaderView *header = m_detailTable->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Stretch);
    header->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_detailTable->setWordWrap(false);
    m_detailTable->resizeRowsToContents();
    m_detailTable->setVisible(m_detailTable->rowCount() > 0);
}

} // namespace cet
