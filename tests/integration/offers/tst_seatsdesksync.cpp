// Campuses and seats end to end, as the exam office lives it: the demo's campuses and offers reach
// a coordinator's desk on its first sync; offline, the coordinator adds a campus with a few oral
// seats and cuts the oral seats elsewhere; a sync sends it; `cet-central simulate` then plays the
// school's students, who book the oral seats full and are shown red 无; the desk's next sync brings
// the seats taken (bookings do not change the offers' records), the bookings per hour behind the
// filling chart, and the export holds them. On PostgreSQL when CETDESK_TEST_PG_URL is set, else on
// SQLite.

#include "TestApiClient.h"
#include "Capacity.h"
#include "CentralProcess.h"
#include "SignedInDesk.h"
#include "CentralService.h"
#include "OfferService.h"
#include "ScopeSql.h"
#include "SeatForecast.h"
#include "SyncEngine.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace cet;
using namespace cet::test;

namespace {
const QString kSchool = QStringLiteral("10001");
const QString kSouth = QStringLiteral("100013");
constexpr int kRoster = 150;
constexpr int kSouthOralSeats = 4;
constexpr int kOtherOralSeats = 3;
} // namespace

class TstSeatsDeskSync : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase() { m_server.kill(); }
    void configuredOfflineBookedFullShownOnTheDesk();

private:
    SyncSummary syncOk();

    QTemporaryDir m_dir;
    TestDatabase m_db;
    CentralProcess m_server;
    std::unique_ptr<Database> m_desk;
    std::unique_ptr<SyncEngine> m_engine;
};

void TstSeatsDeskSync::initTestCase()
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
        QVERIFY(svc.value()->publishSeededConfiguration(kSchool).ok());
    }
    QVERIFY2(m_server.start({ QStringLiteral("serve"), QStringLiteral("--db"), m_db.url(), QStringLiteral("--listen"),
                              QStringLiteral("127.0.0.1:0"), QStringLiteral("--threads"), QStringLiteral("3") }),
             qPrintable(m_server.output()));
    auto opened = Database::open(m_dir.filePath(QStringLiteral("desk.sqlite")));
    QVERIFY(opened);
    m_desk = std::move(opened.value());
    m_engine = signedInDesk(*m_desk, m_server.baseUrl(), QStringLiteral("coord1"));
    QVERIFY(m_engine);
}

SyncSummary TstSeatsDeskSync::syncOk()
{
    auto r = m_engine->sync();
    if (!r)
        qWarning("sync failed: %s %s", qPrintable(r.error().code), qPrintable(r.error().message));
    return r ? r.value() : SyncSummary{ -1, -1, -1, -1, -1, -1, -1, false, {} };
}

void TstSeatsDeskSync::configuredOfflineBookedFullShownOnTheDesk()
{
    OfferService service(*m_desk);
    QVERIFY(syncOk().digestMatches);
    QCOMPARE(service.campuses().value().size(), 2); // the demo's, published
    QList<Offer> seeded = service.offers().value();
    QCOMPARE(seeded.size(), 10);

    // Offline: a new campus with written CET4 and four CET4 oral seats; three oral seats elsewhere.
    QVERIFY(service.saveCampusAndWait({ kSouth, QStringLiteral("南校区"), QStringLiteral("南苑路1号") }).value());
    QList<OfferSettings> changes;
    for (const Offer &o : std::as_const(seeded)) {
        if (o.settings.subject == QLatin1String("F")) {
            OfferSettings fewer = o.settings;
            fewer.capacity = kOtherOralSeats;
            changes << fewer;
            OfferSettings south = o.settings;
            south.campusCode = kSouth;
            south.capacity = kSouthOralSeats;
            changes << south;
        } else if (o.settings.subject == QLatin1String("1") && o.settings.campusCode.endsWith(QLatin1Char('1'))) {
            OfferSettings written = o.settings;
            written.campusCode = kSouth;
            changes << written;
        }
    }
    // Two campuses' F cut, and the south campus's 1 and F (copied twice from the two F rows: once).
    QList<OfferSettings> unique;
    QStringList keys;
    for (const OfferSettings &s : std::as_const(changes)) {
        if (!keys.contains(offerKey(s.campusCode, s.subject))) {
            keys << offerKey(s.campusCode, s.subject);
            unique << s;
        }
    }
    auto saved = service.setOffersAndWait(unique);
    QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().message + QLatin1Char(' ') + saved.error().detail));
    QCOMPARE(saved.value(), 4);
    SyncSummary sent = syncOk();
    QCOMPARE(sent.pushed, 5); // the campus and four offers
    QCOMPARE(sent.rejected, 0);
    QCOMPARE(sent.conflicts, 0);

    // Candidates come: the simulator plays the roster through the candidate API, in one simulated
    // day (so that no unpaid seat is released before the desk looks).
    const auto run = CentralProcess::run({ QStringLiteral("simulate"), QStringLiteral("--db"), m_db.url(),
                                           QStringLiteral("--school"), kSchool, QStringLiteral("--candidates"),
                                           QString::number(kRoster), QStringLiteral("--seed"), QStringLiteral("3"),
                                           QStringLiteral("--days"), QStringLiteral("1"), QStringLiteral("--json") });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));
    const QJsonObject tally = QJsonDocument::fromJson(run.out.trimmed().split(QLatin1Char('\n')).last().toUtf8()).object();
    QCOMPARE(tally.value(QStringLiteral("unexpected")).toInt(), 0);
    QVERIFY(tally.value(QStringLiteral("saw_no_seats")).toInt() > 0);

    // What candidates see now: the south campus's CET4 oral is red 无.
    ApiClient api(m_server.baseUrl());
    CandidateClient candidates(api);
    auto session = [&]() -> QString {
        auto svc = central::CentralService::open(m_db.url());
        auto s = central::scopesql::currentSession(svc.value()->store(), QDateTime::currentDateTimeUtc());
        return s && s.value() ? QString::number(s.value()->id) : QString();
    }();
    const ApiResponse view = candidates.publicCapacity(session, kSchool);
    QCOMPARE(view.status, 200);
    bool southRed = false;
    for (const auto &c : view.json.value(QStringLiteral("campuses")).toArray()) {
        if (c.toObject().value(QStringLiteral("code")).toString() != kSouth)
            continue;
        for (const auto &v : c.toObject().value(QStringLiteral("subjects")).toArray()) {
            const QJsonObject s = v.toObject();
            if (s.value(QStringLiteral("subject")).toString() == QLatin1String("F"))
                southRed = s.value(QStringLiteral("colour")).toString() == QLatin1String("red")
                    && s.value(QStringLiteral("shown")).toString() == QStringLiteral("无");
        }
    }
    if (!southRed)
        qWarning("public capacity: %s", view.body.right(700).constData()); // the south campus comes last
    QVERIFY(southRed);

    // The desk's next sync brings the counts and the bookings per hour (and says so: the page
    // refreshes on it though nothing was pulled).
    const SyncSummary after = syncOk();
    QVERIFY(after.digestMatches);
    QVERIFY(after.seatsRefreshed);
    int fullOral = 0, takenInAll = 0;
    const QList<Offer> now = service.offers().value();
    const QList<BookingHour> hours = service.bookingHours().value();
    const QDateTime countedAt = service.usageFetchedAt().value();
    QVERIFY(countedAt.isValid());
    for (const Offer &o : now) {
        QVERIFY(o.taken <= o.settings.capacity);
        takenInAll += o.taken;
        if (o.settings.subject == QLatin1String("F")) {
            QCOMPARE(o.settings.capacity, o.settings.campusCode == kSouth ? kSouthOralSeats : kOtherOralSeats);
            if (o.taken == o.settings.capacity) {
                ++fullOral;
                QCOMPARE(capacityColour(o.settings.capacity, o.taken), CapacityColour::Red);
                const SeatForecast f = forecastSeats(o.settings.campusCode, o.settings.subject, o.settings.capacity,
                                                     o.taken, hours, countedAt);
                QVERIFY(f.full);
                QCOMPARE(f.taken.last().second, o.taken);
            }
        }
    }
    QCOMPARE(fullOral, 3); // every campus's CET4 oral seats went
    QVERIFY(takenInAll > kRoster / 2);
    int booked = 0;
    for (const BookingHour &h : hours)
        booked += h.booked;
    QCOMPARE(booked, takenInAll); // every live booking is in the last 14 days' hours

    const QString file = m_dir.filePath(QStringLiteral("seats.xlsx"));
    auto written = service.exportXlsx(file);
    QVERIFY2(written, qPrintable(written ? QString() : written.error().message));
    QVERIFY(written.value() >= 13 + 13 + 1); // configuration and seats rows, and some hours
}

QTEST_GUILESS_MAIN(TstSeatsDeskSync)
#include "tst_seatsdesksync.moc"
