#include "SyncStore.h"

#include "StoreSql.h"
#include "StudentHash.h"
#include "StudentSql.h"
#include "SyncImportExpansion.h"
#include "SyncMerger.h"
#include "SyncSql.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <algorithm>

namespace cet {

using syncsql::queryError;

namespace {

QDateTime timeOf(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}

} // namespace

SyncStore::SyncStore(Database &db) : m_db(db) { }

Result<SyncState> SyncStore::state() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT server_url, user_name, display_name, role, school_code, epoch, cursor,"
                               " last_sync_at, last_error FROM sync_state WHERE id = 1")))
        return queryError(q);
    SyncState s;
    if (q.next()) {
        s.serverUrl = q.value(0).toString();
        s.userName = q.value(1).toString();
        s.displayName = q.value(2).toString();
        s.role = q.value(3).toString();
        s.schoolCode = q.value(4).toString();
        s.epoch = q.value(5).toString();
        s.cursor = q.value(6).toLongLong();
        s.lastSyncAt = timeOf(q.value(7));
        s.lastError = q.value(8).toString();
    }
    return s;
}

Result<void> SyncStore::saveAccount(const QString &serverUrl, const QString &user, const QString &displayName,
                                    const QString &role, const QString &school)
{
    QSqlDatabase db = m_db.connection();
    sql::Transaction tx(db);
    if (auto r = tx.begin(); !r)
        return r.error();
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT server_url, school_code, cursor FROM sync_state WHERE id = 1")) || !q.next())
        return queryError(q);
    const QString oldServer = q.value(0).toString();
    const QString oldSchool = q.value(1).toString();
    const bool used = q.value(2).toLongLong() > 0;
    q.finish();
    // Another server or school: this database's sync position means nothing there.
    if (used && (oldServer != serverUrl || oldSchool != school)) {
        return Error{ QStringLiteral("sync.other_server"),
                      QCoreApplication::translate("cet::SyncStore",
                                                  "This database already syncs with %1 (school %2). Signing in to "
                                                  "another server or school would mix their records; use another "
                                                  "database for it.")
                          .arg(oldServer, oldSchool.isEmpty() ? QStringLiteral("-") : oldSchool),
                      serverUrl };
    }
    q.prepare(QStringLiteral("UPDATE sync_state SET server_url = ?, user_name = ?, display_name = ?, role = ?,"
                             " school_code = ? WHERE id = 1"));
    q.addBindValue(serverUrl);
    q.addBindValue(user);
    q.addBindValue(sql::text(displayName));
    q.addBindValue(sql::text(role));
    q.addBindValue(sql::text(school));
    if (!q.exec())
        return queryError(q, QStringLiteral("store.update_failed"));
    return tx.commit();
}

Result<void> SyncStore::setEpochIfEmpty(const QString &epoch)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE sync_state SET epoch = ? WHERE id = 1 AND epoch = ''"));
    q.addBindValue(epoch);
    if (!q.exec())
        return queryError(q, QStringLiteral("store.update_failed"));
    return {};
}

Result<void> SyncStore::setLastError(const QString &code)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE sync_state SET last_error = ? WHERE id = 1"));
    q.addBindValue(code.isEmpty() ? QVariant() : QVariant(code));
    if (!q.exec())
        return queryError(q, QStringLiteral("store.update_failed"));
    return {};
}

Result<void> SyncStore::markSynced()
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE sync_state SET last_sync_at = ?, last_error = NULL WHERE id = 1"));
    q.addBindValue(sql::nowText());
    if (!q.exec())
        return queryError(q, QStringLiteral("store.update_failed"));
    return {};
}

Result<void> SyncStore::log(const QString &level, const QString &message)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO sync_log (at, level, message) VALUES (?, ?, ?)"));
    q.addBindValue(sql::nowText());
    q.addBindValue(level);
    q.addBindValue(message);
    if (!q.exec())
        return queryError(q, QStringLiteral("store.update_failed"));
    // Keep the log bounded.
    q.exec(QStringLiteral("DELETE FROM sync_log WHERE id <= (SELECT max(id) FROM sync_log) - 5000"));
    return {};
}

Result<QList<SyncLogEntry>> SyncStore::logEntries(int limit) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, at, level, message FROM sync_log ORDER BY id DESC LIMIT ?"));
    q.addBindValue(limit);
    if (!q.exec())
        return queryError(q);
    QList<SyncLogEntry> out;
    while (q.next())
        out << SyncLogEntry{ q.value(0).toLongLong(), timeOf(q.value(1)), q.value(2).toString(), q.value(3).toString() };
    return out;
}

Result<QList<SyncConflict>> SyncStore::conflicts(bool includeResolved) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT c.id, c.entity, c.entity_key, c.field, c.mine_json, c.base_json, c.theirs_json,"
                             " c.changed_by, c.changed_at, c.op_id, c.created_at, c.resolved_at, c.resolution,"
                             " (SELECT s.name FROM students s WHERE s.id_type || ':' || s.id_number = c.entity_key),"
                             " (SELECT b.data_json = '{}' FROM student_base b WHERE b.entity_key = c.entity_key)"
                             " FROM sync_conflicts c %1 ORDER BY c.id")
                  .arg(includeResolved ? QString() : QStringLiteral("WHERE c.resolved_at IS NULL")));
    if (!q.exec())
        return queryError(q);
    QList<SyncConflict> out;
    while (q.next()) {
        SyncConflict c;
        c.id = q.value(0).toLongLong();
        c.entity = q.value(1).toString();
        c.entityKey = q.value(2).toString();
        c.field = q.value(3).toString();
        c.mine = syncsql::parseValue(q.value(4).toString());
        c.base = syncsql::parseValue(q.value(5).toString());
        c.theirs = syncsql::parseValue(q.value(6).toString());
        c.changedBy = q.value(7).toString();
        c.changedAt = QDateTime::fromString(q.value(8).toString(), Qt::ISODateWithMs);
        if (!c.changedAt.isValid())
            c.changedAt = QDateTime::fromString(q.value(8).toString(), Qt::ISODate);
        c.opId = q.value(9).toString();
        c.createdAt = timeOf(q.value(10));
        c.resolvedAt = timeOf(q.value(11));
        c.resolution = q.value(12).toString();
        c.recordLabel = q.value(13).toString();
        c.recordDeleted = q.value(14).toBool();
        if (c.recordDeleted) {
            c.recordLabel = c.recordLabel.isEmpty()
                ? QCoreApplication::translate("cet::SyncStore", "deleted on the server")
                : QCoreApplication::translate("cet::SyncStore", "%1, deleted on the server").arg(c.recordLabel);
        }
        out << c;
    }
    return out;
}

Result<qint64> SyncStore::openConflictCount() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM sync_conflicts WHERE resolved_at IS NULL")) || !q.next())
        return queryError(q);
    return q.value(0).toLongLong();
}

Result<void> SyncStore::resolveConflict(qint64 id, ConflictChoice choice)
{
    QSqlDatabase db = m_db.connection();
    sql::Transaction tx(db);
    if (auto r = tx.begin(); !r)
        return r.error();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT entity_key, field, mine_json, theirs_json FROM sync_conflicts"
                             " WHERE id = ? AND resolved_at IS NULL"));
    q.addBindValue(id);
    if (!q.exec())
        return queryError(q);
    if (!q.next()) {
        return Error{ QStringLiteral("sync.conflict_not_found"),
                      QCoreApplication::translate("cet::SyncStore", "This conflict does not exist or was already resolved."),
                      QString::number(id) };
    }
    const QString key = q.value(0).toString();
    const QString field = q.value(1).toString();
    const QJsonValue mine = syncsql::parseValue(q.value(2).toString());
    const QJsonValue theirs = syncsql::parseValue(q.value(3).toString());
    q.finish();
    const auto f = syncsql::fieldOfColumn(field);
    IdType type;
    QString number;
    if (!f || !syncsql::parseKey(key, type, number))
        return Error{ QStringLiteral("sync.conflict_bad"),
                      QCoreApplication::translate("cet::SyncStore", "This conflict can not be resolved here."), key + u' ' + field };
    const QString now = sql::nowText();

    q.prepare(QStringLiteral("SELECT %1, deleted_at FROM students WHERE id_type = ? AND id_number = ?")
                  .arg(studentsql::selectColumns()));
    q.addBindValue(int(type));
    q.addBindValue(number);
    if (!q.exec())
        return queryError(q);
    std::optional<StudentRecord> local;
    bool localDeleted = false;
    if (q.next()) {
        local = studentsql::readRecord(q);
        localDeleted = !q.value(19).isNull();
    }
    q.finish();
    // Theirs on a record deleted meanwhile: nothing to set, the record stays deleted.
    if (localDeleted && choice == ConflictChoice::Theirs)
        local.reset();

    if (choice == ConflictChoice::Mine) {
        q.prepare(QStringLiteral("SELECT server_version FROM student_base WHERE entity_key = ?"));
        q.addBindValue(key);
        if (!q.exec())
            return queryError(q);
        const qint64 baseVersion = q.next() ? q.value(0).toLongLong() : 0;
        q.finish();
        QJsonObject changes{ { field, QJsonArray{ theirs, mine } } };
        q.prepare(QStringLiteral("INSERT INTO outbox (op_id, entity, entity_key, base_version, changes, state, created_at,"
                                 " kind) VALUES (?, 'student', ?, ?, ?, 'queued', ?, 'upsert')"));
        q.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
        q.addBindValue(key);
        q.addBindValue(baseVersion);
        q.addBindValue(syncsql::compact(changes));
        q.addBindValue(now);
        if (!q.exec())
            return queryError(q, QStringLiteral("store.outbox_failed"));
        // The local record shows mine (it may have taken another value meanwhile); a record the
        // server deleted meanwhile comes back (the op brings it back on the server too).
        if (local && (localDeleted || syncsql::fieldJson(*local, *f) != mine)) {
            StudentRecord r = *local;
            syncsql::setFromJson(r, QJsonObject{ { field, mine } });
            q.prepare(QStringLiteral("UPDATE students SET %1 = ?, row_version = row_version + 1, updated_at = ?,"
                                     " content_hash = ?, deleted_at = NULL WHERE id = ?").arg(field));
            q.addBindValue(studentsql::value(r, *f));
            q.addBindValue(now);
            q.addBindValue(qint64(studentContentHash(r)));
            q.addBindValue(r.id);
            if (!q.exec())
                return queryError(q, QStringLiteral("store.update_failed"));
        }
    } else if (local) {
        StudentRecord r = *local;
        syncsql::setFromJson(r, QJsonObject{ { field, theirs } });
        q.prepare(QStringLiteral("UPDATE students SET %1 = ?, row_version = row_version + 1, updated_at = ?,"
                                 " content_hash = ? WHERE id = ?").arg(field));
        q.addBindValue(studentsql::value(r, *f));
        q.addBindValue(now);
        q.addBindValue(qint64(studentContentHash(r)));
        q.addBindValue(r.id);
        if (!q.exec())
            return queryError(q, QStringLiteral("store.update_failed"));
    }
    q.prepare(QStringLiteral("UPDATE sync_conflicts SET resolved_at = ?, resolution = ? WHERE id = ?"));
    q.addBindValue(now);
    q.addBindValue(choice == ConflictChoice::Mine ? QStringLiteral("mine") : QStringLiteral("theirs"));
    q.addBindValue(id);
    if (!q.exec())
        return queryError(q, QStringLiteral("store.update_failed"));
    return tx.commit();
}

Result<PullApplyResult> SyncStore::applyPage(const QList<ServerChange> &changes, qint64 next, const QString &epoch)
{
    QSqlDatabase db = m_db.connection();
    sql::Transaction tx(db);
    if (auto r = tx.begin(); !r)
        return r.error();
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT epoch, cursor FROM sync_state WHERE id = 1")) || !q.next())
        return queryError(q);
    const QString stored = q.value(0).toString();
    const qint64 cursor = q.value(1).toLongLong();
    q.finish();
    if (!stored.isEmpty() && stored != epoch) {
        return Error{ QStringLiteral("sync.epoch_changed"),
                      QCoreApplication::translate("cet::SyncStore", "The server's data was restored or replaced (new epoch). "
                                                            "Nothing was overwritten; sync is paused until you decide."),
                      stored + QStringLiteral(" -> ") + epoch };
    }
    // Imports the engine has not pushed yet become per-record ops first, so that their records
    // count as locally changed.
    if (auto r = syncsql::expandImports(db); !r)
        return r.error();
    syncsql::Merger merger(db);
    if (auto r = merger.prepare(); !r)
        return r.error();
    PullApplyResult result;
    for (const ServerChange &c : changes) {
        if (c.entity != u"student") {
            ++result.skipped;
            continue;
        }
        auto m = merger.merge(c.key, c.version, c.deleted, c.data, c.record ? &*c.record : nullptr,
                              c.dataJson.isEmpty() ? nullptr : &c.dataJson);
        if (!m)
            return m.error();
        if (m.value())
            ++result.applied;
        else
            ++result.skipped;
    }
    q.prepare(QStringLiteral("UPDATE sync_state SET cursor = ?, epoch = ? WHERE id = 1"));
    q.addBindValue(std::max(next, cursor));
    q.addBindValue(epoch);
    if (!q.exec())
        return queryError(q, QStringLiteral("store.update_failed"));
    if (auto r = tx.commit(); !r)
        return r.error();
    return result;
}

void SyncStore::prepare(ServerChange &change)
{
    IdType type;
    QString number;
    if (change.entity != u"student" || change.deleted || change.data.isEmpty()
        || !syncsql::parseKey(change.key, type, number))
        return;
    change.record = syncsql::recordOf(type, number, change.data);
    change.dataJson = syncsql::compactUtf8(change.data);
}

Result<LocalDigest> SyncStore::digest() const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id_type || ':' || id_number, server_version FROM students"
                               " WHERE deleted_at IS NULL AND server_version > 0")))
        return queryError(q);
    QList<QByteArray> lines;
    while (q.next())
        lines << q.value(0).toString().toUtf8() + ':' + QByteArray::number(q.value(1).toLongLong()) + '\n';
    std::sort(lines.begin(), lines.end());
    quint64 h = 0xcbf29ce484222325ULL;
    for (const QByteArray &line : std::as_const(lines)) {
        for (const char ch : line) {
            h ^= quint8(ch);
            h *= 0x100000001b3ULL;
        }
    }
    LocalDigest d;
    d.count = lines.size();
    d.hash = QStringLiteral("%1").arg(h, 16, 16, QLatin1Char('0'));
    return d;
}

} // namespace cet
