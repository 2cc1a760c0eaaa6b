#include "Audit.h"

#include "AuditChain.h"
#include "PgArrays.h"

#include <QJsonDocument>

namespace cet::central {

namespace {
QVariant jsonOrNull(const std::optional<QString> &json)
{
    if (!json)
        return QVariant(QMetaType(QMetaType::QString));
    return *json;
}
QVariant textOrNull(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}

const QString kColumnList = QStringLiteral("at, actor, role, action, entity, entity_key, school_code, before_json, "
                                           "after_json, reason, prev_hash, row_hash");
const QString kInsert = QStringLiteral("INSERT INTO audit_log (") + kColumnList + QStringLiteral(") VALUES ");
const QString kRow = QStringLiteral("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
constexpr int kColumns = 12;

// The row's content values (auditchain::kContentColumns of them).
void appendContent(QVariantList &b, const AuditEntry &e)
{
    b << toMs(e.at) << e.actor << e.role << e.action << e.entity << e.entityKey << textOrNull(e.school)
      << jsonOrNull(e.before) << jsonOrNull(e.after) << textOrNull(e.reason);
}

// The binds of one row: its content, then the hash of the row before it and its own.
void appendBinds(QVariantList &b, const AuditEntry &e, QString &chainHead)
{
    const qsizetype first = b.size();
    appendContent(b, e);
    const QString rowHash = auditchain::rowHash(chainHead, b.mid(first, auditchain::kContentColumns));
    b << chainHead << rowHash;
    chainHead = rowHash;
}

// Runs `write` with the chain head locked, in the caller's transaction or in one of its own; then
// stores the new head.
template<typename Write>
Result<void> chained(CentralStore &store, Write write)
{
    std::optional<Transaction> own;
    if (!store.inTransaction()) {
        own.emplace(store);
        if (auto r = own->begin(true); !r)
            return r;
    }
    auto head = auditchain::lockHead(store);
    if (!head)
        return head.error();
    QString chainHead = head.value();
    if (auto r = write(chainHead); !r)
        return r;
    if (auto r = auditchain::setHead(store, chainHead); !r)
        return r;
    return own ? own->commit() : Result<void>();
}
} // namespace

QString auditJson(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

Result<void> writeAudit(CentralStore &store, const AuditEntry &e)
{
    if (!store.isPostgres()) {
        return chained(store, [&](QString &chainHead) {
            QVariantList binds;
            appendBinds(binds, e, chainHead);
            return store.execWrite(kInsert + kRow, binds);
        });
    }
    // PostgreSQL: the head is locked, the row written with its hash and the new head stored in one
    // statement. Every other writer waits for the head's lock, here for this statement and the
    // COMMIT instead of three round trips. The database computes rowHash() itself (SHA-256 of the
    // previous hash, a newline and the content text, which contentText() writes here as there);
    // verify() recomputes every hash in C++, so the two formulas can not drift unnoticed.
    static const QString inOneStatement = QStringLiteral(
        "WITH head AS (SELECT last_hash FROM audit_chain_head WHERE id = 1 FOR UPDATE), "
        "audited AS (INSERT INTO audit_log (") + kColumnList + QStringLiteral(") "
        "SELECT ?::bigint, ?, ?, ?, ?, ?, ?, ?, ?, ?, last_hash, "
        "encode(sha256(convert_to(last_hash || chr(10) || ?::text, 'UTF8')), 'hex') FROM head RETURNING row_hash) "
        "UPDATE audit_chain_head SET last_hash = audited.row_hash FROM audited WHERE id = 1 RETURNING last_hash");
    QVariantList binds;
    appendContent(binds, e);
    binds << QString::fromUtf8(auditchain::contentText(binds));
    auto written = store.exec(inOneStatement, binds);
    if (!written)
        return written.error();
    if (!written.value().next()) // no head row: nothing was written either
        return CentralStore::dbError(QStringLiteral("the audit chain head is missing"), {});
    return {};
}

Result<void> AuditBuffer::flush(CentralStore &store)
{
    if (m_entries.isEmpty())
        return {};
    return chained(store, [&](QString &chainHead) { return flushChained(store, chainHead); });
}

Result<void> AuditBuffer::flushChained(CentralStore &store, QString &chainHead)
{
    constexpr int kChunk = 50;
    static const QString chunkSql = []() -> QString {
        QStringList rows;
        for (int i = 0; i < kChunk; ++i)
            rows << kRow;
        return kInsert + rows.join(QStringLiteral(", "));
    }();
    if (store.isPostgres() && !m_entries.isEmpty()) { // one statement, an array per column
        static const QString pgSql = pg::unnestInsert(
            QStringLiteral("audit_log"),
            kColumnList.split(QStringLiteral(", ")),
            QStringLiteral("bigint text text text text text text text text text text text").split(QLatin1Char(' ')));
        pg::ArrayColumns columns(kColumns, m_entries.size());
        for (const AuditEntry &e : m_entries) {
            QVariantList binds;
            appendBinds(binds, e, chainHead);
            columns.append(binds);
        }
        if (auto r = store.execWrite(pgSql, columns.take()); !r)
            return r;
        m_entries.clear();
        return {};
    }
    qsizetype i = 0;
    for (; i + kChunk <= m_entries.size(); i += kChunk) {
        QVariantList binds;
        binds.reserve(kChunk * kColumns);
        for (qsizetype j = i; j < i + kChunk; ++j)
            appendBinds(binds, m_entries.at(j), chainHead);
        if (auto r = store.execWrite(chunkSql, binds); !r)
            return r;
    }
    for (; i < m_entries.size(); ++i) {
        QVariantList binds;
        appendBinds(binds, m_entries.at(i), chainHead);
        if (auto r = store.execWrite(kInsert + kRow, binds); !r)
            return r;
    }
    m_entries.clear();
    return {};
}

} // namespace cet::central
