#include "NoticeHandler.h"

#include "MergePolicies.h"
#include "NoticeTable.h"
#include "ScopeSql.h"

#include <QSet>

namespace cet::central {

namespace {

using protocol::OpResult;

std::optional<ObjectRow> objectRow(const std::optional<StoredNotice> &row)
{
    if (!row)
        return std::nullopt;
    return ObjectRow{ row->record.toJson(), row->version, row->deleted };
}

QString auditJsonOf(const NoticeRecord &r)
{
    protocol::JsonWriter w(256);
    r.writeJson(w);
    return QString::fromUtf8(w.bytes());
}

class NoticeBatch : public EntityBatch
{
public:
    void plan(const PushScope &, const protocol::Op &, qsizetype) override { }

    Result<void> load(PushScope &scope) override
    {
        auto rows = noticetable::findAll(scope.store, scope.school);
        if (!rows)
            return rows.error();
        m_rows = std::move(rows).value();
        auto campuses = scopesql::campuses(scope.store, scope.school);
        if (!campuses)
            return campuses.error();
        m_scopes = { scope.school };
        for (auto it = campuses.value().constBegin(); it != campuses.value().constEnd(); ++it)
            m_scopes.insert(it.key());
        return {};
    }

    Result<OpResult> apply(PushScope &c, const protocol::Op &op, qsizetype) override
    {
        if (!m_scopes.contains(op.key))
            return rejectedResult(op.opId, protocol::codes::noticeWrongScope,
                                  QStringLiteral("Notice %1 is neither school %2's nor one of its campuses'.")
                                      .arg(op.key, c.school));
        const auto found = m_rows.constFind(op.key);
        const std::optional<StoredNotice> row = found == m_rows.constEnd() ? std::nullopt : std::optional(*found);
        const std::optional<ObjectRow> object = objectRow(row);
        OpResult r;
        r.opId = op.opId;
        r.version = row ? row->version : 0;
        if (op.kind == protocol::Op::Kind::Delete) {
            switch (wholeObjectDelete(object, op.baseVersion)) {
            case ObjectVerdict::Unchanged:
                return r;
            case ObjectVerdict::Delete: {
                StoredNotice after = write(c, *row, row->record, op.opId);
                after.deleted = true;
                if (auto w = noticetable::update(c.store, c.school, after); !w)
                    return w.error();
                c.addAudit(QStringLiteral("notice.delete"), kNoticeEntity, op.key, auditJsonOf(row->record),
                           std::nullopt, op.opId);
                m_rows.insert(op.key, after);
                r.version = after.version;
                r.seq = after.seq;
                return r;
            }
            default:
                return conflict(r, row, object, op);
            }
        }
        auto proposed = proposedNotice(op);
        if (!proposed)
            return rejectedResult(op.opId, proposed.error().code, proposed.error().message);
        const ObjectVerdict verdict = wholeObjectUpsert(object, op.baseVersion, proposed.value().toJson());
        if (verdict == ObjectVerdict::Conflict)
            return conflict(r, row, object, op);
        if (verdict == ObjectVerdict::Unchanged) {
            r.record = row->record.toJson();
            return r;
        }
        const bool live = row && !row->deleted;
        StoredNotice base;
        base.scope = op.key;
        StoredNotice after = write(c, row ? *row : base, proposed.value(), op.opId);
        after.deleted = false;
        if (auto w = row ? noticetable::update(c.store, c.school, after) : noticetable::insert(c.store, c.school, after);
            !w)
            return w.error();
        c.addAudit(live ? QStringLiteral("notice.update") : QStringLiteral("notice.create"), kNoticeEntity, op.key,
                   live ? std::optional<QString>(auditJsonOf(row->record)) : std::nullopt,
                   auditJsonOf(after.record), op.opId);
        m_rows.insert(op.key, after);
        r.version = after.version;
        r.seq = after.seq;
        r.record = after.record.toJson();
        return r;
    }

    Result<void> flush(PushScope &) override { return {}; }

private:
    // The row after a write of `record` over `row` (or over nothing): the next version and seq.
    static StoredNotice write(PushScope &c, const StoredNotice &row, const NoticeRecord &record, const QString &opId)
    {
        StoredNotice n = row;
        n.record = record;
        n.version = row.version + 1;
        n.seq = c.nextSeq();
        n.changedBy = c.actor;
        n.changedAt = c.now;
        n.originOpId = opId;
        return n;
    }

    static OpResult conflict(OpResult r, const std::optional<StoredNotice> &row, const std::optional<ObjectRow> &object,
                             const protocol::Op &op)
    {
        r.status = OpResult::Status::Conflict;
        r.conflicts = wholeObjectConflicts(object, op);
        for (protocol::FieldConflict &f : r.conflicts) {
            f.changedBy = row ? row->changedBy : QString();
            f.changedAt = row ? row->changedAt : QDateTime();
        }
        if (row && !row->deleted)
            r.record = row->record.toJson();
        return r;
    }

    QHash<QString, StoredNotice> m_rows; // the school's notices as they stand, by scope code
    QSet<QString> m_scopes;              // the school's code and its campuses' codes
};

// A page's notice changes, read before the page is written (a school has a handful).
class NoticeFeed : public FeedCursor
{
public:
    explicit NoticeFeed(QList<StoredNotice> rows) : m_rows(std::move(rows)) { }
    bool atEnd() const override { return m_at >= m_rows.size(); }
    qint64 seq() const override { return m_rows.at(m_at).seq; }
    Result<void> next() override
    {
        ++m_at;
        return {};
    }
    void write(protocol::JsonWriter &w) override
    {
        const StoredNotice &n = m_rows.at(m_at);
        // Keys in QJsonObject's (sorted) order, values as protocol::Change::toJson().
        w.beginObject();
        w.key(QLatin1StringView("changed_at"));
        w.string(protocol::toWireTime(n.changedAt));
        w.key(QLatin1StringView("changed_by"));
        w.string(n.changedBy);
        w.key(QLatin1StringView("data"));
        if (n.deleted)
            w.null();
        else
            n.record.writeJson(w);
        w.key(QLatin1StringView("deleted"));
        w.boolean(n.deleted);
        w.key(QLatin1StringView("entity"));
        w.string(kNoticeEntity);
        w.key(QLatin1StringView("key"));
        w.string(n.scope);
        w.key(QLatin1StringView("origin_op_id"));
        if (n.originOpId.isEmpty())
            w.null();
        else
            w.string(n.originOpId);
        w.key(QLatin1StringView("seq"));
        w.integer(n.seq);
        w.key(QLatin1StringView("version"));
        w.integer(n.version);
        w.endObject();
    }

private:
    QList<StoredNotice> m_rows;
    qsizetype m_at = 0;
};

} // namespace

QString NoticeHandler::entity() const
{
    return kNoticeEntity;
}

std::unique_ptr<EntityBatch> NoticeHandler::newBatch() const
{
    return std::make_unique<NoticeBatch>();
}

Result<std::unique_ptr<FeedCursor>> NoticeHandler::openFeed(CentralStore &store, const QString &school, qint64 since,
                                                            int limit) const
{
    auto rows = noticetable::changes(store, school, since, limit + 1);
    if (!rows)
        return rows.error();
    return std::unique_ptr<FeedCursor>(std::make_unique<NoticeFeed>(std::move(rows).value()));
}

Result<protocol::EntityDigest> NoticeHandler::digest(CentralStore &store, const QString &school) const
{
    return noticetable::digest(store, school);
}

} // namespace cet::central
