#include "OutboxModel.h"

#include "SyncUiText.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace cet {

OutboxModel::OutboxModel(QObject *parent) : QAbstractTableModel(parent) {}

void OutboxModel::setEntries(QList<OutboxEntry> entries)
{
    m_all = std::move(entries);
    rebuild();
}

void OutboxModel::setStateFilter(const QString &state)
{
    if (state == m_filter)
        return;
    m_filter = state;
    rebuild();
}

void OutboxModel::rebuild()
{
    beginResetModel();
    m_rows.clear();
    for (const OutboxEntry &e : std::as_const(m_all)) {
        if (m_filter.isEmpty() || e.state == m_filter)
            m_rows.append(e);
    }
    endResetModel();
}

int OutboxModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OutboxModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OutboxModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OutboxEntry &e = m_rows.at(index.row());
    if (role == StateRole)
        return e.state;
    if (role == OpIdRole)
        return e.opId;
    if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case ChangesColumn:
            return SyncUiText::changesText(e.entity, e.changesJson);
        case ErrorColumn:
            return e.lastError.isEmpty() ? QVariant() : QVariant(e.lastError);
        case CreatedColumn:
            return SyncUiText::exactTime(e.createdAt);
        case AckedColumn:
            return SyncUiText::exactTime(e.ackedAt);
        default:
            return tr("Operation %1").arg(e.opId);
        }
    }
    if (role == Qt::ForegroundRole && index.column() == StateColumn) {
        if (e.state == u"rejected" || e.state == u"conflict")
            return QBrush(QColor(0xb3, 0x26, 0x1e));
        if (e.state == u"failed")
            return QBrush(QColor(0x9a, 0x67, 0x00));
        if (e.state == u"acked")
            return QBrush(QColor(0x1b, 0x6e, 0x31));
        return {};
    }
    if (role == Qt::TextAlignmentRole && (index.column() == SeqColumn || index.column() == AttemptsColumn))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case SeqColumn:
        return e.seq;
    case StateColumn:
        return SyncUiText::outboxStateText(e.state);
    case RecordColumn:
        if (e.entity == u"student")
            return SyncUiText::maskedKey(e.entity, e.entityKey);
        return tr("%1 %2").arg(SyncUiText::entityText(e.entity), e.entityKey);
    case ChangesColumn:
        return SyncUiText::changesText(e.entity, e.changesJson);
    case AttemptsColumn:
        return e.attempts;
    case ErrorColumn:
        return e.lastError;
    case CreatedColumn:
        return SyncUiText::relativeTime(e.createdAt);
    case AckedColumn:
        return e.ackedAt.isValid() ? SyncUiText::relativeTime(e.ackedAt) : QString();
    default:
        return {};
    }
}

QVariant OutboxModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SeqColumn:
        return tr("No.");
    case StateColumn:
        return tr("State");
    case RecordColumn:
        return tr("Record");
    case ChangesColumn:
        return tr("Changes");
    case AttemptsColumn:
        return tr("Attempts");
    case ErrorColumn:
        return tr("Reason");
    case CreatedColumn:
        return tr("Created");
    case AckedColumn:
        return tr("Acknowledged");
    default:
        return {};
    }
}

} // namespace cet
