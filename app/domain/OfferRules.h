#pragma once

// The rules a school's campuses and offers (per campus and subject: offered, seats, fee, window,
// exam time) must meet before they go live. The desktop checks them as the user types; the server
// checks them again on every push. Both use these functions, so the two agree on codes and wording.

#include "Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

#include <optional>

namespace cet {

class OfferRules
{
    Q_DECLARE_TR_FUNCTIONS(cet::OfferRules)
public:
    OfferRules() = delete;
};

// One campus's offer of one subject, as configured by the school.
struct OfferSettings
{
    QString campusCode;
    QString subject; // one-character catalogue code: '1'..'9', 'F', 'S'
    bool offered = true;
    int capacity = 0;
    qint64 feeFen = 0; // 1/100 yuan
    QDateTime windowStart, windowEnd;
    QDateTime examAt;
    bool openToOtherSchools = false;
};

// The exam session's time span that registration windows must lie in.
struct SessionSpan
{
    QDateTime opensAt;
    QDateTime sealsAt;
};

// A campus code is the school's code followed by one digit ("10001" → "100011"). Errors: campus.bad_code.
Result<void> checkCampusCode(const QString &campusCode, const QString &schoolCode);
// Errors: campus.name_required (empty or blank).
Result<void> checkCampusName(const QString &name);

// "30", "30.5", "30.00" → fen. Errors: offer.bad_fee (not a non-negative amount with at most two decimals).
Result<qint64> parseFeeYuan(const QString &text);
// fen → "30.00".
QString formatFeeYuan(qint64 fen);

// The subject code is in the catalogue. Errors: offer.unknown_subject.
Result<void> checkOfferSubject(const QString &subject);
// An offered oral subject needs its written subject offered at the same campus
// (`writtenOfferedAtCampus`: codes of the campus's offered written subjects). Not offered, or
// written: nothing to check. Errors: offer.oral_without_written.
Result<void> checkOralHasWritten(const OfferSettings &offer, const QStringList &writtenOfferedAtCampus);
// An offered oral subject costs something. Errors: offer.fee_required (fee ≤ 0 for oral), offer.bad_fee (< 0).
Result<void> checkOfferFee(const OfferSettings &offer);
// The window is valid, starts before it ends and lies inside the session's span (when there is a
// session). Errors: offer.window_outside_session.
Result<void> checkOfferWindow(const OfferSettings &offer, const std::optional<SessionSpan> &session);
// Seats never go below those already booked. Errors: offer.bad_capacity (negative),
// offer.capacity_below_taken (the message names `taken`).
Result<void> checkCapacity(int capacity, int taken);

// Every check of one offer in the order above (subject, capacity, fee, window, oral pairing).
Result<void> checkOffer(const OfferSettings &offer, const QStringList &writtenOfferedAtCampus, int taken,
                        const std::optional<SessionSpan> &session);

} // namespace cet
