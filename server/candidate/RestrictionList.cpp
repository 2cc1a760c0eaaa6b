#include "RestrictionList.h"

#include "Audit.h"
#include "CentralStore.h"
#include "IdDocument.h"
#include "StudentFields.h"

#include <QJsonObject>

namespace cet::central::candidate {

namespace {

Error invalid(const QString &code, const QString &message)
{
    return Error { code, message, {} };
}

QString keyOf(int idType, const QString &idNumber)
{
    return protocol::studentKey(idTypeFromCode(idType), idNumber);
}

QJsonObject entryJson(const restrictionsql::RestrictionRow &r)
{
    return QJsonObject { { QStringLiteral("subjects"), r.subjects }, { QStringLiteral("reason"), r.reason } };
}

AuditEntry auditOf(const QString &actor, const QString &action, int idType, const QString &idNumber,
                   const QDateTime &at, const QString &reason)
{
    AuditEntry e;
    e.at = at;
    e.actor = actor;
    e.role = QStringLiteral("admin");
    e.action = action;
    e.entity = QStringLiteral("restriction");
    e.entityKey = keyOf(idType, idNumber);
    e.reason = reason;
    return e;
}

// Every change of the list says why: the audit log keeps it beside the change.
Result<void> reasonGiven(const QString &reason)
{
    if (reason.trimmed().isEmpty())
        return invalid(QStringLiteral("restriction.reason"),
                       QStringLiteral("Say why the list changes (the audit log keeps it)."));
    return {};
}

} // namespace

Result<restrictionsql::RestrictionRow> RestrictionList::add(int idType, const QString &idNumber,
                                                            const QString &subjects, const QString &reason,
                                                            const QString &actor)
{
    if (idTypeFromCode(idType) == IdType::Unknown)
        return invalid(QStringLiteral("restriction.id_type"), QStringLiteral("The ID type must be a code from 1 to 8."));
    const QString number = idNumber.trimmed().toUpper();
    if (number.isEmpty())
        return invalid(QStringLiteral("restriction.id_number"), QStringLiteral("The ID number is empty."));
    if (auto r = reasonGiven(reason); !r)
        return r.error();
    auto barred = SubjectRestriction::parse(subjects);
    if (!barred)
        return barred.error();

    CentralStore &store = m_context.store;
    Transaction tx(store);
    if (auto r = tx.begin(true); !r)
        return r.error();
    auto before = restrictionsql::find(store, idType, number);
    if (!before)
        return before.error();
    restrictionsql::RestrictionRow row;
    row.idType = idType;
    row.idNumber = number;
    row.subjects = barred.value().text();
    row.reason = reason.trimmed();
    row.addedBy = actor;
    row.addedAt = m_context.now();
    if (auto r = restrictionsql::put(store, row); !r)
        return r.error();
    AuditEntry audit = auditOf(actor, QStringLiteral("restriction.add"), idType, number, row.addedAt, row.reason);
    if (before.value())
        audit.before = auditJson(entryJson(*before.value()));
    audit.after = auditJson(entryJson(row));
    if (auto r = writeAudit(store, audit); !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return row;
}

Result<void> RestrictionList::remove(int idType, const QString &idNumber, const QString &reason,
                                     const QString &actor)
{
    if (auto r = reasonGiven(reason); !r)
        return r.error();
    const QString number = idNumber.trimmed().toUpper();
    CentralStore &store = m_context.store;
    Transaction tx(store);
    if (auto r = tx.begin(true); !r)
        return r.error();
    auto before = restrictionsql::find(store, idType, number);
    if (!before)
        return before.error();
    if (!before.value())
        return invalid(QStringLiteral("restriction.not_found"),
                       QStringLiteral("%1 is not on the restriction list.").arg(keyOf(idType, number)));
    if (auto r = restrictionsql::remove(store, idType, number); !r)
        return r.error();
    AuditEntry audit = auditOf(actor, QStringLiteral("restriction.remove"), idType, number, m_context.now(),
                               reason.trimmed());
    audit.before = auditJson(entryJson(*before.value()));
    if (auto r = writeAudit(store, audit); !r)
        return r.error();
    return tx.commit();
}

Result<QList<registrationsql::SubjectRow>> RestrictionList::barredBookings(int idType, const QString &idNumber)
{
    CentralStore &store = m_context.store;
    const QString number = idNumber.trimmed().toUpper();
    auto barred = restrictionsql::barredSubjects(store, idType, number);
    if (!barred)
        return barred.error();
    auto registration = registrationsql::findByStudent(store, idType, number);
    if (!registration)
        return registration.error();
    QList<registrationsql::SubjectRow> out;
    if (!registration.value())
        return out;
    auto booked = registrationsql::subjects(store, registration.value()->id);
    if (!booked)
        return booked.error();
    for (const auto &b : booked.value()) {
        if (barred.value().restricts(b.subject))
            out << b;
    }
    return out;
}

Result<QList<restrictionsql::RestrictionRow>> RestrictionList::entries()
{
    return restrictionsql::all(m_context.store);
}

} // namespace cet::central::candidate
