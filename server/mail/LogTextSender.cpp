#include "LogTextSender.h"

#include <QLoggingCategory>

namespace cet::central {

namespace {
Q_LOGGING_CATEGORY(lcSms, "central.sms")
} // namespace

Result<void> LogTextSender::send(const MailMessage &message)
{
    const QString to = message.to.trimmed();
    if (to.size() < 7 || to.contains(QLatin1Char('\n')))
        return Error{ QStringLiteral("mail.bad_message"), QStringLiteral("Not a mobile number: %1").arg(to), {} };
    qCInfo(lcSms).noquote() << "text to" << to.left(3) + QStringLiteral("****") + to.right(4) << QStringLiteral("[%1]:").arg(message.kind)
                            << message.body;
    return {};
}

} // namespace cet::central
