#pragma once

// One entity's sync rules on the server: how its ops apply under the push transaction (its merge
// policy, MergePolicies.h), how its rows feed the change page and its digest. The push, the change
// feed and the digest (server/core) know entities only through the handlers of EntityRegistry; an
// op of an entity without a handler gets a per-op `entity.unknown`.
//
// Adding an entity: a table (Schema.cpp), a handler (a class here), one line in
// EntityRegistry::server().

#include "Audit.h"
#include "CentralStore.h"
#include "JsonWriter.h"
#include "Wire.h"

#include <QDate>

#include <memory>

namespace cet::central {

// One push as the handlers see it. Made before the school's lock (plan()); under the lock `seq` is
// the school's counter, handed out in request order across entities, so seq order is commit order.
struct PushScope
{
    CentralStore &store;
    QString actor; // the staff user's name (changed_by, audit)
    QString role;
    QString school;
    QDateTime now;
    QDate today;
    bool sealed = false; // the exam session has sealed the schools' data (entities that seal refuse ops)
    qint64 seq = 0;      // last seq handed out
    AuditBuffer audit;

    qint64 nextSeq() { return ++seq; }
    // An audit entry of this push's actor.
    void addAudit(const QString &action, const QString &entity, const QString &key, std::optional<QString> before,
                  std::optional<QString> after, const QString &opId);
};

protocol::OpResult rejectedResult(const QString &opId, const QString &code, const QString &message);

// The ops of one entity in one push.
class EntityBatch
{
public:
    virtual ~EntityBatch() = default;
    // Each op of the entity, in request order, before the school's lock is taken: no database.
    virtual void plan(const PushScope &scope, const protocol::Op &op, qsizetype index) = 0;
    // Under the lock, once, before the first apply(): reads the rows the planned ops name.
    virtual Result<void> load(PushScope &scope) = 0;
    // Under the lock, in request order (`index` as given to plan()). An error fails the whole push.
    virtual Result<protocol::OpResult> apply(PushScope &scope, const protocol::Op &op, qsizetype index) = 0;
    // After the last op: writes what apply() deferred.
    virtual Result<void> flush(PushScope &scope) = 0;
};

// One entity's changes with seq > since in seq order, as elements of the change page.
class FeedCursor
{
public:
    virtual ~FeedCursor() = default;
    virtual bool atEnd() const = 0;
    virtual qint64 seq() const = 0; // of the current change
    // The current change as a protocol::Change object (the bytes Change::toJson() would give).
    virtual void write(protocol::JsonWriter &w) = 0;
    virtual Result<void> next() = 0;
};

class EntityHandler
{
public:
    virtual ~EntityHandler() = default;
    virtual QString entity() const = 0;
    virtual std::unique_ptr<EntityBatch> newBatch() const = 0;
    // At most `limit` + 1 changes after `since`. A cursor that streams rows from an open query
    // (streamsFeed) is opened after the others, which read their rows before they return: one query
    // at a time stays open on the connection.
    virtual Result<std::unique_ptr<FeedCursor>> openFeed(CentralStore &store, const QString &school, qint64 since,
                                                         int limit) const = 0;
    virtual bool streamsFeed() const { return false; }
    virtual Result<protocol::EntityDigest> digest(CentralStore &store, const QString &school) const = 0;

    // A push result is kept (op_results) for the sync window, so that a repeated op id gets the same
    // answer; what is kept must hold no full ID number. keptResult() is what is stored of `result`;
    // replayedResult() turns it back into the answer for the repeated `op` (from the op's own key,
    // or the row as it is now). By default the result is kept as it is.
    virtual protocol::OpResult keptResult(const protocol::Op &op, protocol::OpResult result) const
    {
        Q_UNUSED(op);
        return result;
    }
    virtual Result<protocol::OpResult> replayedResult(CentralStore &store, const QString &school,
                                                      const protocol::Op &op, protocol::OpResult kept) const
    {
        Q_UNUSED(store);
        Q_UNUSED(school);
        Q_UNUSED(op);
        return kept;
    }
};

} // namespace cet::central
