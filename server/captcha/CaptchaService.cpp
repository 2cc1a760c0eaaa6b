#include "CaptchaService.h"

#include "CaptchaGlyphs.h"
#include "CaptchaImage.h"
#include "CaptchaSql.h"
#include "CentralStore.h"

#include <QCryptographicHash>

namespace cet::central {

namespace {

QString randomCode(QRandomGenerator &random)
{
    const QString letters = captcha::alphabet();
    QString code;
    for (int i = 0; i < CaptchaService::kCodeLength; ++i)
        code.append(letters.at(random.bounded(int(letters.size()))));
    return code;
}

QString randomId(QRandomGenerator &random)
{
    quint32 words[4];
    random.fillRange(words);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(words), sizeof words).toHex());
}

} // namespace

CaptchaService::CaptchaService(CentralStore &store, std::function<QDateTime()> now)
    : m_store(store)
    , m_now(std::move(now))
{ }

QString CaptchaService::answerHash(const QString &id, const QString &answer)
{
    // The id salts the hash: equal codes of two captchas do not give equal rows.
    const QByteArray text = id.toUtf8() + ':' + answer.trimmed().toUpper().toUtf8();
    return QString::fromLatin1(QCryptographicHash::hash(text, QCryptographicHash::Sha256).toHex());
}

Result<IssuedCaptcha> CaptchaService::issue()
{
    // The code and id must not be predictable: the operating system's generator. The drawing's
    // distortion only needs to differ between images.
    QRandomGenerator *secure = QRandomGenerator::system();
    IssuedCaptcha out;
    out.id = randomId(*secure);
    out.code = randomCode(*secure);
    QRandomGenerator drawing(secure->generate());
    out.png = captcha::renderPng(out.code, drawing);
    const QDateTime now = m_now();
    out.expiresAt = now.addSecs(kLifetimeSeconds);
    // Unanswered captchas would pile up; each new one clears those past their expiry.
    if (auto r = captchasql::deleteExpired(m_store, now); !r)
        return r.error();
    if (auto r = captchasql::insert(m_store, out.id, answerHash(out.id, out.code), now, out.expiresAt); !r)
        return r.error();
    return out;
}

Result<void> CaptchaService::verify(const QString &id, const QString &answer)
{
    auto taken = captchasql::take(m_store, id);
    if (!taken)
        return taken.error();
    if (!taken.value())
        return Error { QStringLiteral("captcha.unknown"), QStringLiteral("unknown or already used captcha"), {} };
    if (taken.value()->expiresAt <= m_now())
        return Error { QStringLiteral("captcha.expired"), QStringLiteral("the captcha has expired"), {} };
    if (taken.value()->answerHash != answerHash(id, answer))
        return Error { QStringLiteral("captcha.wrong"), QStringLiteral("wrong captcha answer"), {} };
    return {};
}

} // namespace cet::central
