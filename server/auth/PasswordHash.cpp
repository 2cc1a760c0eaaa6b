#include "PasswordHash.h"

#include <sodium.h>

#include <atomic>
#include <mutex>

namespace cet::central::password {

namespace {

std::atomic<int> g_fast{ -1 }; // -1: not decided (read the environment)

bool fast()
{
    int f = g_fast.load();
    if (f < 0) {
        f = qEnvironmentVariableIntValue("CETCENTRAL_FAST_PASSWORD_HASH") == 1 ? 1 : 0;
        g_fast.store(f);
    }
    return f == 1;
}

bool initSodium()
{
    static const bool ok = sodium_init() >= 0;
    return ok;
}

} // namespace

void setFast(bool f)
{
    g_fast.store(f ? 1 : 0);
}

std::optional<QString> hash(const QString &password)
{
    if (!initSodium())
        return std::nullopt;
    const QByteArray pw = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    const unsigned long long ops = fast() ? crypto_pwhash_OPSLIMIT_MIN : crypto_pwhash_OPSLIMIT_INTERACTIVE;
    const size_t mem = fast() ? crypto_pwhash_MEMLIMIT_MIN : crypto_pwhash_MEMLIMIT_INTERACTIVE;
    if (crypto_pwhash_str_alg(out, pw.constData(), size_t(pw.size()), ops, mem, crypto_pwhash_ALG_ARGON2ID13) != 0)
        return std::nullopt;
    return QString::fromLatin1(out);
}

bool verify(const QString &encodedHash, const QString &password)
{
    if (!initSodium())
        return false;
    const QByteArray h = encodedHash.toLatin1();
    const QByteArray pw = password.toUtf8();
    return crypto_pwhash_str_verify(h.constData(), pw.constData(), size_t(pw.size())) == 0;
}

void dummyVerify(const QString &password)
{
    static std::once_flag once;
    static QString dummy;
    std::call_once(once, [] { dummy = hash(QStringLiteral("cet-central dummy password")).value_or(QString()); });
    if (!dummy.isEmpty())
        (void)verify(dummy, password);
}

} // namespace cet::central::password
