#include "TestServer.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QFileInfo>
#include <QHostAddress>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTcpServer>
#include <QThread>
#include <QUrl>
#include <QUrlQuery>

#include <csignal>
#include <sys/types.h>

#ifndef CETDESK_TEST_CENTRAL_BIN
#define CETDESK_TEST_CENTRAL_BIN ""
#endif

namespace cet::test {

TestServer::TestServer()
    : m_arguments{QStringLiteral("demo"), QStringLiteral("--db"), QStringLiteral("{db}"),
                  QStringLiteral("--listen"), QStringLiteral("{listen}")}
{
}

TestServer::~TestServer()
{
    kill();
}

QString TestServer::executable()
{
    const QString env = qEnvironmentVariable("CETCENTRAL_BIN");
    if (!env.isEmpty())
        return env;
    return QStringLiteral(CETDESK_TEST_CENTRAL_BIN);
}

void TestServer::setArguments(const QStringList &arguments)
{
    m_arguments = arguments;
}

void TestServer::setEnvironment(const QString &name, const QString &value)
{
    m_env.append(name + QLatin1Char('=') + value);
}

bool TestServer::portFree(quint16 port)
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, port);
}

bool TestServer::start(quint16 port, int timeoutMs)
{
    m_error.clear();
    if (isRunning()) {
        m_error = QStringLiteral("already running");
        return false;
    }
    const QString exe = executable();
    if (exe.isEmpty() || !QFileInfo(exe).isExecutable()) {
        m_error = QStringLiteral("cet-central not found (%1); build it or set CETCENTRAL_BIN").arg(exe);
        return false;
    }
    QStringList args;
    const QString listen = QStringLiteral("127.0.0.1:%1").arg(port);
    for (QString a : m_arguments) {
        a.replace(QStringLiteral("{db}"), m_dbUrl);
        a.replace(QStringLiteral("{listen}"), listen);
        args << a;
    }
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CETCENTRAL_FAST_PASSWORD_HASH"), QStringLiteral("1"));
    for (const QString &kv : std::as_const(m_env)) {
        const int eq = kv.indexOf(QLatin1Char('='));
        env.insert(kv.left(eq), kv.mid(eq + 1));
    }
    m_process->setProcessEnvironment(env);
    m_output += "--- start: " + exe.toUtf8() + ' ' + args.join(QLatin1Char(' ')).toUtf8() + '\n';
    m_process->start(exe, args);
    if (!m_process->waitForStarted(timeoutMs)) {
        m_error = QStringLiteral("could not start %1: %2").arg(exe, m_process->errorString());
        m_process.reset();
        return false;
    }
    static const QRegularExpression re(QStringLiteral("listening on https?://([^:/\\s]+|\\[[^\\]]+\\]):(\\d+)"));
    QByteArray seen;
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (m_process->state() != QProcess::Running && m_process->bytesAvailable() == 0)
            break;
        m_process->waitForReadyRead(100);
        const QByteArray chunk = m_process->readAll();
        m_output += chunk;
        seen += chunk;
        const auto match = re.match(QString::fromUtf8(seen));
        if (match.hasMatch()) {
            m_port = static_cast<quint16>(match.captured(2).toUInt());
            return true;
        }
    }
    m_error = QStringLiteral("cet-central did not print \"listening on\" (exit %1): %2")
                  .arg(m_process->state() == QProcess::Running ? QStringLiteral("still running")
                                                               : QString::number(m_process->exitCode()),
                       QString::fromUtf8(seen.right(2000)));
    kill();
    return false;
}

bool TestServer::stop(int timeoutMs)
{
    if (!m_process)
        return true;
    if (m_process->state() == QProcess::Running) {
        m_process->terminate();
        if (!m_process->waitForFinished(timeoutMs)) {
            kill();
            return false;
        }
    }
    m_output += m_process->readAll();
    m_process.reset();
    return true;
}

void TestServer::kill()
{
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        ::kill(static_cast<pid_t>(m_process->processId()), SIGKILL);
        m_process->waitForFinished(10000);
    }
    m_output += m_process->readAll();
    m_output += "--- killed\n";
    m_process.reset();
}

bool TestServer::restart(int timeoutMs)
{
    if (isRunning())
        kill();
    const quint16 previous = m_port;
    // A killed server's port is usually free at once (the listener had SO_REUSEADDR).
    for (int i = 0; previous != 0 && i < 20; ++i) {
        if (portFree(previous))
            return start(previous, timeoutMs) || start(0, timeoutMs);
        QThread::msleep(50);
    }
    return start(0, timeoutMs);
}

bool TestServer::isRunning() const
{
    return m_process && m_process->state() == QProcess::Running;
}

qint64 TestServer::pid() const
{
    return isRunning() ? m_process->processId() : 0;
}

QString TestServer::baseUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(m_port);
}

QString TestServer::output() const
{
    if (m_process)
        m_output += m_process->readAll();
    return QString::fromUtf8(m_output);
}

QString TestServer::scratchPostgresUrl(const QString &prefix)
{
    const QString base = qEnvironmentVariable("CETDESK_TEST_PG_URL");
    if (base.isEmpty())
        return {};
    QUrl url(base);
    QUrlQuery query(url);
    query.removeAllQueryItems(QStringLiteral("schema"));
    const QString schema = QStringLiteral("%1_%2_%3")
                               .arg(prefix.toLower())
                               .arg(QDateTime::currentMSecsSinceEpoch() % 100000000)
                               .arg(QRandomGenerator::global()->bounded(1000000));
    query.addQueryItem(QStringLiteral("schema"), schema);
    url.setQuery(query);
    return url.toString();
}

} // namespace cet::test
