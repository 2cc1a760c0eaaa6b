#include "MailDeliveryJob.h"

#include "CentralStore.h"
#include "MailSender.h"
#include "OutboxDeliverySql.h"

#include <QLoggingCategory>

namespace cet::central {

namespace {
Q_LOGGING_CATEGORY(lcMail, "central.mail")
} // namespace

MailDeliveryJob::MailDeliveryJob(CentralStore &store, MailSender &sender, std::function<QDateTime()> now,
                                 QString channel)
    : m_store(store)
    , m_sender(sender)
    , m_now(std::move(now))
    , m_channel(std::move(channel))
{ }

qint64 MailDeliveryJob::retryDelaySeconds(int failedAttempts)
{
    static const qint64 kDelays[] = { 60, 5 * 60, 15 * 60, 60 * 60 };
    if (failedAttempts >= 1 && failedAttempts <= 4)
        return kDelays[failedAttempts - 1];
    return 6 * 60 * 60;
}

Result<DeliveryReport> MailDeliveryJob::run(int limit)
{
    DeliveryReport report;
    auto due = deliverysql::due(m_store, m_channel, m_now(), limit);
    if (!due)
        return due.error();
    for (const deliverysql::Pending &p : due.value()) {
        const QDateTime now = m_now();
        Result<void> sent;
        {
            Transaction tx(m_store);
            if (auto r = tx.begin(true); !r)
                return r.error();
            auto claimed = deliverysql::claim(m_store, p.id, now);
            if (!claimed)
                return claimed.error();
            if (!claimed.value())
                continue; // another job sent it meanwhile
            sent = m_sender.send(MailMessage { p.to, p.subject, p.body, p.kind });
            if (sent) {
                if (auto r = tx.commit(); !r)
                    return r.error();
                ++report.sent;
                continue;
            }
        } // not sent: the claim rolls back
        const bool final = sent.error().code == QLatin1String("mail.bad_message");
        qCWarning(lcMail).noquote() << "message" << p.id << p.kind << "not sent:" << sent.error().message
                                    << (final ? "(final)" : "(will retry)");
        const QDateTime next = now.addSecs(retryDelaySeconds(p.attempts + 1));
        if (auto r = deliverysql::recordFailure(m_store, p.id, sent.error().message, next, final, now); !r)
            return r.error();
        ++(final ? report.refused : report.retryLater);
    }
    return report;
}

} // namespace cet::central
