#include "TableDigest.h"

#include "CentralStore.h"
#include "Digest.h"

#include <QSqlRecord>

#include <algorithm>

namespace cet::central {

Result<protocol::EntityDigest> tableDigest(CentralStore &store, const QString &sql, const QVariantList &binds,
                                           const std::function<QString(const QSqlQuery &)> &key)
{
    auto q = store.exec(sql, binds);
    if (!q)
        return q.error();
    QSqlQuery &r = q.value();
    const int deletedAt = r.record().count() - 1;
    protocol::DigestBuilder builder;
    protocol::EntityDigest d;
    while (r.next()) {
        d.maxSeq = std::max(d.maxSeq, r.value(deletedAt - 1).toLongLong());
        if (!r.value(deletedAt).isNull())
            continue;
        builder.add(key(r), r.value(deletedAt - 2).toLongLong());
    }
    d.count = builder.count();
    d.hash = builder.hash();
    return d;
}

} // namespace cet::central
