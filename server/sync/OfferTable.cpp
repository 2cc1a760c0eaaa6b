#include "OfferTable.h"

#include "SqlValues.h"
#include "TableDigest.h"

namespace cet::central::offertable {

namespace {

// paid is counted from the candidates' subjects, so that nothing but a payment changes it.
const QString kSelect = QStringLiteral(
    "SELECT o.campus_code, o.subject, o.offered, o.capacity, o.taken, o.fee_fen, o.window_start, o.window_end, "
    "o.exam_at, o.exam_date, o.open_to_other_schools, o.version, o.seq, o.deleted_at, o.changed_by, o.changed_at, "
    "o.origin_op_id, (SELECT COUNT(*) FROM registration_subjects s WHERE s.school_code = o.school_code "
    "AND s.campus_code = o.campus_code AND s.subject = o.subject AND s.deleted_at IS NULL "
    "AND s.payment_state = 'paid') FROM offers o ");

// Exam days are Beijing dates; exam_date keeps the day for the readers that only want the day.
const int kBeijingOffset = 8 * 3600;

StoredOffer readRow(const QSqlQuery &q)
{
    StoredOffer o;
    OfferSettings &s = o.settings;
    s.campusCode = q.value(0).toString();
    s.subject = q.value(1).toString();
    s.offered = q.value(2).toInt() != 0;
    s.capacity = q.value(3).toInt();
    o.taken = q.value(4).toInt();
    s.feeFen = q.value(5).toLongLong();
    s.windowStart = fromMs(q.value(6).toLongLong());
    s.windowEnd = fromMs(q.value(7).toLongLong());
    if (!q.value(8).isNull())
        s.examAt = fromMs(q.value(8).toLongLong());
    else // rows written before exam times: 09:00 Beijing time of the exam day
        s.examAt = QDateTime(QDate::fromString(q.value(9).toString(), Qt::ISODate), QTime(9, 0), Qt::OffsetFromUTC,
                             kBeijingOffset)
                       .toUTC();
    s.openToOtherSchools = q.value(10).toInt() != 0;
    o.version = q.value(11).toLongLong();
    o.seq = q.value(12).toLongLong();
    o.deleted = !q.value(13).isNull();
    o.changedBy = q.value(14).toString();
    o.changedAt = fromMs(q.value(15).toLongLong());
    o.originOpId = q.value(16).toString();
    o.paid = q.value(17).toInt();
    return o;
}

Result<QList<StoredOffer>> readAll(CentralStore &store, const QString &where, const QVariantList &binds)
{
    auto q = store.exec(kSelect + where, binds);
    if (!q)
        return q.error();
    QList<StoredOffer> out;
    while (q.value().next())
        out.append(readRow(q.value()));
    return out;
}

QString examDate(const QDateTime &examAt)
{
    return examAt.toOffsetFromUtc(kBeijingOffset).date().toString(Qt::ISODate);
}

// offered, capacity, fee_fen, window_start, window_end, exam_at, exam_date, open_to_other_schools,
// version, seq, deleted_at, changed_by, changed_at, origin_op_id
QVariantList writeBinds(const StoredOffer &o)
{
    const OfferSettings &s = o.settings;
    return { s.offered ? 1 : 0,
             s.capacity,
             s.feeFen,
             toMs(s.windowStart),
             toMs(s.windowEnd),
             toMs(s.examAt),
             examDate(s.examAt),
             s.openToOtherSchools ? 1 : 0,
             o.version,
             o.seq,
             o.deleted ? QVariant(toMs(o.changedAt)) : sqlvalues::nullInt(),
             o.changedBy,
             toMs(o.changedAt),
             sqlvalues::textOrNull(o.originOpId) };
}

} // namespace

Result<std::optional<StoredOffer>> find(CentralStore &store, const QString &school, const QString &campus,
                                        const QString &subject)
{
    auto rows = readAll(store, QStringLiteral("WHERE o.school_code = ? AND o.campus_code = ? AND o.subject = ?"),
                        { school, campus, subject });
    if (!rows)
        return rows.error();
    if (rows.value().isEmpty())
        return std::optional<StoredOffer>();
    return std::optional<StoredOffer>(rows.value().first());
}

Result<void> insert(CentralStore &store, const QString &school, const StoredOffer &o)
{
    QVariantList binds{ school, o.settings.campusCode, o.settings.subject };
    binds.append(writeBinds(o));
    return sqlvalues::run(store,
                          QStringLiteral("INSERT INTO offers (school_code, campus_code, subject, offered, capacity, "
                                         "fee_fen, window_start, window_end, exam_at, exam_date, open_to_other_schools, "
                                         "version, seq, deleted_at, changed_by, changed_at, origin_op_id, taken) "
                                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)"),
                          binds);
}

Result<bool> updateIfSeatsFit(CentralStore &store, const QString &school, const StoredOffer &o)
{
    QVariantList binds = writeBinds(o);
    binds << school << o.settings.campusCode << o.settings.subject << (o.deleted ? 0 : o.settings.capacity);
    auto written = store.scalar(
        QStringLiteral("UPDATE offers SET offered = ?, capacity = ?, fee_fen = ?, window_start = ?, window_end = ?, "
                       "exam_at = ?, exam_date = ?, open_to_other_schools = ?, version = ?, seq = ?, deleted_at = ?, "
                       "changed_by = ?, changed_at = ?, origin_op_id = ? "
                       "WHERE school_code = ? AND campus_code = ? AND subject = ? AND taken <= ? RETURNING taken"),
        binds);
    if (!written)
        return written.error();
    return !written.value().isNull();
}

Result<QStringList> offeredAt(CentralStore &store, const QString &school, const QString &campus)
{
    auto q = store.exec(QStringLiteral("SELECT subject FROM offers WHERE school_code = ? AND campus_code = ? "
                                       "AND offered = 1 AND deleted_at IS NULL ORDER BY subject"),
                        { school, campus });
    if (!q)
        return q.error();
    QStringList out;
    while (q.value().next())
        out << q.value().value(0).toString();
    return out;
}

Result<QList<StoredOffer>> changes(CentralStore &store, const QString &school, qint64 since, int limit)
{
    return readAll(store, QStringLiteral("WHERE o.school_code = ? AND o.seq > ? ORDER BY o.seq LIMIT ?"),
                   { school, since, limit });
}

Result<QList<StoredOffer>> live(CentralStore &store, const QString &school)
{
    return readAll(store,
                   QStringLiteral("WHERE o.school_code = ? AND o.deleted_at IS NULL ORDER BY o.campus_code, o.subject"),
                   { school });
}

// Rows written outside a desk's push (the demo, an administrator) have seq 0 and are not in the
// change feed, so the digest leaves them out too: a desk that pulled everything agrees with it.
Result<protocol::EntityDigest> digest(CentralStore &store, const QString &school)
{
    return tableDigest(
        store,
        QStringLiteral("SELECT campus_code, subject, version, seq, deleted_at FROM offers WHERE school_code = ? AND seq > 0"),
        { school }, [](const QSqlQuery &r) {
            QString key = r.value(0).toString();
            key.append(QLatin1Char(':'));
            key.append(r.value(1).toString());
            return key;
        });
}

Result<QList<HourlyBookings>> bookingsPerHour(CentralStore &store, const QString &school, const QDateTime &since)
{
    auto q = store.exec(QStringLiteral("SELECT campus_code, subject, (booked_at / 3600000) * 3600000 AS hour, COUNT(*) "
                                       "FROM registration_subjects WHERE school_code = ? AND booked_at >= ? "
                                       "AND deleted_at IS NULL GROUP BY campus_code, subject, hour "
                                       "ORDER BY campus_code, subject, hour"),
                        { school, toMs(since) });
    if (!q)
        return q.error();
    QList<HourlyBookings> out;
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        out.append({ r.value(0).toString(), r.value(1).toString(), fromMs(r.value(2).toLongLong()), r.value(3).toInt() });
    }
    return out;
}

} // namespace cet::central::offertable
