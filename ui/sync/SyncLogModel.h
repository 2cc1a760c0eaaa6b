#pragma once

#include "SyncTypes.h"

#include <QAbstractTableModel>

namespace cet {

// The sync log (newest first): time, level, message.
class SyncLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TimeColumn, LevelColumn, MessageColumn, ColumnCount };

    explicit SyncLogModel(QObject *parent = nullptr);

    void setEntries(QList<SyncLogEntry> entries);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<SyncLogEntry> m_rows;
};

} // namespace cet
