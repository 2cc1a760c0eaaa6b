#include "RebindService.h"

#include "AccountLookup.h"
#include "Audit.h"
#include "PassportSql.h"
#include "RebindJson.h"
#include "RegistrationSql.h"

#include <QRegularExpression>
#include <QTimeZone>

namespace cet::central::cs {

namespace {

const QString kSubmitted = QStringLiteral("submitted");
const QString kApproved = QStringLiteral("approved");
const QString kRefused = QStringLiteral("refused");
const QString kWithdrawn = QStringLiteral("withdrawn");
const QString kHeld = QStringLiteral("held");
constexpr int kChinaOffsetSeconds = 8 * 3600;

AuditEntry requestAudit(const CsStaff &staff, const QString &action, const rebindsql::RequestRow &row,
                        const QDateTime &at, const QString &reason)
{
    AuditEntry e;
    e.at = at;
    e.actor = staff.name;
    e.role = staff.role;
    e.action = action;
    e.entity = QStringLiteral("rebind_request");
    e.entityKey = QString::number(row.id);
    e.school = row.school;
    e.reason = reason;
    return e;
}

QString stateJson(const rebindsql::RequestRow &row)
{
    return auditJson(QJsonObject { { QStringLiteral("state"), row.state } });
}

} // namespace

const QStringList &knownChecks()
{
    static const QStringList checks = { QStringLiteral("id_card_photo"), QStringLiteral("callback_number"),
                                        QStringLiteral("registration_details") };
    return checks;
}

bool RebindService::isState(const QString &state)
{
    static const QStringList states = { kSubmitted, kApproved, kRefused, kWithdrawn, kHeld, QStringLiteral("applied"),
                                        QStringLiteral("failed") };
    return states.contains(state);
}

QDateTime RebindService::applyTime(const QDateTime &approvedAt, int minutes)
{
    if (minutes == rebindsql::kAtOnce)
        return approvedAt;
    const QDate day = approvedAt.toOffsetFromUtc(kChinaOffsetSeconds).date();
    return QDateTime(day, QTime(0, 0), QTimeZone(kChinaOffsetSeconds)).addSecs(qint64(minutes) * 60).toUTC();
}

Result<rebindsql::RequestRow> RebindService::file(const CsStaff &staff, const RebindFiling &filing)
{
    if (auto allowed = requireDesk(staff); !allowed)
        return allowed.error();
    if (filing.checks.isEmpty())
        return csError(codes::checksRequired);
    for (const QString &c : filing.checks) {
        if (!knownChecks().contains(c))
            return csError(codes::unknownCheck, c);
    }
    auto number = checkedIdNumber(filing.idType, filing.idNumber);
    if (!number)
        return number.error();
    const QString newId = filing.newPassportId.trimmed().toUpper();
    static const QRegularExpression hex32(QStringLiteral("^[0-9A-F]{32}$"));
    if (!hex32.match(newId).hasMatch())
        return csError(codes::badPassportId);

    Transaction tx(m_store);
    if (auto r = tx.begin(true); !r)
        return r.error();
    auto students = registrationsql::findStudents(m_store, filing.idType, number.value());
    if (!students)
        return students.error();
    const QString name = filing.name.trimmed();
    const bool known = std::any_of(students.value().cbegin(), students.value().cend(),
                                   [&](const registrationsql::StudentView &s) { return s.name == name; });
    if (name.isEmpty() || !known)
        return csError(codes::notFound);
    auto registration = registrationsql::findByStudent(m_store, filing.idType, number.value());
    if (!registration)
        return registration.error();
    if (!registration.value())
        return csError(codes::notBound);
    auto passport = passportsql::findById(m_store, newId);
    if (!passport)
        return passport.error();
    if (!passport.value())
        return csError(codes::badPassportId);
    auto bound = registrationsql::findByPassport(m_store, newId);
    if (!bound)
        return bound.error();
    if (bound.value())
        return csError(codes::passportBound);
    if (passport.value()->email.trimmed().toLower() != filing.newEmail.trimmed().toLower())
        return csError(codes::emailMismatch);
    auto earlier = rebindsql::forCandidate(m_store, filing.idType, number.value());
    if (!earlier)
        return earlier.error();
    for (const Row &r : earlier.value()) {
        if (r.state == kSubmitted || r.state == kApproved || r.state == kHeld)
            return csError(codes::requestOpen);
    }

    Row row;
    row.state = kSubmitted;
    row.registrationId = registration.value()->id;
    row.school = registration.value()->school;
    row.idType = filing.idType;
    row.idNumber = number.value();
    row.name = registration.value()->name;
    row.oldPassportId = registration.value()->passportId;
    row.newPassportId = newId;
    row.newEmail = passport.value()->email;
    row.checks = filing.checks;
    row.notes = filing.notes.trimmed();
    row.filedBy = staff.name;
    row.filedAt = m_now();
    row.updatedAt = row.filedAt;
    auto id = rebindsql::insert(m_store, row);
    if (!id)
        return id.error().code == QLatin1String("store.duplicate") ? csError(codes::requestOpen) : id.error();
    row.id = id.value();
    AuditEntry e = requestAudit(staff, QStringLiteral("cs.request_file"), row, row.filedAt, row.notes);
    e.after = auditJson(requestJson(row));
    if (auto r = writeAudit(m_store, e); !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return row;
}

Result<QList<rebindsql::RequestRow>> RebindService::list(const CsStaff &staff, const QString &state, bool mine)
{
    if (auto allowed = requireDesk(staff); !allowed)
        return allowed.error();
    if (!state.isEmpty() && !isState(state))
        return csError(codes::badShape, QStringLiteral("state=") + state);
    rebindsql::Filter filter;
    filter.state = state;
    filter.filedBy = mine ? staff.name : QString();
    return rebindsql::list(m_store, filter);
}

Result<rebindsql::RequestRow> RebindService::get(const CsStaff &staff, qint64 id)
{
    if (auto allowed = requireDesk(staff); !allowed)
        return allowed.error();
    auto found = rebindsql::findById(m_store, id);
    if (!found)
        return found.error();
    if (!found.value())
        return csError(codes::requestNotFound);
    return *found.value();
}

Result<rebindsql::RequestRow> RebindService::transition(const CsStaff &staff, qint64 id, const QStringList &from,
                                                        const QString &action, const QString &reason,
                                                        const std::function<Result<void>(Row &)> &change)
{
    Transaction tx(m_store);
    if (auto r = tx.begin(true); !r)
        return r.error();
    auto found = rebindsql::lockById(m_store, id);
    if (!found)
        return found.error();
    if (!found.value())
        return csError(codes::requestNotFound);
    Row row = *found.value();
    const QString before = row.state;
    if (!from.contains(before))
        return csError(codes::badState, before);
    if (auto r = change(row); !r)
        return r.error();
    row.updatedAt = m_now();
    auto written = rebindsql::update(m_store, row, before);
    if (!written)
        return written.error();
    if (!written.value())
        return csError(codes::badState, before);
    AuditEntry e = requestAudit(staff, action, row, row.updatedAt, reason);
    Row old = *found.value();
    e.before = stateJson(old);
    e.after = stateJson(row);
    if (auto r = writeAudit(m_store, e); !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return row;
}

Result<rebindsql::RequestRow> RebindService::withdraw(const CsStaff &staff, qint64 id)
{
    if (auto allowed = requireDesk(staff); !allowed)
        return allowed.error();
    return transition(staff, id, { kSubmitted }, QStringLiteral("cs.request_withdraw"), {}, [&](Row &row) -> Result<void> {
        if (row.filedBy != staff.name)
            return csError(codes::notFiler);
        row.state = kWithdrawn;
        return {};
    });
}

Result<rebindsql::RequestRow> RebindService::approve(const CsStaff &staff, qint64 id, const QString &note)
{
    if (auto allowed = requireSupervisor(staff); !allowed)
        return allowed.error();
    return transition(staff, id, { kSubmitted }, QStringLiteral("cs.request_approve"), note.trimmed(),
                      [&](Row &row) -> Result<void> {
                          if (row.filedBy == staff.name)
                              return csError(codes::fourEyes);
                          const QDateTime at = m_now();
                          auto minutes = rebindsql::rebindAt(m_store, at);
                          if (!minutes)
                              return minutes.error();
                          row.state = kApproved;
                          row.decidedBy = staff.name;
                          row.decidedAt = at;
                          row.decisionNote = note.trimmed();
                          row.applyAt = applyTime(at, minutes.value());
                          return {};
                      });
}

Result<rebindsql::RequestRow> RebindService::refuse(const CsStaff &staff, qint64 id, const QString &reason)
{
    if (auto allowed = requireSupervisor(staff); !allowed)
        return allowed.error();
    if (reason.trimmed().isEmpty())
        return csError(codes::reasonRequired);
    return transition(staff, id, { kSubmitted }, QStringLiteral("cs.request_refuse"), reason.trimmed(),
                      [&](Row &row) -> Result<void> {
                          if (row.filedBy == staff.name)
                              return csError(codes::fourEyes);
                          row.state = kRefused;
                          row.decidedBy = staff.name;
                          row.decidedAt = m_now();
                          row.decisionNote = reason.trimmed();
                          return {};
                      });
}

Result<rebindsql::RequestRow> RebindService::hold(const CsStaff &staff, qint64 id)
{
    if (auto allowed = requireSupervisor(staff); !allowed)
        return allowed.error();
    return transition(staff, id, { kApproved }, QStringLiteral("cs.request_hold"), {}, [](Row &row) -> Result<void> {
        row.state = kHeld;
        return {};
    });
}

Result<rebindsql::RequestRow> RebindService::release(const CsStaff &staff, qint64 id)
{
    if (auto allowed = requireSupervisor(staff); !allowed)
        return allowed.error();
    return transition(staff, id, { kHeld }, QStringLiteral("cs.request_release"), {}, [](Row &row) -> Result<void> {
        row.state = kApproved;
        return {};
    });
}

} // namespace cet::central::cs
