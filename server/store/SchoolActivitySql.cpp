#include "SchoolActivitySql.h"

namespace cet::central::schoolactivitysql {

Result<Stamps> latest(CentralStore &store, const QString &school)
{
    // Both read one end of an index (registrations by school and changed_at; offers by school).
    auto q = store.exec(QStringLiteral("SELECT (SELECT max(changed_at) FROM registrations WHERE school_code = ?), "
                                       "(SELECT max(seats_changed_at) FROM offers WHERE school_code = ?)"),
                        { school, school });
    if (!q)
        return q.error();
    Stamps out;
    if (q.value().next()) {
        out.registrations = q.value().value(0).toLongLong();
        out.seats = q.value().value(1).toLongLong();
    }
    q.value().finish();
    return out;
}

} // namespace cet::central::schoolactivitysql
