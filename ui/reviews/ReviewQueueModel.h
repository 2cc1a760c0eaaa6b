#pragma once

#include "ReviewTypes.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

namespace cet {

// The queue of the 复核 page: the reviews of one query (ReviewService::queue), held in memory.
// A school has at most tens of thousands of reviews and a row is small, so one query and no
// windowed fetching: moving to the next case never touches the database.
class ReviewQueueModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { State, Name, IdNumber, Ticket, Campus, Department, Submitted, Flags, ColumnCount };
    enum Role { KeyRole = Qt::UserRole + 1, RowRole };

    explicit ReviewQueueModel(QObject *parent = nullptr);

    void setRows(QList<ReviewRow> rows);
    const QList<ReviewRow> &rows() const { return m_rows; }
    const ReviewRow *rowAt(int row) const;
    int indexOf(const QString &key) const;
    // The first undecided pending review after `row` (wrapping round); -1 when none is left.
    int nextUndecided(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ReviewRow> m_rows;
};

} // namespace cet
