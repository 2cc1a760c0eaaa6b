#pragma once

// The nightly rebinding batch (part of `cet-central run-jobs`): every approved request whose
// apply_at has passed moves its registration from the old passport to the new one. One
// transaction per request, which re-reads the request under its lock and acts only while it is
// still approved and due: a batch killed half-way and run again never applies a request twice,
// and a request held back or decided otherwise meanwhile is left alone. Both passports' addresses
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
    // One request's transaction; sets `failure` (a cs code) when the request can not be applied,
    // leaving nothing changed.
    Result<Outcome> attempt(qint64 id, const QDateTime &now, QString &failure);
    // Marks the request failed (still approved) with `code`, in its own transaction.
    Result<Outcome> fail(qint64 id, const QString &code, const QDateTime &now);

    CentralStore &m_store;
    std::function<QDateTime()> m_now;
};

} // namespace cet::central::cs
