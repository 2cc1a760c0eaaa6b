#include "Audit.h"

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

const QString kInsert = QStringLiteral("INSERT INTO audit_log (at, actor, role, action, entity, entity_key, "
                                       "school_code, before_json, after_json, reason) VALUES ");
const QString kRow = QStringLiteral("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");

void appendBinds(QVariantList &b, const AuditEntry &e)
{
    b << toMs(e.at) << e.actor << e.role << e.action << e.entity << e.entityKey << textOrNull(e.school)
      << jsonOrNull(e.before) << jsonOrNull(e.after) << textOrNull(e.reason);
}
} // namespace

QString auditJson(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

Result<void> writeAudit(CentralStore &store, const AuditEntry &e)
{
    QVariantList binds;
    appendBinds(binds, e);
    return store.execWrite(kInsert + kRow, binds);
}

Result<void> AuditBuffer::flush(CentralStore &store)
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
            QStringLiteral("at, actor, role, action, entity, entity_key, school_code, before_json, after_json, reason")
                .split(QStringLiteral(", ")),
            QStringLiteral("bigint text text text text text text text text text").split(QLatin1Char(' ')));
        pg::ArrayColumns columns(10, m_entries.size());
        for (const AuditEntry &e : m_entries) {
            QVariantList binds;
            appendBinds(binds, e);
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
        binds.reserve(kChunk * 10);
        for (qsizetype j = i; j < i + kChunk; ++j)
            appendBinds(binds, m_entries.at(j));
        if (auto r = store.execWrite(chunkSql, binds); !r)
            return r;
    }
    for (; i < m_entries.size(); ++i)
        if (auto r = writeAudit(store, m_entries.at(i)); !r)
            return r;
    m_entries.clear();
    return {};
}

} // namespace cet::central
