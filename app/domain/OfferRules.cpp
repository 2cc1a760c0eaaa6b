#include "OfferRules.h"

#include "Subject.h"
#include "SubjectRules.h"

#include <QLocale>
#include <QRegularExpression>

namespace cet {

namespace {

Error error(const char *code, const QString &message)
{
    return Error{ QString::fromLatin1(code), message, {} };
}

QString subjectName(const QString &code)
{
    const Result<Subject> s = subjectByCode(code);
    return s ? s.value().displayName() : code;
}

} // namespace

Result<void> checkCampusCode(const QString &campusCode, const QString &schoolCode)
{
    const bool ok = !schoolCode.isEmpty() && campusCode.size() == schoolCode.size() + 1
                    && campusCode.startsWith(schoolCode) && campusCode.back().isDigit()
                    && campusCode.back().unicode() < 128;
    if (ok)
        return {};
    return error("campus.bad_code", OfferRules::tr("The campus code %1 must be the school code %2 followed by one digit.")
                                        .arg(campusCode, schoolCode));
}

Result<void> checkCampusName(const QString &name)
{
    if (!name.trimmed().isEmpty())
        return {};
    return error("campus.name_required", OfferRules::tr("Every campus needs a name."));
}

Result<qint64> parseFeeYuan(const QString &text)
{
    static const QRegularExpression amount(QStringLiteral("^([0-9]{1,7})(?:\\.([0-9]{0,2}))?$"));
    const QRegularExpressionMatch m = amount.match(text.trimmed());
    if (!m.hasMatch())
        return error("offer.bad_fee",
                     OfferRules::tr("The fee \"%1\" is not an amount in yuan with at most two decimals.").arg(text));
    QString cents = m.captured(2);
    while (cents.size() < 2)
        cents.append(QLatin1Char('0'));
    return m.captured(1).toLongLong() * 100 + cents.toLongLong();
}

QString formatFeeYuan(qint64 fen)
{
    const QString sign = fen < 0 ? QStringLiteral("-") : QString();
    const qint64 abs = fen < 0 ? -fen : fen;
    return QStringLiteral("%1%2.%3").arg(sign).arg(abs / 100).arg(abs % 100, 2, 10, QLatin1Char('0'));
}

Result<void> checkOfferSubject(const QString &subject)
{
    if (subjectByCode(subject))
        return {};
    return error("offer.unknown_subject", OfferRules::tr("%1 is not a subject of the catalogue.").arg(subject));
}

Result<void> checkOralHasWritten(const OfferSettings &offer, const QStringList &writtenOfferedAtCampus)
{
    const QString needed = writtenSubjectRequiredFor(offer.subject);
    if (!offer.offered || needed.isEmpty() || writtenOfferedAtCampus.contains(needed))
        return {};
    return error("offer.oral_without_written",
                 OfferRules::tr("%1 can only be offered at campus %2 where the written test %3 is offered.")
                     .arg(subjectName(offer.subject), offer.campusCode, subjectName(needed)));
}

Result<void> checkOfferFee(const OfferSettings &offer)
{
    if (offer.feeFen < 0)
        return error("offer.bad_fee", OfferRules::tr("The fee can not be negative."));
    const Result<Subject> s = subjectByCode(offer.subject);
    if (offer.offered && s && s.value().isOral() && offer.feeFen <= 0)
        return error("offer.fee_required",
                     OfferRules::tr("The oral test %1 needs a fee above 0 yuan.").arg(subjectName(offer.subject)));
    return {};
}

Result<void> checkOfferWindow(const OfferSettings &offer, const std::optional<SessionSpan> &session)
{
    if (!offer.windowStart.isValid() || !offer.windowEnd.isValid())
        return error("offer.window_outside_session", OfferRules::tr("The registration window needs a start and an end."));
    if (offer.windowEnd <= offer.windowStart)
        return error("offer.window_outside_session",
                     OfferRules::tr("The registration window must end after it starts."));
    if (!session)
        return {};
    if (offer.windowStart < session->opensAt || offer.windowEnd > session->sealsAt) {
        const QLocale c = QLocale::c();
        const QString fmt = QStringLiteral("yyyy-MM-dd HH:mm");
        return error("offer.window_outside_session",
                     OfferRules::tr("The registration window must lie within the exam session (%1 to %2 UTC).")
                         .arg(c.toString(session->opensAt.toUTC(), fmt), c.toString(session->sealsAt.toUTC(), fmt)));
    }
    return {};
}

Result<void> checkCapacity(int capacity, int taken)
{
    if (capacity < 0)
        return error("offer.bad_capacity", OfferRules::tr("The number of seats can not be negative."));
    if (capacity < taken)
        return error("offer.capacity_below_taken",
                     OfferRules::tr("%n seat(s) are already taken; the capacity can not be lower.", nullptr, taken));
    return {};
}

Result<void> checkOffer(const OfferSettings &offer, const QStringList &writtenOfferedAtCampus, int taken,
                        const std::optional<SessionSpan> &session)
{
    if (auto r = checkOfferSubject(offer.subject); !r)
        return r;
    if (auto r = checkCapacity(offer.capacity, taken); !r)
        return r;
    if (auto r = checkOfferFee(offer); !r)
        return r;
    if (auto r = checkOfferWindow(offer, session); !r)
        return r;
    return checkOralHasWritten(offer, writtenOfferedAtCampus);
}

} // namespace cet
