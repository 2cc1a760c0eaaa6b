#pragma once

#include "PhotoImport.h"

#include <QAbstractTableModel>

namespace cet {

// The scan report of a photo import, one row per file: file, result, student, details.
class PhotoReportModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { FileColumn, ResultColumn, StudentColumn, DetailsColumn, ColumnCount };
    enum Role {
        StatusRole = Qt::UserRole + 1, // int(PhotoStatus)
        ProblemRole,                   // "1" for a problem, "0" otherwise (for a proxy's filter)
        SortRole,                      // what the column sorts by
    };

    explicit PhotoReportModel(QObject *parent = nullptr);

    void setItems(QList<PhotoItem> items);
    const PhotoItem &item(int row) const { return m_items.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The text of the Details column: the problem, or what importing will do with the photo.
    static QString details(const PhotoItem &item);

private:
    QList<PhotoItem> m_items;
};

} // namespace cet
