// `cet-central simulate`, the real executable, on a database prepared in-process (the demo's
// schools, a roster of 160 with CET4 score records, oral tests with a handful of seats): the
// candidates' summary adds up with what the database holds afterwards — reviews of all three rules
// (the pending ones waiting for a teacher), both oral campuses booked full and shown red 无 to
// candidates, no offer beyond its capacity, unpaid seats released and empty registrations deleted
// by the timed jobs at the accelerated clock, and no answer the rules do not explain.
// On PostgreSQL when CETDESK_TEST_PG_URL is set, else on SQLite.

#include "CentralProcess.h"
#include "CentralService.h"
#include "Cet4ScoreImport.h"
#include "Cet6ReviewSql.h"
#include "DemoScores.h"
#include "OfferSql.h"
#include "PublicCapacity.h"
#include "ScopeSql.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace cet;
using namespace cet::test;

namespace {
const QString kSchool = QStringLiteral("10001");
const QStringList kCampuses{ QStringLiteral("100011"), QStringLiteral("100012") };
constexpr int kRoster = 160;
constexpr int kOralSeats = 6; // per campus and oral subject: fills long before the candidates stop
} // namespace

class TstSimulateHttp : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void candidatesFillTheOralCampuses();
    void badOptionsAreRefused();

private:
    QTemporaryDir m_dir;
    TestDatabase m_db;
    std::unique_ptr<central::CentralService> m_svc;
};

void TstSimulateHttp::initTestCase()
{
    central::CentralService::setFastPasswordHashing(true);
    QVERIFY(m_dir.isValid());
    QString error;
    QVERIFY2(m_db.create(m_dir.path(), &error), qPrintable(error));
    auto svc = central::CentralService::open(m_db.url());
    QVERIFY2(svc.ok(), qPrintable(svc.ok() ? QString() : svc.error().message));
    m_svc = std::move(svc).value();
    QVERIFY(m_svc->migrate().ok());
    QVERIFY(m_svc->seedDemo(kRoster).ok());
    QVERIFY(central::review::importCet4Scores(m_svc->store(), central::review::demoCet4Scores(kSchool, kRoster)).ok());
    for (const QString &campus : kCampuses) {
        auto offers = central::offersql::forCampus(m_svc->store(), kSchool, campus);
        QVERIFY(offers.ok());
        for (central::offersql::OfferRow o : offers.value()) {
            if (o.subject == QLatin1String("F") || o.subject == QLatin1String("S")) {
                o.capacity = kOralSeats;
                QVERIFY(central::offersql::put(m_svc->store(), o).ok());
            }
        }
    }
}

void TstSimulateHttp::candidatesFillTheOralCampuses()
{
    const auto run = CentralProcess::run({ QStringLiteral("simulate"), QStringLiteral("--db"), m_db.url(),
                                           QStringLiteral("--school"), kSchool, QStringLiteral("--candidates"),
                                           QString::number(kRoster), QStringLiteral("--seed"), QStringLiteral("7"),
                                           QStringLiteral("--days"), QStringLiteral("3"), QStringLiteral("--json") });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));
    const QJsonObject t = QJsonDocument::fromJson(run.out.trimmed().split(QLatin1Char('\n')).last().toUtf8()).object();
    QVERIFY2(!t.isEmpty(), qPrintable(run.out));
    const QString said = run.out + QLatin1Char('\n') + run.err.right(3000);
    QVERIFY2(t.value(QStringLiteral("unexpected")).toInt() == 0, qPrintable(said));
    QCOMPARE(t.value(QStringLiteral("candidates")).toInt(), kRoster);
    QVERIFY(t.value(QStringLiteral("passports")).toInt() > kRoster * 8 / 10);
    QVERIFY(t.value(QStringLiteral("bound")).toInt() > kRoster * 8 / 10);
    // Some forgot the password before paying the next day and reset it by the mailed link (then
    // signed in with the new one: a refused sign-in would count as unexpected above).
    QVERIFY2(t.value(QStringLiteral("passwords_reset")).toInt() + t.value(QStringLiteral("resets_held_back")).toInt() > 0,
             qPrintable(said));
    for (const char *key : { "reviews_passed", "reviews_pending", "reviews_refused", "booked",
                             "saw_no_seats", "paid", "left_unpaid", "subjects_released", "registrations_deleted" })
        QVERIFY2(t.value(QString::fromLatin1(key)).toInt() > 0, key);
    // 名额已满 comes only when a seat goes between the candidate's look at the capacity and the
    // booking (candidates avoid campuses shown 无): possible, not certain.

    // What they were told is what the database holds.
    auto pending = central::cet6reviewsql::pendingIds(m_svc->store(), kSchool);
    QVERIFY(pending.ok());
    QCOMPARE(int(pending.value().size()), t.value(QStringLiteral("reviews_pending")).toInt());
    // Every pending review got its proof (a photo, some a PDF too), each stored once.
    const int uploaded = t.value(QStringLiteral("evidence_uploaded")).toInt();
    QVERIFY(uploaded >= int(pending.value().size()));
    auto stored = m_svc->store().scalar(QStringLiteral("SELECT COUNT(*) FROM review_evidence"));
    QVERIFY(stored.ok());
    QCOMPARE(stored.value().toInt(), uploaded);

    int takenInAll = 0;
    for (const QString &campus : kCampuses) {
        auto offers = central::offersql::forCampus(m_svc->store(), kSchool, campus);
        QVERIFY(offers.ok());
        for (const auto &o : offers.value()) {
            QVERIFY2(o.taken >= 0 && o.taken <= o.capacity, qPrintable(campus + QLatin1Char(' ') + o.subject));
            takenInAll += o.taken;
        }
    }
    // Booked, less cancelled and released; seats of deleted registrations were released first.
    QCOMPARE(takenInAll, t.value(QStringLiteral("booked")).toInt() - t.value(QStringLiteral("cancelled")).toInt()
                             - t.value(QStringLiteral("subjects_released")).toInt());

    // Oral seats went first: at least one oral subject is full at both campuses, and candidates
    // reading the public capacity see it red with 无.
    auto session = central::scopesql::currentSession(m_svc->store(), QDateTime::currentDateTimeUtc());
    QVERIFY(session.ok() && session.value());
    auto view = central::candidate::publicCapacity(
        { m_svc->store(), [] { return QDateTime::currentDateTimeUtc(); } }, QString::number(session.value()->id),
        kSchool);
    QVERIFY(view.ok());
    QHash<QString, int> redCampuses; // oral subject → campuses showing 无
    for (const auto &c : view.value().value(QStringLiteral("campuses")).toArray()) {
        for (const auto &v : c.toObject().value(QStringLiteral("subjects")).toArray()) {
            const QJsonObject s = v.toObject();
            const QString subject = s.value(QStringLiteral("subject")).toString();
            if (s.value(QStringLiteral("colour")).toString() == QLatin1String("red")) {
                QCOMPARE(s.value(QStringLiteral("shown")).toString(), QStringLiteral("无"));
                QCOMPARE(s.value(QStringLiteral("remaining")).toInt(), 0);
                ++redCampuses[subject];
            }
        }
    }
    QVERIFY2(redCampuses.value(QStringLiteral("F")) == 2 || redCampuses.value(QStringLiteral("S")) == 2,
             qPrintable(QString::fromUtf8(QJsonDocument(view.value()).toJson())));
}

void TstSimulateHttp::badOptionsAreRefused()
{
    auto run = CentralProcess::run({ QStringLiteral("simulate"), QStringLiteral("--db"), m_db.url(),
                                     QStringLiteral("--school"), kSchool, QStringLiteral("--candidates"),
                                     QStringLiteral("0") });
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains(QStringLiteral("--candidates")));
    run = CentralProcess::run({ QStringLiteral("simulate"), QStringLiteral("--db"), m_db.url(),
                                QStringLiteral("--school"), QStringLiteral("99999") });
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QStringLiteral("99999")), qPrintable(run.err));
    // The window of the demo opened a week ago: sixty simulated days ending now do not fit.
    run = CentralProcess::run({ QStringLiteral("simulate"), QStringLiteral("--db"), m_db.url(),
                                QStringLiteral("--school"), kSchool, QStringLiteral("--days"), QStringLiteral("60") });
    QCOMPARE(run.exitCode, 2);
}

QTEST_GUILESS_MAIN(TstSimulateHttp)
#include "tst_simulatehttp.moc"
