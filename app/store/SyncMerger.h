#pragma once

// Internal to cetdesk_store: merging server state into the local database.

#include "LiteSql.h"
#include "Result.h"
#include "StudentRecord.h"

#include <QJsonObject>
#include <QSet>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace cet::syncsql {

// Merges server state into the local database (inside the caller's transaction), with prepared
// statements (sqlite3 C API on the connection's handle) kept for a whole page or push batch.
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
    // `record` and `dataJson`, when given, are data as a record and as compact JSON text, worked
    // out ahead (SyncStore::prepare).
    Result<bool> merge(const QString &key, qint64 version, bool deleted, const QJsonObject &data,
                       const StudentRecord *record = nullptr, const QByteArray *dataJson = nullptr);

    // The common answer to an op of ours: the server holds `data` at `version` and the local row
    // already has exactly that content. When the live local row's content hash equals data's, its
    // server version is below `version` and the base copy is older than `version` (or missing),
    // this writes what merge() would (the row's server version and the base copy) with one
    // guarded statement and returns true; otherwise it writes nothing and returns false: call
    // merge(). Needs nothing about pending ops: a row equal to data merges to itself.
    Result<bool> confirm(const QString &key, qint64 version, const QJsonObject &data);
    // The same for a record known as such (its identity the key's) and its JSON text for the base copy.
    Result<bool> confirm(const QString &key, qint64 version, const StudentRecord &server, const QByteArray &dataJson);

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
    Result<void> softDelete(qint64 rowId, qint64 version, const QString &now);
    Result<void> putBase(const QString &key, qint64 version, const QByteArray &dataJson);
    Error failed(const QString &code = QStringLiteral("store.update_failed")) const;

    QSqlDatabase m_db;
    sqlite3 *m_h = nullptr;
    QString m_now; // the time written for this transaction's changes (prepare())
    std::optional<bool> m_anyPending; // any pending student op or open conflict at all
    lite::Statement m_base, m_local, m_pending, m_conflicts, m_insert, m_update, m_version, m_softDelete, m_putBase,
        m_confirm;
};

} // namespace cet::syncsql
