#include "OutboxSql.h"

#include "PgArrays.h"
#include "SqlValues.h"

namespace cet::central::outboxsql {

Message email(const QString &kind, const QString &to, const QString &subject, const QString &body, const QDateTime &at)
{
    Message m;
    m.kind = kind;
    m.channel = QStringLiteral("email");
    m.to = to;
    m.subject = subject;
    m.body = body;
    m.createdAt = at;
    return m;
}

Result<qint64> insert(CentralStore &store, const Message &m)
{
    auto id = store.scalar(QStringLiteral("INSERT INTO message_outbox (kind, channel, to_address, subject, body, "
                                          "created_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"),
                           { m.kind, m.channel, m.to, m.subject, m.body, toMs(m.createdAt) });
    if (!id)
        return id.error();
    return id.value().toLongLong();
}

Result<void> append(CentralStore &store, const Message &m)
{
    return store.execWrite(QStringLiteral("INSERT INTO message_outbox (kind, channel, to_address, subject, body, "
                                          "created_at) VALUES (?, ?, ?, ?, ?, ?)"),
                           { m.kind, m.channel, m.to, m.subject, m.body, toMs(m.createdAt) });
}

Result<void> appendAll(CentralStore &store, const QList<Message> &messages)
{
    if (!store.isPostgres() || messages.size() < 2) {
        for (const Message &m : messages)
            if (auto r = append(store, m); !r)
                return r;
        return {};
    }
    static const QString sql = pg::unnestInsert(QStringLiteral("message_outbox"),
        QStringLiteral("kind channel to_address subject body created_at").split(QLatin1Char(' ')),
        QStringLiteral("text text text text text bigint").split(QLatin1Char(' ')));
    pg::ArrayColumns columns(6, messages.size());
    for (const Message &m : messages)
        columns.append({ m.kind, m.channel, m.to, m.subject, m.body, toMs(m.createdAt) });
    return store.execWrite(sql, columns.take());
}

Result<QList<Message>> forRecipient(CentralStore &store, const QString &to)
{
    auto q = store.exec(QStringLiteral("SELECT id, kind, channel, to_address, subject, body, created_at, sent_at "
                                       "FROM message_outbox WHERE to_address = ? ORDER BY id"),
                        { to });
    if (!q)
        return q.error();
    QList<Message> out;
    QSqlQuery &r = q.value();
    while (r.next()) {
        Message m;
        m.id = r.value(0).toLongLong();
        m.kind = r.value(1).toString();
        m.channel = r.value(2).toString();
        m.to = r.value(3).toString();
        m.subject = r.value(4).toString();
        m.body = r.value(5).toString();
        m.createdAt = fromMs(r.value(6).toLongLong());
        m.sentAt = sqlvalues::optionalTime(r.value(7));
        out.append(m);
    }
    return out;
}

} // namespace cet::central::outboxsql
