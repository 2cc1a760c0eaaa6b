#pragma once

// SQL of the demo mailbox (mail): messages that a server without an SMTP relay keeps instead of
// sending, so that demos and tests can read them with `cet-central mail list`.

#include "CentralStore.h"

namespace cet::central::mailsql {

struct StoredMail
{
    qint64 id = 0;
    QString to, subject, body, kind;
    QDateTime storedAt;
};

Result<qint64> insert(CentralStore &store, const StoredMail &mail);
// The newest `limit` messages (all when limit <= 0), oldest first; only those to `to` when given.
Result<QList<StoredMail>> list(CentralStore &store, const QString &to = {}, int limit = 0);

} // namespace cet::central::mailsql
