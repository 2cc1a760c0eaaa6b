#include "StudentsPage.h"

#include "Database.h"
#include "EditStudentCommand.h"
#include "ImportActions.h"
#include "PhotoImportDialog.h"
#include "StudentPhotoView.h"
#include "ExportFileDialog.h"
#include "StudentDetailPanel.h"
#include "StudentEditDialog.h"
#include "StudentExportController.h"
#include "StudentExporter.h"
#include "RegistrationSummary.h"
#include "StudentFilterBar.h"
#include "StudentRepository.h"
#include "StudentService.h"
#include "StudentTableModel.h"
#include "StudentsMessageBar.h"

#include <QAction>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace cet {

namespace {
int defaultColumnWidth(StudentField field, const QFontMetrics &fm)
{
    const int digit = fm.horizontalAdvance(QLatin1Char('0'));
    switch (field) {
    case StudentField::IdNumber:
        return 20 * digit;
    case StudentField::IdType:
    case StudentField::Department:
    case StudentField::Major:
        return 16 * digit;
    case StudentField::Gender:
    case StudentField::ProgramYears:
        return 7 * digit;
    case StudentField::Note:
        return 20 * digit;
    default:
        return 11 * digit;
    }
}
} // namespace

StudentsPage::StudentsPage(Database &db, const QString &actor, QWidget *parent)
    : QWidget(parent),
      m_db(db),
      m_actor(actor),
      m_repository(std::make_unique<StudentRepository>(db)),
      m_service(std::make_unique<StudentService>(StudentService::forDatabase(db.path())))
{
    m_undoStack = new QUndoStack(this);
    m_model = new StudentTableModel(*m_repository, this);
    m_export = new StudentExportController(db.path(), this, this);
    m_import = new ImportActions(db, actor, this);
    buildUi();
    setAcceptDrops(true);
    connect(m_import, &ImportActions::databaseChanged, this, &StudentsPage::refresh);
    connect(m_import, &ImportActions::informationMessage, this,
            [this](const QString &text) { m_messageBar->showMessage(text, StudentsMessageBar::Kind::Information); });
    connect(m_import, &ImportActions::errorMessage, this,
            [this](const QString &text) { m_messageBar->showMessage(text, StudentsMessageBar::Kind::Error); });

    connect(m_model, &StudentTableModel::errorOccurred, this, &StudentsPage::showError);
    connect(m_model, &QAbstractItemModel::modelReset, this, &StudentsPage::onCurrentRowChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &StudentsPage::updateStatus);
    connect(m_filterBar, &StudentFilterBar::filterChanged, this, &StudentsPage::applyFilter);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &StudentsPage::onCurrentRowChanged);
    connect(m_table, &QAbstractItemView::activated, this, &StudentsPage::editCurrent);
    connect(m_detail, &StudentDetailPanel::editRequested, this, &StudentsPage::editCurrent);
    connect(m_detail, &StudentDetailPanel::revealRequested, this, &StudentsPage::reveal);
    connect(m_detail, &StudentDetailPanel::hideRequested, this, &StudentsPage::hide);
    connect(m_export, &StudentExportController::finished, this,
            [this](const QString &path, qint64 rows, const Error &error) {
                m_exportAction->setEnabled(true);
                if (rows >= 0) {
                    m_messageBar->showMessage(tr("Exported %n student(s) to %1.", nullptr, static_cast<int>(rows))
                                                  .arg(QDir::toNativeSeparators(path)),
                                              StudentsMessageBar::Kind::Information);
                } else if (error.code == QLatin1String("export.cancelled")) {
                    m_messageBar->showMessage(tr("Export cancelled."), StudentsMessageBar::Kind::Information);
                } else {
                    m_messageBar->showMessage(tr("Export failed: %1").arg(error.message),
                                              StudentsMessageBar::Kind::Error);
                }
            });

    refresh();
}

StudentsPage::~StudentsPage() = default;

QUndoStack *StudentsPage::undoStack() const
{
    return m_undoStack;
}

void StudentsPage::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    m_messageBar = new StudentsMessageBar(this);
    layout->addWidget(m_messageBar);

    m_stack = new QStackedWidget(this);
    layout->addWidget(m_stack, 1);

    // Empty state.
    m_emptyState = new QWidget(m_stack);
    auto *emptyLayout = new QVBoxLayout(m_emptyState);
    emptyLayout->addStretch(1);
    auto *emptyTitle = new QLabel(tr("No student records yet"), m_emptyState);
    QFont titleFont = emptyTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    emptyTitle->setFont(titleFont);
    emptyTitle->setAlignment(Qt::AlignCenter);
    auto *emptyHint = new QLabel(
        tr("Import the school's student list to see, search and edit the records here."), m_emptyState);
    emptyHint->setAlignment(Qt::AlignCenter);
    emptyHint->setWordWrap(true);
    emptyLayout->addWidget(emptyTitle);
    emptyLayout->addWidget(emptyHint);
    auto *emptyImport = new QPushButton(m_import->importAction()->icon(), tr("&Import Students…"), m_emptyState);
    connect(emptyImport, &QPushButton::clicked, m_import->importAction(), &QAction::trigger);
    emptyLayout->addWidget(emptyImport, 0, Qt::AlignHCenter);
    emptyLayout->addStretch(2);
    m_stack->addWidget(m_emptyState);

    // Table view with filters and detail panel.
    auto *content = new QWidget(m_stack);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    m_filterBar = new StudentFilterBar(content);
    contentLayout->addWidget(m_filterBar);
    m_registrationSummary = new RegistrationSummary(*m_repository, content);
    connect(m_registrationSummary, &RegistrationSummary::stateChosen, m_filterBar, &StudentFilterBar::setRegistration);
    contentLayout->addWidget(m_registrationSummary);
    // On a small screen (1366×768 at 125 %) the filters give way, never the actions: the toolbar
    // keeps its full width, shows the page's main action (Import) with its text and the others as
    // icons with tooltips; rare actions are in Import's menu.
    auto *toolBar = new QToolBar(content);
    toolBar->setObjectName(QStringLiteral("studentsToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonIconOnly);
    toolBar->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Preferred);
    m_filterBar->setActions(toolBar);

    m_editAction = new QAction(QIcon::fromTheme(QStringLiteral("document-edit")), tr("Edit…"), this);
    m_editAction->setToolTip(tr("Edit the selected student (Enter)"));
    m_editAction->setEnabled(false);
    connect(m_editAction, &QAction::triggered, this, &StudentsPage::editCurrent);
    m_exportAction = new QAction(QIcon::fromTheme(QStringLiteral("document-export")), tr("Export…"), this);
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_exportAction->setToolTip(tr("Export the students shown to CSV or Excel (Ctrl+E)"));
    connect(m_exportAction, &QAction::triggered, this, &StudentsPage::exportView);
    addAction(m_exportAction);
    QAction *importAction = m_import->importAction();
    importAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    auto *importMenu = new QMenu(this);
    importMenu->addAction(m_import->historyAction());
    importMenu->addAction(m_import->templateAction());
    m_photoAction = new QAction(QIcon::fromTheme(QStringLiteral("insert-image")), tr("Import &Photos…"), this);
    m_photoAction->setToolTip(tr("Import student photos from a folder or ZIP file (JPEG 144×192, at most 60 KB, named by student number or ID number)"));
    connect(m_photoAction, &QAction::triggered, this, &StudentsPage::importPhotos);
    importMenu->addAction(m_photoAction);
    toolBar->addAction(importAction);
    if (auto *importButton = qobject_cast<QToolButton *>(toolBar->widgetForAction(importAction))) {
        importButton->setMenu(importMenu);
        importButton->setPopupMode(QToolButton::MenuButtonPopup);
        importButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    }
    toolBar->addAction(m_editAction);
    toolBar->addAction(m_exportAction);
    addAction(importAction);

    auto *findAction = new QAction(tr("Find"), this);
    findAction->setShortcut(QKeySequence::Find);
    findAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(findAction, &QAction::triggered, m_filterBar, &StudentFilterBar::focusSearch);
    addAction(findAction);

    auto *splitter = new QSplitter(Qt::Horizontal, content);
    m_table = new QTableView(splitter);
    m_table->setObjectName(QStringLiteral("studentsTable"));
    m_table->setModel(m_model);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->setSortingEnabled(true);
    for (int c = 0; c < static_cast<int>(StudentField::Count_); ++c) {
        const int wanted = defaultColumnWidth(static_cast<StudentField>(c), m_table->fontMetrics());
        m_table->setColumnWidth(c, std::max(wanted, m_table->horizontalHeader()->sectionSizeHint(c)));
    }
    // The registration state is what coordinators look at most during registration: beside the name.
    int stateWidth = 0;
    for (RegistrationState state : kRegistrationStates)
        stateWidth = std::max(stateWidth, m_table->fontMetrics().horizontalAdvance(registrationStateDisplayName(state)));
    m_table->setColumnWidth(StudentTableModel::registrationColumn,
                            stateWidth + m_table->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 2);
    m_table->horizontalHeader()->moveSection(StudentTableModel::registrationColumn, 1);
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto *detailScroll = new QScrollArea(splitter);
    detailScroll->setWidgetResizable(true);
    detailScroll->setFrameShape(QFrame::NoFrame);
    detailScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    detailScroll->setMinimumWidth(340);
    m_detail = new StudentDetailPanel(detailScroll);
    detailScroll->setWidget(m_detail);
    splitter->addWidget(m_table);
    splitter->addWidget(detailScroll);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setCollapsible(0, false);
    splitter->setSizes({900, 380});
    contentLayout->addWidget(splitter, 1);
    m_stack->addWidget(content);
}

void StudentsPage::refresh()
{
    updateChoices();
    m_model->reload();
    onCurrentRowChanged();
    updateStatus();
    m_registrationSummary->refresh();
}

void StudentsPage::refreshRegistrations()
{
    m_model->reload();
    updateStatus();
    m_registrationSummary->refresh();
}

StudentEditDialog *StudentsPage::editDialog() const
{
    return m_editDialog;
}

bool StudentsPage::isEmptyStateShown() const
{
    return m_stack->currentWidget() == m_emptyState;
}

void StudentsPage::applyFilter(const StudentFilter &filter)
{
    StudentQuery query = m_model->query();
    query.filter = filter;
    m_model->setQuery(query);
}

void StudentsPage::onCurrentRowChanged()
{
    const QModelIndex current = m_table->currentIndex();
    std::optional<StudentRecord> record;
    if (current.isValid())
        record = m_model->recordAt(current.row());
    m_detail->setRecord(record, record && m_model->isRevealed(record->id));
    QString registration;
    if (record) {
        const QModelIndex state = m_model->index(current.row(), StudentTableModel::registrationColumn);
        registration = state.data().toString();
        if (const QString subjects = state.data(Qt::ToolTipRole).toString(); !subjects.isEmpty() && !registration.isEmpty())
            registration = tr("%1: %2").arg(registration, subjects);
    }
    m_detail->setRegistration(registration);
    m_detail->photoView()->showStudent(m_db, record ? record->id : 0);
    m_editAction->setEnabled(record.has_value());
}

void StudentsPage::editCurrent()
{
    if (m_editDialog || m_editorOpening)
        return;
    const std::optional<StudentRecord> record = m_detail->record();
    if (!record)
        return;
    // Edit what is stored now, not what the table cached.
    Result<std::optional<StudentRecord>> stored = m_repository->byId(record->id);
    if (!stored || !stored.value()) {
        showError(stored ? Error{QStringLiteral("store.not_found"),
                                 tr("This student record no longer exists."), QString()}
                         : stored.error());
        refresh();
        return;
    }
    // The edit form shows the full ID number: opening it is a deliberate reveal, audited as one
    // before the form shows.
    m_editorOpening = true;
    m_service->logReveal(this, record->id, m_actor, [this, current = *stored.value()](Result<void> &logged) {
        m_editorOpening = false;
        if (!logged) {
            showError(logged.error());
            return;
        }
        m_editDialog = new StudentEditDialog(current, this);
        m_editDialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_editDialog, &QDialog::accepted, this, &StudentsPage::onEditAccepted);
        connect(m_editDialog, &QObject::destroyed, this, [this] { m_editDialog = nullptr; });
        m_editDialog->open();
    });
}

void StudentsPage::onEditAccepted()
{
    if (!m_editDialog)
        return;
    const StudentRecord before = m_editDialog->original();
    const StudentRecord after = m_editDialog->record();
    if (before == after)
        return;
    auto edit = std::make_shared<StudentEdit>(before, after);
    m_service->store(this, edit, StudentEdit::Side::After, m_actor, [this, edit](Result<StudentRecord> &stored) {
        if (!stored) {
            showError(EditStudentCommand::describeFailure(stored.error(), edit->before().name, false));
            refresh();
            return;
        }
        EditStudentCommand::Callbacks callbacks;
        callbacks.applied = [this](const StudentRecord &record) { onRecordStored(record); };
        callbacks.failed = [this](const Error &error) {
            showError(error);
            refresh();
        };
        m_undoStack->push(new EditStudentCommand(*m_service, m_undoStack, edit, m_actor, std::move(callbacks)));
        onRecordStored(stored.value());
    });
}

void StudentsPage::onRecordStored(const StudentRecord &stored)
{
    const int currentRow = m_table->currentIndex().row();
    updateChoices();
    m_model->reload();
    // Keep the edited record selected if it is still at (or near) its place in the view.
    int row = m_model->rowOfLoadedRecord(stored.id);
    if (row < 0) {
        const auto atCurrent = m_model->recordAt(currentRow);
        row = atCurrent && atCurrent->id == stored.id ? currentRow : -1;
    }
    if (row >= 0) {
        m_table->selectRow(row);
        m_table->setCurrentIndex(m_model->index(row, std::max(0, m_table->currentIndex().column())));
    }
    // The panel shows the record just stored, wherever it now is in the view.
    m_detail->setRecord(stored, m_model->isRevealed(stored.id));
    m_detail->photoView()->showStudent(m_db, stored.id);
    m_editAction->setEnabled(true);
    updateStatus();
}

void StudentsPage::reveal(qint64 id)
{
    // Shown once the audit entry is written, never before.
    m_service->logReveal(this, id, m_actor, [this, id](Result<void> &logged) {
        if (!logged) {
            showError(logged.error());
            return;
        }
        m_model->setRevealed(id, true);
        const std::optional<StudentRecord> shown = m_detail->record();
        if (shown && shown->id == id)
            m_detail->setRevealed(true);
    });
}

void StudentsPage::hide(qint64 id)
{
    m_model->setRevealed(id, false);
    m_detail->setRevealed(false);
}

void StudentsPage::exportView()
{
    if (m_export->isRunning())
        return;
    const QString path = ExportFileDialog::ask(this, tr("students") + QStringLiteral(".xlsx"));
    if (path.isEmpty())
        return;
    m_exportAction->setEnabled(false);
    if (!m_export->start(m_model->query(), path))
        m_exportAction->setEnabled(true);
}

void StudentsPage::dragEnterEvent(QDragEnterEvent *event)
{
    if (!ImportActions::importableFile(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void StudentsPage::dropEvent(QDropEvent *event)
{
    const QString path = ImportActions::importableFile(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    m_import->openWizard(path);
}

void StudentsPage::showError(const Error &error)
{
    m_messageBar->showMessage(error.message.isEmpty() ? error.code : error.message,
                              StudentsMessageBar::Kind::Error);
}

void StudentsPage::updateChoices()
{
    const auto values = [this](StudentField field) {
        Result<QStringList> list = m_repository->distinctValues(field);
        if (!list) {
            showError(list.error());
            return QStringList();
        }
        return list.value();
    };
    m_filterBar->setChoices(values(StudentField::CampusCode), values(StudentField::Department),
                            values(StudentField::Grade));
}

void StudentsPage::updateStatus()
{
    const Result<qint64> total = m_repository->count({});
    m_totalCount = total ? total.value() : 0;
    m_stack->setCurrentWidget(m_totalCount == 0 ? m_emptyState : m_stack->widget(1));
    const QLocale locale;
    const QString text =
        tr("%1 students · %2 shown").arg(locale.toString(m_totalCount), locale.toString(m_model->rowCount()));
    if (text == m_statusText)
        return;
    m_statusText = text;
    Q_EMIT statusTextChanged(text);
}

void StudentsPage::importPhotos()
{
    auto *dialog = new PhotoImportDialog(m_db.path(), m_actor, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PhotoImportDialog::photosImported, this, &StudentsPage::onCurrentRowChanged);
    dialog->open();
}

} // namespace cet
