#include "MailSql.h"

#include <algorithm>

namespace cet::central::mailsql {

Result<qint64> insert(CentralStore &store, const StoredMail &mail)
{
    auto id = store.scalar(QStringLiteral("INSERT INTO mail (to_address, subject, body, kind, stored_at) "
                                          "VALUES (?, ?, ?, ?, ?) RETURNING id"),
        { mail.to, mail.subject, mail.body, mail.kind, toMs(mail.storedAt) });
    if (!id)
        return id.error();
    return id.value().toLongLong();
}

Result<QList<StoredMail>> list(CentralStore &store, const QString &to, int limit)
{
    QString sql = QStringLiteral("SELECT id, to_address, subject, body, kind, stored_at FROM mail");
    QVariantList binds;
    if (!to.isEmpty()) {
        sql += QStringLiteral(" WHERE to_address = ?");
        binds.append(to);
    }
    sql += QStringLiteral(" ORDER BY id DESC");
    if (limit > 0) {
        sql += QStringLiteral(" LIMIT ?");
        binds.append(limit);
    }
    auto q = store.exec(sql, binds);
    if (!q)
        return q.error();
    QList<StoredMail> out;
    QSqlQuery &r = q.value();
    while (r.next()) {
        out.append(StoredMail { r.value(0).toLongLong(), r.value(1).toString(), r.value(2).toString(),
            r.value(3).toString(), r.value(4).toString(), fromMs(r.value(5).toLongLong()) });
    }
    std::reverse(out.begin(), out.end());
    return out;
}

} // namespace cet::central::mailsql
