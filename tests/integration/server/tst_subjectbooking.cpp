// Booking and cancelling subjects on SQLite and PostgreSQL: every refusal of a booking with its
// code and nothing changed, seats taken and given back with the subject, cancellation rules, the
// public capacity view and its colours, and candidates racing for a few seats on their own
// connections (exactly capacity booked, every other one told 名额已满).

#include "BookingSql.h"
#include "CandidateMessages.h"
#include "CandidateSetup.h"
#include "CentralFixture.h"
#include "Cet4ScoreImport.h"
#include "DemoRoster.h"
#include "DemoScores.h"
#include "IdDocument.h"
#include "InProcessCli.h"
#include "OpenOffer.h"
#include "PassportService.h"
#include "PublicCapacity.h"
#include "RegistrationService.h"
#include "RestrictionList.h"
#include "RestrictionSql.h"
#include "SubjectBooking.h"
#include "SubjectPayment.h"

#include <QJsonArray>
#include <QTest>

#include <mutex>
#include <thread>

using namespace cet;
using namespace cet::central;
using namespace cet::central::candidate;
using namespace cet::central::test;

namespace {
QStringList bookedCodes(const QJsonObject &registration)
{
    QStringList out;
    for (const QJsonValue &v : registration.value(QStringLiteral("subjects")).toArray())
        out << v.toObject().value(QStringLiteral("subject")).toString();
    return out;
}

// The codes of a qualification answer's subjects.
QStringList qualifiedCodes(const QJsonObject &qualification)
{
    QStringList out;
    for (const QJsonValue &v : qualification.value(QStringLiteral("subjects")).toArray())
        out << v.toObject().value(QStringLiteral("code")).toString();
    return out;
}

} // namespace

class TstSubjectBooking : public QObject
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
        QVERIFY(m_svc->seedDemo(40).ok()); // offers open from m_now - 1 day to m_now + 30 days
    }

    void cleanup()
    {
        m_svc.reset();
        m_db.reset();
    }

    void bookTakesASeatAndCancelGivesItBack()
    {
        const QString a = boundCandidate(context(), QStringLiteral("a@example.com"), 0);
        QVERIFY(!a.isEmpty());
        const int before = taken(QStringLiteral("1"));
        auto booked = booking().book(a, QStringLiteral("1"), kDemoCampus);
        QVERIFY2(booked.ok(), qPrintable(booked.ok() ? QString() : booked.error().code));
        QCOMPARE(bookedCodes(booked.value()), QStringList{ QStringLiteral("1") });
        const QJsonObject subject = booked.value().value(QStringLiteral("subjects")).toArray().at(0).toObject();
        QCOMPARE(subject.value(QStringLiteral("payment_state")).toString(), QStringLiteral("unpaid"));
        QCOMPARE(subject.value(QStringLiteral("campus")).toString(), kDemoCampus);
        QCOMPARE(taken(QStringLiteral("1")), before + 1);

        // The oral test now that its written subject is booked.
        QVERIFY(booking().book(a, QStringLiteral("F"), kDemoCampus).ok());
        QCOMPARE(taken(QStringLiteral("F")), 1);

        auto left = booking().cancel(a, QStringLiteral("F"));
        QVERIFY(left.ok());
        QCOMPARE(bookedCodes(left.value()), QStringList{ QStringLiteral("1") });
        QCOMPARE(taken(QStringLiteral("F")), 0);
        QCOMPARE(booking().cancel(a, QStringLiteral("F")).error().code, codes::notBooked);
        QCOMPARE(taken(QStringLiteral("F")), 0); // a second cancel gives nothing back
        // Booked again after cancelling.
        QVERIFY(booking().book(a, QStringLiteral("F"), kDemoCampus).ok());
        QCOMPARE(taken(QStringLiteral("F")), 1);

        // Every booking and cancel is attributable: one audit row each, the candidate's passport as actor.
        auto audited = m_svc->store().scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE actor = ? AND "
                                                            "action IN ('subject.book', 'subject.cancel')"),
                                             { a });
        QVERIFY(audited.ok());
        QCOMPARE(audited.value().toInt(), 4);
    }

    // A booking and a cancel answer with the registration as it is stored afterwards, subjects in
    // the same order and with the same fields as GET /candidate/registration shows them (the answer
    // is built from what the transaction read and wrote, not read again).
    void theAnswerIsTheStoredRegistration()
    {
        QVERIFY(review::importCet4Scores(m_svc->store(), review::demoCet4Scores(kDemoSchool, 10)).ok());
        const QString a = boundCandidate(context(), QStringLiteral("a@example.com"), 0); // CET6 qualified
        QVERIFY(!a.isEmpty());
        const auto stored = [&] {
            auto r = RegistrationService(context()).registration(a);
            return r.ok() ? r.value() : QJsonObject();
        };
        // CET6 first, then CET4, whose code sorts before it.
        auto cet6 = booking().book(a, QStringLiteral("2"), kDemoCampus);
        QVERIFY(cet6.ok());
        QCOMPARE(cet6.value(), stored());
        auto cet4 = booking().book(a, QStringLiteral("1"), kDemoCampus);
        QVERIFY(cet4.ok());
        QCOMPARE(cet4.value(), stored());
        QCOMPARE(bookedCodes(cet4.value()), (QStringList{ QStringLiteral("1"), QStringLiteral("2") }));
        auto cancelled = booking().cancel(a, QStringLiteral("1"));
        QVERIFY(cancelled.ok());
        QCOMPARE(cancelled.value(), stored());
        QCOMPARE(bookedCodes(cancelled.value()), QStringList{ QStringLiteral("2") });
    }

    void cet4ScoreQualifiesForCet6()
    {
        // A passed CET4 written result (≥ 425, 2005 or later) under the candidate's ID number
        // qualifies for CET6 without a review; a result too low does not.
        QVERIFY(review::importCet4Scores(m_svc->store(), review::demoCet4Scores(kDemoSchool, 10)).ok());
        const QString passed = boundCandidate(context(), QStringLiteral("a@example.com"), 0);
        const QString low = boundCandidate(context(), QStringLiteral("b@example.com"), 4);
        QVERIFY(booking().book(passed, QStringLiteral("2"), kDemoCampus).ok());
        QVERIFY(booking().book(passed, QStringLiteral("S"), kDemoCampus).ok());
        QCOMPARE(booking().book(low, QStringLiteral("2"), kDemoCampus).error().code, codes::notQualified);
        QVERIFY(booking().book(low, QStringLiteral("1"), kDemoCampus).ok());
    }

    void restrictionListBarsSubjects()
    {
        // The province's restriction list (限制报考名单) takes qualifications away: a barred subject
        // is missing from the qualification and refused at booking, and so is its oral test. Others
        // on the campus are not touched; taking the entry off gives the subject back.
        QVERIFY(review::importCet4Scores(m_svc->store(), review::demoCet4Scores(kDemoSchool, 10)).ok());
        const StudentRecord s0 = demoStudent(kDemoSchool, 0);
        const candidate::StudentKey key{ QString::number(idTypeCode(s0.idType)), s0.idNumber, s0.name };
        const QString a = boundCandidate(context(), QStringLiteral("a@example.com"), 0);
        const QString b = boundCandidate(context(), QStringLiteral("b@example.com"), 1);
        QVERIFY(!a.isEmpty() && !b.isEmpty());
        auto before = registrations().qualification(a, key);
        QVERIFY(before.ok());
        QVERIFY(qualifiedCodes(before.value()).contains(QStringLiteral("2"))); // passed CET4: qualified for CET6

        // Through the command an administrator uses; its answer masks the ID number.
        QString said;
        QCOMPARE(runCentralCommand({ QStringLiteral("restrictions"), QStringLiteral("add"), QStringLiteral("--db"), m_db->url(),
                          QStringLiteral("--id-type"), QString::number(idTypeCode(s0.idType)),
                          QStringLiteral("--id-number"), s0.idNumber.toLower(), QStringLiteral("--subjects"),
                          QStringLiteral("2"), QStringLiteral("--reason"), QStringLiteral("考试违规") },
                        &said),
                 0);
        QVERIFY2(!said.contains(s0.idNumber), qPrintable(said));
        QCOMPARE(runCentralCommand({ QStringLiteral("restrictions"), QStringLiteral("add"), QStringLiteral("--db"), m_db->url(),
                          QStringLiteral("--id-type"), QStringLiteral("1"), QStringLiteral("--id-number"),
                          s0.idNumber, QStringLiteral("--subjects"), QStringLiteral("X"), QStringLiteral("--reason"),
                          QStringLiteral("typo") }),
                 2); // an unknown subject code changes nothing
        auto after = registrations().qualification(a, key);
        QVERIFY(after.ok());
        const QStringList left = qualifiedCodes(after.value());
        QVERIFY(!left.contains(QStringLiteral("2")) && !left.contains(QStringLiteral("S")));
        QVERIFY(left.contains(QStringLiteral("1")) && left.contains(QStringLiteral("F")));
        QCOMPARE(booking().book(a, QStringLiteral("2"), kDemoCampus).error().code, codes::restricted);
        QCOMPARE(taken(QStringLiteral("2")), 0);
        QVERIFY(booking().book(a, QStringLiteral("1"), kDemoCampus).ok()); // level 4 is not barred
        QVERIFY(booking().book(b, QStringLiteral("2"), kDemoCampus).ok()); // another candidate is not

        // Every subject: the oral test of level 4 goes too.
        // The command names the booking the entry now bars (level 4, booked above).
        QCOMPARE(runCentralCommand({ QStringLiteral("restrictions"), QStringLiteral("add"), QStringLiteral("--db"),
                                     m_db->url(), QStringLiteral("--id-type"), QString::number(idTypeCode(s0.idType)),
                                     QStringLiteral("--id-number"), s0.idNumber, QStringLiteral("--subjects"),
                                     QStringLiteral("*"), QStringLiteral("--reason"), QStringLiteral("整体限制") },
                                   &said),
                 0);
        QVERIFY2(said.contains(QStringLiteral("already booked, now barred: 1 at campus ") + kDemoCampus), qPrintable(said));
        RestrictionList list(context());
        auto barredBookings = list.barredBookings(idTypeCode(s0.idType), s0.idNumber);
        QVERIFY(barredBookings.ok());
        QCOMPARE(barredBookings.value().size(), 1);
        QCOMPARE(barredBookings.value().at(0).subject, QStringLiteral("1"));
        QCOMPARE(booking().book(a, QStringLiteral("F"), kDemoCampus).error().code, codes::restricted);
        QVERIFY(qualifiedCodes(registrations().qualification(a, key).value()).isEmpty());

        // A booking already paid is named too, and stays booked: a refund is outside cet-central.
        const StudentRecord s1 = demoStudent(kDemoSchool, 1);
        QVERIFY(payments().pay(b, QStringLiteral("2"), SubjectPayment::BankOutcome::Success).ok());
        QCOMPARE(runCentralCommand({ QStringLiteral("restrictions"), QStringLiteral("add"), QStringLiteral("--db"),
                                     m_db->url(), QStringLiteral("--id-type"), QString::number(idTypeCode(s1.idType)),
                                     QStringLiteral("--id-number"), s1.idNumber, QStringLiteral("--subjects"),
                                     QStringLiteral("2"), QStringLiteral("--reason"), QStringLiteral("违纪") },
                                   &said),
                 0);
        QVERIFY2(said.contains(QStringLiteral("already booked and paid, now barred: 2 at campus ") + kDemoCampus),
                 qPrintable(said));
        QCOMPARE(taken(QStringLiteral("2")), 1);
        QVERIFY(list.remove(idTypeCode(s1.idType), s1.idNumber, QStringLiteral("核实有误"), QStringLiteral("admin-test"))
                    .ok());

        // Off the list: qualified again. Each change left an audit row with its reason, and a change
        // without a reason is refused.
        QCOMPARE(list.remove(idTypeCode(s0.idType), s0.idNumber, QStringLiteral(" "), QStringLiteral("admin-test"))
                     .error()
                     .code,
                 QStringLiteral("restriction.reason"));
        QCOMPARE(booking().book(a, QStringLiteral("F"), kDemoCampus).error().code, codes::restricted);
        QVERIFY(list.remove(idTypeCode(s0.idType), s0.idNumber, QStringLiteral("申诉成功"), QStringLiteral("admin-test")).ok());
        QCOMPARE(list.remove(idTypeCode(s0.idType), s0.idNumber, QStringLiteral("again"), QStringLiteral("admin-test"))
                     .error()
                     .code,
                 QStringLiteral("restriction.not_found"));
        QVERIFY(booking().book(a, QStringLiteral("2"), kDemoCampus).ok());
        auto audited = m_svc->store().scalar(
            QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'restriction' AND action IN "
                           "('restriction.add', 'restriction.remove') AND reason IN ('考试违规', '整体限制', '申诉成功')"));
        QVERIFY(audited.ok());
        QCOMPARE(audited.value().toInt(), 3);
        QString listed;
        QCOMPARE(runCentralCommand({ QStringLiteral("restrictions"), QStringLiteral("list"), QStringLiteral("--db"), m_db->url() },
                        &listed),
                 0);
        QVERIFY2(listed.contains(QStringLiteral("0 entr")), qPrintable(listed));
    }

    void unreadableRestrictionBarsEverything()
    {
        // An entry whose stored subjects no longer parse (written by an older or broken tool) is
        // read as "every subject", never as "no restriction": at booking, and at payment for a
        // subject booked before the entry came.
        const StudentRecord s0 = demoStudent(kDemoSchool, 0);
        const QString a = boundCandidate(context(), QStringLiteral("a@example.com"), 0);
        QVERIFY(!a.isEmpty());
        QVERIFY(booking().book(a, QStringLiteral("1"), kDemoCampus).ok());
        restrictionsql::RestrictionRow entry;
        entry.idType = idTypeCode(s0.idType);
        entry.idNumber = s0.idNumber;
        entry.subjects = QStringLiteral("1;F?");
        entry.reason = QStringLiteral("test");
        entry.addedBy = QStringLiteral("admin-test");
        entry.addedAt = m_now;
        QVERIFY(restrictionsql::put(m_svc->store(), entry).ok());
        QCOMPARE(booking().book(a, QStringLiteral("F"), kDemoCampus).error().code, codes::restricted);
        QCOMPARE(payments().pay(a, QStringLiteral("1"), SubjectPayment::BankOutcome::Success).error().code,
                 codes::restricted);
        QCOMPARE(taken(QStringLiteral("F")), 0);
        // Another candidate is not touched.
        const QString b = boundCandidate(context(), QStringLiteral("b@example.com"), 1);
        QVERIFY(booking().book(b, QStringLiteral("1"), kDemoCampus).ok());
    }

    void oralAfterPaymentIsASessionSetting()
    {
        // The seeds book the written and the oral test and pay them together: booked is enough.
        const QString a = boundCandidate(context(), QStringLiteral("a@example.com"), 0);
        const QString b = boundCandidate(context(), QStringLiteral("b@example.com"), 1);
        QVERIFY(!a.isEmpty() && !b.isEmpty());
        QVERIFY(booking().book(a, QStringLiteral("1"), kDemoCampus).ok());
        QVERIFY(booking().book(a, QStringLiteral("F"), kDemoCampus).ok());

        // A province that wants the written subject paid first, set as the administrator does.
        QString said;
        QCOMPARE(runCentralCommand({ QStringLiteral("session-rules"), QStringLiteral("--db"), m_db->url(),
                          QStringLiteral("--oral-needs-written-paid"), QStringLiteral("yes") },
                        &said),
                 0);
        QVERIFY2(said.contains(QStringLiteral("paid")), qPrintable(said));
        QCOMPARE(runCentralCommand({ QStringLiteral("session-rules"), QStringLiteral("--db"), m_db->url(),
                          QStringLiteral("--oral-needs-written-paid"), QStringLiteral("maybe") }),
                 1);
        QVERIFY(booking().book(b, QStringLiteral("1"), kDemoCampus).ok());
        const int oralSeats = taken(QStringLiteral("F"));
        QCOMPARE(booking().book(b, QStringLiteral("F"), kDemoCampus).error().code, codes::oralNeedsWrittenPaid);
        QCOMPARE(taken(QStringLiteral("F")), oralSeats);
        QVERIFY(payments().pay(b, QStringLiteral("1"), SubjectPayment::BankOutcome::Success).ok());
        QVERIFY(booking().book(b, QStringLiteral("F"), kDemoCampus).ok());
        // Without any written subject the older refusal still speaks.
        const QString c = boundCandidate(context(), QStringLiteral("c@example.com"), 2);
        QCOMPARE(booking().book(c, QStringLiteral("F"), kDemoCampus).error().code, codes::oralNeedsWritten);
    }

    void eachSubjectHasItsOwnWindow()
    {
        // Some oral campuses open later than the written tests.
        offersql::OfferRow oral = offerAt(m_svc->store(), kDemoCampus, QStringLiteral("F"));
        oral.windowStart = m_now.addDays(2);
        QVERIFY(offersql::put(m_svc->store(), oral).ok());
        const QString a = boundCandidate(context(), QStringLiteral("a@example.com"), 0);
        QVERIFY(booking().book(a, QStringLiteral("1"), kDemoCampus).ok());
        QCOMPARE(booking().book(a, QStringLiteral("F"), kDemoCampus).error().code, codes::notOpen);
        m_now = m_now.addDays(2);
        QVERIFY(booking().book(a, QStringLiteral("F"), kDemoCampus).ok());
    }

    void refusals()
    {
        const QString a = boundCandidate(context(), QStringLiteral("a@example.com"), 0);
        const QString b = boundCandidate(context(), QStringLiteral("b@example.com"), 1);
        QVERIFY(!a.isEmpty() && !b.isEmpty());
        auto unbound = passportWithoutRegistration();

        QCOMPARE(booking().book(unbound, QStringLiteral("1"), kDemoCampus).error().code, codes::noRegistration);
        QCOMPARE(booking().book(a, QStringLiteral("Z"), kDemoCampus).error().code, codes::unknownSubject);
        QCOMPARE(booking().book(a, QStringLiteral("9"), kDemoCampus).error().code, codes::notOffered); // 法语四级
        QCOMPARE(booking().book(a, QStringLiteral("1"), QStringLiteral("999999")).error().code, codes::notOffered);
        // CET6 needs the CET6 qualification, which nobody has here yet; so does its oral test.
        QCOMPARE(booking().book(a, QStringLiteral("2"), kDemoCampus).error().code, codes::notQualified);
        QCOMPARE(booking().book(a, QStringLiteral("S"), kDemoCampus).error().code, codes::notQualified);
        // An oral subject alone.
        QCOMPARE(booking().book(a, QStringLiteral("F"), kDemoCampus).error().code, codes::oralNeedsWritten);

        QVERIFY(booking().book(a, QStringLiteral("1"), kDemoCampus).ok());
        QCOMPARE(booking().book(a, QStringLiteral("1"), kDemoCampus).error().code, codes::alreadyBooked);
        // 英语四级 with 日语四级: the same half-day.
        const auto clash = booking().book(a, QStringLiteral("3"), kDemoCampus);
        QCOMPARE(clash.error().code, codes::sameLevel);
        QCOMPARE(message(clash.error(), Language::Chinese), QStringLiteral("英语和小语种笔试同级别科目只能报考1科"));

        // A full campus.
        QVERIFY(setCapacity(m_svc->store(), kDemoCampus, QStringLiteral("3"), 1));
        QVERIFY(booking().book(b, QStringLiteral("3"), kDemoCampus).ok());
        const QString c = boundCandidate(context(), QStringLiteral("c@example.com"), 2);
        const auto full = booking().book(c, QStringLiteral("3"), kDemoCampus);
        QCOMPARE(full.error().code, codes::full);
        QCOMPARE(message(full.error(), Language::Chinese), QStringLiteral("名额已满"));

        // Outside the subject's window.
        const QDateTime opened = m_now;
        m_now = opened.addDays(-8);
        QCOMPARE(booking().book(c, QStringLiteral("1"), kDemoCampus).error().code, codes::notOpen);
        m_now = opened.addDays(31);
        QCOMPARE(booking().book(c, QStringLiteral("1"), kDemoCampus).error().code, codes::closed);
        m_now = opened;

        // Nothing of the refused ones was stored or counted.
        QCOMPARE(bookedCodes(registrations().registration(a).value()), QStringList{ QStringLiteral("1") });
        QVERIFY(bookedCodes(registrations().registration(c).value()).isEmpty());
        QCOMPARE(taken(QStringLiteral("1")), 1);
        QCOMPARE(taken(QStringLiteral("2")), 0);
        QCOMPARE(taken(QStringLiteral("3")), 1);
        QCOMPARE(taken(QStringLiteral("F")), 0);
    }

    void oralAtAnotherSchoolsCampus()
    {
        // School B's oral test centre takes candidates of other schools for CET4 oral; its written
        // test and its other campus do not.
        const QString schoolB = QStringLiteral("10002");
        QVERIFY(m_svc->createCampus(schoolB, QStringLiteral("100029"), QStringLiteral("口试中心")).ok());
        for (const auto &[subject, open] : { std::pair{ QStringLiteral("F"), true }, std::pair{ QStringLiteral("1"), true },
                                             std::pair{ QStringLiteral("S"), false } }) {
            offersql::OfferRow o = openOffer(schoolB, QStringLiteral("100029"), subject, 2, 5000, m_now);
            o.openToOtherSchools = open;
            QVERIFY(offersql::put(m_svc->store(), o).ok());
        }
        const QString a = boundCandidate(context(), QStringLiteral("a@example.com"), 0);
        QVERIFY(booking().book(a, QStringLiteral("1"), kDemoCampus).ok());
        QCOMPARE(booking().book(a, QStringLiteral("1"), QStringLiteral("100029"), schoolB).error().code,
                 codes::notOpenToOthers); // written tests at home only
        QCOMPARE(booking().book(a, QStringLiteral("F"), QStringLiteral("100029")).error().code, codes::notOffered);
        auto booked = booking().book(a, QStringLiteral("F"), QStringLiteral("100029"), schoolB);
        QVERIFY2(booked.ok(), qPrintable(booked.ok() ? QString() : booked.error().code));
        QCOMPARE(offerAt(m_svc->store(), QStringLiteral("100029"), QStringLiteral("F"), schoolB).taken, 1);
        QCOMPARE(taken(QStringLiteral("F")), 0); // the home campus's oral seats are untouched
        // Cancelled against school B's offer, whose seat comes back.
        QVERIFY(booking().cancel(a, QStringLiteral("F")).ok());
        QCOMPARE(offerAt(m_svc->store(), QStringLiteral("100029"), QStringLiteral("F"), schoolB).taken, 0);
    }

    void cancelRules()
    {
        const QString a = boundCandidate(context(), QStringLiteral("a@example.com"), 0);
        QVERIFY(!a.isEmpty());
        QVERIFY(booking().book(a, QStringLiteral("1"), kDemoCampus).ok());
        QVERIFY(booking().book(a, QStringLiteral("F"), kDemoCampus).ok());

        // Paid: never cancelled.
        QVERIFY(payments().pay(a, QStringLiteral("1"), SubjectPayment::BankOutcome::Success).ok());
        QCOMPARE(booking().cancel(a, QStringLiteral("1")).error().code, codes::paidSubject);

        // A payment awaiting the bank's answer: not cancelled either (the bank may have charged).
        QCOMPARE(payments().pay(a, QStringLiteral("F"), SubjectPayment::BankOutcome::AnswerLost).error().code,
                 codes::answerLost);
        QCOMPARE(booking().cancel(a, QStringLiteral("F")).error().code, codes::paymentPending);
        QVERIFY(payments().refresh(a).ok());

        // Locked by the school for a collective payment.
        const QString b = boundCandidate(context(), QStringLiteral("b@example.com"), 1);
        QVERIFY(booking().book(b, QStringLiteral("1"), kDemoCampus).ok());
        QVERIFY(m_svc->store().exec(QStringLiteral("UPDATE registration_subjects SET collective_lock = 1 WHERE "
                                                   "registration_id = (SELECT id FROM registrations WHERE passport_id = ?)"),
                                    { b }).ok());
        QCOMPARE(booking().cancel(b, QStringLiteral("1")).error().code, codes::collectiveLock);

        // An oral subject alone is refused: the written subject goes only after its oral test.
        const QString d = boundCandidate(context(), QStringLiteral("d@example.com"), 3);
        QVERIFY(booking().book(d, QStringLiteral("1"), kDemoCampus).ok());
        QVERIFY(booking().book(d, QStringLiteral("F"), kDemoCampus).ok());
        QCOMPARE(booking().cancel(d, QStringLiteral("1")).error().code, codes::writtenHasOral);
        QVERIFY(booking().cancel(d, QStringLiteral("F")).ok());
        QVERIFY(booking().cancel(d, QStringLiteral("1")).ok());

        // After the window nothing is cancelled.
        const QString c = boundCandidate(context(), QStringLiteral("c@example.com"), 2);
        QVERIFY(booking().book(c, QStringLiteral("3"), kDemoCampus).ok());
        m_now = m_now.addDays(31);
        QCOMPARE(booking().cancel(c, QStringLiteral("3")).error().code, codes::closed);
        QCOMPARE(taken(QStringLiteral("1")), 2);
        QCOMPARE(taken(QStringLiteral("3")), 1);
    }

    void capacityColours()
    {
        QCOMPARE(capacityColour(4, 4), QStringLiteral("green"));
        QCOMPARE(capacityColour(4, 3), QStringLiteral("green"));
        QCOMPARE(capacityColour(4, 2), QStringLiteral("yellow")); // half is yellow
        QCOMPARE(capacityColour(5, 3), QStringLiteral("green"));
        QCOMPARE(capacityColour(5, 2), QStringLiteral("yellow"));
        QCOMPARE(capacityColour(4, 1), QStringLiteral("yellow"));
        QCOMPARE(capacityColour(4, 0), QStringLiteral("red"));
        QCOMPARE(capacityColour(0, 0), QStringLiteral("red"));
    }

    void publicCapacityFollowsBookings()
    {
        QVERIFY(setCapacity(m_svc->store(), kDemoCampus, QStringLiteral("3"), 4));
        QCOMPARE(shownFor(QStringLiteral("3")), (QStringList{ QStringLiteral("4"), QStringLiteral("green") }));
        for (int i = 0; i < 4; ++i) {
            const QString p = boundCandidate(context(), QStringLiteral("cap%1@example.com").arg(i), i);
            QVERIFY(booking().book(p, QStringLiteral("3"), kDemoCampus).ok());
            const QStringList want[] = { { QStringLiteral("3"), QStringLiteral("green") },
                                         { QStringLiteral("2"), QStringLiteral("yellow") },
                                         { QStringLiteral("1"), QStringLiteral("yellow") },
                                         { QStringLiteral("无"), QStringLiteral("red") } };
            QCOMPARE(shownFor(QStringLiteral("3")), want[i]);
        }
        // The other campus is untouched; the session by name works as well as by id.
        auto view = publicCapacity(context(), QStringLiteral("2026年CET考次"), kDemoSchool);
        QVERIFY(view.ok());
        const QJsonArray campuses = view.value().value(QStringLiteral("campuses")).toArray();
        QCOMPARE(campuses.size(), 2);
        QCOMPARE(campuses.at(1).toObject().value(QStringLiteral("code")).toString(), QStringLiteral("100012"));

        QCOMPARE(publicCapacity(context(), QStringLiteral("99"), kDemoSchool).error().code, codes::unknownSession);
        QCOMPARE(publicCapacity(context(), QStringLiteral("1"), QStringLiteral("77777")).error().code, codes::unknownSchool);
    }

    // Candidates on their own connections racing for the last seats: exactly capacity booked,
    // every other one refused as full, taken never above capacity.
    void racingForFewSeats()
    {
        constexpr int kRacers = 24;
        constexpr int kSeats = 5;
        QStringList ids;
        for (int i = 0; i < kRacers; ++i) {
            ids << boundCandidate(context(), QStringLiteral("race%1@example.com").arg(i), i);
            QVERIFY(!ids.constLast().isEmpty());
        }
        QVERIFY(setCapacity(m_svc->store(), kDemoCampus, QStringLiteral("3"), kSeats));
        const QString url = m_db->url();
        const QDateTime at = m_now;
        std::mutex mutex;
        QStringList outcomes;
        std::vector<std::thread> threads;
        for (int i = 0; i < kRacers; ++i) {
            threads.emplace_back([&, i] {
                QString outcome;
                auto svc = CentralService::open(url);
                if (!svc) {
                    outcome = svc.error().code;
                } else {
                    SubjectBooking service(CandidateContext{ svc.value()->store(), [at] { return at; } });
                    auto booked = service.book(ids.at(i), QStringLiteral("3"), kDemoCampus);
                    outcome = booked.ok() ? QStringLiteral("booked") : booked.error().code;
                }
                std::lock_guard<std::mutex> lock(mutex);
                outcomes << outcome;
            });
        }
        for (auto &t : threads)
            t.join();
        QCOMPARE(outcomes.count(QStringLiteral("booked")), kSeats);
        QCOMPARE(outcomes.count(codes::full), kRacers - kSeats);
        QCOMPARE(taken(QStringLiteral("3")), kSeats);
        int live = 0;
        for (const QString &id : ids)
            live += int(bookedCodes(registrations().registration(id).value()).size());
        QCOMPARE(live, kSeats);
    }

private:
    CandidateContext context() { return CandidateContext{ m_svc->store(), [this] { return m_now; } }; }
    SubjectBooking booking() { return SubjectBooking(context()); }
    SubjectPayment payments() { return SubjectPayment(context()); }
    RegistrationService registrations() { return RegistrationService(context()); }
    int taken(const QString &subject) { return offerAt(m_svc->store(), kDemoCampus, subject).taken; }
    QString passportWithoutRegistration()
    {
        auto id = PassportService(context()).registerPassport(QStringLiteral("none@example.com"),
                                                              QStringLiteral("secret-pass-1"), {});
        return id.ok() ? id.value() : QString();
    }
    // "shown" and "colour" of the subject at the demo campus in the public view.
    QStringList shownFor(const QString &subject)
    {
        auto view = publicCapacity(context(), QStringLiteral("1"), kDemoSchool);
        if (!view)
            return { view.error().code };
        for (const QJsonValue &c : view.value().value(QStringLiteral("campuses")).toArray()) {
            if (c.toObject().value(QStringLiteral("code")).toString() != kDemoCampus)
                continue;
            for (const QJsonValue &s : c.toObject().value(QStringLiteral("subjects")).toArray()) {
                const QJsonObject o = s.toObject();
                if (o.value(QStringLiteral("subject")).toString() == subject)
                    return { o.value(QStringLiteral("shown")).toString(), o.value(QStringLiteral("colour")).toString() };
            }
        }
        return {};
    }

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<CentralService> m_svc;
    QDateTime m_now;
};

QTEST_GUILESS_MAIN(TstSubjectBooking)
#include "tst_subjectbooking.moc"
