#pragma once

#include "StudentImportRepository.h"

#include <QDialog>
#include <QList>

class QPushButton;
class QTableWidget;

namespace cet {

class ImportJob;
class ImportMessageBar;

// The past imports (time, file, who, counts, undone or not), most recent first, each of which
// can be undone. Undo runs on a worker thread; a refusal (the records were edited since, a later
// import changed them) is shown in the message bar.
class ImportHistoryDialog : public QDialog
{
    Q_OBJECT
public:
    ImportHistoryDialog(Database &db, QString actor, QWidget *parent = nullptr);
    ~ImportHistoryDialog() override;

    void reload();
    // Undoes the selected batch after a confirmation.
    void undoSelected();
    bool isBusy() const;

    // Parts, for tests.
    QTableWidget *table() const { return m_table; }
    QPushButton *undoButton() const { return m_undo; }
    ImportMessageBar *messageBar() const { return m_messages; }
    const QList<ImportHistoryEntry> &entries() const { return m_entries; }

public Q_SLOTS:
    void done(int result) override;

Q_SIGNALS:
    void databaseChanged();

private:
    void updateButtons();
    const ImportHistoryEntry *selected() const;

    Database &m_db;
    QString m_actor;
    QList<ImportHistoryEntry> m_entries;
    ImportJob *m_job = nullptr;
    ImportMessageBar *m_messages = nullptr;
    QTableWidget *m_table = nullptr;
    QPushButton *m_undo = nullptr;
    QPushButton *m_close = nullptr;
};

} // namespace cet
