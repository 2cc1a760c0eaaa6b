#pragma once

// Internal to cetdesk_store: SQL shared by SyncStore and OutboxRepository.

#include "Result.h"
#include "StudentRecord.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <optional>

namespace cet::syncsql {

QString entityKey(const StudentRecord &r);
// "1:110101..." → (type, number); false when malformed.
bool parseKey(const QString &key, IdType &type, QString &number);

QJsonObject recordJson(const StudentRecord &r);
// Sets the fields present in `data` (column names) on `r`.
void setFromJson(StudentRecord &r, const QJsonObject &data);
QJsonValue fieldJson(const StudentRecord &r, StudentField f);
std::optional<StudentField> fieldOfColumn(const QString &column);

QString compact(const QJsonObject &o);
QString compactValue(const QJsonValue &v);
QJsonValue parseValue(const QString &text);

Error queryError(const QSqlQuery &q, const QString &code = QStringLiteral("store.query_failed"));

// Merges server state into the local database (inside the caller's transaction), with prepared
// statements kept for a whole page.
class Merger
{
public:
    explicit Merger(QSqlDatabase db);
    Result<void> prepare();

    // The server holds `data` (or a tombstone) at `version` for `key`. Fields of the record with
    // pending outbox ops or open conflicts keep their local values; the others take the
    // server's. A tombstone deletes the local record unless an upsert of it is still pending
    // (that op brings the record back on the server); open conflicts of a deleted record stay
    // open (SyncConflict::recordDeleted). Base copy updated. Returns true when something was
    // written, false when the base already had this version (an echo or a repeat).
    Result<bool> merge(const QString &key, qint64 version, bool deleted, const QJsonObject &data);

    // After an op of `key` was rejected: when the base copy is a tombstone and nothing of the
    // record is pending any more, the local record follows the server and is deleted.
    Result<void> settleRejected(const QString &key);

private:
    struct Protection
    {
        QSet<QString> fields;      // fields of pending ops and open conflicts ("*": a pending delete)
        bool pendingUpsert = false;
    };
    Result<Protection> protectedFields(const QString &key);
    Result<void> softDelete(qint64 rowId, qint64 version);

    QSqlDatabase m_db;
    bool m_anyPending = false;
    QSqlQuery m_base, m_local, m_pending, m_conflicts, m_insert, m_update, m_version, m_softDelete, m_putBase, m_dropBase;
};

// This database's sync client id (sync_state.client_id, random, made by migration v5): part of
// the op ids made here, so that no two desktops make the same op id.
Result<QString> clientId(QSqlDatabase db);

// Expands the import batch entries still in the outbox (inside the caller's transaction).
Result<qint64> expandImports(QSqlDatabase db);

} // namespace cet::syncsql
