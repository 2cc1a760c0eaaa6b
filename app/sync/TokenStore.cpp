#include "TokenStore.h"

#include <QEventLoop>
#include <QHash>
#include <QMutex>

#ifdef CETDESK_HAVE_KEYCHAIN
#include <qt6keychain/keychain.h>
#endif

namespace cet {

namespace {

const QString kService = QStringLiteral("CET Desk sync");

QString entryKey(const QString &server, const QString &user)
{
    return user + u'@' + server;
}

QMutex g_mutex;
QHash<QString, QString> &memoryTokens()
{
    static QHash<QString, QString> tokens;
    return tokens;
}

bool keychainWanted()
{
#ifdef CETDESK_HAVE_KEYCHAIN
    if (qEnvironmentVariableIntValue("CETDESK_NO_KEYCHAIN") != 0)
        return false;
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    // Secret Service needs a D-Bus session; without one the job would fail (or wait).
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        return false;
#endif
    return true;
#else
    return false;
#endif
}

#ifdef CETDESK_HAVE_KEYCHAIN
// Runs a job to its end; returns its error.
QKeychain::Error runJob(QKeychain::Job &job, QString &errorText)
{
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.setAutoDelete(false);
    job.start();
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    errorText = job.errorString();
    return job.error();
}
#endif

} // namespace

TokenStore::TokenStore() : m_memoryOnly(!keychainWanted()) { }

QString TokenStore::read(const QString &server, const QString &user)
{
    const QString key = entryKey(server, user);
    {
        QMutexLocker lock(&g_mutex);
        if (const auto it = memoryTokens().constFind(key); it != memoryTokens().constEnd())
            return *it;
    }
#ifdef CETDESK_HAVE_KEYCHAIN
    if (!m_memoryOnly) {
        QKeychain::ReadPasswordJob job(kService);
        job.setKey(key);
        const QKeychain::Error e = runJob(job, m_lastError);
        if (e == QKeychain::NoError)
            return job.textData();
        if (e == QKeychain::NoBackendAvailable || e == QKeychain::NotImplemented)
            m_memoryOnly = true;
    }
#endif
    return {};
}

void TokenStore::write(const QString &server, const QString &user, const QString &token)
{
    const QString key = entryKey(server, user);
#ifdef CETDESK_HAVE_KEYCHAIN
    if (!m_memoryOnly) {
        QKeychain::WritePasswordJob job(kService);
        job.setKey(key);
        job.setTextData(token);
        if (runJob(job, m_lastError) == QKeychain::NoError) {
            QMutexLocker lock(&g_mutex);
            memoryTokens().remove(key);
            return;
        }
        m_memoryOnly = true;
    }
#endif
    QMutexLocker lock(&g_mutex);
    memoryTokens().insert(key, token);
}

void TokenStore::remove(const QString &server, const QString &user)
{
    const QString key = entryKey(server, user);
    {
        QMutexLocker lock(&g_mutex);
        memoryTokens().remove(key);
    }
#ifdef CETDESK_HAVE_KEYCHAIN
    if (!m_memoryOnly) {
        QKeychain::DeletePasswordJob job(kService);
        job.setKey(key);
        QString ignored;
        runJob(job, ignored);
    }
#endif
}

} // namespace cet
