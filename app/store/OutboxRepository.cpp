#include "OutboxRepository.h"

#include "JsonWriter.h"
#include "LiteSql.h"
#include "OpChanges.h"
#include "StoreSql.h"
#include "SyncImportExpansion.h"
#include "StudentSyncHandler.h"
#include "SyncSql.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

#include <optional>

namespace cet {

using syncsql::queryError;

namespace {

// The stored form of a result: {"code", "message", "status", "version"} (keys in Qt's order).
QByteArray resultText(const OutboxOpResult &res)
{
    protocol::JsonWriter w(64);
    w.beginObject();
    if (!res.code.isEmpty()) {
        w.key(QLatin1StringView("code"));
        w.string(res.code);
    }
    if (!res.message.isEmpty()) {
        w.key(QLatin1StringView("message"));
        w.string(res.message);
    }
    w.key(QLatin1StringView("status"));
    w.string(res.status);
    w.key(QLatin1StringView("version"));
    w.integer(res.version);
    w.endObject();
    return w.take();
}

} // namespace

OutboxRepository::OutboxRepository(Database &db, const SyncEntityRegistry &registry) : m_db(db), m_registry(registry)
{
}

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

OutboxImportExpansion::OutboxImportExpansion(Database &db)
    : m_db(db), m_expansion(std::make_unique<syncsql::ImportExpansion>(db.connection()))
{
}

OutboxImportExpansion::~OutboxImportExpansion() = default;

Result<ExpansionStep> OutboxImportExpansion::next(qint64 limit)
{
    QSqlDatabase db = m_db.connection();
    sql::Transaction tx(db);
    if (auto r = tx.begin(); !r)
        return r.error();
    auto step = m_expansion->run(limit);
    if (!step)
        return step.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return step;
}

Result<bool> OutboxImportExpansion::piecewiseSafe(bool atStart) const
{
    auto h = lite::handle(m_db.connection());
    if (!h)
        return h.error();
    lite::Statement q;
    if (!q.prepare(h.value(), "SELECT count(*), min(seq) FROM outbox WHERE entity = 'student_import'"
                              " AND +state IN ('queued', 'sent', 'failed')")
        || !q.step())
        return lite::error(h.value(), QStringLiteral("store.query_failed"));
    const qint64 entries = q.columnInt(0);
    const qint64 first = q.columnInt(1);
    q.reset();
    if (entries > 1)
        return false;
    if (entries == 0 || !atStart)
        return true;
    lite::Statement before;
    if (!before.prepare(h.value(), "SELECT EXISTS (SELECT 1 FROM outbox WHERE state IN ('queued', 'sent', 'failed')"
                                   " AND seq < ?1 AND +entity = 'student')"))
        return lite::error(h.value(), QStringLiteral("store.query_failed"));
    before.bindInt(1, first);
    if (!before.step())
        return lite::error(h.value(), QStringLiteral("store.query_failed"));
    return before.columnInt(0) == 0;
}

qint64 OutboxImportExpansion::keysLeft() const
{
    return m_expansion->keysLeft();
}

Result<QList<OutboxOp>> OutboxRepository::nextBatch(int limit, const QSet<QString> &heldKeys, qint64 afterSeq,
                                                    bool *importAhead) const
{
    if (importAhead)
        *importAhead = false;
    auto h = lite::handle(m_db.connection());
    if (!h)
        return h.error();
    // A walk along seq from afterSeq (the unary + keeps the planner off outbox_state, which would
    // read and sort every pending op for each batch).
    // Ops of entities without a handler wait (a newer CET Desk wrote them).
    QStringList entities;
    for (const QString &e : m_registry.outboxEntities())
        entities << u'\'' + QString(e).replace(u'\'', QLatin1String("''")) + u'\'';
    if (entities.isEmpty())
        return QList<OutboxOp>();
    lite::Statement q;
    if (!q.prepare(h.value(), QStringLiteral("SELECT seq, op_id, entity, entity_key, base_version, changes, kind"
                                             " FROM outbox WHERE seq > ?1 AND +state IN ('queued', 'sent', 'failed')"
                                             " AND +entity IN (%1) ORDER BY seq").arg(entities.join(u", "))))
        return lite::error(h.value(), QStringLiteral("store.query_failed"));
    q.bindInt(1, afterSeq);
    // Shared texts for the two columns with few values.
    const QString student = QStringLiteral("student"), upsert = QStringLiteral("upsert"),
                  del = QStringLiteral("delete");
    QList<OutboxOp> ops;
    QSet<QString> inBatch;
    while (ops.size() < limit) {
        if (!q.step())
            return lite::error(h.value(), QStringLiteral("store.query_failed"));
        if (!q.hasRow())
            break;
        if (q.columnUtf8(2) == "student_import") {
            if (importAhead)
                *importAhead = true;
            break;
        }
        const QString key = q.columnText(3);
        if (heldKeys.contains(key))
            continue;
        if (inBatch.contains(key))
            break; // the next op of a record waits for the answer about this one
        inBatch.insert(key);
        OutboxOp op;
        op.seq = q.columnInt(0);
        op.opId = q.columnText(1);
        op.entity = q.columnUtf8(2) == "student" ? student : q.columnText(2);
        op.key = key;
        op.baseVersion = q.columnInt(4);
        op.changes = q.columnUtf8(5).toByteArray();
        const QByteArrayView kind = q.columnUtf8(6);
        op.kind = kind == "upsert" ? upsert : kind == "delete" ? del : q.columnText(6);
        ops << op;
    }
    return ops;
}

namespace {

// The "sent" mark of ops, in the caller's transaction: one statement, the seqs as a JSON array.
Result<void> markSentIn(sqlite3 *h, const QList<OutboxOp> &ops)
{
    if (ops.isEmpty())
        return {};
    lite::Statement q;
    if (!q.prepare(h, "UPDATE outbox SET state = 'sent', sent_at = coalesce(sent_at, ?1),"
                      " attempts = attempts + 1 WHERE seq IN (SELECT value FROM json_each(?2))"))
        return lite::error(h, QStringLiteral("store.query_failed"));
    QByteArray seqs = "[";
    for (const OutboxOp &op : ops) {
        if (seqs.size() > 1)
            seqs += ',';
        seqs += QByteArray::number(op.seq);
    }
    seqs += ']';
    const QString now = sql::nowText();
    q.bindText(1, now);
    q.bindUtf8(2, seqs.constData(), seqs.size());
    if (!q.run())
        return lite::error(h, QStringLiteral("store.outbox_failed"));
    return {};
}

} // namespace

Result<void> OutboxRepository::markSent(const QList<OutboxOp> &ops)
{
    QSqlDatabase db = m_db.connection();
    auto h = lite::handle(db);
    if (!h)
        return h.error();
    sql::Transaction tx(db);
    if (auto r = tx.begin(); !r)
        return r.error();
    if (auto r = markSentIn(h.value(), ops); !r)
        return r;
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

ProposedRecords OutboxRepository::propose(const QList<OutboxOp> &ops)
{
    ProposedRecords out;
    out.reserve(ops.size());
    for (const OutboxOp &op : ops)
        out.push_back(syncsql::proposal(op));
    return out;
}

Result<qint64> OutboxRepository::applyResults(const QList<OutboxOp> &ops, const QList<OutboxOpResult> &results,
                                              const ResultsExtras &extras)
{
    QSqlDatabase db = m_db.connection();
    auto h = lite::handle(db);
    if (!h)
        return h.error();
    sql::Transaction tx(db);
    if (auto r = tx.begin(); !r)
        return r.error();
    if (auto r = markSentIn(h.value(), extras.markSent); !r)
        return r.error();
    lite::Statement state;
    if (!state.prepare(h.value(), "UPDATE outbox SET state = ?1, acked_at = ?2, result = ?3, last_error = ?4"
                                  " WHERE seq = ?5"))
        return lite::error(h.value(), QStringLiteral("store.query_failed"));
    const QString now = sql::nowText();
    const QString acked = QStringLiteral("acked"), conflicted = QStringLiteral("conflict"),
                  rejected = QStringLiteral("rejected");
    // The entities answered, in order of first appearance (most answers hold one).
    std::vector<const SyncEntityHandler *> handlers;
    const QString *lastEntity = nullptr;
    for (qsizetype i = 0; i < ops.size() && i < results.size(); ++i) {
        const OutboxOp &op = ops.at(i);
        const OutboxOpResult &res = results.at(i);
        if (!lastEntity || op.entity != *lastEntity) {
            lastEntity = &op.entity;
            const SyncEntityHandler *handler = m_registry.find(op.entity);
            if (handler && std::find(handlers.begin(), handlers.end(), handler) == handlers.end())
                handlers.push_back(handler);
        }
        const QByteArray result = resultText(res);
        const QString lastError = res.code.isEmpty() ? QString() : res.code + QStringLiteral(": ") + res.message;
        state.bindText(1, res.status == u"applied" ? acked : res.status == u"conflict" ? conflicted : rejected);
        state.bindText(2, now);
        state.bindUtf8(3, result.constData(), result.size());
        if (res.code.isEmpty())
            state.bindNull(4);
        else
            state.bindText(4, lastError);
        state.bindInt(5, op.seq);
        if (!state.run())
            return lite::error(h.value(), QStringLiteral("store.outbox_failed"));
    }
    qint64 conflicts = 0;
    for (const SyncEntityHandler *handler : handlers) {
        auto batch = handler->batch(db);
        if (!batch)
            return batch.error();
        auto stored = batch.value()->applyResults(ops, results, extras.proposed);
        if (!stored)
            return stored.error();
        conflicts += stored.value();
    }
    if (auto r = tx.commit(); !r)
        return r.error();
    return conflicts;
}

} // namespace cet
