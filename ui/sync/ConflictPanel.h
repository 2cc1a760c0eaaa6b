#pragma once

#include "SyncTypes.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QScrollArea;

namespace cet {

// Open conflicts, one entry per record on the left; for the selected record every conflicting
// field with both values (mine / theirs), who changed theirs and when, and per field
// "Keep mine" / "Take theirs". Emits resolveRequested(); the page calls the service.
class ConflictPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ConflictPanel(QWidget *parent = nullptr);

    void setConflicts(const QList<SyncConflict> &conflicts);
    int recordCount() const;
    QListWidget *recordList() const { return m_records; }
    // The buttons of the selected record's field, for tests (nullptr when not shown).
    QPushButton *mineButton(qint64 conflictId) const;
    QPushButton *theirsButton(qint64 conflictId) const;

Q_SIGNALS:
    void resolveRequested(qint64 conflictId, cet::ConflictChoice choice);

private:
    void showRecord();
    QWidget *fieldRow(const SyncConflict &c, QWidget *parent);

    QList<SyncConflict> m_conflicts;
    QListWidget *m_records = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_empty = nullptr;
    QScrollArea *m_scroll = nullptr;
    QWidget *m_fields = nullptr;
};

} // namespace cet
