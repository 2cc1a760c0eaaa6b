#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QMimeData;
class QWidget;

namespace cet {

class Database;
class ImportHistoryDialog;
class ImportWizard;

// The import entries of the Students page (and the main window's File menu): Import…, Import
// History…, Save Import Template…, and the file dropped onto the page. Opens the dialogs without
// blocking, one of each at a time.
class ImportActions : public QObject
{
    Q_OBJECT
public:
    // `window` is the parent of the dialogs.
    ImportActions(Database &db, QString actor, QWidget *window);
    ~ImportActions() override;

    QAction *importAction() const { return m_import; }
    QAction *historyAction() const { return m_history; }
    QAction *templateAction() const { return m_template; }

    // The one local file of a drag, if it could be a student list; else an empty string.
    static QString importableFile(const QMimeData *mime);

    // The open dialogs (nullptr when closed), for tests.
    ImportWizard *wizard() const;
    ImportHistoryDialog *historyDialog() const;

public Q_SLOTS:
    void openWizard(const QString &path = {});
    void openHistory();
    void saveTemplate();

Q_SIGNALS:
    void databaseChanged();
    void informationMessage(const QString &text);
    void errorMessage(const QString &text);

private:
    Database &m_db;
    QString m_actor;
    QWidget *m_window = nullptr;
    QAction *m_import = nullptr;
    QAction *m_history = nullptr;
    QAction *m_template = nullptr;
    QPointer<ImportWizard> m_wizard;
    QPointer<ImportHistoryDialog> m_historyDialog;
};

} // namespace cet
