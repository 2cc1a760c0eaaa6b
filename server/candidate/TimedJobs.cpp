#include "TimedJobs.h"

#include "Audit.h"
#include "BookingSql.h"
#include "CentralStore.h"
#include "OutboxSql.h"
#include "PaymentSql.h"
#include "Subject.h"
#include "SubjectRules.h"
#include "TimedRulesSql.h"

namespace cet::central::candidate {

namespace {

// Rows handled per query, so that a backlog does not load every row at once.
constexpr int kBatch = 500;

AuditEntry jobAudit(const QString &action, const QString &entity, qint64 key, const QString &school,
                    const QDateTime &at, const QString &reason)
{
    AuditEntry e;
    e.at = at;
    e.actor = QStringLiteral("cet-central");
    e.role = QStringLiteral("system");
    e.action = action;
    e.entity = entity;
    e.entityKey = QString::number(key);
    e.school = school;
    e.reason = reason;
    return e;
}

// Whether a subject can be released: still live, unpaid, not locked for a collective payment and
// without a payment waiting for the bank's answer.
Result<bool> releasable(CentralStore &store, const std::optional<bookingsql::BookedSubject> &s)
{
    if (!s || s->paymentState != QLatin1String("unpaid") || s->collectiveLock)
        return false;
    auto pending = paymentsql::pendingFor(store, s->id);
    if (!pending)
        return pending.error();
    return !pending.value();
}

// The booked oral subject of the registration that stands on written subject `written`, if any.
Result<std::optional<bookingsql::BookedSubject>> oralOn(CentralStore &store, qint64 registrationId, const QString &written)
{
    for (const QString &oral : oralSubjectsRequiring(written)) {
        auto found = bookingsql::findSubject(store, registrationId, oral);
        if (!found || found.value())
            return found;
    }
    return std::optional<bookingsql::BookedSubject>();
}

// Deletes the subject and gives its seat back; false (nothing given back) when it was no longer
// live: a cancel that committed after it was read took it and its seat already.
Result<bool> giveBack(CentralStore &store, const bookingsql::BookedSubject &s, const QDateTime &now, const QString &reason)
{
    auto gone = bookingsql::deleteSubject(store, s.id, now);
    if (!gone)
        return gone.error();
    if (!gone.value())
        return false;
    if (auto r = bookingsql::giveSeatBack(store, s.school, s.campus, s.subject); !r)
        return r.error();
    if (auto r = writeAudit(store, jobAudit(QStringLiteral("subject.release"), QStringLiteral("registration_subject"),
                                            s.id, s.school, now, reason));
        !r)
        return r.error();
    return true;
}

// Releases one subject if it is still releasable; how many subjects it released (0, 1 or 2). An oral subject needs its
// written one (an oral subject alone is refused), so the unpaid oral test booked on a released
// written subject goes with it, and a written subject whose oral test is paid (or can not be
// released) stays.
Result<int> releaseOne(CentralStore &store, qint64 subjectId, const QDateTime &now)
{
    Transaction tx(store);
    if (auto r = tx.begin(true); !r)
        return r.error();
    auto found = bookingsql::findSubjectById(store, subjectId);
    if (!found)
        return found.error();
    auto ok = releasable(store, found.value());
    if (!ok)
        return ok.error();
    if (!ok.value())
        return 0;
    const bookingsql::BookedSubject &s = *found.value();
    auto oral = oralOn(store, s.registrationId, s.subject);
    if (!oral)
        return oral.error();
    if (oral.value()) {
        auto alsoOk = releasable(store, oral.value());
        if (!alsoOk)
            return alsoOk.error();
        if (!alsoOk.value())
            return 0;
    }
    auto first = giveBack(store, s, now, QStringLiteral("unpaid 24 hours after booking"));
    if (!first)
        return first.error();
    if (!first.value())
        return 0;
    QList<bookingsql::BookedSubject> released{ s };
    if (oral.value()) {
        auto second = giveBack(store, *oral.value(), now, QStringLiteral("its written subject was released"));
        if (!second)
            return second.error();
        if (second.value())
            released << *oral.value();
    }
    QStringList labels;
    for (const bookingsql::BookedSubject &gone : std::as_const(released)) {
        const auto subject = subjectByCode(gone.subject);
        labels << (subject ? subject.value().label : gone.subject);
    }
    auto to = timedrulessql::recipientOf(store, s.registrationId);
    if (!to)
        return to.error();
    if (to.value()) {
        const QString label = labels.join(QStringLiteral("、"));
        const QString body = QStringLiteral("%1同学：您报考的%2（%3校区）在选报后24小时内未缴费，已被系统删除，名额已释放。"
                                            "如仍需报考，请在报名时间内重新选报并及时缴费。")
                                 .arg(to.value()->name, label, s.campus);
        if (auto r = outboxsql::insert(store, outboxsql::email(QStringLiteral("subject.released"), to.value()->email,
                                                     QStringLiteral("未缴费科目已删除"), body, now));
            !r)
            return r.error();
    }
    if (auto r = tx.commit(); !r)
        return r.error();
    return int(released.size());
}

Result<bool> deleteOne(CentralStore &store, const timedrulessql::StaleRegistration &reg, int hours, const QDateTime &now)
{
    Transaction tx(store);
    if (auto r = tx.begin(true); !r)
        return r.error();
    auto gone = timedrulessql::deleteIfStillEmpty(store, reg.id, now);
    if (!gone)
        return gone.error();
    if (!gone.value())
        return false;
    const QString body = QStringLiteral("%1同学：您的报名信息保存后%2小时内未选报任何科目，已被系统删除。"
                                        "如仍需报考，请在报名时间内重新填写报名信息并选报科目。")
                             .arg(reg.name)
                             .arg(hours);
    if (auto r = outboxsql::insert(store, outboxsql::email(QStringLiteral("registration.deleted"), reg.email,
                                                 QStringLiteral("报名信息已删除"), body, now));
        !r)
        return r.error();
    if (auto r = writeAudit(store, jobAudit(QStringLiteral("registration.delete"), QStringLiteral("registration"),
                                            reg.id, reg.school, now,
                                            QStringLiteral("no subject %1 hours after saving").arg(hours)));
        !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return true;
}

// Handles the rows `due` reads, a batch at a time, until a batch is short or none of it could be
// handled (rows skipped because they changed meanwhile stay due, and must not loop forever).
template<typename Read, typename Handle>
Result<int> inBatches(Read due, Handle handle)
{
    int count = 0;
    for (;;) {
        auto rows = due();
        if (!rows)
            return rows.error();
        int progressed = 0;
        for (const auto &row : rows.value()) {
            auto done = handle(row);
            if (!done)
                return done.error();
            progressed += int(done.value()); // rows handled (true) or subjects released
        }
        count += progressed;
        if (rows.value().size() < kBatch || progressed == 0)
            return count;
    }
}

} // namespace

Result<JobsRun> TimedJobs::runDue()
{
    const QDateTime now = m_context.now();
    JobsRun run;
    auto released = releaseUnpaid(now);
    if (!released)
        return released.error();
    run.subjectsReleased = released.value();
    auto deleted = deleteUnbooked(now);
    if (!deleted)
        return deleted.error();
    run.registrationsDeleted = deleted.value();
    return run;
}

Result<int> TimedJobs::releaseUnpaid(const QDateTime &now)
{
    CentralStore &store = m_context.store;
    return inBatches([&] { return bookingsql::unpaidBookedBy(store, now.addSecs(-qint64(kUnpaidHours) * 3600), kBatch); },
                     [&](const bookingsql::BookedSubject &s) { return releaseOne(store, s.id, now); });
}

Result<int> TimedJobs::deleteUnbooked(const QDateTime &now)
{
    CentralStore &store = m_context.store;
    auto hours = timedrulessql::unbookedHours(store, now);
    if (!hours)
        return hours.error();
    const int h = hours.value();
    return inBatches([&] { return timedrulessql::withoutSubjects(store, now.addSecs(-qint64(h) * 3600), kBatch); },
                     [&](const timedrulessql::StaleRegistration &r) { return deleteOne(store, r, h, now); });
}

} // namespace cet::central::candidate
