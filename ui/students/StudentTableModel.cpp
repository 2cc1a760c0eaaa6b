#include "StudentTableModel.h"

#include "IdDocument.h"
#include "IdNumber.h"
#include "StudentRepository.h"
#include "StudentLabels.h"

#include <QLocale>

#include <algorithm>
#include <limits>

namespace cet {

namespace {
constexpr int fieldCount = static_cast<int>(StudentField::Count_);

QString numberOrEmpty(int value)
{
    return value > 0 ? QString::number(value) : QString();
}
} // namespace

StudentTableModel::StudentTableModel(const StudentRepository &repository, QObject *parent)
    : QAbstractTableModel(parent), m_repository(repository)
{
    clearCache();
    m_rowCount = static_cast<int>(countRows());
}

StudentTableModel::~StudentTableModel() = default;

int StudentTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

int StudentTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : fieldCount + 1;
}

QString StudentTableModel::displayText(const StudentRecord &record, StudentField field, bool revealed)
{
    switch (field) {
    case StudentField::Gender:
        return record.gender == Gender::Unknown ? QString() : genderDisplayName(record.gender);
    case StudentField::IdType:
        return idTypeShortName(record.idType);
    case StudentField::IdNumber:
        return revealed ? record.idNumber : maskIdNumber(record.idType, record.idNumber);
    case StudentField::Education:
        return record.education == Education::Unknown ? QString() : educationDisplayName(record.education);
    case StudentField::ProgramYears:
        return numberOrEmpty(record.programYears);
    case StudentField::EnrolYear:
        return numberOrEmpty(record.enrolYear);
    default:
        return record.fieldText(field);
    }
}

QVariant StudentTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (index.column() == registrationColumn)
        return registrationData(index.row(), role);
    const auto field = static_cast<StudentField>(index.column());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
    case RecordIdRole: {
        const StudentRecord *loadedRecord = loaded(index.row());
        if (!loadedRecord)
            return {};
        const StudentRecord &record = *loadedRecord;
        if (role == RecordIdRole)
            return record.id;
        const QString text = displayText(record, field, m_revealed.contains(record.id));
        if (role == Qt::ToolTipRole) {
            if (field == StudentField::IdType)
                return idTypeDisplayName(record.idType);
            return field == StudentField::Note && !text.isEmpty() ? QVariant(text) : QVariant();
        }
        return text;
    }
    case Qt::TextAlignmentRole:
        if (field == StudentField::ProgramYears || field == StudentField::EnrolYear)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant StudentTableModel::registrationData(int row, int role) const
{
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != RecordIdRole)
        return {};
    const StudentRecord *loadedRecord = loaded(row);
    if (!loadedRecord)
        return {};
    const StudentRecord &record = *loadedRecord;
    if (role == RecordIdRole)
        return record.id;
    const QHash<qint64, StudentRegistration> &states = m_registrations.value(row / windowSize);
    const auto it = states.constFind(record.id);
    if (it == states.constEnd()) {
        if (!m_registrationsKnown) // never fetched: nobody is known to be unregistered yet
            return role == Qt::ToolTipRole ? QVariant(tr("Not fetched from the server yet: sync first.")) : QVariant();
        return role == Qt::DisplayRole ? QVariant(registrationStateDisplayName(RegistrationState::Unregistered))
                                       : QVariant();
    }
    if (role == Qt::ToolTipRole) {
        const QString subjects = registeredSubjectsText(it->subjects);
        return subjects.isEmpty() ? QVariant() : QVariant(subjects);
    }
    return registrationStateDisplayName(it->state);
}

QVariant StudentTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || section < 0)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Horizontal) {
        if (section == registrationColumn)
            return tr("Registration");
        if (section > fieldCount)
            return {};
        return studentFieldLabel(static_cast<StudentField>(section));
    }
    return QLocale().toString(section + 1);
}

void StudentTableModel::sort(int column, Qt::SortOrder order)
{
    StudentQuery query = m_query;
    // The registration column has no index to sort by: it sorts as the records were added (its
    // filter is the way to group students by state).
    if (column < 0 || column >= fieldCount)
        query.sortField.reset();
    else
        query.sortField = static_cast<StudentField>(column);
    query.descending = order == Qt::DescendingOrder;
    setQuery(query);
}

void StudentTableModel::setQuery(const StudentQuery &query)
{
    beginResetModel();
    const bool sameFilter = query.filter == m_query.filter;
    m_query = query;
    if (!sameFilter)
        m_revealed.clear();
    clearCache();
    m_rowCount = static_cast<int>(countRows());
    endResetModel();
}

void StudentTableModel::reload()
{
    clearCache();
    const int newCount = static_cast<int>(countRows());
    if (newCount != m_rowCount) {
        beginResetModel();
        m_rowCount = newCount;
        endResetModel();
        return;
    }
    if (m_rowCount > 0)
        Q_EMIT dataChanged(index(0, 0), index(m_rowCount - 1, registrationColumn));
}

const StudentRecord *StudentTableModel::loaded(int row) const
{
    if (row < 0 || row >= m_rowCount)
        return nullptr;
    const QList<StudentRecord> *rows = window(row / windowSize);
    const int offset = row % windowSize;
    return rows && offset < rows->size() ? &rows->at(offset) : nullptr;
}

std::optional<StudentRecord> StudentTableModel::recordAt(int row) const
{
    const StudentRecord *record = loaded(row);
    return record ? std::optional<StudentRecord>(*record) : std::nullopt;
}

int StudentTableModel::rowOfLoadedRecord(qint64 id) const
{
    for (auto it = m_windows.cbegin(); it != m_windows.cend(); ++it) {
        for (int i = 0; i < it.value().size(); ++i) {
            if (it.value().at(i).id == id)
                return it.key() * windowSize + i;
        }
    }
    return -1;
}

void StudentTableModel::setRevealed(qint64 id, bool revealed)
{
    if (revealed == m_revealed.contains(id))
        return;
    if (revealed)
        m_revealed.insert(id);
    else
        m_revealed.remove(id);
    const int row = rowOfLoadedRecord(id);
    if (row >= 0) {
        const QModelIndex changed = index(row, static_cast<int>(StudentField::IdNumber));
        Q_EMIT dataChanged(changed, changed, {Qt::DisplayRole});
    }
}

const QList<StudentRecord> *StudentTableModel::window(int windowIndex) const
{
    auto it = m_windows.find(windowIndex);
    if (it != m_windows.end()) {
        if (m_lru.constLast() != windowIndex) {
            m_lru.removeOne(windowIndex);
            m_lru.append(windowIndex);
        }
        return &it.value();
    }
    ++m_fetchCount;
    Result<QList<StudentRecord>> rows =
        m_repository.fetch(m_query, static_cast<qint64>(windowIndex) * windowSize, windowSize);
    if (!rows) {
        Q_EMIT errorOccurred(rows.error());
        // Remember the failure as an empty window so that painting does not retry in a loop.
    }
    QHash<qint64, StudentRegistration> registrations;
    if (rows && !rows.value().isEmpty()) {
        auto states = m_repository.registrationsOf(rows.value());
        if (states)
            registrations = std::move(states).value();
        else
            Q_EMIT errorOccurred(states.error());
    }
    while (m_lru.size() >= maxCachedWindows) {
        const int evicted = m_lru.takeFirst();
        m_windows.remove(evicted);
        m_registrations.remove(evicted);
    }
    m_lru.append(windowIndex);
    m_registrations.insert(windowIndex, std::move(registrations));
    it = m_windows.insert(windowIndex, rows ? std::move(rows).value() : QList<StudentRecord>());
    return &it.value();
}

void StudentTableModel::clearCache()
{
    m_windows.clear();
    m_registrations.clear();
    m_lru.clear();
    const Result<QDateTime> fetched = m_repository.registrationsFetchedAt();
    m_registrationsKnown = fetched && fetched.value().isValid();
}

qint64 StudentTableModel::countRows()
{
    Result<qint64> count = m_repository.count(m_query.filter);
    if (!count) {
        Q_EMIT errorOccurred(count.error());
        return 0;
    }
    return std::clamp<qint64>(count.value(), 0, std::numeric_limits<int>::max());
}

} // namespace cet
