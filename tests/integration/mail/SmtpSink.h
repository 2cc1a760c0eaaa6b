#pragma once

// A real SMTP server for the tests: Debian's python3-aiosmtpd on a free 127.0.0.1 port, saving
// what it receives into a maildir; messages() reads them back decoded by Python's email package.

#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>

namespace cet::test {

class SmtpSink
{
public:
    ~SmtpSink();
    // Starts the sink; false with `error` set when Python or aiosmtpd is missing or it does not
    // listen within 20 s.
    bool start(QString *error);
    void stop();
    quint16 port() const { return m_port; }
    QString url() const { return QStringLiteral("smtp://127.0.0.1:%1").arg(m_port); }
    // [{to, from, subject, raw_subject, content_type, charset, body}], oldest first.
    QJsonArray messages(QString *error = nullptr) const;

    // A free port with nothing listening (for "the relay is down").
    static quint16 freePort();

private:
    QString m_python;
    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_port = 0;
};

} // namespace cet::test
