#pragma once

// Campuses and offers as the wire carries them (entities campus and offer, whole-object
// compare-and-set). A campus's data: {"code", "name", "address"}, key = the code. An offer's data:
// {"campus_code", "subject", "offered", "capacity", "fee_yuan", "window_start", "window_end",
// "exam_at", "open_to_other_schools", "taken", "paid"}, key = "<campus code>:<subject>"; taken and
// paid are the server's: an op may carry them, they are ignored.

#include "OfferTable.h"
#include "Result.h"
#include "Wire.h"

#include <QJsonObject>

namespace cet::central {

inline const QString kOfferEntity = QStringLiteral("offer");

// Codes of the offer and campus ops' rejections (messages from OfferRules where they are its rules).
namespace offercodes {
inline const QString invalid = QStringLiteral("offer.invalid");
inline const QString unknownCampus = QStringLiteral("offer.unknown_campus");
inline const QString sealed = QStringLiteral("offer.sealed");
inline const QString capacityBelowTaken = QStringLiteral("offer.capacity_below_taken");
inline const QString campusInvalid = QStringLiteral("campus.invalid");
} // namespace offercodes

struct CampusRecord
{
    QString code, name, address;
    QJsonObject toJson() const;
};

// The campus an upsert of `key` proposes: exactly code, name and address as strings, code = key
// (campus.invalid), a code of the school (campus.bad_code), a name (campus.name_required).
Result<CampusRecord> proposedCampus(const protocol::Op &op, const QString &school);

// "100011:F" → campus code and subject; offer.invalid when it has no colon.
Result<std::pair<QString, QString>> offerKey(const QString &key);

// The offer an upsert proposes: every field but taken and paid present with its type, campus_code
// and subject equal to the key's (offer.invalid, naming the field), a subject of the catalogue
// (offer.unknown_subject), a fee in yuan (offer.bad_fee).
Result<OfferSettings> proposedOffer(const protocol::Op &op);

// The settings as compared by the whole-object policy (no taken, no paid).
QJsonObject offerSettingsJson(const OfferSettings &s);
// What the feed and op results carry: the settings with the server's taken and paid.
QJsonObject offerRecordJson(const StoredOffer &o);

} // namespace cet::central
