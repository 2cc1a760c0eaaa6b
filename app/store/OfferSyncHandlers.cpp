#include "OfferSyncHandlers.h"

#include "OfferSql.h"
#include "Subject.h"
#include "SyncSql.h"
#include "WholeObjectMerge.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace cet {

using namespace offersql;
using syncsql::queryError;

namespace {

class CampusTable final : public WholeObjectTable
{
public:
    QJsonObject fields(const QJsonObject &data) const override { return CampusInfo::fromJson(data).toJson(); }

    Result<std::optional<QJsonObject>> read(QSqlDatabase db, const QString &key) const override
    {
        auto c = readCampus(db, key);
        if (!c)
            return c.error();
        return c.value() ? std::optional(c.value()->toJson()) : std::nullopt;
    }

    Result<void> write(QSqlDatabase db, const QString &key, const std::optional<QJsonObject> &data,
                       qint64 version) const override
    {
        return writeCampus(db, key, data ? std::optional(CampusInfo::fromJson(*data)) : std::nullopt, version);
    }
};

class OfferTable final : public WholeObjectTable
{
public:
    // Without taken/paid: what the school configures is all that is compared and sent.
    QJsonObject fields(const QJsonObject &data) const override { return offerToJson(offerFromJson(data)); }

    Result<std::optional<QJsonObject>> read(QSqlDatabase db, const QString &key) const override
    {
        auto o = readOffer(db, key);
        if (!o)
            return o.error();
        return o.value() ? std::optional(offerToJson(*o.value())) : std::nullopt;
    }

    Result<void> write(QSqlDatabase db, const QString &key, const std::optional<QJsonObject> &data,
                       qint64 version) const override
    {
        return writeOffer(db, key, data ? std::optional(offerFromJson(*data)) : std::nullopt, version);
    }
};

const CampusTable kCampusTable;
const OfferTable kOfferTable;

class Batch final : public SyncEntityBatch
{
public:
    Batch(QSqlDatabase db, const QString &entity, const WholeObjectTable &table) : m_merge(db, entity, table) { }

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

WholeObjectSyncHandler::WholeObjectSyncHandler(QString entity, const WholeObjectTable &table)
    : m_entity(std::move(entity)), m_table(table)
{
}

QString WholeObjectSyncHandler::entity() const
{
    return m_entity;
}

Result<std::unique_ptr<SyncEntityBatch>> WholeObjectSyncHandler::batch(QSqlDatabase db) const
{
    return std::unique_ptr<SyncEntityBatch>(std::make_unique<Batch>(db, m_entity, m_table));
}

Result<void> WholeObjectSyncHandler::resolveConflict(QSqlDatabase db, const StoredConflict &c, ConflictChoice choice) const
{
    return WholeObjectMerge(db, m_entity, m_table).resolve(c, choice);
}

Result<LocalDigest> WholeObjectSyncHandler::digest(QSqlDatabase db) const
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // From the base copies: what this desktop knows the server holds (see NoticeSyncHandler).
    q.prepare(QStringLiteral("SELECT entity_key, server_version FROM sync_base WHERE entity = ? AND data_json <> '{}'"));
    q.addBindValue(m_entity);
    if (!q.exec())
        return queryError(q);
    return syncsql::digestOf(q);
}

CampusSyncHandler::CampusSyncHandler() : WholeObjectSyncHandler(kCampusEntity, kCampusTable) { }

void CampusSyncHandler::describe(QSqlDatabase db, SyncConflict &c) const
{
    Q_UNUSED(db);
    c.recordLabel = QCoreApplication::translate("cet::OfferSyncHandler", "Campus %1").arg(c.entityKey);
    c.recordDeleted = c.theirs.isNull();
}

OfferSyncHandler::OfferSyncHandler() : WholeObjectSyncHandler(kOfferEntity, kOfferTable) { }

void OfferSyncHandler::describe(QSqlDatabase db, SyncConflict &c) const
{
    Q_UNUSED(db);
    const qsizetype colon = c.entityKey.lastIndexOf(QLatin1Char(':'));
    const auto subject = subjectByCode(c.entityKey.mid(colon + 1));
    c.recordLabel = QCoreApplication::translate("cet::OfferSyncHandler", "Offer of %1 at campus %2")
                        .arg(subject ? subject.value().displayName() : c.entityKey.mid(colon + 1),
                             c.entityKey.left(colon));
    c.recordDeleted = c.theirs.isNull();
}

} // namespace cet
