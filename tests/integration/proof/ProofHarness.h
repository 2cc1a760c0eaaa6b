#pragma once

// Shared by the proof tests (tst_syncfaults, tst_syncrandom): a real cet-central (TestServer)
// behind a FaultProxy, desktop clients (a local database + SyncEngine each, in this process), the
// offline edits a user makes (edit, import, import with deletes, undo), and the checks that prove
// nothing was lost or doubled:
//   - every client's outbox is final (acked | conflict | rejected), nothing pending;
//   - the server stored exactly one result per op id (op_results), for no op no client made, and
//     each client recorded the same outcome the server stored;
//   - every conflict the server reported is in the client's sync_conflicts (surfaced);
//   - replaying the ops the server applied, in seq order, with the per-field rules gives exactly
//     the server's records (each op applied once, in commit order, nothing else changed them);
//   - server and every client agree: digest (count, key:version hash), every field of every live
//     record (except fields with an open conflict), no natural key twice.

#include "Database.h"
#include "FaultProxy.h"
#include "Result.h"
#include "StudentImportRepository.h"
#include "StudentRecord.h"
#include "SyncEngine.h"
#include "SyncStore.h"
#include "TestServer.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>

#include <memory>

namespace proof {

// "code message (detail)" of a failed Result, "" for a good one (for QVERIFY2, which always
// evaluates its message).
template<typename T>
QString why(const cet::Result<T> &r)
{
    if (r.ok())
        return {};
    return r.error().code + QLatin1Char(' ') + r.error().message + QStringLiteral(" (") + r.error().detail
           + QLatin1Char(')');
}

// The server backends to run against: sqlite always, postgres when CETDESK_TEST_PG_URL is set.
struct Backend
{
    QString name; // "sqlite" | "postgres"
    QString url;  // filled by makeUrl()
};
QStringList backendNames();
// A fresh database URL for a backend (sqlite: a file in `dir`; postgres: a scratch schema).
QString makeDbUrl(const QString &backend, const QString &dir, const QString &tag);

// The coordinator the clients sign in as (school 10001 of the demo data).
inline const QString kSchool = QStringLiteral("10001");
inline const QString kUser = QStringLiteral("coord1");
inline const QString kPassword = QStringLiteral("demo-coordinator");

// A valid student of school 10001 for key number `n` (ID number with a correct check character,
// gender matching it). `variant` changes the editable fields.
cet::StudentRecord makeStudent(int n, int variant = 0);

// One desktop: its own database file and sync engine.
class Client
{
public:
    Client(const QString &name, const QString &dbPath);
    ~Client();

    QString name() const { return m_name; }
    QString dbPath() const { return m_path; }
    cet::Database &db() { return *m_db; }
    cet::SyncEngine &engine() { return *m_engine; }

    // Short retry/backoff so faults cost little time; timeout in ms.
    void setFastRetries(int attempts = 2, int timeoutMs = 10000);
    cet::Result<cet::SyncAccount> signIn(const QString &serverUrl);
    cet::Result<cet::SyncSummary> sync();
    // Syncs until a run succeeds with nothing pending (at most `tries` runs).
    cet::Result<cet::SyncSummary> syncUntilClean(int tries = 8);

    // Offline edits (each goes to the outbox in the same local transaction).
    // Changes up to 3 editable fields of a random live record; false when there is none.
    bool editRandom(QRandomGenerator &rng, QString *what = nullptr);
    // Imports `keys` (insert or update, variant picks the values) and soft-deletes `deleteKeys`.
    cet::Result<cet::ImportCommitResult> importKeys(const QList<int> &keys, int variant,
                                                    const QList<int> &deleteKeys = {});
    cet::Result<void> undoLastImport();
    // Sets (or now and then deletes) the school's or a campus's notice with random text; first
    // resolves the open notice conflicts, each with a random choice, now and then (ProofNotices.cpp).
    bool editNotice(QRandomGenerator &rng, QString *what = nullptr);
    // Closes and reopens the database and engine (what a restarted desktop does).
    void reopen();

    // Reads.
    QList<cet::StudentRecord> liveRecords();
    QList<int> liveKeyNumbers();
    struct OutboxRow
    {
        qint64 seq = 0;
        QString opId, entity, key, kind, state, lastError;
        QJsonObject changes;
    };
    QList<OutboxRow> outbox();
    struct ConflictRow
    {
        QString key, field, opId;
        bool resolved = false;
    };
    QList<ConflictRow> conflicts();
    cet::SyncState syncState();
    // Duplicated natural keys among live rows (should be empty).
    QStringList duplicateKeys();

private:
    QString m_name;
    QString m_path;
    std::unique_ptr<cet::Database> m_db;
    std::unique_ptr<cet::SyncEngine> m_engine;
    int m_attempts = 0;
    int m_timeoutMs = 0;
    QString m_server;
    int m_importCount = 0;
};

// The server's view, read over HTTP (changes since 0, digest) with its own session, and its
// op_results read from its database (sqlite file or postgres schema).
struct ServerRecord
{
    QString key;
    qint64 version = 0;
    qint64 seq = 0;
    bool deleted = false;
    QJsonObject data;
};
struct ServerOpResult
{
    QString opId;
    QString status;
    qint64 seq = 0;
    qint64 version = 0;
    QJsonObject json;
};

class ServerView
{
public:
    // Direct to the server (not through the proxy).
    cet::Result<void> load(const QString &serverUrl, const QString &dbUrl);
    QHash<QString, ServerRecord> records; // students by key, tombstones included
    QHash<QString, ServerRecord> notices; // notices by scope code, tombstones included
    qint64 liveCount = 0;
    QString digestHash;
    qint64 digestCount = 0;
    QString noticeDigestHash;
    qint64 noticeDigestCount = 0;
    qint64 lastSeq = 0;
    QHash<QString, ServerOpResult> opResults; // by op id
    int opResultRows = 0;                     // rows read (≠ opResults.size() means doubles)
};

// Runs every check of the header comment; returns the failures (empty = all good). Notices are
// checked by verifyNotices (called from here).
QStringList verifyConverged(const ServerView &server, const QList<Client *> &clients);
// Notices: every op final and the same outcome as the server's (an op merged into a later
// conflict has none), every conflict surfaced, the notice digests agree, and every notice without
// an open conflict has the server's text (ProofNotices.cpp).
QStringList verifyNotices(const ServerView &server, const QList<Client *> &clients);

// The server must hold the records of `initial` (key → data) changed only by these ops: replay.
QStringList verifyReplay(const ServerView &server, const QList<Client *> &clients,
                         const QHash<QString, QJsonObject> &initial);

// Starts a demo server (roster `roster`) on `dbUrl` and a proxy in front of it.
struct Rig
{
    ~Rig(); // stops the server; drops a PostgreSQL scratch schema
    cet::test::TestServer server;
    cet::test::FaultProxy proxy;
    QHash<QString, QJsonObject> initial; // the server's records before any client pushed
    cet::Result<void> start(const QString &dbUrl, int roster);
    // After server.restart(): point the proxy at the new port.
    bool restartServer();
};

} // namespace proof
