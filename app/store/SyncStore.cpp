#include "SyncStore.h"

#include "StoreSql.h"
#include "StudentHash.h"
#include "StudentSql.h"
#include "Digest.h"
#include "StudentFields.h"
#include "StudentSyncHandler.h"
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

SyncStore::SyncStore(Database &db, const SyncEntityRegistry &registry) : m_db(db), m_registry(registry) { }

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
    QSqlDatabase db = m_db.connection();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id, entity, entity_key, field, mine_json, base_json, theirs_json, changed_by,"
                             " changed_at, op_id, created_at, resolved_at, resolution FROM sync_conflicts %1"
                             " ORDER BY id")
                  .arg(includeResolved ? QString() : QStringLiteral("WHERE resolved_at IS NULL")));
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
        out << c;
    }
    q.finish();
    for (SyncConflict &c : out) {
        if (const SyncEntityHandler *h = m_registry.find(c.entity))
            h->describe(db, c);
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
    q.prepare(QStringLiteral("SELECT entity, entity_key, field, mine_json, base_json, theirs_json FROM sync_conflicts"
                             " WHERE id = ? AND resolved_at IS NULL"));
    q.addBindValue(id);
    if (!q.exec())
        return queryError(q);
    if (!q.next()) {
        return Error{ QStringLiteral("sync.conflict_not_found"),
                      QCoreApplication::translate("cet::SyncStore", "This conflict does not exist or was already resolved."),
                      QString::number(id) };
    }
    StoredConflict c;
    c.id = id;
    c.entity = q.value(0).toString();
    c.key = q.value(1).toString();
    c.field = q.value(2).toString();
    c.mine = syncsql::parseValue(q.value(3).toString());
    c.base = syncsql::parseValue(q.value(4).toString());
    c.theirs = syncsql::parseValue(q.value(5).toString());
    q.finish();
    const SyncEntityHandler *handler = m_registry.find(c.entity);
    if (!handler)
        return Error{ QStringLiteral("sync.conflict_bad"),
                      QCoreApplication::translate("cet::SyncStore", "This conflict can not be resolved here."),
                      c.key + u' ' + c.field };
    if (auto r = handler->resolveConflict(db, c, choice); !r)
        return r;
    q.prepare(QStringLiteral("UPDATE sync_conflicts SET resolved_at = ?, resolution = ? WHERE id = ?"));
    q.addBindValue(sql::nowText());
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
    for (const auto &h : m_registry.handlers()) {
        if (auto r = h->beforePull(db); !r)
            return r.error();
    }
    PullApplyResult result;
    // One batch per entity met, made when the entity first comes (most pages hold one entity).
    std::vector<std::pair<QString, std::unique_ptr<SyncEntityBatch>>> batches;
    SyncEntityBatch *last = nullptr;
    QString lastEntity;
    for (const ServerChange &c : changes) {
        if (!last || c.entity != lastEntity) {
            last = nullptr;
            for (const auto &b : batches) {
                if (b.first == c.entity)
                    last = b.second.get();
            }
            if (!last) {
                const SyncEntityHandler *h = m_registry.find(c.entity);
                if (!h) {
                    result.unknownEntity = c.entity;
                    result.stoppedBefore = c.seq;
                    next = c.seq - 1;
                    break;
                }
                auto b = h->batch(db);
                if (!b)
                    return b.error();
                last = b.value().get();
                batches.emplace_back(c.entity, std::move(b).value());
            }
            lastEntity = c.entity;
        }
        auto m = last->applyChange(c);
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
    const SyncEntityHandler *h = m_registry.find(protocol::kStudentEntity);
    if (!h)
        return LocalDigest{ 0, protocol::DigestBuilder().hash() };
    return h->digest(m_db.connection());
}

Result<QMap<QString, LocalDigest>> SyncStore::digests() const
{
    QMap<QString, LocalDigest> out;
    for (const auto &h : m_registry.handlers()) {
        auto d = h->digest(m_db.connection());
        if (!d)
            return d.error();
        out.insert(h->entity(), d.value());
    }
    return out;
}

} // namespace cet
