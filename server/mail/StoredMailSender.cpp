#include "StoredMailSender.h"

#include "MailSql.h"

namespace cet::central {

StoredMailSender::StoredMailSender(CentralStore &store, std::function<QDateTime()> now)
    : m_store(store)
    , m_now(std::move(now))
{ }

Result<void> StoredMailSender::send(const MailMessage &message)
{
    if (auto r = checkSendable(message); !r)
        return r;
    auto id = mailsql::insert(m_store, { 0, message.to, message.subject, message.body, message.kind, m_now() });
    if (!id)
        return id.error();
    return {};
}

} // namespace cet::central
