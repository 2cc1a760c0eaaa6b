#include "ImportSummaryPage.h"

#include "ImportDialogs.h"
#include "ImportJob.h"
#include "ImportUiText.h"
#include "RejectedRowsWriter.h"
#include "StudentService.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace cet {

ImportSummaryPage::ImportSummaryPage(QString databasePath, QString actor, QWidget *parent)
    : QWidget(parent), m_databasePath(std::move(databasePath)), m_actor(std::move(actor))
{
    m_job = new ImportJob(this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_title = new QLabel(this);
    QFont font = m_title->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    m_title->setFont(font);
    m_title->setWordWrap(true);
    layout->addWidget(m_title);
    m_counts = new QLabel(this);
    m_counts->setObjectName(QStringLiteral("summaryCounts"));
    m_counts->setWordWrap(true);
    m_counts->setTextFormat(Qt::PlainText);
    m_counts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_counts->setFrameShape(QFrame::StyledPanel);
    m_counts->setMargin(10);
    QFont countsFont = m_counts->font();
    countsFont.setPointSizeF(countsFont.pointSizeF() * 1.15);
    m_counts->setFont(countsFont);
    m_counts->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Maximum);
    layout->addWidget(m_counts);
    m_state = new QLabel(this);
    m_state->setWordWrap(true);
    layout->addWidget(m_state);
    layout->addSpacing(12);

    auto *buttons = new QHBoxLayout;
    m_export = new QPushButton(QIcon::fromTheme(QStringLiteral("document-export")), tr("&Export rejected rows…"), this);
    m_export->setToolTip(tr("Save the rows with errors, with a column that says what is wrong, to fix them and "
                            "import them again"));
    m_undo = new QPushButton(QIcon::fromTheme(QStringLiteral("edit-undo")), tr("&Undo this import"), this);
    m_undo->setToolTip(tr("Remove the students this import added and restore the ones it changed"));
    m_history = new QPushButton(QIcon::fromTheme(QStringLiteral("view-history")), tr("Import &history…"), this);
    buttons->addWidget(m_export);
    buttons->addWidget(m_undo);
    buttons->addWidget(m_history);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    layout->addStretch(1);

    connect(m_export, &QPushButton::clicked, this, &ImportSummaryPage::exportRejectedRows);
    connect(m_undo, &QPushButton::clicked, this, &ImportSummaryPage::undoImport);
    connect(m_history, &QPushButton::clicked, this, &ImportSummaryPage::historyRequested);
}

void ImportSummaryPage::setOutcome(std::shared_ptr<ImportAnalysis> analysis, const ImportOutcome &outcome)
{
    m_analysis = std::move(analysis);
    m_outcome = outcome;
    m_undone = false;
    m_title->setText(tr("\"%1\" was imported.").arg(m_analysis->fileName));
    QStringList lines;
    lines << tr("New students added: %1").arg(ImportUiText::count(outcome.commit.inserted));
    lines << tr("Students updated: %1").arg(ImportUiText::count(outcome.commit.updated));
    lines << tr("Unchanged: %1").arg(ImportUiText::count(outcome.commit.unchanged));
    if (outcome.deleted > 0)
        lines << tr("Deleted (not in the file): %1").arg(ImportUiText::count(outcome.deleted));
    lines << tr("Rows with errors, not imported: %1").arg(ImportUiText::count(outcome.rejected));
    m_counts->setText(lines.join(u'\n'));
    m_state->setText(outcome.rejected > 0
                         ? tr("Export the rows with errors, fix them in the file and import that file again.")
                         : QString());
    updateButtons();
}

bool ImportSummaryPage::isBusy() const
{
    return m_job->isRunning();
}

void ImportSummaryPage::updateButtons()
{
    const bool busy = isBusy();
    m_export->setEnabled(!busy && m_analysis && m_outcome.rejected > 0);
    m_undo->setEnabled(!busy && !m_undone && m_outcome.commit.batchId > 0);
    m_history->setEnabled(!busy);
}

void ImportSummaryPage::exportRejectedRows()
{
    if (!m_analysis || isBusy())
        return;
    const QString base = QFileInfo(m_analysis->fileName).completeBaseName();
    const QString path = ImportDialogs::askSaveFile(
        this, tr("Export Rejected Rows"), tr("%1 - rejected rows.xlsx").arg(base),
        {tr("Excel workbook (*.xlsx)"), tr("CSV, UTF-8 (*.csv)")});
    if (path.isEmpty())
        return;
    const auto analysis = m_analysis;
    m_job->start<Result<qint64>>(
        [analysis, path](ImportProgress &progress) { return RejectedRowsWriter::write(*analysis, path, &progress); },
        [this, path](Result<qint64> &result) {
            updateButtons();
            Q_EMIT busyChanged(false);
            if (result) {
                Q_EMIT messageRequested(tr("%n rejected row(s) were saved to %1, with the reasons in the column "
                                           "\"%2\". Fix them there and import that file.",
                                           nullptr, int(result.value()))
                                            .arg(QDir::toNativeSeparators(path), RejectedRowsWriter::reasonHeader()),
                                        ImportMessageBar::Kind::Information);
            } else {
                Q_EMIT messageRequested(result.error().message, ImportMessageBar::Kind::Error);
            }
        });
    updateButtons();
    Q_EMIT busyChanged(true);
}

void ImportSummaryPage::undoImport()
{
    if (!m_analysis || isBusy() || m_undone)
        return;
    const qint64 added = m_outcome.commit.inserted;
    const qint64 updated = m_outcome.commit.updated + m_outcome.deleted;
    if (!ImportDialogs::confirm(this, tr("Undo Import"),
                                tr("Undo the import of \"%1\"? The %2 student(s) it added are removed and the %3 "
                                   "it changed or deleted get their earlier data back.")
                                    .arg(m_analysis->fileName, ImportUiText::count(added), ImportUiText::count(updated)),
                                tr("Undo Import")))
        return;
    const StudentService students = StudentService::forDatabase(m_databasePath);
    const QString actor = m_actor;
    const qint64 batchId = m_outcome.commit.batchId;
    m_job->start<Result<void>>(
        [students, actor, batchId](ImportProgress &) -> Result<void> {
            return students.undoImportAndWait(batchId, actor);
        },
        [this](Result<void> &result) {
            if (result) {
                m_undone = true;
                m_title->setText(tr("The import of \"%1\" was undone.").arg(m_analysis->fileName));
                m_state->setText(tr("The database is as it was before the import."));
                Q_EMIT messageRequested(tr("The import was undone."), ImportMessageBar::Kind::Information);
                Q_EMIT databaseChanged();
            } else {
                Q_EMIT messageRequested(tr("The import could not be undone: %1").arg(result.error().message),
                                        ImportMessageBar::Kind::Error);
            }
            updateButtons();
            Q_EMIT busyChanged(false);
        });
    updateButtons();
    Q_EMIT busyChanged(true);
}

} // namespace cet
