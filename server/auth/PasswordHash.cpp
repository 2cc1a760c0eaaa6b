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
#ifdef CETCENTRAL_TEST_BUILD
        f = qEnvironmentVariableIntValue("CETCENTRAL_FAST_PASSWORD_HASH") == 1 ? 1 : 0;
#else
        f = 0; // a production server never weakens its hashes, whatever its environment says
#endif
        g_fast.store(f);
    }
    return f == 1;
}

unsigned long long opsLimit()
{
    return fast() ? crypto_pwhash_OPSLIMIT_MIN : crypto_pwhash_OPSLIMIT_INTERACTIVE;
}

size_t memLimit()
{
    return fast() ? crypto_pwhash_MEMLIMIT_MIN : crypto_pwhash_MEMLIMIT_INTERACTIVE;
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
    if (crypto_pwhash_str_alg(out, pw.constData(), size_t(pw.size()), opsLimit(), memLimit(),
                              crypto_pwhash_ALG_ARGON2ID13)
        != 0)
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

bool needsRehash(const QString &encodedHash)
{
    if (!initSodium())
        return false;
    const QByteArray h = encodedHash.toLatin1();
    return crypto_pwhash_str_needs_rehash(h.constData(), opsLimit(), memLimit()) != 0;
}

void dummyVerify(const QString &password)
{
    // One fixed hash per cost setting, made with the same parameters as real hashes, so that an
    // unknown name costs what a known one does.
    static std::mutex mutex;
    static QString dummies[2];
    QString dummy;
    {
        std::lock_guard<std::mutex> lock(mutex);
        QString &slot = dummies[fast() ? 1 : 0];
        if (slot.isEmpty())
            slot = hash(QStringLiteral("cet-central dummy password")).value_or(QString());
        dummy = slot;
    }
    if (!dummy.isEmpty())
        (void)verify(dummy, password);
}

} // namespace cet::central::password
