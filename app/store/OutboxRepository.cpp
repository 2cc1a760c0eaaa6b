#include "OutboxRepository.h"

#include "StoreSql.h"
#include "SyncSql.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace cet {

using syncsql::queryError;

OutboxRepository::OutboxRepository(Database &db) : m_db(db) { }

Result<QList<OutboxEntry>> OutboxRepository::entries(int limit) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT seq, op_id, entity, entity_key, state, changes, attempts, last_error, created_at,"
                             " sent_at, acked_at FROM outbox ORDER BY seq DESC LIMIT ?"));
    q.addBindValue(limit);
    if (!q.exec())
        return queryError(q);
    QList<OutboxEntry> out;
    while (q.next()) {
        OutboxEntry e;
        e.seq = q.value(0).toLongLong();
        e.opId = q.value(1).toString();
        e.entity = q.value(2).toString();
        e.entityKey = q.value(3).toString();
        e.state = q.value(4).toString();
        e.changesJson = q.value(5).toString();
        e.attempts = q.value(6).toInt();
        e.lastError = q.value(7).toString();
        e.createdAt = QDateTime::fromString(q.value(8).toString(), Qt::ISODateWithMs);
        e.sentAt = QDateTime::fromString(q.value(9).toString(), Qt::ISODateWithMs);
        e.ackedAt = QDateTime::fromString(q.value(10).toString(), Qt::ISODateWithMs);
        out << e;
    }
    return out;
}

Result<OutboxCounts> OutboxRepository::counts() const
{
    QSqlQuery q(m_db.connection());
    // An import batch entry not yet expanded counts as one pending op.
    if (!q.exec(QStringLiteral("SELECT state, count(*) FROM outbox GROUP BY state")))
        return queryError(q);
    OutboxCounts c;
    while (q.next()) {
        const QString s = q.value(0).toString();
        const qint64 n = q.value(1).toLongLong();
        if (s == u"queued") c.queued = n;
        else if (s == u"sent") c.sent = n;
        else if (s == u"failed") c.failed = n;
        else if (s == u"acked") c.acked = n;
        else if (s == u"conflict") c.conflict = n;
        else if (s == u"rejected") c.rejected = n;
    }
    return c;
}

Result<qint64> OutboxRepository::expandImports()
{
    QSqlDatabase db = m_db.connection();
    sql::Transaction tx(db);
    if (auto r = tx.begin(); !r)
        return r.error();
    auto n = syncsql::expandImports(db);
    if (!n)
        return n.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return n.value();
}

Result<QList<OutboxOp>> OutboxRepository::nextBatch(int limit, const QSet<QString> &heldKeys, qint64 afterSeq) const
{
    // A walk along seq from afterSeq (the unary + keeps the planner off outbox_state, which would
    // read and sort every pending op for each batch).
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT seq, op_id, entity, entity_key, base_version, changes, kind FROM outbox"
                             " WHERE seq > ? AND +state IN ('queued', 'sent', 'failed') AND +entity = 'student' ORDER BY seq"));
    q.addBindValue(afterSeq);
    if (!q.exec())
        return queryError(q);
    QList<OutboxOp> ops;
    QSet<QString> inBatch;
    while (ops.size() < limit && q.next()) {
        const QString key = q.value(3).toString();
        if (heldKeys.contains(key))
            continue;
        if (inBatch.contains(key))
            break; // the next op of a record waits for the answer about this one
        inBatch.insert(key);
        OutboxOp op;
        op.seq = q.value(0).toLongLong();
        op.opId = q.value(1).toString();
        op.entity = q.value(2).toString();
        op.key = key;
        op.baseVersion = q.value(4).toLongLong();
        op.changes = QJsonDocument::fromJson(q.value(5).toString().toUtf8()).object();
        op.kind = q.value(6).toString();
        ops << op;
    }
    return ops;
}

Result<void> OutboxRepository::markSent(const QList<OutboxOp> &ops)
{
    QSqlDatabase db = m_db.connection();
    sql::Transaction tx(db);
    if (auto r = tx.begin(); !r)
        return r.error();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE outbox SET state = 'sent', sent_at = coalesce(sent_at, ?), attempts = attempts + 1"
                             " WHERE seq = ?"));
    const QString now = sql::nowText();
    for (const OutboxOp &op : ops) {
        q.addBindValue(now);
        q.addBindValue(op.seq);
        if (!q.exec())
            return queryError(q, QStringLiteral("store.outbox_failed"));
    }
    return tx.commit();
}

Result<void> OutboxRepository::markFailed(const QList<OutboxOp> &ops, const QString &code, const QString &message)
{
    QSqlDatabase db = m_db.connection();
    sql::Transaction tx(db);
    if (auto r = tx.begin(); !r)
        return r.error();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE outbox SET state = 'failed', last_error = ? WHERE seq = ? AND state = 'sent'"));
    for (const OutboxOp &op : ops) {
        q.addBindValue(QString(code + QStringLiteral(": ") + message));
        q.addBindValue(op.seq);
        if (!q.exec())
            return queryError(q, QStringLiteral("store.outbox_failed"));
    }
    return tx.commit();
}

Result<qint64> OutboxRepository::applyResults(const QList<OutboxOp> &ops, const QList<OutboxOpResult> &results)
{
    QSqlDatabase db = m_db.connection();
    sql::Transaction tx(db);
    if (auto r = tx.begin(); !r)
        return r.error();
    QSqlQuery state(db), conflict(db), supersede(db);
    if (!state.prepare(QStringLiteral("UPDATE outbox SET state = ?, acked_at = ?, result = ?, last_error = ? WHERE seq = ?"))
        || !supersede.prepare(QStringLiteral("UPDATE sync_conflicts SET resolved_at = ?, resolution = 'superseded'"
                                             " WHERE entity = 'student' AND entity_key = ? AND field = ? AND resolved_at IS NULL"))
        || !conflict.prepare(QStringLiteral("INSERT INTO sync_conflicts (entity, entity_key, field, mine_json, base_json,"
                                            " theirs_json, changed_by, changed_at, op_id, created_at)"
                                            " VALUES ('student', ?, ?, ?, ?, ?, ?, ?, ?, ?)")))
        return sql::error(QStringLiteral("store.query_failed"), db.lastError());
    const QString now = sql::nowText();
    qint64 conflicts = 0;
    for (qsizetype i = 0; i < ops.size() && i < results.size(); ++i) {
        const OutboxOp &op = ops.at(i);
        const OutboxOpResult &res = results.at(i);
        QJsonObject resultJson{ { QStringLiteral("status"), res.status }, { QStringLiteral("version"), res.version } };
        if (!res.code.isEmpty())
            resultJson.insert(QStringLiteral("code"), res.code);
        if (!res.message.isEmpty())
            resultJson.insert(QStringLiteral("message"), res.message);
        const QString st = res.status == u"applied" ? u"acked"_qs : res.status == u"conflict" ? u"conflict"_qs
                                                                                                 : u"rejected"_qs;
        state.addBindValue(st);
        state.addBindValue(now);
        state.addBindValue(syncsql::compact(resultJson));
        state.addBindValue(res.code.isEmpty() ? QVariant() : QVariant(QString(res.code + QStringLiteral(": ") + res.message)));
        state.addBindValue(op.seq);
        if (!state.exec())
            return queryError(state, QStringLiteral("store.outbox_failed"));
        for (const QJsonValue &v : res.conflicts) {
            const QJsonObject c = v.toObject();
            const QString field = c.value(QStringLiteral("field")).toString();
            supersede.addBindValue(now);
            supersede.addBindValue(op.key);
            supersede.addBindValue(field);
            if (!supersede.exec())
                return queryError(supersede, QStringLiteral("store.update_failed"));
            conflict.addBindValue(op.key);
            conflict.addBindValue(field);
            conflict.addBindValue(syncsql::compactValue(c.value(QStringLiteral("mine"))));
            conflict.addBindValue(syncsql::compactValue(c.value(QStringLiteral("base"))));
            conflict.addBindValue(syncsql::compactValue(c.value(QStringLiteral("theirs"))));
            conflict.addBindValue(c.value(QStringLiteral("changed_by")).toString());
            conflict.addBindValue(c.value(QStringLiteral("changed_at")).toString());
            conflict.addBindValue(op.opId);
            conflict.addBindValue(now);
            if (!conflict.exec())
                return queryError(conflict, QStringLiteral("store.update_failed"));
            ++conflicts;
        }
    }
    // The server's copy of each record after the op: merged like a pulled change (the op itself
    // is no longer pending; conflict fields stay local until the user picks).
    syncsql::Merger merger(db);
    if (auto r = merger.prepare(); !r)
        return r.error();
    for (qsizetype i = 0; i < ops.size() && i < results.size(); ++i) {
        const OutboxOpResult &res = results.at(i);
        if (res.status == u"rejected") {
            // Refused for a record the server has deleted meanwhile: the record follows the
            // server (the refusal stays in the outbox for the user).
            if (auto r = merger.settleRejected(ops.at(i).key); !r)
                return r.error();
            continue;
        }
        if (res.version <= 0)
            continue;
        const bool deleted = ops.at(i).kind == u"delete" && res.record.isEmpty();
        if (res.record.isEmpty() && !deleted)
            continue;
        auto m = merger.merge(ops.at(i).key, res.version, deleted, res.record);
        if (!m)
            return m.error();
    }
    if (auto r = tx.commit(); !r)
        return r.error();
    return conflicts;
}

} // namespace cet
