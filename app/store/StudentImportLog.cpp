#include "StudentImportLog.h"

#include "LiteSql.h"
#include "StoreSql.h"

#include <QJsonDocument>

namespace cet::importsql {

Result<void> writeBatchLog(sqlite3 *db, const QString &action, qint64 batchId, const QString &actor,
                           const QJsonObject &summary)
{
    QJsonObject changes = summary;
    changes.insert(QStringLiteral("action"), action);
    const QString text = QString::fromUtf8(QJsonDocument(changes).toJson(QJsonDocument::Compact));
    const QString key = QString::number(batchId);
    const QString now = sql::nowText();

    lite::Statement q;
    if (!q.prepare(db, "INSERT INTO audit_log (at, actor, action, entity, entity_key, before_json, after_json)"
                       " VALUES (?1, ?2, ?3, 'student_import', ?4, NULL, ?5)"))
        return lite::error(db, QStringLiteral("store.audit_failed"), QStringLiteral("audit_log"));
    q.bindTextCopy(1, now);
    q.bindTextCopy(2, actor);
    q.bindTextCopy(3, action);
    q.bindTextCopy(4, key);
    q.bindTextCopy(5, text);
    if (!q.run())
        return lite::error(db, QStringLiteral("store.audit_failed"), QStringLiteral("audit_log"));

    // Deterministic op id: a re-run after a crash (whose transaction rolled back) makes the same op.
    const QString opId = action + u':' + summary.value(QStringLiteral("file_sha256")).toString() + u':' + key;
    if (!q.prepare(db, "INSERT INTO outbox (op_id, entity, entity_key, base_version, changes, state, created_at)"
                       " VALUES (?1, 'student_import', ?2, 0, ?3, 'queued', ?4)"))
        return lite::error(db, QStringLiteral("store.outbox_failed"), QStringLiteral("outbox"));
    q.bindTextCopy(1, opId);
    q.bindTextCopy(2, key);
    q.bindTextCopy(3, text);
    q.bindTextCopy(4, now);
    if (!q.run())
        return lite::error(db, QStringLiteral("store.outbox_failed"), QStringLiteral("outbox"));
    return {};
}

} // namespace cet::importsql
