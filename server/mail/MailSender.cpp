#include "MailSender.h"

#include <QRegularExpression>

namespace cet::central {

Result<void> checkSendable(const MailMessage &message)
{
    // A plain addr-spec: what the candidate API accepts as an email address. No display names,
    // no spaces, no angle brackets, so that it can go into headers and SMTP commands unquoted.
    static const QRegularExpression address(QStringLiteral(R"(^[^\s<>@",;:()\[\]\\]+@[^\s<>@",;:()\[\]\\]+$)"));
    if (!address.match(message.to).hasMatch())
        return Error { QStringLiteral("mail.bad_message"), QStringLiteral("not a mail address: %1").arg(message.to),
            {} };
    if (message.subject.contains(QLatin1Char('\r')) || message.subject.contains(QLatin1Char('\n')))
        return Error { QStringLiteral("mail.bad_message"), QStringLiteral("line break in the subject"), {} };
    return {};
}

} // namespace cet::central
