#include "NoticeSyncHandler.h"

#include "NoticeSql.h"
#include "SyncSql.h"
#include "WholeObjectMerge.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace cet {

using namespace noticesql;
using syncsql::queryError;

namespace {

// The notices table as whole-object compare-and-set sees it.
class NoticeTable final : public WholeObjectTable
{
public:
    QJsonObject fields(const QJsonObject &data) const override { return NoticeText::fromJson(data).toJson(); }

    Result<std::optional<QJsonObject>> read(QSqlDatabase db, const QString &key) const override
    {
        auto text = readLocal(db, key);
        if (!text)
            return text.error();
        return text.value() ? std::optional(text.value()->toJson()) : std::nullopt;
    }

    Result<void> write(QSqlDatabase db, const QString &key, const std::optional<QJsonObject> &data,
                       qint64 version) const override
    {
        return writeLocal(db, key, data ? std::optional(NoticeText::fromJson(*data)) : std::nullopt, version);
    }
};

const NoticeTable kTable;

class NoticeBatch final : public SyncEntityBatch
{
public:
    explicit NoticeBatch(QSqlDatabase db) : m_merge(db, kEntity, kTable) { }

    Result<bool> applyChange(const ServerChange &c) override { return m_merge.applyChange(c); }

    Result<qint64> applyResults(const QList<OutboxOp> &ops, const QList<OutboxOpResult> &results,
                                const ProposedRecords *) override
    {
        return m_merge.applyResults(ops, results);
    }

private:
    WholeObjectMerge m_merge;
};

} // namespace

QString NoticeSyncHandler::entity() const
{
    return kEntity;
}

Result<std::unique_ptr<SyncEntityBatch>> NoticeSyncHandler::batch(QSqlDatabase db) const
{
    return std::unique_ptr<SyncEntityBatch>(std::make_unique<NoticeBatch>(db));
}

Result<void> NoticeSyncHandler::resolveConflict(QSqlDatabase db, const StoredConflict &c, ConflictChoice choice) const
{
    return WholeObjectMerge(db, kEntity, kTable).resolve(c, choice);
}

void NoticeSyncHandler::describe(QSqlDatabase db, SyncConflict &c) const
{
    Q_UNUSED(db);
    c.recordLabel = QCoreApplication::translate("cet::NoticeSyncHandler", "Notice %1").arg(c.entityKey);
    c.recordDeleted = c.theirs.isNull();
}

Result<LocalDigest> NoticeSyncHandler::digest(QSqlDatabase db) const
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // From the base copies: what this desktop knows the server holds, so the digests agree once
    // caught up even while an edit here is pending or in conflict.
    if (!q.exec(QStringLiteral("SELECT entity_key, server_version FROM sync_base WHERE entity = 'notice'"
                               " AND data_json <> '{}'")))
        return queryError(q);
    return syncsql::digestOf(q);
}

} // namespace cet
