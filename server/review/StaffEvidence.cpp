#include "StaffEvidence.h"

#include "Audit.h"
#include "Cet6ReviewSql.h"
#include "ReviewMessages.h"

#include <QJsonObject>

namespace cet::central::review {

namespace {
const QString kCoordinator = QStringLiteral("coordinator");

Error forbidden(const QString &message)
{
    return Error { protocol::codes::forbidden, message, {} };
}
} // namespace

Result<StaffEvidenceFile> staffEvidence(CentralStore &store, const Staff &staff, qint64 reviewId, int number,
                                        const QDateTime &now)
{
    if (staff.role != kCoordinator || staff.school.isEmpty())
        return forbidden(QStringLiteral("Only a coordinator of the candidate's school can open review evidence."));
    auto review = cet6reviewsql::findById(store, reviewId);
    if (!review)
        return review.error();
    if (!review.value())
        return reviewError(codes::notFound);
    if (review.value()->school != staff.school)
        return forbidden(QStringLiteral("A coordinator can only reach their own school's data."));
    auto files = cet6reviewsql::evidenceOf(store, reviewId);
    if (!files)
        return files.error();
    if (number < 1 || number > files.value().size())
        return reviewError(codes::evidenceNotFound, QString::number(number));
    const cet6reviewsql::EvidenceRow &row = files.value().at(number - 1);
    auto bytes = cet6reviewsql::evidenceBytes(store, row.id);
    if (!bytes)
        return bytes.error();

    AuditEntry e;
    e.at = now;
    e.actor = staff.name;
    e.role = staff.role;
    e.action = QStringLiteral("review.evidence_view");
    e.entity = QStringLiteral("cet6_review");
    e.entityKey = QString::number(reviewId);
    e.school = staff.school;
    e.after = auditJson(QJsonObject { { QStringLiteral("n"), number }, { QStringLiteral("sha256"), row.sha256 },
                                      { QStringLiteral("size"), row.size },
                                      { QStringLiteral("content_type"), row.contentType } });
    if (auto r = writeAudit(store, e); !r)
        return r.error();
    return StaffEvidenceFile { number, row.contentType, row.sha256, bytes.value() };
}

} // namespace cet::central::review
