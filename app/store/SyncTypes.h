#pragma once

#include <QDateTime>
#include <QJsonValue>
#include <QList>
#include <QMetaType>
#include <QString>

namespace cet {

// Value types of sync with cet-central, shared by the store, the engine, the service and the UI.

enum class SyncConnection { Offline, Online, Syncing };
enum class SyncPhase { Push, Pull, Check };
enum class ConflictChoice { Mine, Theirs };

// The signed-in staff user (signedIn false: nobody; server/user may still hold the last ones).
struct SyncAccount
{
    bool signedIn = false;
    QString server;      // base URL, e.g. "https://central.example:8443"
    QString user;        // login name
    QString displayName;
    QString role;        // coordinator | cs_agent | cs_supervisor | admin
    QString school;      // school code; empty for roles without one
    QDateTime expiresAt;
    bool tokenInMemoryOnly = false; // no system credential store: the token is not kept after exit
};

// Outbox states: queued → sent → acked | conflict | rejected; failed = transient, retried.
struct OutboxEntry
{
    qint64 seq = 0;
    QString opId;
    QString entity;     // student | student_import | notice
    QString entityKey;  // "1:110101...", the import batch id, or a notice's school/campus code
    QString state;
    QString changesJson; // {field: [old, new]} or the import summary
    int attempts = 0;
    QString lastError;   // code: message
    QDateTime createdAt;
    QDateTime sentAt;
    QDateTime ackedAt;
};

struct OutboxCounts
{
    qint64 queued = 0, sent = 0, failed = 0, acked = 0, conflict = 0, rejected = 0;
    qint64 pending() const { return queued + sent + failed; }
};

// One field (or, for whole-object entities, the whole record) that two desktops changed differently: what I wanted, what we both started from,
// what the server has and who put it there.
struct SyncConflict
{
    qint64 id = 0;
    QString entity;    // student | notice
    QString entityKey; // "1:110101..." or a notice's code
    QString recordLabel; // the student's name, when the record is known locally (with a note when recordDeleted)
    bool recordDeleted = false; // the server deleted the record since; "mine" brings it back
    QString field;     // column name, e.g. "name"; empty: the whole record (mine/theirs are objects)
    QJsonValue mine, base, theirs;
    QString changedBy;
    QDateTime changedAt;
    QString opId;
    QDateTime createdAt;
    QDateTime resolvedAt; // invalid while open
    QString resolution;   // mine | theirs | empty
};

struct SyncLogEntry
{
    qint64 id = 0;
    QDateTime at;
    QString level;   // info | warning | error
    QString message;
};

// What one sync did.
struct SyncSummary
{
    qint64 pushed = 0;     // ops the server acknowledged (applied, conflict or rejected)
    qint64 applied = 0;
    qint64 conflicts = 0;  // new conflict fields stored for the user
    qint64 rejected = 0;
    qint64 pulled = 0;     // changes applied locally
    qint64 pendingAfter = 0;    // ops still queued/failed
    qint64 openConflicts = 0;   // unresolved conflicts after the sync
    bool digestMatches = true;
    QString digestDetail;
    bool seatsRefreshed = false; // the seats taken and bookings per hour stored are current: fetched
                                 // anew, or the server's stamp said they had not changed
    int evidenceUploaded = 0;    // evidence files added here and uploaded to their reviews
    int registrationsChanged = 0; // students whose registration state the server reported changed
};

// One piece of an import's expansion into per-record ops (OutboxImportExpansion).
struct ExpansionStep
{
    qint64 ops = 0;  // ops made
    qint64 keys = 0; // records looked at (0: no import entry is pending)
};

// The state the worker reports after each step.
struct SyncStatusSnapshot
{
    SyncConnection connection = SyncConnection::Offline;
    qint64 pending = 0;
    QDateTime lastSyncAt;
};

} // namespace cet

Q_DECLARE_METATYPE(cet::SyncAccount)
Q_DECLARE_METATYPE(cet::SyncSummary)
Q_DECLARE_METATYPE(cet::SyncStatusSnapshot)
Q_DECLARE_METATYPE(cet::SyncConnection)
Q_DECLARE_METATYPE(cet::SyncPhase)
Q_DECLARE_METATYPE(cet::ConflictChoice)
