#pragma once

// Text messages (SMS) with no gateway configured: each one is written to the server's log
// (category central.sms, the number masked) and counts as sent, so that the outbox's text
// messages — password-reset codes — are delivered in demos and tests the way mail goes to the
// demo mailbox. A real SMS gateway is another MailSender for the "sms" channel.

#include "MailSender.h"

namespace cet::central {

class LogTextSender : public MailSender
{
public:
    Result<void> send(const MailMessage &message) override;
};

} // namespace cet::central
