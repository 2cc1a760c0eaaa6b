#include "OfferSql.h"

#include "SqlValues.h"

namespace cet::central::offersql {

Result<void> put(CentralStore &store, const OfferRow &row)
{
    return sqlvalues::run(
        store,
        QStringLiteral("INSERT INTO offers (school_code, campus_code, subject, offered, capacity, taken, fee_fen, "
                       "window_start, window_end, exam_date, open_to_other_schools) "
                       "VALUES (?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?) ON CONFLICT (school_code, campus_code, subject) "
                       "DO UPDATE SET offered = excluded.offered, capacity = excluded.capacity, "
                       "fee_fen = excluded.fee_fen, window_start = excluded.window_start, "
                       "window_end = excluded.window_end, exam_date = excluded.exam_date, "
                       "open_to_other_schools = excluded.open_to_other_schools"),
        { row.school, row.campus, row.subject, row.offered ? 1 : 0, row.capacity, row.feeFen, toMs(row.windowStart),
          toMs(row.windowEnd), row.examDate, row.openToOtherSchools ? 1 : 0 });
}

Result<QList<OfferRow>> forCampus(CentralStore &store, const QString &school, const QString &campus)
{
    auto q = store.exec(QStringLiteral("SELECT subject, offered, capacity, taken, fee_fen, window_start, window_end, "
                                       "exam_date, open_to_other_schools FROM offers "
                                       "WHERE school_code = ? AND campus_code = ? ORDER BY subject"),
                        { school, campus });
    if (!q)
        return q.error();
    QList<OfferRow> out;
    QSqlQuery &r = q.value();
    while (r.next()) {
        OfferRow o;
        o.school = school;
        o.campus = campus;
        o.subject = r.value(0).toString();
        o.offered = r.value(1).toInt() != 0;
        o.capacity = r.value(2).toInt();
        o.taken = r.value(3).toInt();
        o.feeFen = r.value(4).toLongLong();
        o.windowStart = fromMs(r.value(5).toLongLong());
        o.windowEnd = fromMs(r.value(6).toLongLong());
        o.examDate = r.value(7).toString();
        o.openToOtherSchools = r.value(8).toInt() != 0;
        out.append(o);
    }
    return out;
}

} // namespace cet::central::offersql
