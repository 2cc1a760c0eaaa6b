// Paying subjects and the timed rules on SQLite and PostgreSQL: the simulated bank's success,
// failure and lost answer; a refresh (更新) that settles the lost answer without a second charge;
// unpaid subjects released 24 hours after booking (seat given back, notice in the outbox) and
// registrations without a subject deleted after the exam session's hours; a subject barred by the
// restriction list after it was booked is not paid for.

#include "BookingSql.h"
#include "CandidateMessages.h"
#include "CandidateSetup.h"
#include "CentralFixture.h"
#include "DemoRoster.h"
#include "IdDocument.h"
#include "OutboxSql.h"
#include "PaymentSql.h"
#include "RegistrationService.h"
#include "RegistrationSql.h"
#include "RestrictionList.h"
#include "SubjectBooking.h"
#include "SubjectPayment.h"
#include "TimedJobs.h"
#include "TimedRulesSql.h"

#include <QJsonArray>
#include <QTest>

using namespace cet;
using namespace cet::central;
using namespace cet::central::candidate;
using namespace cet::central::test;
using Outcome = SubjectPayment::BankOutcome;

class TstSubjectPayment : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { addBackendRows(); }
    void initTestCase() { CentralService::setFastPasswordHashing(true); }

    void init()
    {
        m_db = backendDatabase();
        if (!m_db->skipReason().isEmpty())
            QSKIP(qPrintable(m_db->skipReason()));
        m_now = QDateTime(QDate(2026, 11, 23), QTime(10, 0), Qt::UTC);
        m_svc = openMigrated(*m_db, &m_now);
        QVERIFY(m_svc);
        QVERIFY(m_svc->seedDemo(10).ok());
    }

    void cleanup()
    {
        m_svc.reset();
        m_db.reset();
    }

    void paySuccess()
    {
        const QString a = bookedCandidate(QStringLiteral("a@example.com"), 0, QStringLiteral("1"));
        QVERIFY(!a.isEmpty());
        auto paid = payments().pay(a, QStringLiteral("1"), Outcome::Success);
        QVERIFY2(paid.ok(), qPrintable(paid.ok() ? QString() : paid.error().code));
        QCOMPARE(paid.value().value(QStringLiteral("payment")).toObject().value(QStringLiteral("amount_fen")).toInt(), 3000);
        QCOMPARE(stateOf(a, QStringLiteral("1")), QStringLiteral("paid"));
        QCOMPARE(charges(a, QStringLiteral("1")), 1);
        QCOMPARE(payments().pay(a, QStringLiteral("1"), Outcome::Success).error().code, codes::alreadyPaid);
        QCOMPARE(charges(a, QStringLiteral("1")), 1);
        QCOMPARE(payments().pay(a, QStringLiteral("3"), Outcome::Success).error().code, codes::notBooked);
        // Attributable: the attempt and its outcome, the passport as actor; a refused second payment
        // leaves no row.
        QCOMPARE(auditRows(a, QStringLiteral("payment.start")), 1);
        QCOMPARE(auditRows(a, QStringLiteral("payment.succeeded")), 1);
    }

    void payFailureChargesNothing()
    {
        const QString a = bookedCandidate(QStringLiteral("a@example.com"), 0, QStringLiteral("1"));
        QCOMPARE(payments().pay(a, QStringLiteral("1"), Outcome::Failure).error().code, codes::paymentFailed);
        QCOMPARE(stateOf(a, QStringLiteral("1")), QStringLiteral("unpaid"));
        QCOMPARE(charges(a, QStringLiteral("1")), 0);
        const auto attempts = paymentsOf(a, QStringLiteral("1"));
        QCOMPARE(attempts.size(), 1);
        QCOMPARE(attempts.at(0).state, QStringLiteral("failed"));
        // Paying again after a failure is fine.
        QVERIFY(payments().pay(a, QStringLiteral("1"), Outcome::Success).ok());
        QCOMPARE(charges(a, QStringLiteral("1")), 1);
        QCOMPARE(paymentsOf(a, QStringLiteral("1")).size(), 2);
    }

    void barredAfterBookingIsNotPaidFor()
    {
        const QString a = bookedCandidate(QStringLiteral("a@example.com"), 0, QStringLiteral("1"));
        QVERIFY(!a.isEmpty());
        const StudentRecord s = demoStudent(kDemoSchool, 0);
        QVERIFY(RestrictionList(context())
                    .add(idTypeCode(s.idType), s.idNumber, QStringLiteral("1"), QStringLiteral("考试违规"),
                         QStringLiteral("admin-test"))
                    .ok());
        QCOMPARE(payments().pay(a, QStringLiteral("1"), Outcome::Success).error().code, codes::restricted);
        QCOMPARE(charges(a, QStringLiteral("1")), 0);
        QVERIFY(paymentsOf(a, QStringLiteral("1")).isEmpty());
        QCOMPARE(stateOf(a, QStringLiteral("1")), QStringLiteral("unpaid"));
    }

    void lostAnswerIsSettledByRefreshNotBySecondCharge()
    {
        const QString a = bookedCandidate(QStringLiteral("a@example.com"), 0, QStringLiteral("1"));
        QCOMPARE(payments().pay(a, QStringLiteral("1"), Outcome::AnswerLost).error().code, codes::answerLost);
        // The bank charged; the site still shows unpaid.
        QCOMPARE(charges(a, QStringLiteral("1")), 1);
        QCOMPARE(stateOf(a, QStringLiteral("1")), QStringLiteral("unpaid"));
        // Paying again is refused: it would charge twice.
        QCOMPARE(payments().pay(a, QStringLiteral("1"), Outcome::Success).error().code, codes::paymentPending);
        QCOMPARE(charges(a, QStringLiteral("1")), 1);

        auto refreshed = payments().refresh(a);
        QVERIFY(refreshed.ok());
        const QJsonArray settled = refreshed.value().value(QStringLiteral("settled")).toArray();
        QCOMPARE(settled.size(), 1);
        QCOMPARE(settled.at(0).toObject().value(QStringLiteral("state")).toString(), QStringLiteral("succeeded"));
        QCOMPARE(stateOf(a, QStringLiteral("1")), QStringLiteral("paid"));
        QCOMPARE(charges(a, QStringLiteral("1")), 1);

        // Refreshing again changes nothing.
        auto again = payments().refresh(a);
        QVERIFY(again.ok());
        QVERIFY(again.value().value(QStringLiteral("settled")).toArray().isEmpty());
        QCOMPARE(paymentsOf(a, QStringLiteral("1")).size(), 1);
        QCOMPARE(charges(a, QStringLiteral("1")), 1);
        QCOMPARE(auditRows(a, QStringLiteral("payment.refresh_succeeded")), 1);
    }

    void refreshFailsAnAttemptTheBankNeverCharged()
    {
        const QString a = bookedCandidate(QStringLiteral("a@example.com"), 0, QStringLiteral("1"));
        const qint64 subjectId = subjectIdOf(a, QStringLiteral("1"));
        paymentsql::Payment p;
        p.reference = QStringLiteral("NEVER-REACHED-THE-BANK");
        p.subjectId = subjectId;
        p.passportId = a;
        p.amountFen = 3000;
        p.createdAt = m_now;
        QVERIFY(paymentsql::insert(m_svc->store(), p).ok());
        auto refreshed = payments().refresh(a);
        QVERIFY(refreshed.ok());
        QCOMPARE(refreshed.value().value(QStringLiteral("settled")).toArray().at(0).toObject()
                     .value(QStringLiteral("state")).toString(),
                 QStringLiteral("failed"));
        QCOMPARE(stateOf(a, QStringLiteral("1")), QStringLiteral("unpaid"));
        QVERIFY(payments().pay(a, QStringLiteral("1"), Outcome::Success).ok());
        QCOMPARE(charges(a, QStringLiteral("1")), 1);
    }

    void badOutcome()
    {
        QCOMPARE(SubjectPayment::outcomeFrom(QStringLiteral("maybe")).error().code, codes::badBankOutcome);
        QCOMPARE(SubjectPayment::outcomeFrom({}).value(), Outcome::Success);
        QCOMPARE(SubjectPayment::outcomeFrom(QStringLiteral("lost")).value(), Outcome::AnswerLost);
    }

    void unpaidSubjectReleasedAfter24Hours()
    {
        const QDateTime t0 = m_now;
        const QString a = bookedCandidate(QStringLiteral("a@example.com"), 0, QStringLiteral("1"));
        const QString b = bookedCandidate(QStringLiteral("b@example.com"), 1, QStringLiteral("1"));
        QVERIFY(payments().pay(b, QStringLiteral("1"), Outcome::Success).ok());
        m_now = t0.addSecs(3600);
        QVERIFY(booking().book(a, QStringLiteral("F"), kDemoCampus).ok()); // an hour later
        QCOMPARE(taken(QStringLiteral("1")), 2);

        // c's oral test is paid: the written subject it stands on is not taken from under it.
        const QString c = bookedCandidate(QStringLiteral("c@example.com"), 2, QStringLiteral("1"));
        QVERIFY(booking().book(c, QStringLiteral("F"), kDemoCampus).ok());
        QVERIFY(payments().pay(c, QStringLiteral("F"), Outcome::Success).ok());
        QCOMPARE(taken(QStringLiteral("F")), 2);

        m_now = t0.addSecs(24 * 3600 - 1);
        QCOMPARE(runJobs(), (QList<int>{ 0, 0 }));
        m_now = t0.addSecs(24 * 3600);
        // a's 英语四级, and its oral test with it (younger, but an oral subject alone is refused);
        // b's is paid; c's stays under its paid oral test. a then holds nothing and was saved 24
        // hours ago: deleted in the same run.
        QCOMPARE(runJobs(), (QList<int>{ 2, 1 }));
        QCOMPARE(taken(QStringLiteral("1")), 2);
        QCOMPARE(taken(QStringLiteral("F")), 1);
        QCOMPARE(codesOf(b), QStringList{ QStringLiteral("1") });
        QCOMPARE(codesOf(c), (QStringList{ QStringLiteral("1"), QStringLiteral("F") }));
        auto mails = outboxsql::forRecipient(m_svc->store(), QStringLiteral("a@example.com"));
        QVERIFY(mails.ok());
        bool released = false;
        for (const auto &m : mails.value()) {
            if (m.kind == QStringLiteral("subject.released"))
                released = m.body.contains(QStringLiteral("英语四级、英语四级口试"));
        }
        QVERIFY(released);
        QCOMPARE(registrations().registration(a).error().code, codes::noRegistration);
        QVERIFY(registrations().registration(b).ok());

        // The server's jobs did it, on the record: two subjects released, one registration deleted.
        QCOMPARE(auditRows(QStringLiteral("cet-central"), QStringLiteral("subject.release")), 2);
        QCOMPARE(auditRows(QStringLiteral("cet-central"), QStringLiteral("registration.delete")), 1);

        // The same run again, and an hour later: nothing more is due.
        QCOMPARE(runJobs(), (QList<int>{ 0, 0 }));
        m_now = t0.addSecs(25 * 3600);
        QCOMPARE(runJobs(), (QList<int>{ 0, 0 }));
    }

    void lockedForCollectivePaymentIsNotReleased()
    {
        // The school pays these together: its lock keeps them past the 24 hours.
        const QDateTime t0 = m_now;
        const QString a = bookedCandidate(QStringLiteral("a@example.com"), 0, QStringLiteral("1"));
        QVERIFY(m_svc->store().exec(QStringLiteral("UPDATE registration_subjects SET collective_lock = 1 WHERE "
                                                   "registration_id = (SELECT id FROM registrations WHERE passport_id = ?)"),
                                    { a }).ok());
        m_now = t0.addSecs(48 * 3600);
        QCOMPARE(runJobs(), (QList<int>{ 0, 0 }));
        QCOMPARE(codesOf(a), QStringList{ QStringLiteral("1") });
    }

    void pendingPaymentIsNotReleased()
    {
        const QDateTime t0 = m_now;
        const QString a = bookedCandidate(QStringLiteral("a@example.com"), 0, QStringLiteral("1"));
        QCOMPARE(payments().pay(a, QStringLiteral("1"), Outcome::AnswerLost).error().code, codes::answerLost);
        m_now = t0.addSecs(48 * 3600);
        QCOMPARE(runJobs(), (QList<int>{ 0, 0 }));
        QCOMPARE(codesOf(a), QStringList{ QStringLiteral("1") });
    }

    void registrationWithoutSubjectDeleted()
    {
        const QDateTime t0 = m_now;
        const QString a = boundCandidate(context(), QStringLiteral("a@example.com"), 0);
        const QString b = boundCandidate(context(), QStringLiteral("b@example.com"), 1);
        QVERIFY(!a.isEmpty() && !b.isEmpty());
        m_now = t0.addSecs(23 * 3600);
        QVERIFY(booking().book(b, QStringLiteral("1"), kDemoCampus).ok());
        QVERIFY(payments().pay(b, QStringLiteral("1"), Outcome::Success).ok());
        QCOMPARE(runJobs(), (QList<int>{ 0, 0 }));
        m_now = t0.addSecs(24 * 3600);
        QCOMPARE(runJobs(), (QList<int>{ 0, 1 }));
        QCOMPARE(registrations().registration(a).error().code, codes::noRegistration);
        QVERIFY(registrations().registration(b).ok());
        auto mails = outboxsql::forRecipient(m_svc->store(), QStringLiteral("a@example.com"));
        QVERIFY(mails.ok());
        QCOMPARE(mails.value().constLast().kind, QStringLiteral("registration.deleted"));
        QVERIFY(mails.value().constLast().body.contains(QStringLiteral("24小时")));
        // The student's record is free again: the same candidate may save it anew.
        QVERIFY(registrations()
                    .bind(a, registrationKey(0), true)
                    .ok());
    }

    void registrationHoursAreASessionSetting()
    {
        QVERIFY(timedrulessql::setUnbookedHours(m_svc->store(), 12).ok());
        const QDateTime t0 = m_now;
        const QString a = boundCandidate(context(), QStringLiteral("a@example.com"), 0);
        m_now = t0.addSecs(12 * 3600 - 60);
        QCOMPARE(runJobs(), (QList<int>{ 0, 0 }));
        m_now = t0.addSecs(12 * 3600);
        QCOMPARE(runJobs(), (QList<int>{ 0, 1 }));
        QCOMPARE(registrations().registration(a).error().code, codes::noRegistration);
    }

private:
    CandidateContext context() { return CandidateContext{ m_svc->store(), [this] { return m_now; } }; }
    SubjectBooking booking() { return SubjectBooking(context()); }
    SubjectPayment payments() { return SubjectPayment(context()); }
    RegistrationService registrations() { return RegistrationService(context()); }
    int taken(const QString &subject) { return offerAt(m_svc->store(), kDemoCampus, subject).taken; }

    QString bookedCandidate(const QString &email, int i, const QString &subject)
    {
        const QString id = boundCandidate(context(), email, i);
        if (id.isEmpty() || !booking().book(id, subject, kDemoCampus).ok())
            return {};
        return id;
    }
    StudentKey registrationKey(int i)
    {
        const StudentRecord s = demoStudent(kDemoSchool, i);
        return StudentKey{ QString::number(idTypeCode(s.idType)), s.idNumber, s.name };
    }
    QList<int> runJobs()
    {
        auto run = TimedJobs(context()).runDue();
        if (!run)
            return { -1, -1 };
        return { run.value().subjectsReleased, run.value().registrationsDeleted };
    }
    QStringList codesOf(const QString &passport)
    {
        QStringList out;
        for (const QJsonValue &v : registrations().registration(passport).value().value(QStringLiteral("subjects")).toArray())
            out << v.toObject().value(QStringLiteral("subject")).toString();
        return out;
    }
    QString stateOf(const QString &passport, const QString &subject)
    {
        for (const QJsonValue &v : registrations().registration(passport).value().value(QStringLiteral("subjects")).toArray()) {
            if (v.toObject().value(QStringLiteral("subject")).toString() == subject)
                return v.toObject().value(QStringLiteral("payment_state")).toString();
        }
        return {};
    }
    qint64 subjectIdOf(const QString &passport, const QString &subject)
    {
        auto reg = registrationsql::findByPassport(m_svc->store(), passport);
        if (!reg || !reg.value())
            return 0;
        auto s = bookingsql::findSubject(m_svc->store(), reg.value()->id, subject);
        return s && s.value() ? s.value()->id : 0;
    }
    QList<paymentsql::Payment> paymentsOf(const QString &passport, const QString &subject)
    {
        auto found = paymentsql::forSubject(m_svc->store(), subjectIdOf(passport, subject));
        return found ? found.value() : QList<paymentsql::Payment>();
    }
    // Audit rows of `action` by `actor` (-1: the query failed).
    int auditRows(const QString &actor, const QString &action)
    {
        auto n = m_svc->store().scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE actor = ? AND action = ?"),
                                       { actor, action });
        return n ? n.value().toInt() : -1;
    }
    int charges(const QString &passport, const QString &subject)
    {
        auto n = paymentsql::bankChargesFor(m_svc->store(), subjectIdOf(passport, subject));
        return n ? n.value() : -1;
    }

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<CentralService> m_svc;
    QDateTime m_now;
};

QTEST_GUILESS_MAIN(TstSubjectPayment)
#include "tst_subjectpayment.moc"
