#pragma once

// The nightly rebinding batch (part of `cet-central run-jobs`): every approved request whose
// apply_at has passed moves its registration from the old passport to the new one. Requests are
// read under their locks and acted on only while still approved and due: a batch killed half-way
// and run again never applies a request twice, and a request held back or decided otherwise
// meanwhile is left alone. The plain cases of up to 500 due requests are applied together in one
// transaction (a request is in it whole or not at all), because one transaction per request costs
// a dozen round trips each and the evening's thousands would take minutes on PostgreSQL; anything
// else, and every request of a group that failed, gets a transaction of its own. Both passports' addresses
// get a notice through the message outbox, and the step is audited, in the same transaction.
// A request whose new passport got bound to a registration in the meantime, or whose registration
// was deleted or moved, fails with that reason (failure_code, failure_reason) and nothing moves.

#include "CentralStore.h"

#include <functional>

namespace cet::central::cs {

struct BatchRun
{
    int applied = 0;
    int failed = 0;
};

class RebindBatch
{
public:
    RebindBatch(CentralStore &store, std::function<QDateTime()> now) : m_store(store), m_now(std::move(now)) { }

    // Applies every request due at now().
    Result<BatchRun> runDue();
    // Applies one request if it is approved and due at now(); what happened to it.
    enum class Outcome { Skipped, Applied, Failed };
    Result<Outcome> applyOne(qint64 id);

private:
    // Applies, in one transaction, those of `ids` that are plainly applicable; the ids left for one
    // by one (all of them when the group's transaction failed).
    Result<QList<qint64>> applyGroup(const QList<qint64> &ids, const QDateTime &now);
    // One request's transaction; sets `failure` (a cs code) when the request can not be applied,
    // leaving nothing changed.
    Result<Outcome> attempt(qint64 id, const QDateTime &now, QString &failure);
    // Marks the request failed (still approved) with `code`, in its own transaction.
    Result<Outcome> fail(qint64 id, const QString &code, const QDateTime &now);

    CentralStore &m_store;
    std::function<QDateTime()> m_now;
};

} // namespace cet::central::cs
