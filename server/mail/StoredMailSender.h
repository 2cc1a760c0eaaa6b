#pragma once

// With no SMTP relay configured, mail goes into the database's demo mailbox (table mail), where
// `cet-central mail list` shows it: demos and tests see every message without a mail server.

#include "MailSender.h"

#include <QDateTime>

#include <functional>

namespace cet::central {

class CentralStore;

class StoredMailSender : public MailSender
{
public:
    StoredMailSender(CentralStore &store, std::function<QDateTime()> now);
    // Runs inside the caller's transaction when there is one (the sender job's).
    Result<void> send(const MailMessage &message) override;

private:
    CentralStore &m_store;
    std::function<QDateTime()> m_now;
};

} // namespace cet::central
