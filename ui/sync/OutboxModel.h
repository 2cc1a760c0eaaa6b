#pragma once

#include "SyncTypes.h"

#include <QAbstractTableModel>

namespace cet {

// The outbox of local changes waiting for / sent to cet-central, newest first, optionally
// filtered by state. Fed by SyncPage from SyncService::outbox() (already limited in size).
class OutboxModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { SeqColumn, StateColumn, RecordColumn, ChangesColumn, AttemptsColumn, ErrorColumn,
                  CreatedColumn, AckedColumn, ColumnCount };
    enum Role { StateRole = Qt::UserRole + 1, OpIdRole };

    explicit OutboxModel(QObject *parent = nullptr);

    void setEntries(QList<OutboxEntry> entries);
    // Empty = every state; else one of SyncUiText::outboxStates().
    void setStateFilter(const QString &state);
    QString stateFilter() const { return m_filter; }
    const OutboxEntry &entry(int row) const { return m_rows.at(row); }
    int totalCount() const { return int(m_all.size()); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void rebuild();

    QList<OutboxEntry> m_all;
    QList<OutboxEntry> m_rows;
    QString m_filter;
};

} // namespace cet
