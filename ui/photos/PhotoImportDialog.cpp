#include "PhotoImportDialog.h"
#include "ScreenFit.h"

#include "JobProgressWidget.h"
#include "JobRunner.h"
#include "PhotoJobs.h"
#include "PhotoReportModel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMimeData>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace cet {

namespace {

enum Filter { AllFiles, ProblemsOnly, MatchedOnly };

QString localPathOf(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls() || mime->urls().size() != 1 || !mime->urls().first().isLocalFile())
        return {};
    const QString path = mime->urls().first().toLocalFile();
    const QFileInfo info(path);
    if (info.isDir() || info.suffix().compare(u"zip", Qt::CaseInsensitive) == 0)
        return path;
    return {};
}

} // namespace

PhotoImportDialog::PhotoImportDialog(QString databasePath, QString actor, QWidget *parent)
    : QDialog(parent), m_databasePath(std::move(databasePath)), m_actor(std::move(actor))
{
    setWindowTitle(tr("Import Photos"));
    setObjectName(QStringLiteral("photoImportDialog"));
    setAcceptDrops(true);
    ui::fitToScreen(this, QSize(860, 560));
    m_runner = new JobRunner(this);

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Choose a folder or a ZIP file of student photos. Each photo must be a JPEG file "
                                "named after the student's student number or ID number (for example 2021001.jpg), "
                                "exactly 144×192 pixels and at most 60 KB. Nothing is stored until you press "
                                "Import."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *sourceRow = new QHBoxLayout;
    m_path = new QLineEdit(this);
    m_path->setReadOnly(true);
    m_path->setPlaceholderText(tr("No folder or ZIP file chosen"));
    m_chooseFolder = new QPushButton(QIcon::fromTheme(QStringLiteral("folder-open")), tr("Choose &Folder…"), this);
    m_chooseZip = new QPushButton(QIcon::fromTheme(QStringLiteral("application-zip")), tr("Choose &ZIP File…"), this);
    sourceRow->addWidget(m_path, 1);
    sourceRow->addWidget(m_chooseFolder);
    sourceRow->addWidget(m_chooseZip);
    layout->addLayout(sourceRow);

    m_progress = new JobProgressWidget(this);
    m_progress->follow(m_runner);
    m_progress->hide();
    layout->addWidget(m_progress);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("photoImportError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_error->hide();
    layout->addWidget(m_error);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("photoImportSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);

    auto *filterRow = new QHBoxLayout;
    m_filter = new QComboBox(this);
    m_filter->addItem(tr("All files"), AllFiles);
    m_filter->addItem(tr("Problems only"), ProblemsOnly);
    m_filter->addItem(tr("Matched photos only"), MatchedOnly);
    auto *filterLabel = new QLabel(tr("&Show:"), this);
    filterLabel->setBuddy(m_filter);
    filterRow->addWidget(filterLabel);
    filterRow->addWidget(m_filter);
    filterRow->addStretch(1);
    layout->addLayout(filterRow);

    m_model = new PhotoReportModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(PhotoReportModel::SortRole);
    m_proxy->setSortLocaleAware(true);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("photoReport"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(PhotoReportModel::FileColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(PhotoReportModel::FileColumn, 200);
    m_table->setColumnWidth(PhotoReportModel::ResultColumn, 170);
    m_table->setColumnWidth(PhotoReportModel::StudentColumn, 150);
    layout->addWidget(m_table, 1);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_import = m_buttons->addButton(tr("&Import"), QDialogButtonBox::ActionRole);
    m_import->setObjectName(QStringLiteral("importPhotos"));
    m_import->setIcon(QIcon::fromTheme(QStringLiteral("document-import")));
    layout->addWidget(m_buttons);

    connect(m_chooseFolder, &QPushButton::clicked, this, &PhotoImportDialog::chooseFolder);
    connect(m_chooseZip, &QPushButton::clicked, this, &PhotoImportDialog::chooseZip);
    connect(m_import, &QPushButton::clicked, this, &PhotoImportDialog::importPhotos);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &PhotoImportDialog::reject);
    connect(m_filter, &QComboBox::currentIndexChanged, this, &PhotoImportDialog::applyFilter);
    connect(m_runner, &JobRunner::finished, this, &PhotoImportDialog::onFinished);
    updateButtons();
}

PhotoImportDialog::~PhotoImportDialog() = default;

bool PhotoImportDialog::isBusy() const
{
    return m_runner->isRunning();
}

QString PhotoImportDialog::summaryText() const
{
    return m_summary->text();
}

QString PhotoImportDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void PhotoImportDialog::chooseFolder()
{
    const QString dir = QFileDialog::getExistingDirectory(
        this, tr("Choose the Folder of Photos"),
        m_path->text().isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::PicturesLocation) : m_path->text());
    if (!dir.isEmpty())
        scan(dir);
}

void PhotoImportDialog::chooseZip()
{
    const QString file = QFileDialog::getOpenFileName(
        this, tr("Choose a ZIP File of Photos"), QFileInfo(m_path->text()).absolutePath(),
        tr("ZIP archives (*.zip *.ZIP)"));
    if (!file.isEmpty())
        scan(file);
}

void PhotoImportDialog::dragEnterEvent(QDragEnterEvent *event)
{
    if (!isBusy() && !localPathOf(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void PhotoImportDialog::dropEvent(QDropEvent *event)
{
    const QString path = localPathOf(event->mimeData());
    if (isBusy() || path.isEmpty())
        return;
    event->acceptProposedAction();
    scan(path);
}

void PhotoImportDialog::scan(const QString &path)
{
    if (isBusy())
        return;
    m_path->setText(QDir::toNativeSeparators(path));
    m_scan.reset();
    m_imported = false;
    m_model->setItems({});
    m_summary->clear();
    m_error->hide();
    auto job = std::make_shared<PhotoScanJob>(m_databasePath, path);
    setBusy(true, job->description());
    m_runner->start(job);
}

void PhotoImportDialog::importPhotos()
{
    if (isBusy() || !m_scan || m_imported || m_scan->toStore() == 0)
        return;
    // Through the database's one writer: an edit on the Students page meanwhile waits its turn
    // instead of failing with "database is locked".
    auto job = std::make_shared<PhotoCommitJob>(DatabaseWriter::forPath(m_databasePath), *m_scan, m_actor);
    setBusy(true, job->description());
    m_runner->start(job);
}

void PhotoImportDialog::onFinished(const JobOutcome &outcome)
{
    setBusy(false);
    const bool scanning = !m_scan;
    if (!outcome.isDone()) {
        showError(outcome.error);
        scanning ? Q_EMIT scanFinished(false) : Q_EMIT importFinished(false);
        return;
    }
    if (const auto *scan = outcome.resultAs<PhotoScan>()) {
        m_scan = *scan;
        m_model->setItems(m_scan->items);
        showScan();
        Q_EMIT scanFinished(true);
        return;
    }
    const auto *stored = outcome.resultAs<PhotoImportOutcome>();
    Q_ASSERT(stored);
    const PhotoImportOutcome &o = *stored;
    m_imported = true;
    m_error->hide();
    m_summary->setText(tr("Stored %n photos: %1 new, %2 replaced an earlier photo; %3 were stored already.", nullptr,
                          int(o.added + o.replaced))
                           .arg(o.added)
                           .arg(o.replaced)
                           .arg(o.unchanged));
    updateButtons();
    Q_EMIT importFinished(true);
    Q_EMIT photosImported(o.added + o.replaced);
}

void PhotoImportDialog::cancel()
{
    m_runner->cancel();
    m_progress->setCancelling();
}

void PhotoImportDialog::reject()
{
    if (isBusy()) {
        // The worker holds a database connection: let it stop, then close.
        m_closeWhenIdle = true;
        cancel();
        return;
    }
    QDialog::reject();
}

void PhotoImportDialog::setBusy(bool busy, const QString &text)
{
    m_progress->setVisible(busy);
    if (busy)
        m_progress->start(text);
    updateButtons();
    if (!busy && m_closeWhenIdle)
        QMetaObject::invokeMethod(this, &QDialog::reject, Qt::QueuedConnection);
}

void PhotoImportDialog::showError(const Error &error)
{
    m_error->setText(error.message);
    m_error->show();
    updateButtons();
}

void PhotoImportDialog::showScan()
{
    const PhotoScan &s = *m_scan;
    const QLocale locale;
    QStringList parts;
    parts << tr("%n files checked.", nullptr, int(s.items.size()));
    parts << tr("%n photos will be stored", nullptr, int(s.toStore()))
                 + (s.toReplace() > 0 ? tr(" (%n replace an earlier photo)", nullptr, int(s.toReplace())) : QString())
                 + u'.';
    if (s.alreadyStored() > 0)
        parts << tr("%n are stored already.", nullptr, int(s.alreadyStored()));
    if (s.problems() > 0)
        parts << tr("%n files have problems and are not stored; see the table.", nullptr, int(s.problems()));
    if (const qint64 ignored = s.count(PhotoStatus::Ignored); ignored > 0)
        parts << tr("%n other files are ignored.", nullptr, int(ignored));
    m_summary->setText(parts.join(u' '));
    if (s.items.isEmpty() || s.count(PhotoStatus::Ignored) == s.items.size()) {
        showError(Error{ QStringLiteral("photos.none"),
                         tr("%1 holds no photo files (.jpg or .jpeg).").arg(m_path->text()), {} });
    }
    if (s.problems() > 0 && m_filter->currentData().toInt() == AllFiles)
        m_table->sortByColumn(PhotoReportModel::ResultColumn, Qt::AscendingOrder); // problems first
    updateButtons();
}

void PhotoImportDialog::applyFilter()
{
    switch (m_filter->currentData().toInt()) {
    case ProblemsOnly:
        m_proxy->setFilterRole(PhotoReportModel::ProblemRole);
        m_proxy->setFilterFixedString(QStringLiteral("1"));
        break;
    case MatchedOnly:
        m_proxy->setFilterRole(PhotoReportModel::StatusRole);
        m_proxy->setFilterFixedString(QString::number(int(PhotoStatus::Matched)));
        break;
    default:
        m_proxy->setFilterFixedString(QString());
    }
}

void PhotoImportDialog::updateButtons()
{
    const bool busy = isBusy();
    m_chooseFolder->setEnabled(!busy);
    m_chooseZip->setEnabled(!busy);
    m_import->setEnabled(!busy && m_scan && !m_imported && m_scan->toStore() > 0);
}

} // namespace cet
