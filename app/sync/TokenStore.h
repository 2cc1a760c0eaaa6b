#pragma once

#include "Result.h"

#include <QString>

namespace cet {

// Where the session token lives: the system credential store (QtKeychain: Secret Service,
// macOS Keychain, Windows Credential Manager). When none is available (headless, CI, tests,
// CETDESK_NO_KEYCHAIN=1) the token is kept in this process's memory only; isMemoryOnly() says
// so and the engine logs it. Blocking calls; use from one thread.
class TokenStore
{
public:
    TokenStore();

    bool isMemoryOnly() const { return m_memoryOnly; }
    // Empty string when there is none.
    QString read(const QString &server, const QString &user);
    // Falls back to memory when the keychain refuses.
    void write(const QString &server, const QString &user, const QString &token);
    void remove(const QString &server, const QString &user);

    QString lastKeychainError() const { return m_lastError; }

private:
    bool m_memoryOnly = true;
    QString m_lastError;
};

} // namespace cet
