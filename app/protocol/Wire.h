#pragma once

// Wire protocol v1 of cet-central. Shared by the server and the desktop client. Qt Core only.
//
// Every type has
//   static Result<T> fromJson(const QJsonObject &o, const QString &path = {})
//   QJsonObject toJson() const
// fromJson is strict about types and missing fields; on failure the Error has code
// "request.bad_shape" and a message naming the field path ("ops[3].changes.name: expected [old, new]").
// REQUEST types (LoginRequest, Op, PushRequest) also refuse unknown fields; RESPONSE types
// (everything else) ignore unknown fields, so newer servers can add fields.
// Timestamps travel as ISO 8601 UTC with a "Z" ("2026-11-23T12:00:00Z" or with milliseconds).

#include "Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

class QUrlQuery;

namespace cet::protocol {

class JsonWriter;

// Limits.
constexpr qint64 kMaxBodyBytes = 8 * 1024 * 1024; // request.too_large (413) above this
constexpr int kMaxOpsPerPush = 500;              // request.too_large (413) above this
constexpr int kMaxChangesLimit = 5000;
constexpr int kDefaultChangesLimit = 1000;
constexpr int kMaxOpIdLength = 100;
constexpr int kMaxEntityNameLength = 32;
constexpr int kMaxKeyLength = 200; // keys of entities other than "student" (whose keys have their own form)

// An entity name an op may carry: 1..kMaxEntityNameLength characters of [a-z_]. Whether the
// server knows the entity is its business (a per-op `entity.unknown`), not the parser's.
bool isEntityName(QStringView name);

// Error codes (stable).
namespace codes {
inline const QString badJson = QStringLiteral("request.bad_json");
inline const QString badShape = QStringLiteral("request.bad_shape");
inline const QString tooLarge = QStringLiteral("request.too_large");
inline const QString badCredentials = QStringLiteral("auth.bad_credentials");
inline const QString locked = QStringLiteral("auth.locked");
inline const QString badToken = QStringLiteral("auth.bad_token");
inline const QString expired = QStringLiteral("auth.expired");
inline const QString forbidden = QStringLiteral("auth.forbidden");
inline const QString notFound = QStringLiteral("not_found");
inline const QString cursorTooOld = QStringLiteral("sync.cursor_too_old");
inline const QString epochChanged = QStringLiteral("sync.epoch_changed");
inline const QString unavailable = QStringLiteral("server.unavailable");
inline const QString internal = QStringLiteral("server.internal");
inline const QString studentInvalid = QStringLiteral("student.invalid");
inline const QString studentWrongSchool = QStringLiteral("student.wrong_school");
inline const QString schoolSealed = QStringLiteral("school.sealed");
inline const QString entityUnknown = QStringLiteral("entity.unknown");
inline const QString noticeInvalid = QStringLiteral("notice.invalid");
inline const QString noticeWrongScope = QStringLiteral("notice.wrong_scope");
} // namespace codes

// The HTTP status for an error code (400 for unknown request.* codes, 500 for unknown others).
int httpStatusFor(const QString &code);

// Parses a request/response body: must be valid JSON whose top level is an object.
// request.too_large when body.size() > kMaxBodyBytes, request.bad_json otherwise.
Result<QJsonObject> parseObject(const QByteArray &body);
QByteArray toBody(const QJsonObject &o); // compact UTF-8 JSON

// Timestamps.
QString toWireTime(const QDateTime &t);            // UTC, "yyyy-MM-ddTHH:mm:ss[.zzz]Z"
std::optional<QDateTime> fromWireTime(const QString &s);

// {"error": {"code", "message", ["retry_after"]}}
struct ApiError
{
    QString code;
    QString message;
    std::optional<qint64> retryAfter; // seconds, for auth.locked

    static ApiError fromError(const Error &e); // retryAfter from e.detail when code is auth.locked
    Error toError() const;                     // detail = retry_after as text (if any)
    static Result<ApiError> fromJson(const QJsonObject &o, const QString &path = {}); // the whole body
    QJsonObject toJson() const;                                                       // the whole body
};

struct UserInfo
{
    QString name;
    QString displayName;
    QString role;   // coordinator | cs_agent | cs_supervisor | admin
    QString school; // empty = null on the wire
    static Result<UserInfo> fromJson(const QJsonObject &o, const QString &path = {});
    QJsonObject toJson() const;
};

struct LoginRequest // request: strict
{
    QString user;
    QString password;
    QString client; // optional on the wire
    static Result<LoginRequest> fromJson(const QJsonObject &o, const QString &path = {});
    QJsonObject toJson() const;
};

struct LoginResponse
{
    QString token;
    QDateTime expiresAt;
    UserInfo user;
    static Result<LoginResponse> fromJson(const QJsonObject &o, const QString &path = {});
    QJsonObject toJson() const;
};

// GET /api/v1/auth/me → {"user": {...}, "expires_at": "..."}
struct MeResponse
{
    UserInfo user;
    QDateTime expiresAt;
    static Result<MeResponse> fromJson(const QJsonObject &o, const QString &path = {});
    QJsonObject toJson() const;
};

// Query of GET /api/v1/sync/changes: since ≥ 0 (default 0), 1 ≤ limit ≤ kMaxChangesLimit
// (default kDefaultChangesLimit). Unknown parameters → request.bad_shape.
struct ChangesQuery
{
    qint64 since = 0;
    int limit = kDefaultChangesLimit;
    static Result<ChangesQuery> fromQuery(const QUrlQuery &q);
};

struct Change
{
    qint64 seq = 0;
    QString entity; // "student", "notice", ...
    QString key;    // "1:110101200001011234", "10001", ...
    qint64 version = 0;
    bool deleted = false;
    QString originOpId; // empty = null
    QString changedBy;
    QDateTime changedAt;
    std::optional<QJsonObject> data; // the entity's record (StudentFields for "student"); null for tombstones
    static Result<Change> fromJson(const QJsonObject &o, const QString &path = {});
    QJsonObject toJson() const;
};

// When the school's seats and registrations (fetched apart from the feed) last changed: opaque
// stamps, to compare with the ones of the last fetch. A null stamp (too recent for the server to
// be sure that no earlier change is still committing) means "fetch".
struct SchoolActivity
{
    std::optional<qint64> registrations;
    std::optional<qint64> seats;
};

struct ChangesPage
{
    QString epoch;
    QList<Change> changes;
    qint64 next = 0;
    bool more = false;
    qint64 minCursor = 0;
    std::optional<SchoolActivity> activity; // absent from an older server
    static Result<ChangesPage> fromJson(const QJsonObject &o, const QString &path = {});
    QJsonObject toJson() const;
};

// One field's change in an op: [old, new]; old is null for a create.
struct FieldChange
{
    QJsonValue oldValue;
    QJsonValue newValue;
};

// Request: strict. Any entity name (isEntityName) is read; a "student" op's key and changes are
// checked field by field (StudentFields), other entities' changes are [old, new] of any JSON values
// and their keys 1..kMaxKeyLength characters, left to the server's handler of the entity.
struct Op
{
    enum class Kind { Upsert, Delete };
    QString opId; // 1..kMaxOpIdLength chars
    QString entity;
    QString key;
    qint64 baseVersion = 0;
    Kind kind = Kind::Upsert;
    QMap<QString, FieldChange> changes; // required for upsert (may be empty), optional for delete
    static Result<Op> fromJson(const QJsonObject &o, const QString &path = {});
    QJsonObject toJson() const;
};

struct PushRequest // request: strict; 1..kMaxOpsPerPush ops (more → request.too_large)
{
    QString epoch; // empty = null (first push of a client)
    QList<Op> ops;
    static Result<PushRequest> fromJson(const QJsonObject &o, const QString &path = {});
    // A whole request body: the same value or error as parseObject(body) then fromJson(), read
    // straight from the bytes when the body is of the common kind (see FastPushParser.h).
    static Result<PushRequest> fromBody(const QByteArray &body);
    QJsonObject toJson() const;

    // An op whose changes are already compact JSON text ({"field":[old,new],…}, as a client's
    // outbox stores them).
    struct StoredOp
    {
        QString opId, entity, key;
        qint64 baseVersion = 0;
        bool isDelete = false;
        QByteArrayView changes; // empty or "{}": none
    };
    // The request body written straight from such ops, the changes spliced in as they are: the
    // same bytes as QJsonDocument(toJson()).toJson(Compact) of the parsed ops.
    static QByteArray bodyOf(const QString &epoch, const QList<StoredOp> &ops);
};

struct FieldConflict
{
    QString field;
    QJsonValue mine;   // the op's new value
    QJsonValue base;   // the op's old value
    QJsonValue theirs; // the server's value
    QString changedBy;
    QDateTime changedAt;
    static Result<FieldConflict> fromJson(const QJsonObject &o, const QString &path = {});
    QJsonObject toJson() const;
    void writeJson(JsonWriter &w) const; // the bytes of toJson(), written directly
};

struct OpResult
{
    enum class Status { Applied, Conflict, Rejected };
    QString opId;
    Status status = Status::Applied;
    qint64 version = 0; // the row's version after the op (0: no row)
    qint64 seq = 0;     // the change's seq (0: nothing changed)
    QList<FieldConflict> conflicts;
    // The server's row after the op (StudentFields), if any. On the wire "record" is absent when
    // there is none (older servers wrote null; both read as none).
    // A record left out: the server leaves the record out of an applied student create — status applied, an upsert
    // with base_version 0 for a key the server had no row for (not even a tombstone), no conflicts —
    // when the stored record is exactly the op's new values plus the key's identity (id_type,
    // id_number). Such a result means "the server now holds, at `version`, exactly the record your
    // op proposed"; the client takes the op's new values (+ identity) as the server's record. The
    // stored result returned for a repeated op id is the same (no record either).
    std::optional<QJsonObject> record;
    QString code;                      // rejected: error code
    QString message;                   // rejected: English message
    static Result<OpResult> fromJson(const QJsonObject &o, const QString &path = {});
    QJsonObject toJson() const;
    void writeJson(JsonWriter &w) const; // the bytes of toJson(), written directly
};
QString statusName(OpResult::Status s);

struct PushResponse
{
    QString epoch;
    QList<OpResult> results;
    static Result<PushResponse> fromJson(const QJsonObject &o, const QString &path = {});
    QJsonObject toJson() const;
    QByteArray toBody() const; // == protocol::toBody(toJson()), written directly
};

struct EntityDigest
{
    qint64 count = 0;  // live rows
    qint64 maxSeq = 0;
    QString hash;      // 16 lowercase hex digits, see Digest.h
};

struct Digest
{
    QString epoch;
    qint64 lastSeq = 0;
    QMap<QString, EntityDigest> entities; // "student" → ...
    static Result<Digest> fromJson(const QJsonObject &o, const QString &path = {});
    QJsonObject toJson() const;
};

} // namespace cet::protocol
