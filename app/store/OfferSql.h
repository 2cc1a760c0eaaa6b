#pragma once

// Internal to cetdesk_store: the local campuses and offers tables, shared by OfferRepository and
// the campus/offer sync handlers.

#include "OfferTypes.h"
#include "Result.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace cet::offersql {

inline const QString kCampusEntity = QStringLiteral("campus");
inline const QString kOfferEntity = QStringLiteral("offer");

Result<std::optional<CampusInfo>> readCampus(QSqlDatabase db, const QString &code);
// The local campus set to `info` (none: removed); version < 0 keeps the row's server version.
Result<void> writeCampus(QSqlDatabase db, const QString &code, const std::optional<CampusInfo> &info,
                         qint64 version);

// `key` is offerKey(campus, subject).
Result<std::optional<OfferSettings>> readOffer(QSqlDatabase db, const QString &key);
Result<void> writeOffer(QSqlDatabase db, const QString &key, const std::optional<OfferSettings> &offer,
                        qint64 version);

} // namespace cet::offersql
