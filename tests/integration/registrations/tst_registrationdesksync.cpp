// What a coordinator sees of the candidate site on the desk: the roster arrives with its first
// sync, nobody registered; candidates then register (bind a passport to their record), book and
// pay through the candidate API, and the desk's next sync brings each student's state, which the
// Students page's filter and tally read. The next sync asks only for what changed since; when
// nothing changed it does not ask at all (the pull's activity stamps say so), and a payment makes
// it ask for both the states and the seats again. When the server's timed jobs delete a
// registration left without subjects (run with a clock a day ahead), the desk sees that student
// unregistered again.
// On PostgreSQL when CETDESK_TEST_PG_URL is set, else on SQLite.

#include "TestApiClient.h"
#include "CentralProcess.h"
#include "SignedInDesk.h"
#include "CentralService.h"
#include "DemoRoster.h"
#include "IdDocument.h"
#include "OfferRepository.h"
#include "RegistrationRepository.h"
#include "StudentRepository.h"
#include "SyncEngine.h"
#include "Wire.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace cet;
using namespace cet::test;

namespace {
const QString kSchool = QStringLiteral("10001");
const QString kCampus = QStringLiteral("100011");
const QString kPw = QStringLiteral("candidate-pass-1");
constexpr int kRoster = 40;
} // namespace

class TstRegistrationDeskSync : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase() { m_server.kill(); }
    void nobodyRegisteredAfterTheFirstSync();
    void candidatesRegisterBookAndPay();
    void aQuietSyncChangesNothing();
    void deletedRegistrationsShowUnregistered();
    void anotherSchoolFetchesEverything();

private:
    SyncSummary syncOk();
    QString boundToken(int i);
    RegistrationState stateOf(int i);
    int paidSeats(const QString &subject); // at kCampus, as the desk last fetched them
    // cetdesk-cli on the desk's database: exit code and standard output.
    std::pair<int, QString> cli(const QStringList &args);

    QTemporaryDir m_dir;
    TestDatabase m_db;
    CentralProcess m_server;
    std::unique_ptr<ApiClient> m_api;
    std::unique_ptr<CandidateClient> m_candidates;
    std::unique_ptr<Database> m_desk;
    std::unique_ptr<SyncEngine> m_engine;
};

void TstRegistrationDeskSync::initTestCase()
{
    qputenv("CETDESK_NO_KEYCHAIN", "1");
    central::CentralService::setFastPasswordHashing(true);
    QVERIFY(m_dir.isValid());
    QString error;
    QVERIFY2(m_db.create(m_dir.path(), &error), qPrintable(error));
    {
        auto svc = central::CentralService::open(m_db.url());
        QVERIFY(svc.ok());
        QVERIFY(svc.value()->migrate().ok());
        QVERIFY(svc.value()->seedDemo(kRoster).ok());
        QVERIFY(svc.value()->publishSeededConfiguration(kSchool).ok()); // the desk holds the offers
    }
    QVERIFY2(m_server.start({ QStringLiteral("serve"), QStringLiteral("--db"), m_db.url(), QStringLiteral("--listen"),
                              QStringLiteral("127.0.0.1:0"), QStringLiteral("--threads"), QStringLiteral("3"),
                              // No lag, so that a change the server fails to stamp is missed here.
                              QStringLiteral("--test-cursor-lag"), QStringLiteral("0") }),
             qPrintable(m_server.output()));
    m_api = std::make_unique<ApiClient>(m_server.baseUrl());
    m_candidates = std::make_unique<CandidateClient>(*m_api);
    auto opened = Database::open(m_dir.filePath(QStringLiteral("desk.sqlite")));
    QVERIFY(opened);
    m_desk = std::move(opened.value());
    m_engine = signedInDesk(*m_desk, m_server.baseUrl(), QStringLiteral("coord1"));
    QVERIFY(m_engine);
}

SyncSummary TstRegistrationDeskSync::syncOk()
{
    auto r = m_engine->sync();
    if (!r)
        qWarning("sync failed: %s %s", qPrintable(r.error().code), qPrintable(r.error().message));
    SyncSummary failed;
    failed.registrationsChanged = -1;
    return r ? r.value() : failed;
}

QString TstRegistrationDeskSync::boundToken(int i)
{
    const QString email = QStringLiteral("reg%1@example.com").arg(i);
    const ApiResponse r = m_candidates->registerPassport(email, kPw);
    if (r.status != 201)
        qWarning().noquote() << "register" << email << r.describe();
    const QString token = m_candidates->signIn(email, kPw);
    const StudentRecord s = central::demoStudent(kSchool, i);
    const ApiResponse bound = m_candidates->bind(token, idTypeCode(s.idType), s.idNumber, s.name);
    if (bound.status != 200)
        qWarning().noquote() << "bind" << i << bound.describe();
    return token;
}

RegistrationState TstRegistrationDeskSync::stateOf(int i)
{
    const StudentRecord demo = central::demoStudent(kSchool, i);
    const StudentRepository students(*m_desk);
    const auto record = students.byIdentity(demo.idType, demo.idNumber);
    if (!record || !record.value()) {
        qWarning("student %d is not on the desk", i);
        return RegistrationState::Unregistered;
    }
    const auto states = students.registrationsOf({ *record.value() });
    if (!states)
        return RegistrationState::Unregistered;
    const auto it = states.value().constFind(record.value()->id);
    return it == states.value().constEnd() ? RegistrationState::Unregistered : it->state;
}

int TstRegistrationDeskSync::paidSeats(const QString &subject)
{
    const QList<Offer> offers = OfferRepository(*m_desk).offers().value();
    for (const Offer &o : offers) {
        if (o.settings.campusCode == kCampus && o.settings.subject == subject)
            return o.paid;
    }
    return -1;
}

std::pair<int, QString> TstRegistrationDeskSync::cli(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(CETDESK_CLI_PATH), QStringList(args) << QStringLiteral("--db") << m_desk->path());
    if (!p.waitForFinished(60000))
        return { -1, {} };
    return { p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()).trimmed() };
}

void TstRegistrationDeskSync::nobodyRegisteredAfterTheFirstSync()
{
    const SyncSummary first = syncOk();
    QVERIFY(first.digestMatches);
    QCOMPARE(first.registrationsChanged, 0);
    const StudentRepository students(*m_desk);
    QVERIFY(students.registrationsFetchedAt().value().isValid()); // fetched, so "unregistered" is known
    const RegistrationTally t = students.registrationTally().value();
    QCOMPARE(t.students, qint64(kRoster));
    QCOMPARE(t.unregistered, qint64(kRoster));
    QCOMPARE(t.registered(), qint64(0));
}

void TstRegistrationDeskSync::candidatesRegisterBookAndPay()
{
    boundToken(0); // registered, nothing booked
    const QString booked = boundToken(1);
    QCOMPARE(m_candidates->bookSubject(booked, QStringLiteral("1"), kCampus).status, 201);
    const QString paid = boundToken(2);
    QCOMPARE(m_candidates->bookSubject(paid, QStringLiteral("1"), kCampus).status, 201);
    const QString partly = boundToken(3); // one subject paid, the oral one not yet
    QCOMPARE(m_candidates->bookSubject(partly, QStringLiteral("1"), kCampus).status, 201);
    QCOMPARE(m_candidates->bookSubject(partly, QStringLiteral("F"), kCampus).status, 201);
    QCOMPARE(syncOk().registrationsChanged, 4);
    QCOMPARE(stateOf(2), RegistrationState::Booked);

    // Paying changes no registration row, only a subject's: the desk must still learn of it.
    QCOMPARE(m_candidates->paySubject(paid, QStringLiteral("1")).status, 200);
    QCOMPARE(m_candidates->paySubject(partly, QStringLiteral("1")).status, 200);
    const SyncSummary s = syncOk();
    QCOMPARE(s.registrationsChanged, 2);
    QCOMPARE(stateOf(0), RegistrationState::Bound);
    QCOMPARE(stateOf(1), RegistrationState::Booked);
    QCOMPARE(stateOf(2), RegistrationState::Paid);
    QCOMPARE(stateOf(3), RegistrationState::Booked);
    QCOMPARE(stateOf(4), RegistrationState::Unregistered);

    const StudentRepository students(*m_desk);
    const StudentRecord partlyRecord = students
                                           .byIdentity(central::demoStudent(kSchool, 3).idType,
                                                       central::demoStudent(kSchool, 3).idNumber)
                                           .value()
                                           .value();
    const StudentRegistration detail = students.registrationsOf({ partlyRecord }).value().value(partlyRecord.id);
    QCOMPARE(detail.subjects.size(), 2);
    QCOMPARE(detail.subjects.at(0).subject, QStringLiteral("1"));
    QVERIFY(detail.subjects.at(0).paid);
    QCOMPARE(detail.subjects.at(1).subject, QStringLiteral("F"));
    QVERIFY(!detail.subjects.at(1).paid);
    QCOMPARE(detail.subjects.at(1).campusCode, kCampus);

    const RegistrationTally t = students.registrationTally().value();
    QCOMPARE(t.bound, qint64(1));
    QCOMPARE(t.booked, qint64(2));
    QCOMPARE(t.paid, qint64(1));
    QCOMPARE(t.unregistered, qint64(kRoster - 4));

    // The Students page's filter: the coordinator's list of who has not registered yet.
    StudentFilter notYet;
    notYet.registration = RegistrationState::Unregistered;
    QCOMPARE(students.count(notYet).value(), qint64(kRoster - 4));
    StudentFilter unpaid;
    unpaid.registration = RegistrationState::Booked;
    QCOMPARE(students.count(unpaid).value(), qint64(2));
    const QList<StudentRecord> shown = students.fetch(StudentQuery{ unpaid, StudentField::Name, false }, 0, 10).value();
    QCOMPARE(shown.size(), 2);
    for (const StudentRecord &r : shown)
        QVERIFY(r.idNumber == central::demoStudent(kSchool, 1).idNumber
                || r.idNumber == central::demoStudent(kSchool, 3).idNumber);
    // With another filter as well (the search drives the plan, the state is checked per row).
    unpaid.search = central::demoStudent(kSchool, 1).idNumber.left(17);
    QCOMPARE(students.count(unpaid).value(), qint64(1));

    // The same lists on the command line.
    QCOMPARE(cli({ QStringLiteral("count"), QStringLiteral("--registration"), QStringLiteral("unregistered") }),
             std::make_pair(0, QString::number(kRoster - 4)));
    QCOMPARE(cli({ QStringLiteral("count"), QStringLiteral("--registration"), QStringLiteral("booked") }),
             std::make_pair(0, QStringLiteral("2")));
    QCOMPARE(cli({ QStringLiteral("count"), QStringLiteral("--registration"), QStringLiteral("maybe") }).first, 1);
    const QString file = m_dir.filePath(QStringLiteral("not-registered.csv"));
    QCOMPARE(cli({ QStringLiteral("export"), file, QStringLiteral("--registration"), QStringLiteral("unregistered") })
                 .first,
             0);
    QFile exported(file);
    QVERIFY(exported.open(QIODevice::ReadOnly));
    QCOMPARE(exported.readAll().count("\r\n"), kRoster - 4 + 1); // the header and one row each
}

void TstRegistrationDeskSync::aQuietSyncChangesNothing()
{
    // Nothing changed on the server: the sync makes one request, the pull, whose activity stamps
    // say that the seats and registrations fetched last time stand; both are then current "as of"
    // this sync without being fetched.
    const QDateTime statesAsOf = RegistrationRepository(*m_desk).fetchedAt().value();
    const QDateTime seatsAsOf = OfferRepository(*m_desk).usageFetchedAt().value();
    QVERIFY(statesAsOf.isValid() && seatsAsOf.isValid());
    QTest::qWait(5);
    const qint64 asked = m_engine->http().requests();
    const SyncSummary s = syncOk();
    QCOMPARE(s.registrationsChanged, 0);
    QVERIFY(s.seatsRefreshed);
    QCOMPARE(m_engine->http().requests() - asked, 1);
    QCOMPARE(stateOf(2), RegistrationState::Paid);
    QVERIFY(RegistrationRepository(*m_desk).fetchedAt().value() > statesAsOf);
    QVERIFY(OfferRepository(*m_desk).usageFetchedAt().value() > seatsAsOf);

    // A payment changes a registration and an offer's paid count, and moves both stamps: the next
    // sync asks for both again (pull, seats, registrations) and the desk shows the payment.
    const QString late = boundToken(5);
    QCOMPARE(m_candidates->bookSubject(late, QStringLiteral("1"), kCampus).status, 201);
    QCOMPARE(syncOk().registrationsChanged, 1);
    QCOMPARE(stateOf(5), RegistrationState::Booked);
    const int paidWritten = paidSeats(QStringLiteral("1"));
    QVERIFY(paidWritten >= 0);
    QCOMPARE(m_candidates->paySubject(late, QStringLiteral("1")).status, 200);
    const qint64 before = m_engine->http().requests();
    const SyncSummary paid = syncOk();
    QCOMPARE(m_engine->http().requests() - before, 3);
    QCOMPARE(paid.registrationsChanged, 1);
    QCOMPARE(stateOf(5), RegistrationState::Paid);
    QCOMPARE(paidSeats(QStringLiteral("1")), paidWritten + 1);
}

void TstRegistrationDeskSync::deletedRegistrationsShowUnregistered()
{
    // A day later the jobs delete the registration left without subjects and release the unpaid
    // subjects; the paid ones stay.
    const QString later = protocol::toWireTime(QDateTime::currentDateTimeUtc().addSecs(25 * 3600));
    const auto jobs = CentralProcess::run({ QStringLiteral("run-jobs"), QStringLiteral("--db"), m_db.url(),
                                            QStringLiteral("--now"), later });
    QVERIFY2(jobs.exitCode == 0, qPrintable(jobs.err + jobs.out));
    const SyncSummary s = syncOk();
    QVERIFY(s.registrationsChanged >= 3);
    QCOMPARE(stateOf(0), RegistrationState::Unregistered);
    QCOMPARE(stateOf(2), RegistrationState::Paid);
    QCOMPARE(stateOf(3), RegistrationState::Paid); // its unpaid oral subject released
    // Student 1's only subject went unpaid: released, and the registration with it, or left bound.
    QVERIFY(stateOf(1) == RegistrationState::Unregistered || stateOf(1) == RegistrationState::Bound);
    const StudentRepository students(*m_desk);
    StudentFilter notYet;
    notYet.registration = RegistrationState::Unregistered;
    QCOMPARE(students.count(notYet).value(), students.registrationTally().value().unregistered);
}

void TstRegistrationDeskSync::anotherSchoolFetchesEverything()
{
    // The cursor belongs to the school it was fetched for: a database that now syncs another
    // school starts again from everything.
    RegistrationRepository repository(*m_desk);
    QVERIFY(!repository.cursor(kSchool).value().isEmpty());
    QVERIFY(repository.cursor(QStringLiteral("10002")).value().isEmpty());
    // A complete answer replaces what was there.
    QVERIFY(repository.apply(kSchool, QStringLiteral("1"), QDateTime::currentDateTimeUtc(), true, {}).value() >= 2);
    QCOMPARE(RegistrationRepository(*m_desk).tally().value().registered(), qint64(0));
    QCOMPARE(repository.cursor(kSchool).value(), QStringLiteral("1"));

    // The server refuses a cursor it did not hand out.
    const ApiResponse bad = m_api->get(QStringLiteral("/api/v1/school/registrations?since=yesterday"),
                                       m_engine->http().token());
    QCOMPARE(bad.status, 400);
}

QTEST_GUILESS_MAIN(TstRegistrationDeskSync)
#include "tst_registrationdesksync.moc"
