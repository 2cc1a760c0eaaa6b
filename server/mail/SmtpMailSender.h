#pragma once

// Sends through an SMTP relay with libcurl: smtp://HOST:PORT (smtps:// for TLS from the first
// byte; a user and password may be in the URL). One connection per message: the sender job sends
// a few messages a minute, and a fresh connection never inherits a relay's half-closed state.

#include "MailSender.h"

#include <QDateTime>
#include <QString>

#include <functional>

namespace cet::central {

class SmtpMailSender : public MailSender
{
public:
    // `from`: the envelope sender and From header, a plain address ("noreply@example.org").
    SmtpMailSender(QString url, QString from, std::function<QDateTime()> now = {});
    Result<void> send(const MailMessage &message) override;

    void setTimeoutSeconds(int seconds) { m_timeoutSeconds = seconds; }

private:
    QString m_url;
    QString m_from;
    std::function<QDateTime()> m_now;
    int m_timeoutSeconds = 30;
};

} // namespace cet::central
