#include "PaymentSql.h"

#include "SqlValues.h"

namespace cet::central::paymentsql {

namespace {

const QString kColumns
    = QStringLiteral("id, reference, registration_subject_id, passport_id, amount_fen, state, created_at, settled_at");

Result<QList<Payment>> select(CentralStore &store, const QString &where, const QVariantList &binds)
{
    auto q = store.exec(QStringLiteral("SELECT %1 FROM payments WHERE %2 ORDER BY id").arg(kColumns, where), binds);
    if (!q)
        return q.error();
    QList<Payment> out;
    QSqlQuery &r = q.value();
    while (r.next()) {
        Payment p;
        p.id = r.value(0).toLongLong();
        p.reference = r.value(1).toString();
        p.subjectId = r.value(2).toLongLong();
        p.passportId = r.value(3).toString();
        p.amountFen = r.value(4).toLongLong();
        p.state = r.value(5).toString();
        p.createdAt = fromMs(r.value(6).toLongLong());
        p.settledAt = sqlvalues::optionalTime(r.value(7));
        out.append(p);
    }
    return out;
}

} // namespace

Result<qint64> insert(CentralStore &store, const Payment &p)
{
    auto id = store.scalar(QStringLiteral("INSERT INTO payments (reference, registration_subject_id, passport_id, "
                                          "amount_fen, state, created_at) VALUES (?, ?, ?, ?, 'pending', ?) "
                                          "RETURNING id"),
                           { p.reference, p.subjectId, p.passportId, p.amountFen, toMs(p.createdAt) });
    if (!id)
        return id.error();
    return id.value().toLongLong();
}

Result<bool> settle(CentralStore &store, qint64 id, const QString &state, const QDateTime &at)
{
    // A charge the bank made wins over a failure recorded meanwhile (a refresh that looked before
    // the charge landed); a failure never overwrites a success.
    const QString from = state == QLatin1String("succeeded") ? QStringLiteral("state <> 'succeeded'")
                                                             : QStringLiteral("state = 'pending'");
    auto done = store.scalar(
        QStringLiteral("UPDATE payments SET state = ?, settled_at = ? WHERE id = ? AND %1 RETURNING id").arg(from),
        { state, toMs(at), id });
    if (!done)
        return done.error();
    return !done.value().isNull();
}

Result<std::optional<Payment>> pendingFor(CentralStore &store, qint64 subjectId)
{
    auto found = select(store, QStringLiteral("registration_subject_id = ? AND state = 'pending'"), { subjectId });
    if (!found)
        return found.error();
    if (found.value().isEmpty())
        return std::optional<Payment>();
    return std::optional<Payment>(found.value().constFirst());
}

Result<QList<Payment>> pendingOf(CentralStore &store, const QString &passportId)
{
    return select(store, QStringLiteral("passport_id = ? AND state = 'pending'"), { passportId });
}

Result<QList<Payment>> forSubject(CentralStore &store, qint64 subjectId)
{
    return select(store, QStringLiteral("registration_subject_id = ?"), { subjectId });
}

Result<void> bankCharge(CentralStore &store, const QString &reference, qint64 amountFen, const QDateTime &at)
{
    return sqlvalues::run(store,
                          QStringLiteral("INSERT INTO bank_charges (reference, amount_fen, charged_at) VALUES (?, ?, ?) "
                                         "ON CONFLICT (reference) DO NOTHING"),
                          { reference, amountFen, toMs(at) });
}

Result<bool> bankCharged(CentralStore &store, const QString &reference)
{
    auto found = store.scalar(QStringLiteral("SELECT 1 FROM bank_charges WHERE reference = ?"), { reference });
    if (!found)
        return found.error();
    return !found.value().isNull();
}

Result<int> bankChargesFor(CentralStore &store, qint64 subjectId)
{
    auto n = store.scalar(QStringLiteral("SELECT COUNT(*) FROM bank_charges b JOIN payments p ON p.reference = "
                                         "b.reference WHERE p.registration_subject_id = ?"),
                          { subjectId });
    if (!n)
        return n.error();
    return n.value().toInt();
}

} // namespace cet::central::paymentsql
