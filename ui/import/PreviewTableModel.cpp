#include "PreviewTableModel.h"

#include "ImportUiText.h"

#include <QBrush>
#include <QFont>
#include <QPalette>

#include <algorithm>

namespace cet {

PreviewTableModel::PreviewTableModel(QObject *parent) : QAbstractTableModel(parent) { }

void PreviewTableModel::setRows(const QList<SourceRow> &rows, qint64 headerLine)
{
    beginResetModel();
    m_rows = rows;
    m_headerLine = headerLine;
    m_columns = 0;
    for (const SourceRow &row : std::as_const(m_rows))
        m_columns = std::max(m_columns, int(row.cells.size()));
    endResetModel();
}

void PreviewTableModel::clear()
{
    setRows({}, 0);
}

int PreviewTableModel::rowOfLine(qint64 line) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).line == line)
            return i;
    }
    return -1;
}

int PreviewTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PreviewTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_columns;
}

QVariant PreviewTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const SourceRow &row = m_rows.at(index.row());
    const bool isHeader = m_headerLine > 0 && row.line == m_headerLine;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return row.cells.value(index.column());
    case Qt::FontRole:
        if (isHeader) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::BackgroundRole:
        if (isHeader)
            return QBrush(QColor(0xd6, 0xe8, 0xfa));
        if (m_headerLine > 0 && row.line < m_headerLine)
            return QBrush(QColor(0xf0, 0xf0, 0xf0)); // above the header: skipped
        return {};
    case Qt::ForegroundRole:
        if (m_headerLine > 0 && row.line < m_headerLine)
            return QBrush(QColor(0x80, 0x80, 0x80));
        if (isHeader)
            return QBrush(QColor(0x10, 0x10, 0x10));
        return {};
    default:
        return {};
    }
}

QVariant PreviewTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role == Qt::DisplayRole) {
        if (orientation == Qt::Horizontal)
            return ImportUiText::columnLetter(section);
        if (section >= 0 && section < m_rows.size())
            return QString::number(m_rows.at(section).line);
        return {};
    }
    if (role == Qt::ToolTipRole && orientation == Qt::Vertical && section >= 0 && section < m_rows.size()) {
        const qint64 line = m_rows.at(section).line;
        if (line == m_headerLine)
            return tr("Row %1: the header row (column names)").arg(line);
        return tr("Row %1 of the file").arg(line);
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace cet
