#pragma once

#include <QString>

#include <optional>

namespace cet::central::password {

// Argon2id (libsodium crypto_pwhash_str), INTERACTIVE limits; the minimum cost when
// setFast(true) or, in builds made with the test suite (CETCENTRAL_TEST_BUILD), when the
// environment has CETCENTRAL_FAST_PASSWORD_HASH=1.
void setFast(bool fast);
// The encoded hash ("$argon2id$v=19$..."), or nullopt if libsodium fails (out of memory).
std::optional<QString> hash(const QString &password);
bool verify(const QString &encodedHash, const QString &password);
// True when the hash was made with other (older, weaker) parameters than hash() uses now.
bool needsRehash(const QString &encodedHash);
// Spends the time of one verification against a fixed hash (unknown user names).
void dummyVerify(const QString &password);

} // namespace cet::central::password
