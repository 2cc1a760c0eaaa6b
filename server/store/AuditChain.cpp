#include "AuditChain.h"

#include "JsonWriter.h"

#include <QCryptographicHash>
#include <QJsonObject>

namespace cet::central::auditchain {

namespace {

const QString kSelect = QStringLiteral("SELECT id, at, actor, role, action, entity, entity_key, school_code, "
                                       "before_json, after_json, reason, prev_hash, row_hash FROM audit_log ");

QVariantList contentOf(const QSqlQuery &q)
{
    QVariantList content;
    content << q.value(1).toLongLong();
    for (int c = 2; c <= 10; ++c)
        content << (q.value(c).isNull() ? QVariant() : QVariant(q.value(c).toString()));
    return content;
}

} // namespace

QByteArray contentText(const QVariantList &content)
{
    // The hashed text is the content as a compact JSON array of strings and nulls. JsonWriter
    // writes exactly what QJsonDocument writes for it, without building the array first: a push of
    // 100,000 records writes as many audit rows, and building the array cost most of the hashing.
    protocol::JsonWriter values(1024);
    values.beginArray();
    for (qsizetype i = 0; i < content.size(); ++i) {
        const QVariant &v = content.at(i);
        if (v.isNull())
            values.null();
        else if (i == 0)
            values.string(QString::number(v.toLongLong())); // as text: exact beyond 2^53
        else
            values.string(v.toString());
    }
    values.endArray();
    return values.bytes();
}

QString rowHash(const QString &previous, const QVariantList &content)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(previous.toLatin1());
    h.addData(QByteArrayView("\n"));
    h.addData(contentText(content));
    return QString::fromLatin1(h.result().toHex());
}

Result<QString> lockHead(CentralStore &store)
{
    const QString forUpdate = store.isPostgres() ? QStringLiteral(" FOR UPDATE") : QString();
    auto head = store.scalar(QStringLiteral("SELECT last_hash FROM audit_chain_head WHERE id = 1") + forUpdate);
    if (!head)
        return head.error();
    if (head.value().isNull())
        return CentralStore::dbError(QStringLiteral("the audit chain head is missing"), {});
    return head.value().toString();
}

Result<void> setHead(CentralStore &store, const QString &hash)
{
    return store.execWrite(QStringLiteral("UPDATE audit_chain_head SET last_hash = ? WHERE id = 1"), { hash });
}

Result<Verification> verify(CentralStore &store)
{
    if (auto r = store.beginSnapshot(); !r)
        return r.error();
    Verification v;
    const auto broken = [&v](qint64 id, const QString &problem) {
        if (!v.brokenId) {
            v.brokenId = id;
            v.problem = problem;
        }
    };
    QString previous;
    bool chainStarted = false;
    {
        auto q = store.exec(kSelect + QStringLiteral("ORDER BY id"));
        if (!q) {
            store.rollback();
            return q.error();
        }
        QSqlQuery &rows = q.value();
        while (rows.next() && !v.brokenId) {
            const qint64 id = rows.value(0).toLongLong();
            if (rows.value(12).isNull()) {
                if (chainStarted)
                    broken(id, QStringLiteral("row without hashes after the chain began"));
                else
                    ++v.unchained;
                continue;
            }
            chainStarted = true;
            ++v.rows;
            if (rows.value(11).toString() != previous)
                broken(id, QStringLiteral("does not link to the row before it (a row was removed or inserted)"));
            else if (rowHash(previous, contentOf(rows)) != rows.value(12).toString())
                broken(id, QStringLiteral("content does not match its hash (the row was changed)"));
            previous = rows.value(12).toString();
        }
    }
    if (!v.brokenId) {
        auto head = store.scalar(QStringLiteral("SELECT last_hash FROM audit_chain_head WHERE id = 1"));
        if (!head) {
            store.rollback();
            return head.error();
        }
        if (head.value().toString() != previous)
            broken(-1, QStringLiteral("the newest rows are missing (the chain head is ahead of the log)"));
    }
    store.rollback();
    return v;
}

Result<qint64> exportRows(CentralStore &store, const QDateTime &from, const QDateTime &to,
                          const std::function<void(const QJsonObject &)> &row)
{
    auto q = store.exec(kSelect + QStringLiteral("WHERE at >= ? AND at < ? ORDER BY id"), { toMs(from), toMs(to) });
    if (!q)
        return q.error();
    QSqlQuery &rows = q.value();
    qint64 n = 0;
    const auto text = [&rows](int c) { return rows.value(c).isNull() ? QJsonValue() : QJsonValue(rows.value(c).toString()); };
    while (rows.next()) {
        QJsonObject o{ { QStringLiteral("id"), rows.value(0).toLongLong() },
                       { QStringLiteral("at"), fromMs(rows.value(1).toLongLong()).toString(Qt::ISODateWithMs) },
                       { QStringLiteral("actor"), text(2) },
                       { QStringLiteral("role"), text(3) },
                       { QStringLiteral("action"), text(4) },
                       { QStringLiteral("entity"), text(5) },
                       { QStringLiteral("entity_key"), text(6) },
                       { QStringLiteral("school"), text(7) },
                       { QStringLiteral("before"), text(8) },
                       { QStringLiteral("after"), text(9) },
                       { QStringLiteral("reason"), text(10) },
                       { QStringLiteral("prev_hash"), text(11) },
                       { QStringLiteral("row_hash"), text(12) } };
        row(o);
        ++n;
    }
    return n;
}

} // namespace cet::central::auditchain
