#pragma once

#include "Database.h"
#include "RegistrationState.h"
#include "Result.h"
#include "StudentRecord.h"

#include <QHash>
#include <QList>
#include <QString>

namespace cet {

// How many students of the local roster are at each registration state.
struct RegistrationTally
{
    qint64 students = 0, unregistered = 0, bound = 0, booked = 0, paid = 0;
    qint64 registered() const { return bound + booked + paid; }
};

// The students' registration states as the server last told them (fetched after each sync). The
// server owns them: this desktop never edits them, it replaces them with what the server says.
class RegistrationRepository
{
public:
    explicit RegistrationRepository(Database &db);

    // The cursor to fetch changes since, for `school`; empty when nothing was fetched for that school
    // (a first fetch, or a database that now syncs another school), which asks for everything.
    Result<QString> cursor(const QString &school) const;
    // Stores a fetch's answer in one transaction: a complete answer replaces every state, else each
    // student named is updated (an Unregistered one removed). Returns how many students changed.
    Result<int> apply(const QString &school, const QString &cursor, const QDateTime &fetchedAt, bool complete,
                      const QList<StudentRegistration> &registrations);
    // When states were last fetched; invalid when never.
    Result<QDateTime> fetchedAt() const;
    // The server said nothing changed since the last fetch for `school`: the states stand as of `at`.
    Result<void> confirmFetched(const QString &school, const QDateTime &at);

    // The registrations of `records` (by record id); a record with none is unregistered.
    Result<QHash<qint64, StudentRegistration>> forRecords(const QList<StudentRecord> &records) const;
    // Students of the live roster per state.
    Result<RegistrationTally> tally() const;

private:
    Database &m_db;
};

} // namespace cet
