#include "ImportHistoryDialog.h"
#include "ScreenFit.h"

#include "ImportDialogs.h"
#include "ImportJob.h"
#include "ImportMessageBar.h"
#include "ImportUiText.h"
#include "StudentService.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cet {

namespace {
const QString geometryKey = QStringLiteral("importHistory/geometry");
enum Column { TimeColumn, FileColumn, ActorColumn, ReadColumn, AddedColumn, UpdatedColumn, RejectedColumn, StateColumn };

QString timeText(const QDateTime &time)
{
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}
} // namespace

ImportHistoryDialog::ImportHistoryDialog(Database &db, QString actor, QWidget *parent)
    : QDialog(parent), m_db(db), m_actor(std::move(actor))
{
    setObjectName(QStringLiteral("ImportHistoryDialog"));
    setWindowTitle(tr("Import History"));
    setSizeGripEnabled(true);
    m_job = new ImportJob(this);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Every import is recorded. An import can be undone as long as none of its records "
                                "was edited since and no later import changed them."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_messages = new ImportMessageBar(this);
    layout->addWidget(m_messages);
    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("importHistoryTable"));
    m_table->setColumnCount(8);
    m_table->setHorizontalHeaderLabels({tr("Time"), tr("File"), tr("By"), tr("Rows read"), tr("Added"), tr("Updated"),
                                        tr("With errors"), tr("State")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);

    auto *buttons = new QHBoxLayout;
    m_undo = new QPushButton(QIcon::fromTheme(QStringLiteral("edit-undo")), tr("&Undo Import…"), this);
    m_undo->setAutoDefault(false);
    m_close = new QPushButton(tr("Close"), this);
    m_close->setDefault(true);
    buttons->addWidget(m_undo);
    buttons->addStretch(1);
    buttons->addWidget(m_close);
    layout->addLayout(buttons);

    connect(m_undo, &QPushButton::clicked, this, &ImportHistoryDialog::undoSelected);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ImportHistoryDialog::updateButtons);

    ui::fitToScreen(this, QSize(960, 480));
    restoreGeometry(QSettings().value(geometryKey).toByteArray());
    reload();
}

ImportHistoryDialog::~ImportHistoryDialog() = default;

void ImportHistoryDialog::reload()
{
    const qint64 selectedId = selected() ? selected()->batch.id : 0;
    auto history = StudentImportRepository(m_db).history();
    if (!history) {
        m_messages->showMessage(history.error().message, ImportMessageBar::Kind::Error);
        return;
    }
    m_entries = history.value();
    m_table->setRowCount(int(m_entries.size()));
    const auto number = [](qint64 value) {
        auto *item = new QTableWidgetItem(ImportUiText::count(value));
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        return item;
    };
    for (int row = 0; row < m_entries.size(); ++row) {
        const ImportHistoryEntry &entry = m_entries.at(row);
        const ImportBatch &batch = entry.batch;
        m_table->setItem(row, TimeColumn, new QTableWidgetItem(timeText(batch.finishedAt.isValid() ? batch.finishedAt
                                                                                                    : batch.startedAt)));
        m_table->setItem(row, FileColumn, new QTableWidgetItem(batch.fileName));
        m_table->item(row, FileColumn)->setToolTip(tr("SHA-256: %1").arg(batch.fileSha256));
        m_table->setItem(row, ActorColumn, new QTableWidgetItem(batch.actor));
        m_table->setItem(row, ReadColumn, number(batch.rowsRead));
        m_table->setItem(row, AddedColumn, number(batch.rowsInserted));
        m_table->setItem(row, UpdatedColumn, number(batch.rowsUpdated));
        m_table->setItem(row, RejectedColumn, number(batch.rowsRejected));
        m_table->setItem(row, StateColumn,
                         new QTableWidgetItem(entry.undone ? tr("Undone %1 by %2").arg(timeText(entry.undoneAt),
                                                                                       entry.undoneBy)
                                                           : tr("Imported")));
        if (batch.id == selectedId)
            m_table->selectRow(row);
    }
    m_table->resizeColumnsToContents();
    if (m_table->currentRow() < 0 && !m_entries.isEmpty())
        m_table->selectRow(0);
    updateButtons();
}

const ImportHistoryEntry *ImportHistoryDialog::selected() const
{
    const QList<QTableWidgetItem *> items = m_table->selectedItems();
    if (items.isEmpty())
        return nullptr;
    const int row = items.first()->row();
    return row >= 0 && row < m_entries.size() ? &m_entries.at(row) : nullptr;
}

bool ImportHistoryDialog::isBusy() const
{
    return m_job->isRunning();
}

void ImportHistoryDialog::updateButtons()
{
    const ImportHistoryEntry *entry = selected();
    m_undo->setEnabled(!isBusy() && entry && !entry->undone);
}

void ImportHistoryDialog::undoSelected()
{
    const ImportHistoryEntry *entry = selected();
    if (!entry || entry->undone || isBusy())
        return;
    const ImportBatch batch = entry->batch;
    if (!ImportDialogs::confirm(this, tr("Undo Import"),
                                tr("Undo the import of \"%1\" from %2? The %3 student(s) it added are removed and "
                                   "the %4 it changed get their earlier data back.")
                                    .arg(batch.fileName, timeText(batch.finishedAt),
                                         ImportUiText::count(batch.rowsInserted),
                                         ImportUiText::count(batch.rowsUpdated)),
                                tr("Undo Import")))
        return;
    const StudentService students = StudentService::forDatabase(m_db.path());
    const QString actor = m_actor;
    m_job->start<Result<void>>(
        [students, actor, id = batch.id](ImportProgress &) -> Result<void> {
            return students.undoImportAndWait(id, actor);
        },
        [this, batch](Result<void> &result) {
            if (result) {
                m_messages->showMessage(tr("The import of \"%1\" was undone.").arg(batch.fileName),
                                        ImportMessageBar::Kind::Information);
                Q_EMIT databaseChanged();
            } else {
                m_messages->showMessage(tr("The import of \"%1\" could not be undone: %2")
                                            .arg(batch.fileName, result.error().message),
                                        ImportMessageBar::Kind::Error);
            }
            reload();
        });
    updateButtons();
}

void ImportHistoryDialog::done(int result)
{
    QSettings().setValue(geometryKey, saveGeometry());
    QDialog::done(result);
}

} // namespace cet
