#include "CentralProcess.h"

#include <QDeadlineTimer>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#ifdef Q_OS_UNIX
#include <signal.h>
#endif

namespace cet::test {

namespace {

QProcessEnvironment testEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CETCENTRAL_FAST_PASSWORD_HASH"), QStringLiteral("1"));
    return env;
}

} // namespace

CentralProcess::~CentralProcess()
{
    kill();
}

CentralProcess::Run CentralProcess::run(const QStringList &args, const QByteArray &input)
{
    QProcess p;
    p.setProcessEnvironment(testEnvironment());
    p.start(QStringLiteral(CETCENTRAL_TEST_BIN), args);
    Run r;
    if (!p.waitForStarted(30000)) {
        r.err = p.errorString();
        return r;
    }
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        r.err = QStringLiteral("timed out");
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

bool CentralProcess::start(const QStringList &args, int timeoutMs)
{
    kill();
    m_output.clear();
    m_process = std::make_unique<QProcess>();
    m_process->setProcessEnvironment(testEnvironment());
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->start(QStringLiteral(CETCENTRAL_TEST_BIN), args);
    if (!m_process->waitForStarted(30000))
        return false;
    static const QRegularExpression line(QStringLiteral("listening on (https?://\\S+)"));
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (m_process->state() != QProcess::Running)
            break;
        m_process->waitForReadyRead(qMax<qint64>(1, qMin<qint64>(500, deadline.remainingTime())));
        m_output += m_process->readAll();
        const auto match = line.match(QString::fromUtf8(m_output));
        if (match.hasMatch()) {
            m_baseUrl = QUrl(match.captured(1));
            return true;
        }
    }
    m_output += m_process->readAll();
    return false;
}

void CentralProcess::kill()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->kill();
        m_process->waitForFinished(10000);
    }
    if (m_process)
        m_output += m_process->readAll();
}

bool CentralProcess::pause()
{
    return setStopped(true);
}

bool CentralProcess::resume()
{
    return setStopped(false);
}

bool CentralProcess::setStopped(bool stopped)
{
#ifdef Q_OS_UNIX
    return isRunning() && ::kill(pid_t(m_process->processId()), stopped ? SIGSTOP : SIGCONT) == 0;
#else
    Q_UNUSED(stopped);
    return false;
#endif
}

bool CentralProcess::isRunning() const
{
    return m_process && m_process->state() == QProcess::Running;
}

QString CentralProcess::output() const
{
    if (m_process)
        m_output += m_process->readAll();
    return QString::fromUtf8(m_output);
}

TestDatabase::~TestDatabase()
{
    if (m_pgName.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(QStringLiteral("tst_admin"));
        if (db.isOpen()) {
            QSqlQuery q(db);
            q.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_pgName));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tst_admin"));
}

bool TestDatabase::create(const QString &dir, QString *error)
{
    const QString pg = qEnvironmentVariable("CETDESK_TEST_PG_URL");
    if (pg.isEmpty()) {
        m_url = QStringLiteral("sqlite:%1/central.db").arg(dir);
        return true;
    }
    const QUrl url(pg);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("tst_admin"));
    db.setHostName(url.host());
    db.setPort(url.port(5432));
    db.setUserName(url.userName());
    db.setPassword(url.password());
    db.setDatabaseName(url.path().mid(1));
    if (!db.open()) {
        *error = db.lastError().text();
        return false;
    }
    m_pgName = QStringLiteral("cet_http_%1").arg(QUuid::createUuid().toString(QUuid::Id128).left(16));
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("CREATE DATABASE %1").arg(m_pgName))) {
        *error = q.lastError().text();
        m_pgName.clear();
        return false;
    }
    QUrl fresh = url;
    fresh.setPath(QLatin1Char('/') + m_pgName);
    fresh.setQuery(QString());
    m_url = fresh.toString();
    return true;
}

} // namespace cet::test
