#include "PassportService.h"

#include "AttemptThrottle.h"
#include "CandidateMessages.h"
#include "CentralStore.h"
#include "PassportSql.h"
#include "PasswordHash.h"
#include "SessionToken.h"
#include "ThrottleSql.h"

#include <QRandomGenerator>
#include <QRegularExpression>

namespace cet::central::candidate {

namespace {

bool strongEnough(const QString &password)
{
    if (password.size() < 8 || password.size() > 64)
        return false;
    bool letter = false, digit = false;
    for (const QChar c : password) {
        letter = letter || c.isLetter();
        digit = digit || c.isDigit();
    }
    return letter && digit;
}

// 16 bytes of the operating system's random source as 32 upper-case hex characters: not a
// counter, so that ids can not be walked; the primary key catches the (astronomically unlikely)
// repeat.
QString newPassportId()
{
    QByteArray bytes(16, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
    return QString::fromLatin1(bytes.toHex()).toUpper();
}

} // namespace

bool isStrongPassword(const QString &password)
{
    return strongEnough(password);
}

bool isEmailAddress(const QString &email)
{
    static const QRegularExpression shape(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    return email.size() <= 254 && shape.match(email).hasMatch();
}

bool isMobileNumber(const QString &mobile)
{
    static const QRegularExpression shape(QStringLiteral("^1[3-9][0-9]{9}$"));
    return shape.match(mobile).hasMatch();
}

QString maskEmail(const QString &email)
{
    const qsizetype at = email.lastIndexOf(QLatin1Char('@'));
    if (at <= 0)
        return QStringLiteral("***");
    return email.left(1) + QStringLiteral("***") + email.mid(at);
}

QString maskMobile(const QString &mobile)
{
    if (mobile.size() < 7)
        return mobile.isEmpty() ? QString() : QStringLiteral("****");
    return mobile.left(3) + QStringLiteral("****") + mobile.right(4);
}

QString emailKey(const QString &email)
{
    return email.trimmed().toLower();
}

Result<QString> PassportService::registerPassport(const QString &emailIn, const QString &password,
                                                  const QString &mobileIn)
{
    const QString email = emailIn.trimmed();
    const QString mobile = mobileIn.trimmed();
    if (!isEmailAddress(email))
        return error(codes::badEmail);
    if (!mobile.isEmpty() && !isMobileNumber(mobile))
        return error(codes::badMobile);
    if (!strongEnough(password))
        return error(codes::weakPassword);
    const auto hash = password::hash(password);
    if (!hash)
        return Error{ QStringLiteral("server.internal"), QStringLiteral("password hashing failed"), {} };

    CentralStore &store = m_context.store;
    Transaction tx(store);
    if (auto r = tx.begin(true); !r)
        return r.error();
    auto byEmail = passportsql::findByEmailKey(store, emailKey(email));
    if (!byEmail)
        return byEmail.error();
    if (byEmail.value())
        return error(codes::emailTaken);
    if (!mobile.isEmpty()) {
        auto byMobile = passportsql::findByMobile(store, mobile);
        if (!byMobile)
            return byMobile.error();
        if (byMobile.value())
            return error(codes::mobileTaken);
    }
    passportsql::PassportRow row;
    row.passportId = newPassportId();
    row.email = email;
    row.mobile = mobile;
    row.passwordHash = *hash;
    row.createdAt = m_context.now();
    if (auto r = passportsql::insertPassport(store, row, emailKey(email)); !r) {
        // A concurrent registration took the email or mobile between the check and the insert.
        if (r.error().code == QLatin1String("store.duplicate"))
            return error(codes::emailTaken);
        return r.error();
    }
    if (auto r = tx.commit(); !r)
        return r.error();
    return row.passportId;
}

Result<SignIn> PassportService::login(const QString &loginIn, const QString &password, const QString &peer)
{
    // As for staff: the attempt is counted as a failure in the transaction that checks the
    // throttle (taken back if the password was right), so parallel guesses can not all slip
    // through; one password verification for every answer, so time does not tell whether the
    // login exists.
    const QString login = loginIn.trimmed();
    const QString loginKey = login.toLower().left(200);
    CentralStore &store = m_context.store;
    const QDateTime at = m_context.now();
    std::optional<passportsql::PassportRow> found;
    std::optional<qint64> wait;
    {
        Transaction tx(store);
        if (auto r = tx.begin(true); !r)
            return r.error();
        auto counted = countAttempt(store, AttemptRule { throttlesql::kPassport, throttle::kPerName,
                                                         throttlesql::kPassportAddress },
                                    loginKey, peer, at);
        if (!counted)
            return counted.error();
        wait = counted.value();
        if (!wait) {
            auto row = login.contains(QLatin1Char('@')) ? passportsql::findByEmailKey(store, emailKey(login))
                                                        : passportsql::findByMobile(store, login);
            if (!row)
                return row.error();
            found = row.value();
        }
        if (auto r = tx.commit(); !r)
            return r.error();
    }
    const bool good = found && !wait && password::verify(found->passwordHash, password);
    if (!found || wait)
        password::dummyVerify(password);
    if (wait)
        return error(codes::tooManyTries, QString::number(*wait));
    if (!good)
        return error(codes::badLogin);

    SignIn signIn;
    signIn.token = token::generate();
    signIn.passportId = found->passportId;
    signIn.expiresAt = at.addSecs(kSessionSeconds);
    Transaction tx(store);
    if (auto r = tx.begin(true); !r)
        return r.error();
    if (auto r = throttlesql::clear(store, throttlesql::kPassport, loginKey); !r)
        return r.error();
    if (!peer.isEmpty()) {
        if (auto r = throttlesql::forgiveOne(store, throttlesql::kPassportAddress, peer); !r)
            return r.error();
    }
    if (auto r = passportsql::insertSession(store, token::storedHash(signIn.token), signIn.passportId, at,
                                            signIn.expiresAt);
        !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return signIn;
}

Result<QString> PassportService::authenticate(const QString &token)
{
    if (!token::wellFormed(token))
        return error(codes::signInNeeded);
    auto session = passportsql::findSession(m_context.store, token::storedHash(token));
    if (!session)
        return session.error();
    if (!session.value() || session.value()->revoked || session.value()->expiresAt <= m_context.now())
        return error(codes::signInNeeded);
    return session.value()->passportId;
}

Result<void> PassportService::logout(const QString &token)
{
    if (auto who = authenticate(token); !who)
        return who.error();
    return passportsql::revokeSession(m_context.store, token::storedHash(token), m_context.now());
}

Result<void> PassportService::changeEmail(const QString &passportId, const QString &password, const QString &newEmailIn)
{
    const QString newEmail = newEmailIn.trimmed();
    if (!isEmailAddress(newEmail))
        return error(codes::badEmail);
    CentralStore &store = m_context.store;
    auto self = passportsql::findById(store, passportId);
    if (!self)
        return self.error();
    if (!self.value())
        return error(codes::signInNeeded);
    if (!password::verify(self.value()->passwordHash, password))
        return error(codes::wrongPassword);
    Transaction tx(store);
    if (auto r = tx.begin(true); !r)
        return r;
    auto other = passportsql::findByEmailKey(store, emailKey(newEmail));
    if (!other)
        return other.error();
    if (other.value() && other.value()->passportId != passportId)
        return error(codes::emailTaken);
    if (auto r = passportsql::updateEmail(store, passportId, newEmail, emailKey(newEmail), m_context.now()); !r) {
        if (r.error().code == QLatin1String("store.duplicate"))
            return error(codes::emailTaken);
        return r;
    }
    return tx.commit();
}

} // namespace cet::central::candidate
