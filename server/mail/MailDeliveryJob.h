#pragma once

// The sender job: delivers the messages of one channel of the message outbox (message_outbox rows
// of channel "email", or "sms", not yet sent) through a MailSender.
//
// Each message goes in a transaction of its own: the row is claimed by marking it sent, the
// message is sent, and the transaction commits only when the sender accepted it. So two jobs never
// both send a message, a message is marked sent only once it went out, and with the demo mailbox
// the copy and the mark commit together (exactly once). A crash between an SMTP relay's "accepted"
// and the commit sends the message again on the next run (at least once, never lost). On SQLite
// the send holds the write lock, bounded by the SMTP timeout: the job runs outside the request path.
//
// A failed send is kept and tried again later (after 1, 5, 15, 60 minutes, then every 6 hours);
// a message that can never be sent (mail.bad_message) is kept with its error and not retried.

#include "Result.h"

#include <QDateTime>
#include <QString>

#include <functional>

namespace cet::central {

class CentralStore;
class MailSender;

struct DeliveryReport
{
    int sent = 0;
    int retryLater = 0; // failed now, due again later
    int refused = 0; // can never be sent; kept with the error
};

class MailDeliveryJob
{
public:
    MailDeliveryJob(CentralStore &store, MailSender &sender, std::function<QDateTime()> now,
                    QString channel = QStringLiteral("email"));
    // Delivers up to `limit` due messages. Errors only from the database (server.unavailable);
    // failed sends are counted in the report and recorded for the next run.
    Result<DeliveryReport> run(int limit = 1000);

    // The wait before the next attempt after `failedAttempts` failures.
    static qint64 retryDelaySeconds(int failedAttempts);

private:
    CentralStore &m_store;
    MailSender &m_sender;
    std::function<QDateTime()> m_now;
    QString m_channel;
};

} // namespace cet::central
