#include "ImportActions.h"

#include "Database.h"
#include "ImportDialogs.h"
#include "ImportHistoryDialog.h"
#include "ImportTemplateWriter.h"
#include "ImportWizard.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QMimeData>
#include <QUrl>

namespace cet {

ImportActions::ImportActions(Database &db, QString actor, QWidget *window)
    : QObject(window), m_db(db), m_actor(std::move(actor)), m_window(window)
{
    m_import = new QAction(QIcon::fromTheme(QStringLiteral("document-import")), tr("&Import…"), this);
    m_import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_import->setToolTip(tr("Import the students of an Excel or CSV file (Ctrl+I); you can also drop the file here"));
    m_history = new QAction(QIcon::fromTheme(QStringLiteral("view-history")), tr("Import &History…"), this);
    m_history->setToolTip(tr("See past imports and undo one"));
    m_template = new QAction(QIcon::fromTheme(QStringLiteral("document-save-as")), tr("Save Import &Template…"), this);
    m_template->setToolTip(tr("Save a blank Excel file with every column the import reads"));
    connect(m_import, &QAction::triggered, this, [this] { openWizard(); });
    connect(m_history, &QAction::triggered, this, &ImportActions::openHistory);
    connect(m_template, &QAction::triggered, this, &ImportActions::saveTemplate);
}

ImportActions::~ImportActions() = default;

ImportWizard *ImportActions::wizard() const
{
    return m_wizard;
}

ImportHistoryDialog *ImportActions::historyDialog() const
{
    return m_historyDialog;
}

QString ImportActions::importableFile(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls() || mime->urls().size() != 1 || !mime->urls().first().isLocalFile())
        return {};
    const QFileInfo file(mime->urls().first().toLocalFile());
    return file.isFile() ? file.absoluteFilePath() : QString();
}

void ImportActions::openWizard(const QString &path)
{
    if (!m_wizard) {
        m_wizard = new ImportWizard(m_db, m_actor, m_window);
        m_wizard->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_wizard, &ImportWizard::databaseChanged, this, &ImportActions::databaseChanged);
        connect(m_wizard, &ImportWizard::historyRequested, this, &ImportActions::openHistory);
        m_wizard->open();
    }
    if (!path.isEmpty() && m_wizard->step() == ImportWizard::Step::File)
        m_wizard->setFile(path);
    m_wizard->raise();
    m_wizard->activateWindow();
}

void ImportActions::openHistory()
{
    QWidget *parent = m_wizard ? static_cast<QWidget *>(m_wizard) : m_window;
    if (!m_historyDialog) {
        m_historyDialog = new ImportHistoryDialog(m_db, m_actor, parent);
        m_historyDialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_historyDialog, &ImportHistoryDialog::databaseChanged, this, &ImportActions::databaseChanged);
        m_historyDialog->open();
    } else {
        m_historyDialog->reload();
    }
    m_historyDialog->raise();
    m_historyDialog->activateWindow();
}

void ImportActions::saveTemplate()
{
    const QString path = ImportDialogs::askSaveFile(m_window, tr("Save Import Template"),
                                                    tr("student import template.xlsx"), {tr("Excel workbook (*.xlsx)")});
    if (path.isEmpty())
        return;
    const Result<void> written = ImportTemplateWriter::write(path);
    if (written)
        Q_EMIT informationMessage(tr("The import template was saved to %1.").arg(QDir::toNativeSeparators(path)));
    else
        Q_EMIT errorMessage(written.error().message);
}

} // namespace cet
