#pragma once

#include "Database.h"
#include "RegistrationRepository.h"
#include "StudentQuery.h"
#include "StudentRecord.h"

#include <QHash>
#include <QList>
#include <QStringList>
#include <QVariantList>

#include <functional>
#include <optional>

namespace cet {

// Student records (学籍) in the local database. All SQL about students lives here.
class StudentRepository
{
public:
    explicit StudentRepository(Database &db);

    // Inserts new records in one transaction (all or nothing), optionally attributed to an
    // import batch. Sets `id` and `rowVersion` of each record on success.
    Result<void> insert(QList<StudentRecord> &records, qint64 importBatchId = 0);

    // Changes one record from `before` to `after` (same id). Refuses with "store.stale" when the
    // stored row's rowVersion differs from before.rowVersion (someone else changed it).
    // In the same transaction: an outbox operation with the changed fields, and an audit entry.
    // On success returns the record as stored (new rowVersion, updatedAt).
    Result<StudentRecord> update(const StudentRecord &before, const StudentRecord &after, const QString &actor);

    Result<std::optional<StudentRecord>> byId(qint64 id) const;
    Result<std::optional<StudentRecord>> byIdentity(IdType type, const QString &idNumber) const;

    Result<qint64> count(const StudentFilter &filter = {}) const;
    // One window of the query's result, rows [offset, offset + limit).
    Result<QList<StudentRecord>> fetch(const StudentQuery &query, qint64 offset, int limit) const;
    // Windows from this offset on look their ids up in the index first (default 2000); tests lower it
    // to run both paths over small data.
    void setDeepOffset(qint64 offset) { m_deepOffset = offset; }
    // Streams every row of the query in order; stop by returning false from `visit`.
    Result<void> forEach(const StudentQuery &query, const std::function<bool(const StudentRecord &)> &visit) const;

    // Distinct non-empty values of a text column, sorted (for filter choices): CampusCode,
    // Department, Grade.
    Result<QStringList> distinctValues(StudentField field) const;
    // The registration states of `records` (by record id; none = unregistered) and the roster's
    // tally per state, as last fetched from the server.
    Result<QHash<qint64, StudentRegistration>> registrationsOf(const QList<StudentRecord> &records) const;
    Result<RegistrationTally> registrationTally() const;
    // When the states were last fetched; invalid when never (then nobody is known unregistered).
    Result<QDateTime> registrationsFetchedAt() const;

    // Writes an audit entry that `actor` looked at the full ID number of record `id`.
    Result<void> logReveal(qint64 id, const QString &actor);

private:
    // count() results, valid while no connection has written (PRAGMA data_version and
    // total_changes() unchanged); fetch() uses them to pick a plan.
    Result<qint64> cachedCount(const StudentFilter &filter) const;
    struct Select
    {
        QString sql;
        QVariantList binds;
    };
    // idsOnly selects just the row ids, which every index covers: deep windows skip their offset
    // inside the index and read only the rows of the window from the table.
    Result<Select> buildSelect(const StudentQuery &query, qint64 offset, qint64 limit, bool idsOnly = false) const;
    Result<QList<StudentRecord>> fetchByIds(const QList<qint64> &ids) const;

    Database &m_db;
    qint64 m_deepOffset = 2000;
    mutable QHash<QString, qint64> m_counts;
    mutable qint64 m_countsDataVersion = -1;
    mutable qint64 m_countsTotalChanges = -1;
};

} // namespace cet
