#include "ReviewCaseSql.h"

#include "SqlValues.h"

namespace cet::central::reviewcasesql {

namespace {

// "review_id IN (?, ?, …)" for the ids, in chunks that every driver takes as binds.
template<typename Row, typename Read>
Result<QHash<qint64, QList<Row>>> byReview(CentralStore &store, const QString &select, const QList<qint64> &ids,
                                            Read read)
{
    constexpr qsizetype kChunk = 200;
    QHash<qint64, QList<Row>> out;
    for (qsizetype i = 0; i < ids.size(); i += kChunk) {
        const qsizetype n = std::min(kChunk, ids.size() - i);
        QStringList marks;
        QVariantList binds;
        for (qsizetype j = 0; j < n; ++j) {
            marks << QStringLiteral("?");
            binds << ids.at(i + j);
        }
        auto q = store.exec(select.arg(marks.join(QStringLiteral(", "))), binds);
        if (!q)
            return q.error();
        while (q.value().next()) {
            Row r = read(q.value());
            out[r.reviewId].append(r);
        }
    }
    return out;
}

} // namespace

Result<void> insertDispute(CentralStore &store, const Dispute &d)
{
    return sqlvalues::run(store,
        QStringLiteral("INSERT INTO review_disputes (review_id, by_user, decision, reason, at, op_id) "
                       "VALUES (?, ?, ?, ?, ?, ?)"),
        { d.reviewId, d.by, d.decision, d.reason, toMs(d.at), d.opId });
}

Result<void> insertRound(CentralStore &store, const Round &r)
{
    return sqlvalues::run(store,
        QStringLiteral("INSERT INTO review_history (review_id, state, reason, decided_by, decided_at, submitted_at) "
                       "VALUES (?, ?, ?, ?, ?, ?)"),
        { r.reviewId, r.state, r.reason, sqlvalues::textOrNull(r.decidedBy), sqlvalues::timeOrNull(r.decidedAt),
            toMs(r.submittedAt) });
}

Result<QHash<qint64, QList<Dispute>>> disputesOf(CentralStore &store, const QList<qint64> &reviewIds)
{
    return byReview<Dispute>(store,
        QStringLiteral("SELECT review_id, by_user, decision, reason, at, op_id FROM review_disputes "
                       "WHERE review_id IN (%1) ORDER BY id"),
        reviewIds, [](const QSqlQuery &q) {
            return Dispute { q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                q.value(3).toString(), fromMs(q.value(4).toLongLong()), q.value(5).toString() };
        });
}

Result<QHash<qint64, QList<Round>>> roundsOf(CentralStore &store, const QList<qint64> &reviewIds)
{
    return byReview<Round>(store,
        QStringLiteral("SELECT review_id, state, reason, decided_by, decided_at, submitted_at FROM review_history "
                       "WHERE review_id IN (%1) ORDER BY id"),
        reviewIds, [](const QSqlQuery &q) {
            return Round { q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                q.value(3).toString(), sqlvalues::optionalTime(q.value(4)), fromMs(q.value(5).toLongLong()) };
        });
}

Result<QHash<qint64, QList<cet6reviewsql::EvidenceRow>>> evidenceOf(CentralStore &store,
    const QList<qint64> &reviewIds)
{
    return byReview<cet6reviewsql::EvidenceRow>(store,
        QStringLiteral("SELECT id, review_id, content_type, size, sha256, uploaded_at FROM review_evidence "
                       "WHERE review_id IN (%1) ORDER BY id"),
        reviewIds, [](const QSqlQuery &q) {
            return cet6reviewsql::EvidenceRow { q.value(0).toLongLong(), q.value(1).toLongLong(),
                q.value(2).toString(), q.value(3).toLongLong(), q.value(4).toString(),
                fromMs(q.value(5).toLongLong()) };
        });
}

} // namespace cet::central::reviewcasesql
