#include "CsTypes.h"

#include "SyncErrors.h"
#include "Wire.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace cet {

namespace {

QDateTime timeOf(const QJsonObject &o, const QString &key)
{
    const QJsonValue v = o.value(key);
    if (!v.isString())
        return {};
    return protocol::fromWireTime(v.toString()).value_or(QDateTime());
}

QString textOf(const QJsonObject &o, const QString &key)
{
    return o.value(key).toString();
}

Error badAnswer(const QString &what)
{
    return syncError(QStringLiteral("sync.bad_response"), what);
}

CsCandidate candidateOf(const QJsonObject &o)
{
    CsCandidate c;
    c.name = textOf(o, u"name"_qs);
    c.idType = o.value(u"id_type"_qs).toInt();
    c.idNumberMasked = textOf(o, u"id_number_masked"_qs);
    c.schoolCode = textOf(o, u"school_code"_qs);
    c.schoolName = textOf(o, u"school_name"_qs);
    return c;
}

QJsonValue timeValue(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(protocol::toWireTime(t)) : QJsonValue();
}

} // namespace

Result<CsRequest> CsRequest::fromJson(const QJsonObject &o)
{
    CsRequest r;
    r.id = o.value(u"id"_qs).toInteger();
    r.state = textOf(o, u"state"_qs);
    if (r.id <= 0 || r.state.isEmpty())
        return badAnswer(QStringLiteral("cs request without id or state"));
    r.candidate = candidateOf(o.value(u"candidate"_qs).toObject());
    r.oldPassportId = textOf(o, u"old_passport_id"_qs);
    r.newPassportId = textOf(o, u"new_passport_id"_qs);
    r.newEmailMasked = textOf(o, u"new_email_masked"_qs);
    for (const QJsonValue &c : o.value(u"checks"_qs).toArray())
        r.checks << c.toString();
    r.notes = textOf(o, u"notes"_qs);
    r.filedBy = textOf(o, u"filed_by"_qs);
    r.filedAt = timeOf(o, u"filed_at"_qs);
    r.decidedBy = textOf(o, u"decided_by"_qs);
    r.decidedAt = timeOf(o, u"decided_at"_qs);
    r.decisionNote = textOf(o, u"decision_note"_qs);
    r.applyAt = timeOf(o, u"apply_at"_qs);
    r.appliedAt = timeOf(o, u"applied_at"_qs);
    r.failureCode = textOf(o, u"failure_code"_qs);
    r.failureReason = textOf(o, u"failure_reason"_qs);
    return r;
}

QJsonObject CsRequest::toJson() const
{
    const QJsonObject c{ { u"name"_qs, candidate.name },
                         { u"id_type"_qs, candidate.idType },
                         { u"id_number_masked"_qs, candidate.idNumberMasked },
                         { u"school_code"_qs, candidate.schoolCode } };
    return QJsonObject{ { u"id"_qs, id },
                        { u"state"_qs, state },
                        { u"candidate"_qs, c },
                        { u"old_passport_id"_qs, oldPassportId },
                        { u"new_passport_id"_qs, newPassportId },
                        { u"new_email_masked"_qs, newEmailMasked },
                        { u"checks"_qs, QJsonArray::fromStringList(checks) },
                        { u"notes"_qs, notes },
                        { u"filed_by"_qs, filedBy },
                        { u"filed_at"_qs, timeValue(filedAt) },
                        { u"decided_by"_qs, decidedBy.isEmpty() ? QJsonValue() : QJsonValue(decidedBy) },
                        { u"decided_at"_qs, timeValue(decidedAt) },
                        { u"decision_note"_qs, decisionNote },
                        { u"apply_at"_qs, timeValue(applyAt) },
                        { u"applied_at"_qs, timeValue(appliedAt) },
                        { u"failure_code"_qs, failureCode.isEmpty() ? QJsonValue() : QJsonValue(failureCode) },
                        { u"failure_reason"_qs, failureReason.isEmpty() ? QJsonValue() : QJsonValue(failureReason) } };
}

Result<CsLookupResult> CsLookupResult::fromJson(const QJsonObject &o)
{
    CsLookupResult r;
    r.json = o;
    if (!o.value(u"candidate"_qs).isObject())
        return badAnswer(QStringLiteral("cs lookup without candidate"));
    r.candidate = candidateOf(o.value(u"candidate"_qs).toObject());
    const QJsonValue passport = o.value(u"passport"_qs);
    r.hasPassport = passport.isObject();
    if (r.hasPassport) {
        const QJsonObject p = passport.toObject();
        r.passportId = textOf(p, u"passport_id"_qs);
        r.emailMasked = textOf(p, u"email_masked"_qs);
        r.mobileMasked = textOf(p, u"mobile_masked"_qs);
    }
    const QJsonObject reg = o.value(u"registration"_qs).toObject();
    r.registrationState = reg.value(u"state"_qs).toString(u"none"_qs);
    for (const QJsonValue &s : reg.value(u"subjects"_qs).toArray()) {
        const QJsonObject so = s.toObject();
        r.subjects.append({ textOf(so, u"subject"_qs), textOf(so, u"payment_state"_qs) });
    }
    for (const QJsonValue &v : o.value(u"rebindings"_qs).toArray()) {
        auto req = CsRequest::fromJson(v.toObject());
        if (!req)
            return req.error();
        r.rebindings.append(req.value());
    }
    r.guidance = textOf(o, u"guidance"_qs);
    return r;
}

namespace cs {

QStringList knownChecks()
{
    return { QStringLiteral("id_card_photo"), QStringLiteral("callback_number"),
             QStringLiteral("registration_details") };
}

bool isPassportId(const QString &text)
{
    static const QRegularExpression hex32(QStringLiteral("^[0-9a-fA-F]{32}$"));
    return hex32.match(text).hasMatch();
}

bool isOpenState(const QString &state)
{
    return state == u"submitted" || state == u"approved" || state == u"held";
}

} // namespace cs

} // namespace cet
