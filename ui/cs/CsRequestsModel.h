#pragma once

#include "CsTypes.h"

#include <QAbstractTableModel>

namespace cet {

// Rebinding requests as a table (number, state, candidate, school, new passport, filed by, filed,
// applies at). A request filed by `ownUser` is marked: a supervisor can not decide it.
class CsRequestsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Id, State, Candidate, School, NewPassport, FiledBy, FiledAt, ApplyAt, ColumnCount };

    explicit CsRequestsModel(QObject *parent = nullptr);

    void setOwnUser(const QString &user);
    void setRequests(const QList<CsRequest> &requests);
    const QList<CsRequest> &requests() const { return m_requests; }
    const CsRequest *at(int row) const;
    bool isOwn(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<CsRequest> m_requests;
    QString m_ownUser;
};

} // namespace cet
