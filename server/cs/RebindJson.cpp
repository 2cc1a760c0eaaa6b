#include "RebindJson.h"

#include "IdMask.h"
#include "PassportService.h"
#include "Wire.h"

#include <QJsonArray>

namespace cet::central::cs {

namespace {

QJsonValue timeOrNull(const std::optional<QDateTime> &t)
{
    return t ? QJsonValue(protocol::toWireTime(*t)) : QJsonValue(QJsonValue::Null);
}

QJsonValue textOrNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

} // namespace

QJsonObject requestJson(const rebindsql::RequestRow &row)
{
    return QJsonObject {
        { QStringLiteral("id"), row.id },
        { QStringLiteral("state"), row.state },
        { QStringLiteral("candidate"),
            QJsonObject { { QStringLiteral("name"), row.name }, { QStringLiteral("id_type"), row.idType },
                { QStringLiteral("id_number_masked"), maskIdNumber(IdType(row.idType), row.idNumber) },
                { QStringLiteral("school_code"), row.school } } },
        { QStringLiteral("old_passport_id"), row.oldPassportId },
        { QStringLiteral("new_passport_id"), row.newPassportId },
        { QStringLiteral("new_email_masked"), candidate::maskEmail(row.newEmail) },
        { QStringLiteral("checks"), QJsonArray::fromStringList(row.checks) },
        { QStringLiteral("notes"), row.notes },
        { QStringLiteral("filed_by"), row.filedBy },
        { QStringLiteral("filed_at"), protocol::toWireTime(row.filedAt) },
        { QStringLiteral("decided_by"), textOrNull(row.decidedBy) },
        { QStringLiteral("decided_at"), timeOrNull(row.decidedAt) },
        { QStringLiteral("decision_note"), textOrNull(row.decisionNote) },
        { QStringLiteral("apply_at"), timeOrNull(row.applyAt) },
        { QStringLiteral("applied_at"), timeOrNull(row.appliedAt) },
        { QStringLiteral("failure_code"), textOrNull(row.failureCode) },
        { QStringLiteral("failure_reason"), textOrNull(row.failureReason) },
    };
}

} // namespace cet::central::cs
