// Subjects over HTTP against the real cet-central on 127.0.0.1 (its database prepared in-process:
// the demo's schools, roster and offers): booking and its refusals in Chinese and English, an oral
// test at another school's campus that takes outside candidates, cancelling, paying with the
// simulated bank's three outcomes and the refresh (更新), the public capacity view without signing
// in, `cet-central run-jobs --now`, and candidates racing over HTTP for a few seats (exactly
// capacity booked, every refusal 名额已满).
// On PostgreSQL when CETDESK_TEST_PG_URL is set, else on SQLite.

#include "TestApiClient.h"
#include "CentralProcess.h"
#include "CentralService.h"
#include "DemoRoster.h"
#include "IdDocument.h"
#include "OfferSql.h"
#include "OpenOffer.h"
#include "Wire.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include <mutex>
#include <thread>

using namespace cet;
using namespace cet::test;
using cet::central::demoStudent;

namespace {
const QString kSchool = QStringLiteral("10001");
const QString kCampus = QStringLiteral("100011");
const QString kPw = QStringLiteral("secret-pass-1");

QStringList bookedCodes(const ApiResponse &r)
{
    QStringList out;
    for (const QJsonValue &v : r.json.value(QStringLiteral("subjects")).toArray())
        out << v.toObject().value(QStringLiteral("subject")).toString();
    return out;
}
} // namespace

class TstSubjectsHttp : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase() { m_server.kill(); }
    void init() { m_client->setEnglish(false); }
    void bookAndCancel();
    void refusalsInBothLanguages();
    void oralAtAnotherSchoolsCampus();
    void payWithEveryBankOutcome();
    void publicCapacityWithoutSignIn();
    void runJobsReleasesAndDeletes();
    void racingOverHttp();

private:
    // A signed-in passport bound to demo student i; its token.
    QString boundToken(int i);
    int taken(const QString &subject);

    QTemporaryDir m_dir;
    TestDatabase m_db;
    CentralProcess m_server;
    std::unique_ptr<central::CentralService> m_svc;
    std::unique_ptr<ApiClient> m_api;
    std::unique_ptr<CandidateClient> m_client;
};

void TstSubjectsHttp::initTestCase()
{
    central::CentralService::setFastPasswordHashing(true);
    QVERIFY(m_dir.isValid());
    QString error;
    QVERIFY2(m_db.create(m_dir.path(), &error), qPrintable(error));
    auto svc = central::CentralService::open(m_db.url());
    QVERIFY2(svc.ok(), qPrintable(svc.ok() ? QString() : svc.error().message));
    m_svc = std::move(svc).value();
    QVERIFY(m_svc->migrate().ok());
    QVERIFY(m_svc->seedDemo(80).ok());
    QVERIFY2(m_server.start({ QStringLiteral("serve"), QStringLiteral("--db"), m_db.url(), QStringLiteral("--listen"),
                              QStringLiteral("127.0.0.1:0"), QStringLiteral("--threads"), QStringLiteral("4") }),
             qPrintable(m_server.output()));
    m_api = std::make_unique<ApiClient>(m_server.baseUrl());
    m_client = std::make_unique<CandidateClient>(*m_api);
}

QString TstSubjectsHttp::boundToken(int i)
{
    const QString email = QStringLiteral("cand%1@example.com").arg(i);
    const ApiResponse r = m_client->registerPassport(email, kPw);
    if (r.status != 201)
        qWarning().noquote() << "register" << email << r.describe();
    const QString token = m_client->signIn(email, kPw);
    const StudentRecord s = demoStudent(kSchool, i);
    const ApiResponse bound = m_client->bind(token, idTypeCode(s.idType), s.idNumber, s.name);
    if (bound.status != 200)
        qWarning().noquote() << "bind" << i << bound.describe();
    return token;
}

int TstSubjectsHttp::taken(const QString &subject)
{
    auto offers = central::offersql::forCampus(m_svc->store(), kSchool, kCampus);
    if (offers) {
        for (const auto &o : offers.value()) {
            if (o.subject == subject)
                return o.taken;
        }
    }
    return -1;
}

void TstSubjectsHttp::bookAndCancel()
{
    const QString t = boundToken(0);
    const ApiResponse booked = m_client->bookSubject(t, QStringLiteral("1"), kCampus);
    QCOMPARE(booked.status, 201);
    QCOMPARE(bookedCodes(booked), QStringList{ QStringLiteral("1") });
    QCOMPARE(booked.json.value(QStringLiteral("subjects")).toArray().at(0).toObject()
                 .value(QStringLiteral("payment_state")).toString(),
             QStringLiteral("unpaid"));
    QCOMPARE(m_client->bookSubject(t, QStringLiteral("F"), kCampus).status, 201);
    QCOMPARE(bookedCodes(m_client->registration(t)), (QStringList{ QStringLiteral("1"), QStringLiteral("F") }));
    const int before = taken(QStringLiteral("F"));
    const ApiResponse left = m_client->cancelSubject(t, QStringLiteral("F"));
    QCOMPARE(left.status, 200);
    QCOMPARE(bookedCodes(left), QStringList{ QStringLiteral("1") });
    QCOMPARE(taken(QStringLiteral("F")), before - 1);
    const ApiResponse again = m_client->cancelSubject(t, QStringLiteral("F"));
    QCOMPARE(again.status, 404);
    QCOMPARE(again.errorCode(), QStringLiteral("subjects.not_booked"));
    // Not signed in; a body where none belongs; unknown fields.
    QCOMPARE(m_client->bookSubject({}, QStringLiteral("1"), kCampus).status, 401);
    QCOMPARE(m_client->sendRaw("DELETE", QStringLiteral("/candidate/subjects/1"), "{\"x\":1}", t).errorCode(),
             QStringLiteral("request.unknown_field"));
    QCOMPARE(m_client->sendRaw("POST", QStringLiteral("/candidate/subjects"), "{\"subject\":\"3\",\"campus\":\"100011\",\"paid\":true}", t)
                 .errorCode(),
             QStringLiteral("request.unknown_field"));
    QCOMPARE(bookedCodes(m_client->registration(t)), QStringList{ QStringLiteral("1") });
}

void TstSubjectsHttp::refusalsInBothLanguages()
{
    const QString t = boundToken(1);
    QCOMPARE(m_client->bookSubject(t, QStringLiteral("1"), kCampus).status, 201);
    const ApiResponse clash = m_client->bookSubject(t, QStringLiteral("3"), kCampus);
    QCOMPARE(clash.status, 409);
    QCOMPARE(clash.errorCode(), QStringLiteral("subjects.same_level"));
    QCOMPARE(clash.errorMessage(), QStringLiteral("英语和小语种笔试同级别科目只能报考1科"));
    m_client->setEnglish(true);
    const ApiResponse english = m_client->bookSubject(t, QStringLiteral("3"), kCampus);
    QCOMPARE(english.errorCode(), QStringLiteral("subjects.same_level"));
    QCOMPARE(english.errorMessage(), QStringLiteral("Only one written subject of the same level can be taken."));
    m_client->setEnglish(false);
    QCOMPARE(m_client->bookSubject(t, QStringLiteral("2"), kCampus).errorCode(), QStringLiteral("subjects.not_qualified"));
    const QString u = boundToken(2);
    QCOMPARE(m_client->bookSubject(u, QStringLiteral("F"), kCampus).errorCode(),
             QStringLiteral("subjects.oral_needs_written"));
}

void TstSubjectsHttp::oralAtAnotherSchoolsCampus()
{
    // School B's oral test centre takes other schools' candidates for the CET4 oral test only.
    const QString schoolB = QStringLiteral("10002"), centre = QStringLiteral("100029");
    QVERIFY(m_svc->createCampus(schoolB, centre, QStringLiteral("口试中心")).ok());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const auto &[subject, open] : { std::pair{ QStringLiteral("F"), true }, std::pair{ QStringLiteral("1"), true } }) {
        central::offersql::OfferRow o = central::test::openOffer(schoolB, centre, subject, 2, 5000, now);
        o.openToOtherSchools = open;
        QVERIFY(central::offersql::put(m_svc->store(), o).ok());
    }
    const QString t = boundToken(6);
    QCOMPARE(m_client->bookSubject(t, QStringLiteral("1"), kCampus).status, 201);
    const ApiResponse written = m_client->bookSubject(t, QStringLiteral("1"), centre, schoolB);
    QCOMPARE(written.status, 403);
    QCOMPARE(written.errorCode(), QStringLiteral("subjects.not_open_to_others"));
    // Without the school the campus is looked for at the candidate's own school.
    QCOMPARE(m_client->bookSubject(t, QStringLiteral("F"), centre).errorCode(), QStringLiteral("subjects.not_offered"));
    const ApiResponse oral = m_client->bookSubject(t, QStringLiteral("F"), centre, schoolB);
    QCOMPARE(oral.status, 201);
    QCOMPARE(bookedCodes(oral), (QStringList{ QStringLiteral("1"), QStringLiteral("F") }));
    auto offers = central::offersql::forCampus(m_svc->store(), schoolB, centre);
    QVERIFY(offers.ok());
    for (const auto &o : offers.value())
        QCOMPARE(o.taken, o.subject == u"F" ? 1 : 0);
    QCOMPARE(m_client->cancelSubject(t, QStringLiteral("F")).status, 200);
    offers = central::offersql::forCampus(m_svc->store(), schoolB, centre);
    QVERIFY(offers.ok());
    for (const auto &o : offers.value())
        QCOMPARE(o.taken, 0);
}

void TstSubjectsHttp::payWithEveryBankOutcome()
{
    const QString t = boundToken(3);
    QCOMPARE(m_client->bookSubject(t, QStringLiteral("1"), kCampus).status, 201);
    QCOMPARE(m_client->bookSubject(t, QStringLiteral("F"), kCampus).status, 201);

    const ApiResponse failed = m_client->paySubject(t, QStringLiteral("1"), QStringLiteral("failure"));
    QCOMPARE(failed.status, 402);
    QCOMPARE(failed.errorCode(), QStringLiteral("payment.failed"));
    const ApiResponse paid = m_client->paySubject(t, QStringLiteral("1"));
    QCOMPARE(paid.status, 200);
    QCOMPARE(paid.json.value(QStringLiteral("payment")).toObject().value(QStringLiteral("state")).toString(),
             QStringLiteral("succeeded"));
    QCOMPARE(m_client->cancelSubject(t, QStringLiteral("1")).errorCode(), QStringLiteral("subjects.paid"));

    const ApiResponse lost = m_client->paySubject(t, QStringLiteral("F"), QStringLiteral("lost"));
    QCOMPARE(lost.errorCode(), QStringLiteral("payment.answer_lost"));
    QVERIFY(lost.errorMessage().contains(QStringLiteral("更新")));
    QCOMPARE(m_client->paySubject(t, QStringLiteral("F")).errorCode(), QStringLiteral("payment.pending"));
    const ApiResponse refreshed = m_client->refreshPayments(t);
    QCOMPARE(refreshed.status, 200);
    QCOMPARE(refreshed.json.value(QStringLiteral("settled")).toArray().size(), 1);
    for (const QJsonValue &v : refreshed.json.value(QStringLiteral("subjects")).toArray())
        QCOMPARE(v.toObject().value(QStringLiteral("payment_state")).toString(), QStringLiteral("paid"));
    QVERIFY(m_client->refreshPayments(t).json.value(QStringLiteral("settled")).toArray().isEmpty());
    QCOMPARE(m_client->paySubject(t, QStringLiteral("F")).errorCode(), QStringLiteral("payment.already_paid"));
    QCOMPARE(m_client->paySubject(t, QStringLiteral("3"), QStringLiteral("maybe")).errorCode(),
             QStringLiteral("payment.bad_outcome"));
}

void TstSubjectsHttp::publicCapacityWithoutSignIn()
{
    const ApiResponse view = m_client->publicCapacity(QStringLiteral("1"), kSchool);
    QCOMPARE(view.status, 200);
    const QJsonArray campuses = view.json.value(QStringLiteral("campuses")).toArray();
    QCOMPARE(campuses.size(), 2);
    const QJsonObject first = campuses.at(0).toObject();
    QCOMPARE(first.value(QStringLiteral("code")).toString(), kCampus);
    bool sawF = false;
    for (const QJsonValue &v : first.value(QStringLiteral("subjects")).toArray()) {
        const QJsonObject s = v.toObject();
        if (s.value(QStringLiteral("subject")).toString() != QLatin1String("F"))
            continue;
        sawF = true;
        QCOMPARE(s.value(QStringLiteral("remaining")).toInt(), s.value(QStringLiteral("capacity")).toInt() - taken(QStringLiteral("F")));
        QCOMPARE(s.value(QStringLiteral("colour")).toString(), QStringLiteral("green"));
    }
    QVERIFY(sawF);
    QCOMPARE(m_client->publicCapacity(QStringLiteral("42"), kSchool).errorCode(), QStringLiteral("capacity.unknown_session"));
    QCOMPARE(m_client->publicCapacity(QStringLiteral("1"), QStringLiteral("99999")).status, 404);
    QCOMPARE(m_api->get(QStringLiteral("/api/v1/public/capacity?school=10001")).errorCode(),
             QStringLiteral("request.missing_field"));
}

void TstSubjectsHttp::runJobsReleasesAndDeletes()
{
    const QString booked = boundToken(4);
    const QString empty = boundToken(5);
    QCOMPARE(m_client->bookSubject(booked, QStringLiteral("1"), kCampus).status, 201);
    QCOMPARE(m_client->bookSubject(booked, QStringLiteral("F"), kCampus).status, 201);
    QCOMPARE(m_client->paySubject(booked, QStringLiteral("1")).status, 200);
    const int before = taken(QStringLiteral("F"));

    const QString soon = protocol::toWireTime(QDateTime::currentDateTimeUtc().addSecs(3600));
    const auto early = CentralProcess::run({ QStringLiteral("run-jobs"), QStringLiteral("--db"), m_db.url(),
                                             QStringLiteral("--now"), soon });
    QCOMPARE(early.exitCode, 0);
    QVERIFY2(early.out.contains(QStringLiteral("0 unpaid subjects released, 0 registrations")), qPrintable(early.out));

    const QString later = protocol::toWireTime(QDateTime::currentDateTimeUtc().addSecs(25 * 3600));
    const auto due = CentralProcess::run({ QStringLiteral("run-jobs"), QStringLiteral("--db"), m_db.url(),
                                           QStringLiteral("--now"), later });
    QCOMPARE(due.exitCode, 0);
    QCOMPARE(taken(QStringLiteral("F")), before - 1);
    QCOMPARE(bookedCodes(m_client->registration(booked)), QStringList{ QStringLiteral("1") }); // the paid one stays
    QCOMPARE(m_client->registration(empty).errorCode(), QStringLiteral("registration.none"));
    QCOMPARE(CentralProcess::run({ QStringLiteral("run-jobs"), QStringLiteral("--db"), m_db.url(),
                                   QStringLiteral("--now"), QStringLiteral("yesterday") })
                 .exitCode,
             1);
}

void TstSubjectsHttp::racingOverHttp()
{
    constexpr int kRacers = 40;
    constexpr int kSeats = 8;
    constexpr int kFirst = 20;
    QStringList tokens;
    for (int i = 0; i < kRacers; ++i)
        tokens << boundToken(kFirst + i);
    central::offersql::OfferRow offer;
    const auto offers = central::offersql::forCampus(m_svc->store(), kSchool, kCampus);
    QVERIFY(offers.ok());
    for (const auto &o : offers.value()) {
        if (o.subject == QLatin1String("3"))
            offer = o;
    }
    offer.capacity = offer.taken + kSeats;
    QVERIFY(central::offersql::put(m_svc->store(), offer).ok());
    const int before = taken(QStringLiteral("3"));

    const QUrl base = m_server.baseUrl();
    std::mutex mutex;
    QList<ApiResponse> answers;
    std::vector<std::thread> threads;
    for (int w = 0; w < 8; ++w) {
        threads.emplace_back([&, w] {
            ApiClient api(base);
            CandidateClient client(api);
            for (int i = w; i < kRacers; i += 8) {
                const ApiResponse r = client.bookSubject(tokens.at(i), QStringLiteral("3"), kCampus);
                std::lock_guard<std::mutex> lock(mutex);
                answers << r;
            }
        });
    }
    for (auto &t : threads)
        t.join();
    int booked = 0, full = 0;
    for (const ApiResponse &r : answers) {
        if (r.status == 201) {
            ++booked;
        } else if (r.errorCode() == QLatin1String("subjects.full")) {
            QCOMPARE(r.errorMessage(), QStringLiteral("名额已满"));
            ++full;
        } else {
            QFAIL(qPrintable(r.describe()));
        }
    }
    QCOMPARE(booked, kSeats);
    QCOMPARE(full, kRacers - kSeats);
    QCOMPARE(taken(QStringLiteral("3")), before + kSeats);
}

QTEST_GUILESS_MAIN(TstSubjectsHttp)
#include "tst_subjectshttp.moc"
