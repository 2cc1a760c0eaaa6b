#include "SyncWorker.h"

#include "RosterScope.h"
#include "StaffRoles.h"
#include "SyncErrors.h"
#include "SyncStore.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace cet {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(cet::SyncService)
};
} // namespace

SyncWorker::SyncWorker(QString databasePath, SyncEntityRegistry registry, std::atomic<bool> *cancel)
    : m_path(std::move(databasePath)), m_registry(std::move(registry)), m_cancel(cancel)
{
}

SyncWorker::~SyncWorker()
{
    m_engine.reset();
    m_writer.reset();
}

bool SyncWorker::ensureOpen()
{
    if (m_engine)
        return true;
    auto writer = DatabaseWriter::forPath(m_path);
    // The writer opens its connection on its own thread: a database that can not be opened shows here.
    if (auto opened = writer->call<void>([](Database &) -> Result<void> { return {}; }); !opened) {
        emit syncFailed(opened.error().code, opened.error().message);
        return false;
    }
    m_writer = std::move(writer);
    m_engine = std::make_unique<SyncEngine>(m_writer);
    m_engine->setRegistry(m_registry);
    m_engine->setCancelFlag(m_cancel);
    m_engine->setSignInScope(&rosterscope::scopeForSignIn);
    m_engine->http().setRetryPolicy(3, 500);
    if (!m_caFile.isEmpty())
        (void)m_engine->http().setCaFile(m_caFile);
    m_engine->setProgress([this](SyncPhase phase, qint64 done, qint64 total) { emit progress(phase, done, total); });
    m_engine->setLogSink([this](const QString &, const QString &) { emit logChanged(); });
    if (!m_timer) {
        m_timer = new QTimer(this);
        connect(m_timer, &QTimer::timeout, this, &SyncWorker::syncNow);
    }
    return true;
}

void SyncWorker::report(SyncConnection c)
{
    m_connection = c;
    SyncStatusSnapshot s;
    s.connection = c;
    s.pending = m_engine ? m_engine->pendingCount() : 0;
    if (m_writer) {
        if (auto st = m_writer->call<SyncState>([](Database &db) { return SyncStore(db).state(); }))
            s.lastSyncAt = st.value().lastSyncAt;
    }
    emit status(s);
}

void SyncWorker::start()
{
    if (!ensureOpen())
        return;
    auto acc = m_engine->account();
    if (!acc)
        return;
    if (acc.value().server.isEmpty() || !acc.value().signedIn) {
        report(SyncConnection::Offline);
        emit signInNeeded(acc.value().server, acc.value().user,
                          syncErrorMessage(QStringLiteral("sync.sign_in_needed")));
        return;
    }
    auto r = m_engine->resume();
    if (r) {
        report(SyncConnection::Online);
        emit signedIn(r.value());
    } else if (isNetworkError(r.error().code)) {
        // Offline but signed in: keep the account, sync later.
        SyncAccount a = acc.value();
        report(SyncConnection::Offline);
        emit signedIn(a);
    } else {
        report(SyncConnection::Offline);
        emit signInNeeded(acc.value().server, acc.value().user, r.error().message);
    }
}

void SyncWorker::signIn(const QString &serverUrl, const QString &user, const QString &password)
{
    if (!ensureOpen())
        return;
    m_cancel->store(false);
    auto r = m_engine->signIn(serverUrl, user, password);
    if (!r) {
        emit signInFailed(r.error().code, r.error().message);
        report(isNetworkError(r.error().code) ? SyncConnection::Offline : m_connection);
        return;
    }
    report(SyncConnection::Online);
    emit signedIn(r.value());
    emit logChanged();
}

void SyncWorker::signOut()
{
    if (!ensureOpen())
        return;
    (void)m_engine->signOut();
    report(SyncConnection::Offline);
    emit signedOut();
    emit logChanged();
}

void SyncWorker::syncNow()
{
    if (!ensureOpen())
        return;
    // Customer service has no roster here, and an administrator none until they choose a school:
    // nothing to sync (the automatic sync included).
    if (auto acc = m_engine->account(); acc && acc.value().signedIn
                                          && (!roles::worksOnRoster(acc.value().role) || acc.value().school.isEmpty()))
        return;
    m_cancel->store(false);
    report(SyncConnection::Syncing);
    auto r = m_engine->sync();
    emit outboxChanged();
    emit logChanged();
    if (!r) {
        const Error &e = r.error();
        report(isNetworkError(e.code) ? SyncConnection::Offline : SyncConnection::Online);
        if (isAuthError(e.code)) {
            auto acc = m_engine->account();
            emit signInNeeded(acc ? acc.value().server : QString(), acc ? acc.value().user : QString(), e.message);
        }
        emit syncFailed(e.code, e.message);
        return;
    }
    if (r.value().conflicts > 0)
        emit conflictsChanged();
    report(SyncConnection::Online);
    emit syncFinished(r.value());
}

void SyncWorker::chooseSchool(const QString &school)
{
    if (!ensureOpen())
        return;
    auto acc = m_engine->account();
    if (!acc) {
        emit schoolChoiceFailed(acc.error().code, acc.error().message);
        return;
    }
    const SyncAccount &a = acc.value();
    if (!a.signedIn || !roles::choosesSchool(a.role)) {
        emit schoolChoiceFailed(QStringLiteral("auth.forbidden"),
                                Text::tr("Only an administrator chooses the school to sync."));
        return;
    }
    static const QRegularExpression code(QStringLiteral("^[0-9]{5}$"));
    if (!code.match(school).hasMatch()) {
        emit schoolChoiceFailed(QStringLiteral("sync.bad_school"),
                                Text::tr("A school code has 5 digits, for example 10001."));
        return;
    }
    // The check and the choice as one writer task, so that no other write comes between them.
    auto r = m_writer->call<void>([&](Database &db) -> Result<void> {
        if (auto ok = rosterscope::checkChoice(db, school); !ok)
            return ok.error();
        return SyncStore(db).saveAccount(a.server, a.user, a.displayName, a.role, school);
    });
    if (!r) {
        emit schoolChoiceFailed(r.error().code, r.error().message);
        return;
    }
    SyncAccount chosen = a;
    chosen.school = school;
    emit schoolChosen(chosen);
}

void SyncWorker::setCaFile(const QString &path)
{
    m_caFile = path;
    if (m_engine)
        (void)m_engine->http().setCaFile(path);
}

void SyncWorker::setAutoSyncInterval(int seconds)
{
    if (!ensureOpen())
        return;
    if (seconds > 0)
        m_timer->start(seconds * 1000);
    else
        m_timer->stop();
}

} // namespace cet
