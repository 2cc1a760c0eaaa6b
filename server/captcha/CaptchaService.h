#pragma once

// Image captchas: issue() makes a random code, draws it (CaptchaImage) and keeps only a hash of
// it with an expiry; verify() takes the captcha out of the database whatever the answer, so each
// captcha allows exactly one try (a guesser must fetch a new image for every guess).

#include "Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <functional>

namespace cet::central {

class CentralStore;

struct IssuedCaptcha
{
    QString id; // 32 lower-case hex characters
    QString code; // the answer: never sent to the client; tests read it
    QByteArray png;
    QDateTime expiresAt;
};

class CaptchaService
{
public:
    static constexpr int kCodeLength = 5;
    static constexpr int kLifetimeSeconds = 300;

    CaptchaService(CentralStore &store, std::function<QDateTime()> now);

    Result<IssuedCaptcha> issue();
    // Consumes the captcha. Errors: captcha.unknown (no such id, or already answered),
    // captcha.expired, captcha.wrong (answers compare case-insensitively, spaces around ignored);
    // server.unavailable from the database.
    Result<void> verify(const QString &id, const QString &answer);

    static QString answerHash(const QString &id, const QString &answer);

private:
    CentralStore &m_store;
    std::function<QDateTime()> m_now;
};

} // namespace cet::central
