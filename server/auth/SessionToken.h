#pragma once

#include <QString>

namespace cet::central::token {

// 32 random bytes (randombytes_buf), base64url without padding (43 characters).
QString generate();
// What the database stores: SHA-256 of the token's UTF-8 bytes, lowercase hex.
QString storedHash(const QString &token);
// Cheap shape check before touching the database.
bool wellFormed(const QString &token);

} // namespace cet::central::token
