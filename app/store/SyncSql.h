#pragma once

// Internal to cetdesk_store: SQL helpers shared by SyncStore, OutboxRepository, the Merger
// (SyncMerger.h) and the import expansion (SyncImportExpansion.h).

#include "LiteSql.h"
#include "Result.h"
#include "StudentRecord.h"

#include <QByteArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringView>

#include <optional>

namespace cet {
struct LocalDigest;
}

namespace cet::syncsql {

// Outbox states of an op still to be sent (or sent and not answered).
inline constexpr const char *kPendingStates = "('queued', 'sent', 'failed')";

QString entityKey(const StudentRecord &r);
// "1:110101..." → (type, number); false when malformed.
bool parseKey(const QString &key, IdType &type, QString &number);

QJsonObject recordJson(const StudentRecord &r);
// Sets the fields present in `data` (column names) on `r`.
void setFromJson(StudentRecord &r, const QJsonObject &data);
void setField(StudentRecord &r, StudentField f, const QJsonValue &v);
// The record `data` describes for `key`: its fields on an empty record, the identity the key's.
StudentRecord recordOf(IdType type, const QString &number, const QJsonObject &data);
QJsonValue fieldJson(const StudentRecord &r, StudentField f);
std::optional<StudentField> fieldOfColumn(const QString &column);
bool isIdentity(StudentField f);
// The protocol's field name (= column name) of a field, made once.
const QString &columnName(StudentField f);

// A field of a record as stored: integer columns bind an int, text columns the record's own text
// (valid while the record lives).
void bindField(lite::Statement &s, int index, const StudentRecord &r, StudentField f);
// A students row read through lite: the columns of studentsql::selectColumns() from `first` on.
StudentRecord readRow(const lite::Statement &s, int first = 0);

QString compact(const QJsonObject &o);
// A new op in the outbox (state queued, a fresh op id), inside the caller's transaction.
// kind: "upsert" | "delete"; changes: {"field": [old, new], …}.
Result<void> queueOp(QSqlDatabase db, const QString &entity, const QString &key, qint64 baseVersion,
                     const QString &kind, const QJsonObject &changes);
// compact(recordJson(r)) as UTF-8, written directly by protocol::writeStudentJson (the same bytes).
QByteArray recordJsonUtf8(const StudentRecord &r);
QByteArray compactUtf8(const QJsonObject &o);
QString compactValue(const QJsonValue &v);
QJsonValue parseValue(const QString &text);
QJsonObject parseObject(QByteArrayView utf8);

// The digest of the rows a query yields as (key, version), like the server's (Digest.h).
LocalDigest digestOf(QSqlQuery &q);

Error queryError(const QSqlQuery &q, const QString &code = QStringLiteral("store.query_failed"));

// This database's sync client id (sync_state.client_id, random, made by migration v5): part of
// the op ids made here, so that no two desktops make the same op id.
Result<QString> clientId(QSqlDatabase db);

} // namespace cet::syncsql
