#include "ReviewSyncHandler.h"

#include "OutboxRepository.h"
#include "ReviewSql.h"
#include "SyncSql.h"
#include "SyncStore.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace cet {

using namespace reviewsql;
using syncsql::queryError;

namespace {

class ReviewBatch final : public SyncEntityBatch
{
public:
    explicit ReviewBatch(QSqlDatabase db) : m_db(std::move(db)) { }

    Result<bool> applyChange(const ServerChange &c) override
    {
        auto known = serverVersion(m_db, c.key);
        if (!known)
            return known.error();
        if (known.value() && *known.value() >= c.version)
            return false; // an echo of our own decision, or a version already known
        if (c.deleted) {
            // The candidate deleted a failed review; a decision made here has nothing left to decide.
            if (auto r = removeRow(m_db, c.key); !r)
                return r.error();
            return true;
        }
        if (auto r = writeServer(m_db, c.key, c.version, c.data); !r)
            return r.error();
        return true;
    }

    Result<qint64> applyResults(const QList<OutboxOp> &ops, const QList<OutboxOpResult> &results,
                                const ProposedRecords *) override
    {
        for (qsizetype i = 0; i < ops.size() && i < results.size(); ++i) {
            const OutboxOp &op = ops.at(i);
            if (op.entity != kEntity)
                continue;
            const OutboxOpResult &res = results.at(i);
            QString key = op.key;
            if (!res.record.isEmpty() && res.version > 0) {
                // A review filed here comes back under the id the server gave it: the stand-in row
                // ("t-…") makes way for the server's.
                if (key.startsWith(QLatin1String("t-"))) {
                    key = QString::number(res.record.value(QStringLiteral("id")).toInteger());
                    if (auto r = removeRow(m_db, op.key); !r)
                        return r.error();
                    if (auto r = renameUploads(m_db, op.key, key); !r)
                        return r.error();
                }
                if (auto r = writeServer(m_db, key, res.version, res.record); !r)
                    return r.error();
            }
            QString error;
            if (res.status != u"applied")
                error = QStringLiteral("%1: %2").arg(res.code.isEmpty() ? res.status : res.code, res.message);
            if (auto r = setLocal(m_db, key, QString(), QString(), error); !r)
                return r.error();
        }
        return qint64(0);
    }

private:
    QSqlDatabase m_db;
};

} // namespace

QString ReviewSyncHandler::entity() const
{
    return kEntity;
}

Result<std::unique_ptr<SyncEntityBatch>> ReviewSyncHandler::batch(QSqlDatabase db) const
{
    return std::unique_ptr<SyncEntityBatch>(std::make_unique<ReviewBatch>(db));
}

Result<void> ReviewSyncHandler::resolveConflict(QSqlDatabase, const StoredConflict &c, ConflictChoice) const
{
    return Error{ QStringLiteral("sync.conflict_not_found"),
                  QCoreApplication::translate("cet::ReviewSyncHandler",
                                              "A disputed review is settled by a supervisor, not on this desktop."),
                  c.key };
}

Result<LocalDigest> ReviewSyncHandler::digest(QSqlDatabase db) const
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT review_key, server_version FROM cet6_reviews WHERE server_version > 0")))
        return queryError(q);
    return syncsql::digestOf(q);
}

} // namespace cet
