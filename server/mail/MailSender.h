#pragma once

// Where the server's mail goes: an SMTP relay (SmtpMailSender) or, with none configured, the demo
// mailbox table (StoredMailSender). The sender job hands each outbox message to one of them and
// marks it sent only when send() succeeded.

#include "Result.h"

#include <QString>

namespace cet::central {

struct MailMessage
{
    QString to; // one address
    QString subject; // any Unicode text (Chinese); encoded by the sender
    QString body; // plain text
    QString kind; // what it is about ("passport.password_reset", ...): for logs and the mailbox
};

class MailSender
{
public:
    virtual ~MailSender() = default;
    // Errors: mail.bad_message (an address or subject that can not be sent, e.g. with a line
    // break: final, retrying will not help), mail.send_failed (relay unreachable or refusing:
    // worth another try later), server.unavailable (the mailbox's database).
    virtual Result<void> send(const MailMessage &message) = 0;
};

// mail.bad_message when `message` can not be put on the wire as it is: an empty or malformed
// recipient, or a line break in the recipient or subject (header injection).
Result<void> checkSendable(const MailMessage &message);

} // namespace cet::central
