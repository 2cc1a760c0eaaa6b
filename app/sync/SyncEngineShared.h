#pragma once

// What the SyncEngine's source files share: the translation context, the API paths, and how a
// response that does not parse is reported.

#include "Result.h"
#include "SyncErrors.h"

#include <QCoreApplication>
#include <QString>

namespace cet::syncengine {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(cet::SyncEngine)
};

inline const QString kLogin = QStringLiteral("/api/v1/auth/login");
inline const QString kLogout = QStringLiteral("/api/v1/auth/logout");
inline const QString kMe = QStringLiteral("/api/v1/auth/me");
inline const QString kPush = QStringLiteral("/api/v1/sync/push");
inline const QString kChanges = QStringLiteral("/api/v1/sync/changes");
inline const QString kDigest = QStringLiteral("/api/v1/sync/digest");

inline Error badResponse(const Error &parse)
{
    return syncError(QStringLiteral("sync.bad_response"), parse.message);
}

} // namespace cet::syncengine
