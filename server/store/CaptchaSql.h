#pragma once

// SQL of image captchas (captchas): the hash of each answer and its expiry.

#include "CentralStore.h"

#include <optional>

namespace cet::central::captchasql {

struct Stored
{
    QString answerHash;
    QDateTime expiresAt;
};

Result<void> insert(CentralStore &store, const QString &id, const QString &answerHash, const QDateTime &createdAt,
    const QDateTime &expiresAt);
// Deletes the captcha and returns what it held (nullopt: unknown or already used). One statement,
// so two requests racing with the same id can not both get it.
Result<std::optional<Stored>> take(CentralStore &store, const QString &id);
// Drops captchas that expired before `now` (never answered); returns how many.
Result<int> deleteExpired(CentralStore &store, const QDateTime &now);

} // namespace cet::central::captchasql
