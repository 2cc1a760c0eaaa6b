#pragma once

#include "RegistrationState.h"
#include "Result.h"
#include "StudentQuery.h"
#include "StudentRecord.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>

#include <optional>

namespace cet {

class StudentRepository;

// The Students table: one row per student record of the current query, one column per
// StudentField and a last one (registrationColumn) for the student's registration state as last
// fetched from the server. Rows are loaded from the repository in windows of `windowSize` rows when a view
// asks for them, and a few recently used windows are kept (never the whole table).
// ID numbers are masked unless a row's record was explicitly revealed (setRevealed()).
class StudentTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    static constexpr int windowSize = 200;
    static constexpr int maxCachedWindows = 8;
    enum Role { RecordIdRole = Qt::UserRole + 1 };
    static constexpr int registrationColumn = static_cast<int>(StudentField::Count_);

    explicit StudentTableModel(const StudentRepository &repository, QObject *parent = nullptr);
    ~StudentTableModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    const StudentQuery &query() const { return m_query; }
    // Replaces the query (search, filters, sort) and resets the model.
    void setQuery(const StudentQuery &query);
    // Re-reads the current query after a change in the database. Keeps rows and selection in
    // views when the number of rows did not change.
    void reload();

    // The record shown in `row` (loads its window if needed); nullopt if out of range or on error.
    std::optional<StudentRecord> recordAt(int row) const;
    // The row of record `id` among the loaded windows; -1 if not loaded.
    int rowOfLoadedRecord(qint64 id) const;

    // Shows the full ID number of record `id` (after the reveal was logged), or masks it again.
    void setRevealed(qint64 id, bool revealed);
    bool isRevealed(qint64 id) const { return m_revealed.contains(id); }

    // How many windows were read from the repository so far (for tests and diagnostics).
    int windowFetchCount() const { return m_fetchCount; }

    // Display text of `field` of `record`, masked ID number unless `revealed`.
    static QString displayText(const StudentRecord &record, StudentField field, bool revealed);

Q_SIGNALS:
    // A read from the database failed; the message is for the user.
    void errorOccurred(const cet::Error &error) const;

private:
    const QList<StudentRecord> *window(int windowIndex) const;
    // The record of `row` from its window (loading the window if needed); null past the end.
    const StudentRecord *loaded(int row) const;
    QVariant registrationData(int row, int role) const;
    void clearCache();
    qint64 countRows();

    const StudentRepository &m_repository; // reads only
    StudentQuery m_query;
    int m_rowCount = 0;
    QSet<qint64> m_revealed;

    // Cache of windows, most recently used last, and the registrations of each window's records.
    mutable QHash<int, QList<StudentRecord>> m_windows;
    mutable QHash<int, QHash<qint64, StudentRegistration>> m_registrations;
    bool m_registrationsKnown = false; // fetched from the server at least once
    mutable QList<int> m_lru;
    mutable int m_fetchCount = 0;
};

} // namespace cet
