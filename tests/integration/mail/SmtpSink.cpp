#include "SmtpSink.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

namespace cet::test {

namespace {

// The interpreter that has aiosmtpd: Debian's python3 first (a python3 earlier on PATH, e.g.
// pyenv's, lacks the Debian package).
QString pythonWithAiosmtpd()
{
    for (const QString &candidate : { QStringLiteral("/usr/bin/python3"), QStringLiteral("python3") }) {
        QProcess probe;
        probe.start(candidate, { QStringLiteral("-c"), QStringLiteral("import aiosmtpd") });
        if (probe.waitForFinished(20000) && probe.exitStatus() == QProcess::NormalExit && probe.exitCode() == 0)
            return candidate;
    }
    return {};
}

} // namespace

SmtpSink::~SmtpSink()
{
    stop();
}

quint16 SmtpSink::freePort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort();
}

bool SmtpSink::start(QString *error)
{
    m_python = pythonWithAiosmtpd();
    if (m_python.isEmpty()) {
        *error
            = QStringLiteral("no python3 with aiosmtpd (Debian python3-aiosmtpd; scripts/install-deps.sh installs it)");
        return false;
    }
    m_port = freePort();
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    // -c must come last: the handler class and its argument (the maildir).
    m_process.start(m_python,
        { QStringLiteral("-m"), QStringLiteral("aiosmtpd"), QStringLiteral("-n"), QStringLiteral("-l"),
            QStringLiteral("127.0.0.1:%1").arg(m_port), QStringLiteral("-c"),
            QStringLiteral("aiosmtpd.handlers.Mailbox"), m_dir.filePath(QStringLiteral("maildir")) });
    if (!m_process.waitForStarted(10000)) {
        *error = QStringLiteral("aiosmtpd did not start: %1").arg(m_process.errorString());
        return false;
    }
    QElapsedTimer waited;
    waited.start();
    while (waited.elapsed() < 20000) {
        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHost, m_port);
        if (probe.waitForConnected(500))
            return true;
        if (m_process.state() == QProcess::NotRunning)
            break;
        QThread::msleep(100);
    }
    *error
        = QStringLiteral("aiosmtpd is not listening on %1: %2").arg(m_port).arg(QString::fromUtf8(m_process.readAll()));
    return false;
}

void SmtpSink::stop()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

QJsonArray SmtpSink::messages(QString *error) const
{
    const QString maildir = m_dir.filePath(QStringLiteral("maildir"));
    if (!QDir(maildir).exists())
        return {};
    QProcess reader;
    reader.start(m_python, { QStringLiteral(CETDESK_MAIL_TEST_DIR "/read_maildir.py"), maildir });
    reader.waitForFinished(30000);
    const QByteArray out = reader.readAllStandardOutput();
    const QJsonDocument doc = QJsonDocument::fromJson(out);
    if (error && !doc.isArray())
        *error = QString::fromUtf8(out + reader.readAllStandardError());
    return doc.array();
}

} // namespace cet::test
