#include "OfferSql.h"

#include "StoreSql.h"
#include "SyncSql.h"
#include "Wire.h"

#include <QSqlQuery>

namespace cet::offersql {

using syncsql::queryError;

namespace {

QString wireTime(const QDateTime &t)
{
    // Not null: an unset time is stored as ''.
    return t.isValid() ? protocol::toWireTime(t) : QStringLiteral("");
}

QDateTime timeOf(const QVariant &v)
{
    return protocol::fromWireTime(v.toString()).value_or(QDateTime());
}

// "100011:F" → ("100011", "F"); the campus code never holds a colon.
std::pair<QString, QString> splitKey(const QString &key)
{
    const qsizetype colon = key.lastIndexOf(QLatin1Char(':'));
    return colon < 0 ? std::pair{ key, QString() } : std::pair{ key.left(colon), key.mid(colon + 1) };
}

} // namespace

Result<std::optional<CampusInfo>> readCampus(QSqlDatabase db, const QString &code)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT name, address FROM campuses WHERE code = ?"));
    q.addBindValue(code);
    if (!q.exec())
        return queryError(q);
    if (!q.next())
        return std::optional<CampusInfo>();
    return std::optional<CampusInfo>(CampusInfo{ code, q.value(0).toString(), q.value(1).toString() });
}

Result<void> writeCampus(QSqlDatabase db, const QString &code, const std::optional<CampusInfo> &info, qint64 version)
{
    QSqlQuery q(db);
    if (!info) {
        q.prepare(QStringLiteral("DELETE FROM campuses WHERE code = ?"));
        q.addBindValue(code);
    } else {
        q.prepare(QStringLiteral("INSERT INTO campuses (code, name, address, server_version, updated_at)"
                                 " VALUES (?, ?, ?, ?, ?) ON CONFLICT (code) DO UPDATE SET"
                                 " name = excluded.name, address = excluded.address,"
                                 " server_version = CASE WHEN ? THEN server_version ELSE excluded.server_version END,"
                                 " updated_at = excluded.updated_at"));
        q.addBindValue(code);
        q.addBindValue(sql::text(info->name));
        q.addBindValue(sql::text(info->address));
        q.addBindValue(std::max<qint64>(version, 0));
        q.addBindValue(sql::nowText());
        q.addBindValue(version < 0 ? 1 : 0);
    }
    if (!q.exec())
        return queryError(q, QStringLiteral("store.update_failed"));
    return {};
}

Result<std::optional<OfferSettings>> readOffer(QSqlDatabase db, const QString &key)
{
    const auto [campus, subject] = splitKey(key);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT offered, capacity, fee_fen, window_start, window_end, exam_at,"
                             " open_to_other_schools FROM offers WHERE campus_code = ? AND subject = ?"));
    q.addBindValue(campus);
    q.addBindValue(subject);
    if (!q.exec())
        return queryError(q);
    if (!q.next())
        return std::optional<OfferSettings>();
    OfferSettings s;
    s.campusCode = campus;
    s.subject = subject;
    s.offered = q.value(0).toBool();
    s.capacity = q.value(1).toInt();
    s.feeFen = q.value(2).toLongLong();
    s.windowStart = timeOf(q.value(3));
    s.windowEnd = timeOf(q.value(4));
    s.examAt = timeOf(q.value(5));
    s.openToOtherSchools = q.value(6).toBool();
    return std::optional<OfferSettings>(s);
}

Result<void> writeOffer(QSqlDatabase db, const QString &key, const std::optional<OfferSettings> &offer, qint64 version)
{
    const auto [campus, subject] = splitKey(key);
    QSqlQuery q(db);
    if (!offer) {
        q.prepare(QStringLiteral("DELETE FROM offers WHERE campus_code = ? AND subject = ?"));
        q.addBindValue(campus);
        q.addBindValue(subject);
    } else {
        q.prepare(QStringLiteral(
            "INSERT INTO offers (campus_code, subject, offered, capacity, fee_fen, window_start, window_end, exam_at,"
            " open_to_other_schools, server_version, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT (campus_code, subject) DO UPDATE SET offered = excluded.offered,"
            " capacity = excluded.capacity, fee_fen = excluded.fee_fen, window_start = excluded.window_start,"
            " window_end = excluded.window_end, exam_at = excluded.exam_at,"
            " open_to_other_schools = excluded.open_to_other_schools,"
            " server_version = CASE WHEN ? THEN server_version ELSE excluded.server_version END,"
            " updated_at = excluded.updated_at"));
        q.addBindValue(campus);
        q.addBindValue(subject);
        q.addBindValue(offer->offered ? 1 : 0);
        q.addBindValue(offer->capacity);
        q.addBindValue(offer->feeFen);
        q.addBindValue(wireTime(offer->windowStart));
        q.addBindValue(wireTime(offer->windowEnd));
        q.addBindValue(wireTime(offer->examAt));
        q.addBindValue(offer->openToOtherSchools ? 1 : 0);
        q.addBindValue(std::max<qint64>(version, 0));
        q.addBindValue(sql::nowText());
        q.addBindValue(version < 0 ? 1 : 0);
    }
    if (!q.exec())
        return queryError(q, QStringLiteral("store.update_failed"));
    return {};
}

} // namespace cet::offersql
