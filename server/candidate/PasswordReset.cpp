#include "PasswordReset.h"

#include "AttemptThrottle.h"
#include "CandidateMessages.h"
#include "CentralStore.h"
#include "OutboxSql.h"
#include "PassportService.h"
#include "PassportSql.h"
#include "PasswordHash.h"
#include "PasswordResetSql.h"
#include "SessionToken.h"
#include "ThrottleSql.h"

#include <sodium.h>

namespace cet::central::candidate {

namespace {

// A reset message per address typed: the first at once, then after 1, 2, 4 and 8 s, then none
// for 15 minutes.
const AttemptRule kRequestRule { throttlesql::kReset, throttle::Limits { 1, 5 }, throttlesql::kResetAddress };

QString codeHash(const QString &passportId, const QString &code)
{
    return token::storedHash(passportId + QLatin1Char(':') + code);
}

bool sameHash(const QString &a, const QString &b)
{
    const QByteArray x = a.toLatin1(), y = b.toLatin1();
    return x.size() == y.size() && sodium_memcmp(x.constData(), y.constData(), size_t(x.size())) == 0;
}

outboxsql::Message linkMail(const QString &to, const QString &token, const QDateTime &at)
{
    return outboxsql::email(
        QStringLiteral("passport.password_reset"), to, QStringLiteral("CET报名：找回密码"),
        QStringLiteral("您正在找回CET报名通行证的密码。请在%1分钟内打开下面的链接设置新密码（只能使用一次）：\n"
                       "/passport/reset?token=%2\n如果这不是您本人的操作，请忽略本邮件，您的密码不会改变。")
            .arg(PasswordReset::kMinutes)
            .arg(token),
        at);
}

outboxsql::Message codeText(const QString &mobile, const QString &code, const QDateTime &at)
{
    outboxsql::Message m;
    m.kind = QStringLiteral("passport.password_reset_code");
    m.channel = QStringLiteral("sms");
    m.to = mobile;
    m.body = QStringLiteral("【CET报名】找回密码验证码：%1，%2分钟内有效。如非本人操作，请忽略。")
                 .arg(code)
                 .arg(PasswordReset::kMinutes);
    m.createdAt = at;
    return m;
}

} // namespace

Result<void> PasswordReset::request(const QString &emailIn, const QString &mobileIn, const QString &peer)
{
    const QString email = emailIn.trimmed();
    const QString mobile = mobileIn.trimmed();
    if (email.isEmpty() == mobile.isEmpty())
        return error(codes::resetOneWay);
    if (!email.isEmpty() && !isEmailAddress(email))
        return error(codes::badEmail);
    if (!mobile.isEmpty() && !isMobileNumber(mobile))
        return error(codes::badMobile);
    // The secret is made whether or not the account exists, so that both answers take the same work.
    const QString secret = email.isEmpty() ? QStringLiteral("%1").arg(randombytes_uniform(1000000), 6, 10, QLatin1Char('0'))
                                           : token::generate();
    CentralStore &store = m_context.store;
    const QDateTime at = m_context.now();
    Transaction tx(store);
    if (auto r = tx.begin(true); !r)
        return r;
    const QString target = email.isEmpty() ? mobile : emailKey(email);
    auto counted = countAttempt(store, kRequestRule, target.left(200), peer, at);
    if (!counted)
        return counted.error();
    if (counted.value())
        return error(codes::tooManyRequests, QString::number(*counted.value()));
    auto found = email.isEmpty() ? passportsql::findByMobile(store, mobile)
                                 : passportsql::findByEmailKey(store, emailKey(email));
    if (!found)
        return found.error();
    if (!found.value())
        return tx.commit(); // the same answer as for an account, and the request counted alike
    const passportsql::PassportRow &p = *found.value();
    passwordresetsql::ResetRow row;
    row.passportId = p.passportId;
    row.channel = email.isEmpty() ? QStringLiteral("sms") : QStringLiteral("email");
    row.secretHash = email.isEmpty() ? codeHash(p.passportId, secret) : token::storedHash(secret);
    row.mobile = mobile;
    row.createdAt = at;
    row.expiresAt = at.addSecs(kMinutes * 60);
    if (auto r = passwordresetsql::insert(store, row); !r)
        return r;
    auto sent = outboxsql::insert(store, email.isEmpty() ? codeText(mobile, secret, at) : linkMail(p.email, secret, at));
    if (!sent)
        return sent.error();
    return tx.commit();
}

Result<void> PasswordReset::confirm(const QString &tokenIn, const QString &mobileIn, const QString &codeIn,
                                    const QString &newPassword)
{
    const QString token = tokenIn.trimmed();
    const QString mobile = mobileIn.trimmed();
    const QString code = codeIn.trimmed();
    const bool byCode = !mobile.isEmpty() || !code.isEmpty();
    if (token.isEmpty() == !byCode || (byCode && (mobile.isEmpty() || code.isEmpty())))
        return error(codes::resetOneWay);
    if (!isStrongPassword(newPassword))
        return error(codes::weakPassword);
    // Hashed before the write transaction: Argon2id is slow by design and must not hold the lock.
    const auto hash = password::hash(newPassword);
    if (!hash)
        return Error{ QStringLiteral("server.internal"), QStringLiteral("password hashing failed"), {} };

    CentralStore &store = m_context.store;
    const QDateTime at = m_context.now();
    Transaction tx(store);
    if (auto r = tx.begin(true); !r)
        return r;
    auto found = byCode ? passwordresetsql::latestForMobile(store, mobile)
                        : (token::wellFormed(token) ? passwordresetsql::findBySecret(store, token::storedHash(token))
                                                    : Result<std::optional<passwordresetsql::ResetRow>>(
                                                        std::optional<passwordresetsql::ResetRow>()));
    if (!found)
        return found.error();
    if (!found.value() || found.value()->used || found.value()->expiresAt <= at)
        return error(codes::resetInvalid);
    const passwordresetsql::ResetRow &row = *found.value();
    if (byCode) {
        if (row.tries >= kTries)
            return error(codes::resetTooManyTries);
        if (!sameHash(codeHash(row.passportId, code), row.secretHash)) {
            // A wrong try counts even though the answer is an error: the count is committed.
            if (auto r = passwordresetsql::countTry(store, row.id); !r)
                return r;
            const bool spent = row.tries + 1 >= kTries;
            if (spent) {
                if (auto r = passwordresetsql::markUsed(store, row.id, at); !r)
                    return r;
            }
            if (auto r = tx.commit(); !r)
                return r;
            return error(spent ? codes::resetTooManyTries : codes::resetInvalid);
        }
    }
    if (auto r = passportsql::updatePassword(store, row.passportId, *hash, at); !r)
        return r;
    if (auto r = passwordresetsql::spendAll(store, row.passportId, at); !r)
        return r;
    return tx.commit();
}

} // namespace cet::central::candidate
