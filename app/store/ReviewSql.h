#pragma once

// Internal to cetdesk_store: SQL about CET6 reviews shared by ReviewRepository and the review
// sync handler.

#include "Result.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace cet::reviewsql {

inline const QString kEntity = QStringLiteral("cet6_review");

// The server's record of a review at `version`, keeping the decision made here (local_*).
Result<void> writeServer(QSqlDatabase db, const QString &key, qint64 version, const QJsonObject &record);
Result<void> removeRow(QSqlDatabase db, const QString &key);
// The server version this desktop holds of the review; none when it holds no such review.
Result<std::optional<qint64>> serverVersion(QSqlDatabase db, const QString &key);
// The decision made here (empty decision: none) and the last refusal.
Result<void> setLocal(QSqlDatabase db, const QString &key, const QString &decision, const QString &reason,
                      const QString &error);
// Evidence waiting to be uploaded: moved to the key the server gave a filed review; dropped with a
// filing taken back.
Result<void> renameUploads(QSqlDatabase db, const QString &from, const QString &to);
Result<void> dropUploads(QSqlDatabase db, const QString &key);

} // namespace cet::reviewsql
