#include "SyncLogModel.h"

#include "SyncUiText.h"

#include <QIcon>

namespace cet {

SyncLogModel::SyncLogModel(QObject *parent) : QAbstractTableModel(parent) {}

void SyncLogModel::setEntries(QList<SyncLogEntry> entries)
{
    beginResetModel();
    m_rows = std::move(entries);
    endResetModel();
}

int SyncLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SyncLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SyncLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SyncLogEntry &e = m_rows.at(index.row());
    if (role == Qt::DecorationRole && index.column() == LevelColumn) {
        if (e.level == u"error")
            return QIcon::fromTheme(QStringLiteral("dialog-error"));
        if (e.level == u"warning")
            return QIcon::fromTheme(QStringLiteral("dialog-warning"));
        return QIcon::fromTheme(QStringLiteral("dialog-information"));
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == TimeColumn)
            return SyncUiText::exactTime(e.at);
        if (index.column() == MessageColumn)
            return e.message;
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case TimeColumn:
        return SyncUiText::exactTime(e.at);
    case LevelColumn:
        if (e.level == u"error")
            return tr("Error");
        if (e.level == u"warning")
            return tr("Warning");
        return tr("Info");
    case MessageColumn:
        return e.message;
    default:
        return {};
    }
}

QVariant SyncLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case LevelColumn:
        return tr("Level");
    case MessageColumn:
        return tr("Message");
    default:
        return {};
    }
}

} // namespace cet
