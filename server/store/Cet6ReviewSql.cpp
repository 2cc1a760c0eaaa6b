#include "Cet6ReviewSql.h"

#include "SqlValues.h"

namespace cet::central::cet6reviewsql {

namespace {

const QString kColumns = QStringLiteral(
    "id, passport_id, school_code, campus_code, student_id_type, student_id_number, name, id_type, id_number, "
    "cet4_ticket, state, reason_code, reason, submitted_at, decided_at, decided_by, resubmissions, evidence_count, "
    "version, seq, deleted_at, changed_by, changed_at, origin_op_id, filed_by, filed_exam_year, filed_exam_month, "
    "filed_total");

ReviewRow readRow(const QSqlQuery &q)
{
    ReviewRow r;
    r.id = q.value(0).toLongLong();
    r.passportId = q.value(1).toString();
    r.school = q.value(2).toString();
    r.campus = q.value(3).toString();
    r.studentIdType = q.value(4).toInt();
    r.studentIdNumber = q.value(5).toString();
    r.name = q.value(6).toString();
    r.idType = q.value(7).toInt();
    r.idNumber = q.value(8).toString();
    r.ticket = q.value(9).toString();
    r.state = q.value(10).toString();
    r.reasonCode = q.value(11).toString();
    r.reason = q.value(12).toString();
    r.submittedAt = fromMs(q.value(13).toLongLong());
    r.decidedAt = sqlvalues::optionalTime(q.value(14));
    r.decidedBy = q.value(15).toString();
    r.resubmissions = q.value(16).toInt();
    r.evidenceCount = q.value(17).toInt();
    r.version = q.value(18).toLongLong();
    r.seq = q.value(19).toLongLong();
    r.deletedAt = sqlvalues::optionalTime(q.value(20));
    r.changedBy = q.value(21).toString();
    r.changedAt = fromMs(q.value(22).toLongLong());
    r.originOpId = q.value(23).toString();
    r.filedBy = q.value(24).toString();
    r.filedExamYear = q.value(25).toInt();
    r.filedExamMonth = q.value(26).toInt();
    r.filedTotal = q.value(27).toInt();
    return r;
}

Result<std::optional<ReviewRow>> findOne(CentralStore &store, const QString &where, const QVariant &key)
{
    auto q = store.exec(QStringLiteral("SELECT %1 FROM cet6_reviews WHERE %2 = ?").arg(kColumns, where), { key });
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<ReviewRow>();
    return std::optional<ReviewRow>(readRow(q.value()));
}

QVariant intOrNull(int v)
{
    return v > 0 ? QVariant(v) : sqlvalues::nullInt();
}

// The columns update() writes, in bind order, then the id.
QVariantList mutableBinds(const ReviewRow &r)
{
    return { r.name, r.idType, r.idNumber, r.ticket, r.state, r.reasonCode, r.reason, toMs(r.submittedAt),
        sqlvalues::timeOrNull(r.decidedAt), sqlvalues::textOrNull(r.decidedBy), r.resubmissions,
        r.evidenceCount, r.version, r.seq, sqlvalues::timeOrNull(r.deletedAt), r.changedBy, toMs(r.changedAt),
        sqlvalues::textOrNull(r.originOpId), sqlvalues::textOrNull(r.filedBy), intOrNull(r.filedExamYear),
        intOrNull(r.filedExamMonth), intOrNull(r.filedTotal) };
}

} // namespace

Result<std::optional<ReviewRow>> findByPassport(CentralStore &store, const QString &passportId)
{
    return findOne(store, QStringLiteral("passport_id"), passportId);
}

Result<std::optional<ReviewRow>> findById(CentralStore &store, qint64 id)
{
    return findOne(store, QStringLiteral("id"), id);
}

Result<qint64> insert(CentralStore &store, const ReviewRow &row)
{
    QVariantList binds = { row.passportId, row.school, row.campus, row.studentIdType, row.studentIdNumber };
    binds += mutableBinds(row);
    auto id = store.scalar(
        QStringLiteral(
            "INSERT INTO cet6_reviews (passport_id, school_code, campus_code, student_id_type, "
            "student_id_number, name, id_type, id_number, cet4_ticket, state, reason_code, reason, "
            "submitted_at, decided_at, decided_by, resubmissions, evidence_count, version, seq, deleted_at, "
            "changed_by, changed_at, origin_op_id, filed_by, filed_exam_year, filed_exam_month, filed_total) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "RETURNING id"),
        binds);
    if (!id)
        return id.error();
    return id.value().toLongLong();
}

Result<void> update(CentralStore &store, const ReviewRow &row)
{
    QVariantList binds = mutableBinds(row);
    binds << row.id;
    auto q = store.exec(QStringLiteral("UPDATE cet6_reviews SET name = ?, id_type = ?, id_number = ?, cet4_ticket = ?, "
                                       "state = ?, reason_code = ?, reason = ?, submitted_at = ?, decided_at = ?, "
                                       "decided_by = ?, resubmissions = ?, evidence_count = ?, version = ?, seq = ?, "
                                       "deleted_at = ?, changed_by = ?, changed_at = ?, origin_op_id = ?, filed_by = ?, "
                                       "filed_exam_year = ?, filed_exam_month = ?, filed_total = ? WHERE id = ?"),
        binds);
    if (!q)
        return q.error();
    return {};
}

Result<QList<ReviewRow>> changes(CentralStore &store, const QString &school, qint64 since, int limit)
{
    auto q = store.exec(
        QStringLiteral("SELECT %1 FROM cet6_reviews WHERE school_code = ? AND seq > ? ORDER BY seq LIMIT ?")
            .arg(kColumns),
        { school, since, limit });
    if (!q)
        return q.error();
    QList<ReviewRow> out;
    while (q.value().next())
        out.append(readRow(q.value()));
    return out;
}

Result<QList<qint64>> pendingIds(CentralStore &store, const QString &school)
{
    auto q = store.exec(QStringLiteral("SELECT id FROM cet6_reviews WHERE school_code = ? AND state = 'pending' AND "
                                       "deleted_at IS NULL ORDER BY submitted_at, id"),
        { school });
    if (!q)
        return q.error();
    QList<qint64> out;
    while (q.value().next())
        out.append(q.value().value(0).toLongLong());
    return out;
}

Result<bool> hasPassedReview(CentralStore &store, int idType, const QString &idNumber)
{
    auto v = store.scalar(QStringLiteral("SELECT COUNT(*) FROM cet6_reviews WHERE student_id_number = ? AND "
                                         "student_id_type = ? AND state = 'passed' AND deleted_at IS NULL"),
        { idNumber, idType });
    if (!v)
        return v.error();
    return v.value().toLongLong() > 0;
}

Result<qint64> insertEvidence(CentralStore &store, const EvidenceRow &row, const QByteArray &bytes)
{
    auto id = store.scalar(QStringLiteral("INSERT INTO review_evidence (review_id, content_type, size, sha256, bytes, "
                                          "uploaded_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"),
        { row.reviewId, row.contentType, row.size, row.sha256, bytes, toMs(row.uploadedAt) });
    if (!id)
        return id.error();
    return id.value().toLongLong();
}

namespace {
EvidenceRow readEvidence(const QSqlQuery &q)
{
    EvidenceRow e;
    e.id = q.value(0).toLongLong();
    e.reviewId = q.value(1).toLongLong();
    e.contentType = q.value(2).toString();
    e.size = q.value(3).toLongLong();
    e.sha256 = q.value(4).toString();
    e.uploadedAt = fromMs(q.value(5).toLongLong());
    return e;
}
const QString kEvidenceColumns = QStringLiteral("id, review_id, content_type, size, sha256, uploaded_at");
} // namespace

Result<std::optional<EvidenceRow>> findEvidenceBySha(CentralStore &store, qint64 reviewId, const QString &sha256)
{
    auto q = store.exec(
        QStringLiteral("SELECT %1 FROM review_evidence WHERE review_id = ? AND sha256 = ?").arg(kEvidenceColumns),
        { reviewId, sha256 });
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<EvidenceRow>();
    return std::optional<EvidenceRow>(readEvidence(q.value()));
}

Result<QList<EvidenceRow>> evidenceOf(CentralStore &store, qint64 reviewId)
{
    auto q = store.exec(
        QStringLiteral("SELECT %1 FROM review_evidence WHERE review_id = ? ORDER BY id").arg(kEvidenceColumns),
        { reviewId });
    if (!q)
        return q.error();
    QList<EvidenceRow> out;
    while (q.value().next())
        out.append(readEvidence(q.value()));
    return out;
}

Result<QByteArray> evidenceBytes(CentralStore &store, qint64 evidenceId)
{
    auto v = store.scalar(QStringLiteral("SELECT bytes FROM review_evidence WHERE id = ?"), { evidenceId });
    if (!v)
        return v.error();
    return v.value().toByteArray();
}

} // namespace cet::central::cet6reviewsql
