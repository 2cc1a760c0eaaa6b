#include "SmtpMailSender.h"

#include "MimeMessage.h"

#include <QUuid>

#include <curl/curl.h>

#include <cstring>
#include <memory>
#include <mutex>

namespace cet::central {

namespace {

struct Upload
{
    QByteArray data;
    qsizetype offset = 0;
};

size_t readUpload(char *buffer, size_t size, size_t count, void *userdata)
{
    auto *upload = static_cast<Upload *>(userdata);
    const size_t room = size * count;
    const size_t left = size_t(upload->data.size() - upload->offset);
    const size_t n = std::min(room, left);
    std::memcpy(buffer, upload->data.constData() + upload->offset, n);
    upload->offset += qsizetype(n);
    return n;
}

void initCurlOnce()
{
    // curl_global_init is not thread-safe; the first sender of the process runs it.
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

Error sendFailed(const QString &url, const QString &what)
{
    return Error { QStringLiteral("mail.send_failed"), QStringLiteral("SMTP relay %1: %2").arg(url, what), what };
}

} // namespace

SmtpMailSender::SmtpMailSender(QString url, QString from, std::function<QDateTime()> now)
    : m_url(std::move(url))
    , m_from(std::move(from))
    , m_now(std::move(now))
{
    if (!m_now)
        m_now = [] { return QDateTime::currentDateTimeUtc(); };
}

Result<void> SmtpMailSender::send(const MailMessage &message)
{
    if (auto r = checkSendable(message); !r)
        return r;
    initCurlOnce();
    std::unique_ptr<CURL, decltype(&curl_easy_cleanup)> curl(curl_easy_init(), &curl_easy_cleanup);
    if (!curl)
        return sendFailed(m_url, QStringLiteral("libcurl could not start"));

    const QString domain = m_from.section(QLatin1Char('@'), 1);
    const QString messageId = QUuid::createUuid().toString(QUuid::WithoutBraces) + QLatin1Char('@')
        + (domain.isEmpty() ? QStringLiteral("cet-central") : domain);
    Upload upload { mime::compose(message, m_from, m_now(), messageId), 0 };
    const QByteArray url = m_url.toUtf8();
    const QByteArray from = '<' + m_from.toUtf8() + '>';
    const QByteArray to = '<' + message.to.toUtf8() + '>';
    curl_slist *recipients = curl_slist_append(nullptr, to.constData());
    std::unique_ptr<curl_slist, decltype(&curl_slist_free_all)> recipientsGuard(recipients, &curl_slist_free_all);
    char errorText[CURL_ERROR_SIZE] = {};

    CURL *c = curl.get();
    curl_easy_setopt(c, CURLOPT_URL, url.constData());
    curl_easy_setopt(c, CURLOPT_MAIL_FROM, from.constData());
    curl_easy_setopt(c, CURLOPT_MAIL_RCPT, recipients);
    curl_easy_setopt(c, CURLOPT_READFUNCTION, &readUpload);
    curl_easy_setopt(c, CURLOPT_READDATA, &upload);
    curl_easy_setopt(c, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(c, CURLOPT_ERRORBUFFER, errorText);
    curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L); // server threads: no SIGALRM for DNS timeouts
    curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT, 10L);
    curl_easy_setopt(c, CURLOPT_TIMEOUT, long(m_timeoutSeconds));
    // smtp:// to a relay that offers STARTTLS uses it; a relay that does not is still reached.
    curl_easy_setopt(c, CURLOPT_USE_SSL, long(CURLUSESSL_TRY));

    const CURLcode code = curl_easy_perform(c);
    if (code != CURLE_OK) {
        const QString text = errorText[0] ? QString::fromUtf8(errorText) : QString::fromUtf8(curl_easy_strerror(code));
        return sendFailed(m_url, text);
    }
    return {};
}

} // namespace cet::central
