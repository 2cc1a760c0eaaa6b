#include "CentralService.h"
#include "CentralStore.h"
#include "EntityRegistry.h"
#include "OpResultSql.h"
#include "ScopeSql.h"

#include <map>
#include <vector>

namespace cet::central {

Result<protocol::PushResponse> CentralService::push(const Session &session, const protocol::PushRequest &request,
                                                    const QString &school)
{
    auto scopeCode = scopeSchool(session, school);
    if (!scopeCode)
        return scopeCode.error();
    if (request.ops.size() > protocol::kMaxOpsPerPush)
        return Error{ protocol::codes::tooLarge, QStringLiteral("more than %1 ops").arg(protocol::kMaxOpsPerPush), {} };
    if (request.ops.isEmpty())
        return Error{ protocol::codes::badShape, QStringLiteral("ops: expected 1..%1 ops").arg(protocol::kMaxOpsPerPush), {} };
    PushScope scope{ *m_store, session.staff.name, session.staff.role, scopeCode.value(), now(), {}, false, 0, {} };
    scope.today = scope.now.date();

    // Each entity's ops go to a batch of its handler; the batches plan before the lock.
    const EntityRegistry &registry = EntityRegistry::server();
    std::map<const EntityHandler *, std::unique_ptr<EntityBatch>> batches;
    std::vector<EntityBatch *> batchOf(size_t(request.ops.size()), nullptr);
    for (qsizetype i = 0; i < request.ops.size(); ++i) {
        const protocol::Op &op = request.ops.at(i);
        const EntityHandler *handler = registry.find(op.entity);
        if (!handler)
            continue;
        auto &batch = batches[handler];
        if (!batch)
            batch = handler->newBatch();
        batch->plan(scope, op, i);
        batchOf[size_t(i)] = batch.get();
    }

    Transaction tx(*m_store);
    if (auto r = tx.begin(true); !r)
        return r.error();
    auto lock = scopesql::lock(*m_store, scope.school); // first statement: the school's counter, held to commit
    if (!lock)
        return lock.error();
    if (!lock.value())
        return Error{ protocol::codes::notFound, QStringLiteral("School %1 does not exist.").arg(scope.school), {} };
    const qint64 firstSeq = lock.value()->lastSeq;
    const QString epoch = lock.value()->epoch;
    if (!request.epoch.isEmpty() && request.epoch != epoch)
        return Error{ protocol::codes::epochChanged,
                      QStringLiteral("The server's data has a new epoch (restored from a backup?); nothing was applied."),
                      epoch };
    scope.seq = firstSeq;
    auto sealed = scopesql::isSealed(*m_store, scope.now);
    if (!sealed)
        return sealed.error();
    scope.sealed = sealed.value();

    QStringList opIds;
    opIds.reserve(request.ops.size());
    for (const protocol::Op &op : request.ops)
        opIds << op.opId;
    auto stored = opresultsql::find(*m_store, scope.school, opIds);
    if (!stored)
        return stored.error();
    for (auto &[handler, batch] : batches) {
        if (auto r = batch->load(scope); !r)
            return r.error();
    }

    protocol::PushResponse response;
    response.epoch = epoch;
    QList<protocol::OpResult> fresh;
    for (qsizetype i = 0; i < request.ops.size(); ++i) {
        const protocol::Op &op = request.ops.at(i);
        const auto known = stored.value().constFind(op.opId);
        if (known != stored.value().constEnd()) {
            const EntityHandler *handler = registry.find(op.entity);
            auto replayed = handler ? handler->replayedResult(*m_store, scope.school, op, known.value())
                                    : Result<protocol::OpResult>(known.value());
            if (!replayed)
                return replayed.error();
            response.results.append(std::move(replayed).value());
            continue;
        }
        EntityBatch *batch = batchOf[size_t(i)];
        Result<protocol::OpResult> result = batch
            ? batch->apply(scope, op, i)
            : rejectedResult(op.opId, protocol::codes::entityUnknown,
                             QStringLiteral("This server does not know entity \"%1\" (it knows %2).")
                                 .arg(op.entity, registry.names().join(QStringLiteral(", "))));
        if (!result)
            return result.error();
        const EntityHandler *handler = registry.find(op.entity);
        protocol::OpResult kept = handler ? handler->keptResult(op, result.value()) : result.value();
        stored.value().insert(op.opId, kept); // the same op id again in this request
        fresh.append(std::move(kept));
        response.results.append(std::move(result).value());
    }
    for (auto &[handler, batch] : batches) {
        if (auto r = batch->flush(scope); !r)
            return r.error();
    }
    if (auto r = opresultsql::store(*m_store, scope.school, scope.now, fresh); !r)
        return r.error();
    if (auto r = scope.audit.flush(*m_store); !r)
        return r.error();
    if (scope.seq != firstSeq) {
        if (auto r = scopesql::setLastSeq(*m_store, scope.school, scope.seq); !r)
            return r.error();
    }
    if (auto r = tx.commit(); !r)
        return r.error();
    return response;
}

} // namespace cet::central
