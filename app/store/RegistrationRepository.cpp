#include "RegistrationRepository.h"

#include "StoreSql.h"
#include "SyncSql.h"
#include "Wire.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace cet {

namespace {

using syncsql::queryError;

QString subjectsJson(const QList<RegisteredSubject> &subjects)
{
    QJsonArray list;
    for (const RegisteredSubject &s : subjects)
        list.append(QJsonObject{ { QStringLiteral("subject"), s.subject },
                                 { QStringLiteral("campus_code"), s.campusCode },
                                 { QStringLiteral("paid"), s.paid } });
    return QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact));
}

QList<RegisteredSubject> subjectsFrom(const QString &json)
{
    QList<RegisteredSubject> out;
    for (const QJsonValue &v : QJsonDocument::fromJson(json.toUtf8()).array()) {
        const QJsonObject o = v.toObject();
        out << RegisteredSubject{ o.value(QStringLiteral("subject")).toString(),
                                  o.value(QStringLiteral("campus_code")).toString(),
                                  o.value(QStringLiteral("paid")).toBool() };
    }
    return out;
}

} // namespace

RegistrationRepository::RegistrationRepository(Database &db) : m_db(db) {}

Result<QString> RegistrationRepository::cursor(const QString &school) const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT school, cursor FROM registration_fetch WHERE id = 1")))
        return queryError(q);
    if (!q.next() || q.value(0).toString() != school)
        return QString();
    return q.value(1).toString();
}

Result<QDateTime> RegistrationRepository::fetchedAt() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT fetched_at FROM registration_fetch WHERE id = 1")))
        return queryError(q);
    if (!q.next())
        return QDateTime();
    return protocol::fromWireTime(q.value(0).toString()).value_or(QDateTime());
}

Result<void> RegistrationRepository::confirmFetched(const QString &school, const QDateTime &at)
{
    QSqlQuery q(m_db.connection());
    if (!q.prepare(QStringLiteral("UPDATE registration_fetch SET fetched_at = ? WHERE id = 1 AND school = ?")))
        return queryError(q);
    q.addBindValue(protocol::toWireTime(at));
    q.addBindValue(school);
    if (!q.exec())
        return queryError(q);
    return {};
}

Result<int> RegistrationRepository::apply(const QString &school, const QString &cursor, const QDateTime &fetchedAt,
                                          bool complete, const QList<StudentRegistration> &registrations)
{
    QSqlDatabase db = m_db.connection();
    sql::Transaction tx(db);
    if (auto r = tx.begin(); !r)
        return r.error();
    QSqlQuery q(db);
    int changed = 0;
    if (complete) {
        if (!q.exec(QStringLiteral("DELETE FROM registration_states")))
            return queryError(q);
        changed = q.numRowsAffected();
    }
    QSqlQuery remove(db), upsert(db);
    if (!remove.prepare(QStringLiteral("DELETE FROM registration_states WHERE id_number = ? AND id_type = ?")))
        return queryError(remove);
    // Unchanged rows are left alone, so that the count says how many students really changed.
    if (!upsert.prepare(QStringLiteral(
            "INSERT INTO registration_states (id_number, id_type, state, saved_at, subjects) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT (id_number, id_type) DO UPDATE SET state = excluded.state, saved_at = excluded.saved_at, "
            "subjects = excluded.subjects WHERE state IS NOT excluded.state OR subjects IS NOT excluded.subjects")))
        return queryError(upsert);
    for (const StudentRegistration &r : registrations) {
        QSqlQuery &step = r.state == RegistrationState::Unregistered ? remove : upsert;
        step.addBindValue(r.idNumber);
        step.addBindValue(static_cast<int>(r.idType));
        if (&step == &upsert) {
            step.addBindValue(static_cast<int>(r.state));
            step.addBindValue(r.savedAt.isValid() ? protocol::toWireTime(r.savedAt) : QString());
            step.addBindValue(subjectsJson(r.subjects));
        }
        if (!step.exec())
            return queryError(step);
        if (!complete)
            changed += step.numRowsAffected() > 0 ? 1 : 0;
    }
    if (complete)
        changed = std::max<int>(changed, registrations.size()); // a full replacement counts as a change of all
    if (!q.prepare(QStringLiteral("INSERT OR REPLACE INTO registration_fetch (id, school, cursor, fetched_at) "
                                  "VALUES (1, ?, ?, ?)")))
        return queryError(q);
    q.addBindValue(school);
    q.addBindValue(cursor);
    q.addBindValue(protocol::toWireTime(fetchedAt.isValid() ? fetchedAt : QDateTime::currentDateTimeUtc()));
    if (!q.exec())
        return queryError(q);
    if (auto r = tx.commit(); !r)
        return r.error();
    return changed;
}

Result<QHash<qint64, StudentRegistration>> RegistrationRepository::forRecords(const QList<StudentRecord> &records) const
{
    QHash<qint64, StudentRegistration> out;
    if (records.isEmpty())
        return out;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT state, saved_at, subjects FROM registration_states "
                                  "WHERE id_number = ? AND id_type = ?")))
        return queryError(q);
    for (const StudentRecord &record : records) {
        q.addBindValue(record.idNumber);
        q.addBindValue(static_cast<int>(record.idType));
        if (!q.exec())
            return queryError(q);
        if (!q.next())
            continue;
        StudentRegistration r;
        r.idType = record.idType;
        r.idNumber = record.idNumber;
        r.state = static_cast<RegistrationState>(q.value(0).toInt());
        r.savedAt = protocol::fromWireTime(q.value(1).toString()).value_or(QDateTime());
        r.subjects = subjectsFrom(q.value(2).toString());
        q.finish();
        out.insert(record.id, r);
    }
    return out;
}

Result<RegistrationTally> RegistrationRepository::tally() const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    RegistrationTally t;
    if (!q.exec(QStringLiteral("SELECT count(*) FROM students INDEXED BY students_name WHERE deleted_at IS NULL"))
        || !q.next())
        return queryError(q);
    t.students = q.value(0).toLongLong();
    q.finish();
    if (!q.exec(QStringLiteral("SELECT r.state, count(*) FROM registration_states r JOIN students s "
                               "ON s.id_number = r.id_number AND s.id_type = r.id_type AND s.deleted_at IS NULL "
                               "GROUP BY r.state")))
        return queryError(q);
    while (q.next()) {
        const qint64 n = q.value(1).toLongLong();
        switch (static_cast<RegistrationState>(q.value(0).toInt())) {
        case RegistrationState::Bound: t.bound = n; break;
        case RegistrationState::Booked: t.booked = n; break;
        case RegistrationState::Paid: t.paid = n; break;
        case RegistrationState::Unregistered: break;
        }
    }
    t.unregistered = std::max<qint64>(0, t.students - t.registered());
    return t;
}

} // namespace cet
