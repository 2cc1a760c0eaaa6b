#include "ReviewQueueModel.h"

#include "IdMask.h"
#include "ReviewService.h"

#include <QBrush>
#include <QColor>

namespace cet {

ReviewQueueModel::ReviewQueueModel(QObject *parent) : QAbstractTableModel(parent) { }

void ReviewQueueModel::setRows(QList<ReviewRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

const ReviewRow *ReviewQueueModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int ReviewQueueModel::indexOf(const QString &key) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).key == key)
            return i;
    }
    return -1;
}

int ReviewQueueModel::nextUndecided(int row) const
{
    const int n = int(m_rows.size());
    for (int step = 1; step <= n; ++step) {
        const ReviewRow &r = m_rows.at((row + step + n) % n);
        if (r.state == u"pending" && !r.decidedHere())
            return (row + step + n) % n;
    }
    return -1;
}

int ReviewQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ReviewQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReviewQueueModel::data(const QModelIndex &index, int role) const
{
    const ReviewRow *r = index.isValid() && index.column() < ColumnCount ? rowAt(index.row()) : nullptr;
    if (!r)
        return {};
    if (role == KeyRole)
        return r->key;
    if (role == RowRole)
        return QVariant::fromValue(*r);
    if (role == Qt::ForegroundRole && index.column() == State) {
        const QString s = ReviewService::shownState(*r);
        if (s == u"passed" || s == u"pass")
            return QBrush(QColor(0x1b, 0x7f, 0x3b));
        if (s == u"failed" || s == u"fail")
            return QBrush(QColor(0xb0, 0x2a, 0x2a));
        return {};
    }
    if (role == Qt::ToolTipRole && index.column() == Flags && !r->localError.isEmpty())
        return r->localError;
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case State:
        return ReviewService::stateLabel(ReviewService::shownState(*r));
    case Name:
        return r->name;
    case IdNumber:
        return maskIdNumber(IdType(r->idType), r->idNumber);
    case Ticket:
        return r->ticket;
    case Campus:
        return r->campusCode;
    case Department:
        return r->department;
    case Submitted:
        return r->submittedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    case Flags: {
        QStringList flags;
        if (r->disputes > 0)
            flags << tr("disputed");
        if (r->resubmissions > 0)
            flags << tr("resubmitted %n time(s)", nullptr, r->resubmissions);
        if (!r->filedBy.isEmpty())
            flags << tr("filed by %1").arg(r->filedBy);
        if (!r->localError.isEmpty())
            flags << tr("refused by the server");
        return flags.join(QStringLiteral(", "));
    }
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ReviewQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case State:
        return tr("State");
    case Name:
        return tr("Name");
    case IdNumber:
        return tr("ID number");
    case Ticket:
        return tr("CET4 ticket");
    case Campus:
        return tr("Campus");
    case Department:
        return tr("Department");
    case Submitted:
        return tr("Submitted");
    case Flags:
        return tr("Notes");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace cet
