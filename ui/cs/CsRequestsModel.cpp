#include "CsRequestsModel.h"

#include "CsText.h"

#include <QBrush>
#include <QFont>
#include <QPalette>

namespace cet {

namespace {
QString timeText(const QDateTime &t)
{
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}
} // namespace

CsRequestsModel::CsRequestsModel(QObject *parent) : QAbstractTableModel(parent) { }

void CsRequestsModel::setOwnUser(const QString &user)
{
    beginResetModel();
    m_ownUser = user;
    endResetModel();
}

void CsRequestsModel::setRequests(const QList<CsRequest> &requests)
{
    beginResetModel();
    m_requests = requests;
    endResetModel();
}

const CsRequest *CsRequestsModel::at(int row) const
{
    return row >= 0 && row < m_requests.size() ? &m_requests.at(row) : nullptr;
}

bool CsRequestsModel::isOwn(int row) const
{
    const CsRequest *r = at(row);
    return r && !m_ownUser.isEmpty() && r->filedBy == m_ownUser;
}

int CsRequestsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_requests.size());
}

int CsRequestsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CsRequestsModel::data(const QModelIndex &index, int role) const
{
    const CsRequest *r = index.isValid() ? at(index.row()) : nullptr;
    if (!r)
        return {};
    const bool own = isOwn(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Id: return r->id;
        case State: return CsText::state(r->state);
        case Candidate: return QStringLiteral("%1  %2").arg(r->candidate.name, r->candidate.idNumberMasked);
        case School: return r->candidate.schoolCode;
        case NewPassport: return r->newPassportId;
        case FiledBy: return own ? tr("%1 (you)").arg(r->filedBy) : r->filedBy;
        case FiledAt: return timeText(r->filedAt);
        case ApplyAt: return r->appliedAt.isValid() ? tr("applied %1").arg(timeText(r->appliedAt)) : timeText(r->applyAt);
        }
    }
    if (role == Qt::ToolTipRole && own)
        return tr("You filed this request; another supervisor decides it.");
    if (role == Qt::FontRole && own) {
        QFont f;
        f.setItalic(true);
        return f;
    }
    if (role == Qt::ForegroundRole && own)
        return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
    if (role == Qt::UserRole)
        return r->id;
    return {};
}

QVariant CsRequestsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Id: return tr("No.");
    case State: return tr("State");
    case Candidate: return tr("Candidate");
    case School: return tr("School");
    case NewPassport: return tr("New passport ID");
    case FiledBy: return tr("Filed by");
    case FiledAt: return tr("Filed");
    case ApplyAt: return tr("Applies at");
    }
    return {};
}

} // namespace cet
