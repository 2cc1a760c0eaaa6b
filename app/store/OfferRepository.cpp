#include "OfferRepository.h"

#include "Wire.h"

#include "NoticeSql.h"
#include "OfferSql.h"
#include "StoreSql.h"
#include "Subject.h"
#include "SyncSql.h"
#include "WholeObjectMerge.h"

#include <QSqlQuery>

#include <algorithm>

namespace cet {

using namespace offersql;
using noticesql::opBaseVersion;
using noticesql::queueOp;
using syncsql::queryError;

namespace {

// Pending and conflict flags of a record of `entity` whose key is the SQL expression `key`.
QString flags(const QString &entity, const QString &key)
{
    return QStringLiteral(" EXISTS (SELECT 1 FROM outbox o WHERE o.entity = '%1' AND o.entity_key = %2"
                          "  AND o.state IN %3),"
                          " EXISTS (SELECT 1 FROM sync_conflicts c WHERE c.entity = '%1' AND c.entity_key = %2"
                          "  AND c.resolved_at IS NULL)")
        .arg(entity, key, QLatin1String(syncsql::kPendingStates));
}

int subjectOrder(const QString &code)
{
    const auto &all = allSubjects();
    for (int i = 0; i < all.size(); ++i) {
        if (all.at(i).code == code)
            return i;
    }
    return int(all.size());
}

} // namespace

OfferRepository::OfferRepository(Database &db) : m_db(db) { }

Result<QList<Campus>> OfferRepository::campuses() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT code, name, address, server_version,") + flags(kCampusEntity, QStringLiteral("code"))
                + QStringLiteral(" FROM campuses ORDER BY code")))
        return queryError(q);
    QList<Campus> out;
    while (q.next())
        out << Campus{ { q.value(0).toString(), q.value(1).toString(), q.value(2).toString() },
                       q.value(3).toLongLong(), q.value(4).toBool(), q.value(5).toBool() };
    return out;
}

Result<QList<Offer>> OfferRepository::offers() const
{
    QSqlDatabase db = m_db.connection();
    QSqlQuery keys(db);
    if (!keys.exec(QStringLiteral("SELECT campus_code || ':' || subject, server_version,")
                   + flags(kOfferEntity, QStringLiteral("campus_code || ':' || subject"))
                   + QStringLiteral(", (SELECT b.data_json FROM sync_base b WHERE b.entity = 'offer'"
                                    " AND b.entity_key = campus_code || ':' || subject),"
                                    " (SELECT u.taken FROM offer_usage u WHERE u.campus_code = offers.campus_code"
                                    " AND u.subject = offers.subject),"
                                    " (SELECT u.paid FROM offer_usage u WHERE u.campus_code = offers.campus_code"
                                    " AND u.subject = offers.subject) FROM offers")))
        return queryError(keys);
    QList<Offer> out;
    while (keys.next()) {
        auto s = readOffer(db, keys.value(0).toString());
        if (!s)
            return s.error();
        if (!s.value())
            continue;
        Offer o;
        o.settings = *s.value();
        o.serverVersion = keys.value(1).toLongLong();
        o.pending = keys.value(2).toBool();
        o.conflict = keys.value(3).toBool();
        const QJsonObject base = syncsql::parseObject(keys.value(4).toString().toUtf8());
        // The latest count when one was fetched (bookings do not change the record), else the
        // count the record came with.
        o.taken = keys.value(5).isNull() ? base.value(QStringLiteral("taken")).toInt() : keys.value(5).toInt();
        o.paid = keys.value(6).isNull() ? base.value(QStringLiteral("paid")).toInt() : keys.value(6).toInt();
        out << o;
    }
    std::sort(out.begin(), out.end(), [](const Offer &a, const Offer &b) {
        if (a.settings.campusCode != b.settings.campusCode)
            return a.settings.campusCode < b.settings.campusCode;
        return subjectOrder(a.settings.subject) < subjectOrder(b.settings.subject);
    });
    return out;
}

Result<bool> OfferRepository::saveCampus(const CampusInfo &info)
{
    QSqlDatabase db = m_db.connection();
    sql::Transaction tx(db);
    if (auto r = tx.begin(); !r)
        return r.error();
    auto before = readCampus(db, info.code);
    if (!before)
        return before.error();
    if (before.value() && *before.value() == info)
        return false;
    auto baseVersion = opBaseVersion(db, kCampusEntity, info.code);
    if (!baseVersion)
        return baseVersion.error();
    if (auto r = writeCampus(db, info.code, info, -1); !r)
        return r.error();
    const std::optional<QJsonObject> old = before.value() ? std::optional(before.value()->toJson()) : std::nullopt;
    if (auto r = queueOp(db, kCampusEntity, info.code, baseVersion.value(), QStringLiteral("upsert"),
                         WholeObjectMerge::changesOf(old, info.toJson()));
        !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return true;
}

Result<int> OfferRepository::saveOffers(const QList<OfferSettings> &offers)
{
    QSqlDatabase db = m_db.connection();
    sql::Transaction tx(db);
    if (auto r = tx.begin(); !r)
        return r.error();
    int changed = 0;
    for (const OfferSettings &s : offers) {
        const QString key = offerKey(s.campusCode, s.subject);
        auto before = readOffer(db, key);
        if (!before)
            return before.error();
        if (before.value() && sameOffer(*before.value(), s))
            continue;
        auto baseVersion = opBaseVersion(db, kOfferEntity, key);
        if (!baseVersion)
            return baseVersion.error();
        if (auto r = writeOffer(db, key, s, -1); !r)
            return r.error();
        const std::optional<QJsonObject> old =
            before.value() ? std::optional(offerToJson(*before.value())) : std::nullopt;
        if (auto r = queueOp(db, kOfferEntity, key, baseVersion.value(), QStringLiteral("upsert"),
                             WholeObjectMerge::changesOf(old, offerToJson(s)));
            !r)
            return r.error();
        ++changed;
    }
    if (auto r = tx.commit(); !r)
        return r.error();
    return changed;
}

Result<std::optional<OfferConflict>> OfferRepository::conflict(const QString &entity, const QString &key) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, mine_json, theirs_json, changed_by, changed_at FROM sync_conflicts"
                             " WHERE entity = ? AND entity_key = ? AND resolved_at IS NULL ORDER BY id DESC LIMIT 1"));
    q.addBindValue(entity);
    q.addBindValue(key);
    if (!q.exec())
        return queryError(q);
    if (!q.next())
        return std::optional<OfferConflict>();
    OfferConflict c;
    c.id = q.value(0).toLongLong();
    c.entity = entity;
    c.key = key;
    c.mine = syncsql::parseValue(q.value(1).toString()).toObject();
    c.theirs = syncsql::parseValue(q.value(2).toString()).toObject();
    c.changedBy = q.value(3).toString();
    c.changedAt = QDateTime::fromString(q.value(4).toString(), Qt::ISODateWithMs);
    if (!c.changedAt.isValid())
        c.changedAt = QDateTime::fromString(q.value(4).toString(), Qt::ISODate);
    return std::optional<OfferConflict>(c);
}

Result<QMap<QString, int>> OfferRepository::studentsPerCampus() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT campus_code, COUNT(*) FROM students WHERE deleted_at IS NULL"
                               " AND campus_code <> '' GROUP BY campus_code")))
        return queryError(q);
    QMap<QString, int> out;
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toInt());
    return out;
}

Result<QStringList> OfferRepository::noticeCodes() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT code FROM notices ORDER BY code")))
        return queryError(q);
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

Result<void> OfferRepository::storeUsage(const QDateTime &fetchedAt, const QList<OfferUsage> &offers,
                                         const QList<BookingHour> &bookings)
{
    QSqlDatabase db = m_db.connection();
    sql::Transaction tx(db);
    if (auto r = tx.begin(); !r)
        return r.error();
    QSqlQuery q(db);
    for (const char *table : { "offer_usage", "offer_booking_hours", "offer_usage_state" }) {
        if (!q.exec(QStringLiteral("DELETE FROM %1").arg(QLatin1String(table))))
            return queryError(q);
    }
    if (!q.prepare(QStringLiteral("INSERT INTO offer_usage (campus_code, subject, capacity, taken, paid) "
                                  "VALUES (?, ?, ?, ?, ?)")))
        return queryError(q);
    for (const OfferUsage &u : offers) {
        q.addBindValue(u.campusCode);
        q.addBindValue(u.subject);
        q.addBindValue(u.capacity);
        q.addBindValue(u.taken);
        q.addBindValue(u.paid);
        if (!q.exec())
            return queryError(q);
    }
    if (!q.prepare(QStringLiteral("INSERT OR REPLACE INTO offer_booking_hours (campus_code, subject, hour, booked) "
                                  "VALUES (?, ?, ?, ?)")))
        return queryError(q);
    for (const BookingHour &b : bookings) {
        q.addBindValue(b.campusCode);
        q.addBindValue(b.subject);
        q.addBindValue(protocol::toWireTime(b.hour));
        q.addBindValue(b.booked);
        if (!q.exec())
            return queryError(q);
    }
    if (!q.prepare(QStringLiteral("INSERT INTO offer_usage_state (id, fetched_at) VALUES (1, ?)")))
        return queryError(q);
    q.addBindValue(protocol::toWireTime(fetchedAt));
    if (!q.exec())
        return queryError(q);
    return tx.commit();
}

Result<QList<BookingHour>> OfferRepository::bookingHours() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT campus_code, subject, hour, booked FROM offer_booking_hours "
                               "ORDER BY campus_code, subject, hour")))
        return queryError(q);
    QList<BookingHour> out;
    while (q.next()) {
        const auto hour = protocol::fromWireTime(q.value(2).toString());
        if (hour)
            out << BookingHour{ q.value(0).toString(), q.value(1).toString(), *hour, q.value(3).toInt() };
    }
    return out;
}

Result<QDateTime> OfferRepository::usageFetchedAt() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT fetched_at FROM offer_usage_state WHERE id = 1")))
        return queryError(q);
    if (!q.next())
        return QDateTime();
    return protocol::fromWireTime(q.value(0).toString()).value_or(QDateTime());
}

Result<void> OfferRepository::confirmUsage(const QDateTime &at)
{
    QSqlQuery q(m_db.connection());
    if (!q.prepare(QStringLiteral("UPDATE offer_usage_state SET fetched_at = ? WHERE id = 1")))
        return queryError(q);
    q.addBindValue(protocol::toWireTime(at));
    if (!q.exec())
        return queryError(q);
    return {};
}

} // namespace cet
