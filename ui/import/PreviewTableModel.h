#pragma once

#include "TableSource.h"

#include <QAbstractTableModel>
#include <QList>

namespace cet {

// The first rows of the file as the user sees them in their spreadsheet: columns A, B, …, the
// row numbers of the file in the vertical header, the header row highlighted.
class PreviewTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    explicit PreviewTableModel(QObject *parent = nullptr);

    void setRows(const QList<SourceRow> &rows, qint64 headerLine);
    void clear();
    // The model row that shows file line `line`, or -1.
    int rowOfLine(qint64 line) const;
    qint64 headerLine() const { return m_headerLine; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<SourceRow> m_rows;
    int m_columns = 0;
    qint64 m_headerLine = 0;
};

} // namespace cet
