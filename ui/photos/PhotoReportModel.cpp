#include "PhotoReportModel.h"

#include "PhotoRules.h"

#include <QIcon>

namespace cet {

namespace {

QString studentText(const PhotoItem &item)
{
    if (item.studentId <= 0)
        return {};
    if (item.studentNo.isEmpty())
        return item.studentName;
    return PhotoReportModel::tr("%1 (%2)").arg(item.studentName, item.studentNo);
}

QIcon statusIcon(const PhotoItem &item)
{
    if (item.status == PhotoStatus::Matched)
        return QIcon::fromTheme(QStringLiteral("dialog-ok-apply"));
    if (item.status == PhotoStatus::Ignored)
        return QIcon::fromTheme(QStringLiteral("dialog-information"));
    return QIcon::fromTheme(QStringLiteral("dialog-warning"));
}

} // namespace

PhotoReportModel::PhotoReportModel(QObject *parent) : QAbstractTableModel(parent) { }

void PhotoReportModel::setItems(QList<PhotoItem> items)
{
    beginResetModel();
    m_items = std::move(items);
    endResetModel();
}

int PhotoReportModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int PhotoReportModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString PhotoReportModel::details(const PhotoItem &item)
{
    if (item.status != PhotoStatus::Matched)
        return item.message;
    const QString how = item.matchedBy == PhotoMatchKey::IdNumber ? tr("matched by ID number")
                                                                  : tr("matched by student number");
    const QString what = item.alreadyStored ? tr("Stored already; skipped")
                       : item.replaces      ? tr("Replaces the stored photo")
                                            : tr("New photo");
    return tr("%1 (%2, %3)").arg(what, how, PhotoChecker::kilobytes(item.entry.size));
}

QVariant PhotoReportModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PhotoItem &item = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case FileColumn: return item.entry.name;
        case ResultColumn:
            if (item.status == PhotoStatus::WrongSize)
                return tr("Wrong size (%1×%2)").arg(item.width).arg(item.height);
            if (item.status == PhotoStatus::TooLarge)
                return tr("Too large (%1)").arg(PhotoChecker::kilobytes(item.entry.size));
            return PhotoImport::statusText(item.status);
        case StudentColumn: return studentText(item);
        case DetailsColumn: return details(item);
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == ResultColumn)
            return statusIcon(item);
        break;
    case StatusRole: return int(item.status);
    case ProblemRole: return item.isProblem() ? QStringLiteral("1") : QStringLiteral("0");
    case SortRole:
        // Problems first, then the matched photos, then the ignored files.
        if (index.column() == ResultColumn)
            return (item.isProblem() ? 0 : item.status == PhotoStatus::Matched ? 100 : 200) + int(item.status);
        return data(index, Qt::DisplayRole);
    }
    return {};
}

QVariant PhotoReportModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case FileColumn: return tr("File");
    case ResultColumn: return tr("Result");
    case StudentColumn: return tr("Student");
    case DetailsColumn: return tr("Details");
    }
    return {};
}

} // namespace cet
