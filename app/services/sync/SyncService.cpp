#include "SyncService.h"

#include "OutboxRepository.h"
#include "StaffRoles.h"
#include "SyncStore.h"
#include "SyncWorker.h"

#include <QMetaObject>
#include <QThread>

namespace cet {

namespace {
// The database may keep a school for roles without a roster (it is the roster's, not theirs).
SyncAccount forDesktop(SyncAccount a)
{
    if (!roles::worksOnRoster(a.role))
        a.school.clear();
    return a;
}
} // namespace

SyncService::SyncService(const QString &databasePath, QObject *parent)
    : SyncService(databasePath, SyncEntityRegistry::standard(), parent)
{
}

SyncService::SyncService(const QString &databasePath, const SyncEntityRegistry &registry, QObject *parent)
    : QObject(parent), m_databasePath(databasePath), m_writer(DatabaseWriter::forPath(databasePath))
{
    qRegisterMetaType<cet::SyncAccount>();
    qRegisterMetaType<cet::SyncSummary>();
    qRegisterMetaType<cet::SyncStatusSnapshot>();
    qRegisterMetaType<cet::SyncConnection>();
    qRegisterMetaType<cet::SyncPhase>();
    qRegisterMetaType<cet::ConflictChoice>();

    // The account remembered in the database, so that the UI can show it at once.
    if (auto db = readDb()) {
        SyncStore store(*db.value());
        if (auto s = store.state()) {
            m_account.server = s.value().serverUrl;
            m_account.user = s.value().userName;
            m_account.displayName = s.value().displayName;
            m_account.role = s.value().role;
            m_account.school = s.value().schoolCode;
            m_account = forDesktop(m_account);
            m_lastSyncAt = s.value().lastSyncAt;
        }
        OutboxRepository outbox(*db.value());
        if (auto c = outbox.counts())
            m_pending = c.value().pending();
    }

    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("cetdesk-sync"));
    m_worker = new SyncWorker(databasePath, registry, &m_cancel);
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);

    connect(m_worker, &SyncWorker::status, this, &SyncService::applyStatus);
    connect(m_worker, &SyncWorker::progress, this, &SyncService::progress);
    connect(m_worker, &SyncWorker::signedIn, this, [this](const SyncAccount &a) {
        m_account = forDesktop(a);
        emit signedIn(m_account);
    });
    connect(m_worker, &SyncWorker::schoolChosen, this, [this](const SyncAccount &a) {
        m_account.school = a.school;
        emit schoolChosen(m_account);
    });
    connect(m_worker, &SyncWorker::schoolChoiceFailed, this, [this](const QString &code, const QString &message) {
        emit schoolChoiceFailed(code, message);
        emit errorOccurred(code, message);
    });
    connect(m_worker, &SyncWorker::signInFailed, this, [this](const QString &code, const QString &message) {
        emit signInFailed(code, message);
        emit errorOccurred(code, message);
    });
    connect(m_worker, &SyncWorker::signInNeeded, this,
            [this](const QString &server, const QString &user, const QString &message) {
                m_account.signedIn = false;
                if (!server.isEmpty())
                    m_account.server = server;
                if (!user.isEmpty())
                    m_account.user = user;
                emit signInNeeded(server, user, message);
            });
    connect(m_worker, &SyncWorker::signedOut, this, [this] {
        m_account.signedIn = false;
        emit signedOut();
    });
    connect(m_worker, &SyncWorker::syncFinished, this, &SyncService::syncFinished);
    connect(m_worker, &SyncWorker::syncFailed, this, [this](const QString &code, const QString &message) {
        emit syncFailed(code, message);
        emit errorOccurred(code, message);
    });
    connect(m_worker, &SyncWorker::outboxChanged, this, &SyncService::outboxChanged);
    connect(m_worker, &SyncWorker::logChanged, this, &SyncService::logChanged);
    connect(m_worker, &SyncWorker::conflictsChanged, this, &SyncService::conflictsChanged);
    m_thread->start();
}

SyncService::~SyncService()
{
    m_cancel.store(true);
    m_thread->quit();
    m_thread->wait();
}

Result<Database *> SyncService::readDb() const
{
    if (!m_readDb) {
        // The writer made the file and its tables (the first call waits for it to open).
        if (auto opened = m_writer->call<void>([](Database &) -> Result<void> { return {}; }); !opened)
            return opened.error();
        auto db = Database::open(m_databasePath, Database::Mode::ReadOnly);
        if (!db)
            return db.error();
        m_readDb = std::move(db.value());
    }
    return m_readDb.get();
}

void SyncService::setCaFile(const QString &path)
{
    QMetaObject::invokeMethod(m_worker, "setCaFile", Qt::QueuedConnection, Q_ARG(QString, path));
}

void SyncService::setAutoSyncInterval(int seconds)
{
    QMetaObject::invokeMethod(m_worker, "setAutoSyncInterval", Qt::QueuedConnection, Q_ARG(int, seconds));
}

Result<QList<OutboxEntry>> SyncService::outbox(int limit) const
{
    auto db = readDb();
    if (!db)
        return db.error();
    return OutboxRepository(*db.value()).entries(limit);
}

Result<OutboxCounts> SyncService::outboxCounts() const
{
    auto db = readDb();
    if (!db)
        return db.error();
    return OutboxRepository(*db.value()).counts();
}

Result<QList<SyncConflict>> SyncService::conflicts(bool includeResolved) const
{
    auto db = readDb();
    if (!db)
        return db.error();
    return SyncStore(*db.value()).conflicts(includeResolved);
}

Result<QList<SyncLogEntry>> SyncService::log(int limit) const
{
    auto db = readDb();
    if (!db)
        return db.error();
    return SyncStore(*db.value()).logEntries(limit);
}

void SyncService::resolveConflict(qint64 conflictId, ConflictChoice choice)
{
    m_writer->submit<qint64>(
        this,
        [conflictId, choice](Database &db) -> Result<qint64> {
            if (auto r = SyncStore(db).resolveConflict(conflictId, choice); !r)
                return r.error();
            auto c = OutboxRepository(db).counts();
            if (!c)
                return c.error();
            return c.value().pending();
        },
        [this, conflictId, choice](Result<qint64> &pending) {
            if (!pending) {
                emit conflictResolveFailed(conflictId, pending.error().code, pending.error().message);
                emit errorOccurred(pending.error().code, pending.error().message);
                return;
            }
            emit conflictsChanged();
            if (choice == ConflictChoice::Mine) {
                applyStatus(SyncStatusSnapshot{ m_connection, pending.value(), m_lastSyncAt });
                emit outboxChanged();
            }
            emit conflictResolved(conflictId, choice);
        });
}

void SyncService::start()
{
    QMetaObject::invokeMethod(m_worker, "start", Qt::QueuedConnection);
}

void SyncService::signIn(const QString &serverUrl, const QString &user, const QString &password)
{
    QMetaObject::invokeMethod(m_worker, "signIn", Qt::QueuedConnection, Q_ARG(QString, serverUrl),
                              Q_ARG(QString, user), Q_ARG(QString, password));
}

void SyncService::signOut()
{
    QMetaObject::invokeMethod(m_worker, "signOut", Qt::QueuedConnection);
}

bool SyncService::syncsRoster() const
{
    return m_account.signedIn && roles::worksOnRoster(m_account.role) && !m_account.school.isEmpty();
}

void SyncService::syncNow()
{
    if (m_account.signedIn && !syncsRoster())
        return;
    QMetaObject::invokeMethod(m_worker, "syncNow", Qt::QueuedConnection);
}

void SyncService::chooseSchool(const QString &school)
{
    QMetaObject::invokeMethod(m_worker, "chooseSchool", Qt::QueuedConnection, Q_ARG(QString, school.trimmed()));
}

void SyncService::cancel()
{
    m_cancel.store(true);
}

void SyncService::setConnection(SyncConnection c)
{
    if (c == m_connection)
        return;
    m_connection = c;
    emit connectionChanged(c);
}

void SyncService::applyStatus(const SyncStatusSnapshot &s)
{
    setConnection(s.connection);
    if (s.pending != m_pending) {
        m_pending = s.pending;
        emit pendingCountChanged(m_pending);
    }
    if (s.lastSyncAt.isValid() && s.lastSyncAt != m_lastSyncAt) {
        m_lastSyncAt = s.lastSyncAt;
        emit lastSyncChanged(m_lastSyncAt);
    }
}

} // namespace cet
