// Campuses and offers as synced entities on SQLite and PostgreSQL: whole-object compare-and-set,
// every rule of OfferRules refused with its code on the server, seats taken and paid owned by the
// server, the change feed and digest, sealing, and capacity changes pushed while candidates book
// on their own connections (taken never above capacity, every refusal with its code).

#include "CandidateMessages.h"
#include "CandidateSetup.h"
#include "CentralFixture.h"
#include "CentralStore.h"
#include "PublicCapacity.h"
#include "SubjectBooking.h"

#include <QJsonArray>
#include <QTest>

#include <atomic>
#include <mutex>
#include <thread>

using namespace cet;
using namespace cet::central;
using namespace cet::central::candidate;
using namespace cet::central::test;
using protocol::OpResult;

namespace {

const QString kCoordPw = QStringLiteral("demo-coordinator");

struct OfferData
{
    QString campus, subject;
    bool offered = true;
    int capacity = 100;
    QString fee = QStringLiteral("30.00");
    QString windowStart, windowEnd, examAt;
    bool open = false;
};

protocol::Op op(const QString &opId, const QString &entity, const QString &key, qint64 base,
                const QJsonObject &fields)
{
    protocol::Op o;
    o.opId = opId;
    o.entity = entity;
    o.key = key;
    o.baseVersion = base;
    for (auto it = fields.begin(); it != fields.end(); ++it)
        o.changes.insert(it.key(), { QJsonValue::Null, it.value() });
    return o;
}

QJsonObject offerJson(const OfferData &d)
{
    return QJsonObject{ { QStringLiteral("campus_code"), d.campus },
                        { QStringLiteral("subject"), d.subject },
                        { QStringLiteral("offered"), d.offered },
                        { QStringLiteral("capacity"), d.capacity },
                        { QStringLiteral("fee_yuan"), d.fee },
                        { QStringLiteral("window_start"), d.windowStart },
                        { QStringLiteral("window_end"), d.windowEnd },
                        { QStringLiteral("exam_at"), d.examAt },
                        { QStringLiteral("open_to_other_schools"), d.open } };
}

protocol::Op offerOp(const QString &opId, const OfferData &d, qint64 base)
{
    return op(opId, QStringLiteral("offer"), d.campus + QLatin1Char(':') + d.subject, base, offerJson(d));
}

protocol::Op campusOp(const QString &opId, const QString &code, const QString &name, qint64 base = 0)
{
    return op(opId, QStringLiteral("campus"), code, base,
              QJsonObject{ { QStringLiteral("code"), code },
                           { QStringLiteral("name"), name },
                           { QStringLiteral("address"), QStringLiteral("学府路1号") } });
}

} // namespace

class TstCentralOffers : public QObject
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
        // Session from m_now - 30 days to m_now + 60 days; offers of 100011 and 100012 at version 1.
        QVERIFY(m_svc->seedDemo(40).ok());
    }

    void cleanup()
    {
        m_svc.reset();
        m_db.reset();
    }

    void campusCreateFeedAndRules()
    {
        const Session s = signIn(QStringLiteral("coord1"));
        const auto r = push(s, { campusOp(QStringLiteral("c1"), QStringLiteral("100013"), QStringLiteral("南校区")),
                                 campusOp(QStringLiteral("c2"), QStringLiteral("100023"), QStringLiteral("外校")),
                                 campusOp(QStringLiteral("c3"), QStringLiteral("1000134"), QStringLiteral("两位")),
                                 campusOp(QStringLiteral("c4"), QStringLiteral("100014"), QStringLiteral("  ")) });
        QCOMPARE(r.results[0].status, OpResult::Status::Applied);
        QCOMPARE(r.results[0].version, 1);
        QCOMPARE(r.results[0].record->value(QStringLiteral("name")).toString(), QStringLiteral("南校区"));
        QCOMPARE(r.results[1].code, QStringLiteral("campus.bad_code"));
        QCOMPARE(r.results[2].code, QStringLiteral("campus.bad_code"));
        QCOMPARE(r.results[3].code, QStringLiteral("campus.name_required"));
        // Stale base: conflict with the server's record; then an update from the right base.
        const auto stale = push(s, { campusOp(QStringLiteral("c5"), QStringLiteral("100013"), QStringLiteral("新名"), 0) });
        QCOMPARE(stale.results[0].status, OpResult::Status::Conflict);
        const auto upd = push(s, { campusOp(QStringLiteral("c6"), QStringLiteral("100013"), QStringLiteral("新名"), 1) });
        QCOMPARE(upd.results[0].status, OpResult::Status::Applied);
        QCOMPARE(upd.results[0].version, 2);
        const auto page = m_svc->changes(s, 0, 100).value();
        QStringList campusChanges;
        for (const auto &c : page.changes)
            if (c.entity == QLatin1String("campus"))
                campusChanges << c.key + QLatin1Char('@') + QString::number(c.version);
        QCOMPARE(campusChanges, QStringList{ QStringLiteral("100013@2") });
        const auto d = m_svc->digest(s).value();
        // The digest counts what the feed carries: the new campus, not the seeded ones (seq 0).
        QCOMPARE(d.entities.value(QStringLiteral("campus")).count, 1);
        QVERIFY(scopeCampuses().contains(QStringLiteral("100013")));
    }

    // The demo's seeded campuses and offers (seq 0) join the feed once published, as version-1
    // records a desk can edit; publishing again changes nothing.
    void publishedSeedsJoinTheFeed()
    {
        const Session s = signIn(QStringLiteral("coord1"));
        const auto configuration = [&] {
            QStringList keys;
            const protocol::ChangesPage page = m_svc->changes(s, 0, 1000).value();
            for (const auto &c : page.changes) {
                if (c.entity == QLatin1String("campus") || c.entity == QLatin1String("offer"))
                    keys << QStringLiteral("%1 %2@%3").arg(c.entity, c.key).arg(c.version);
            }
            return keys;
        };
        QVERIFY(configuration().isEmpty());
        QVERIFY(m_svc->publishSeededConfiguration(QStringLiteral("10001")).ok());
        const QStringList keys = configuration();
        QVERIFY2(keys.size() == 12, qPrintable(keys.join(u','))); // 2 campuses, 5 offers each, version 1
        QVERIFY(keys.contains(QStringLiteral("campus 100012@1")));
        QVERIFY(keys.contains(QStringLiteral("offer 100011:F@1")));
        const auto d = m_svc->digest(s).value();
        QCOMPARE(d.entities.value(QStringLiteral("campus")).count, 2);
        QCOMPARE(d.entities.value(QStringLiteral("offer")).count, 10);
        QVERIFY(m_svc->publishSeededConfiguration(QStringLiteral("10001")).ok());
        QCOMPARE(configuration().join(u','), keys.join(u','));
        // A desk edits the published campus from its version: applied, not a conflict.
        const auto edit = push(s, { campusOp(QStringLiteral("p1"), QStringLiteral("100012"), QStringLiteral("东区"), 1) });
        QCOMPARE(edit.results[0].status, OpResult::Status::Applied);
        QCOMPARE(edit.results[0].version, 2);
        QCOMPARE(m_svc->publishSeededConfiguration(QStringLiteral("99999")).error().code, protocol::codes::notFound);
    }

    void offerCreateUpdateConflictServerOwnsTaken()
    {
        const Session s = signIn(QStringLiteral("coord1"));
        QCOMPARE(push(s, { campusOp(QStringLiteral("c1"), QStringLiteral("100013"), QStringLiteral("南校区")) })
                     .results[0].status,
                 OpResult::Status::Applied);
        OfferData written = data(QStringLiteral("100013"), QStringLiteral("1"));
        OfferData oral = data(QStringLiteral("100013"), QStringLiteral("F"));
        oral.fee = QStringLiteral("50");
        oral.capacity = 30;
        protocol::Op oralOp = offerOp(QStringLiteral("o2"), oral, 0);
        oralOp.changes.insert(QStringLiteral("taken"), { QJsonValue::Null, 29 }); // ignored
        const auto r = push(s, { offerOp(QStringLiteral("o1"), written, 0), oralOp });
        QCOMPARE(r.results[0].status, OpResult::Status::Applied);
        QCOMPARE(r.results[1].status, OpResult::Status::Applied);
        QCOMPARE(r.results[1].record->value(QStringLiteral("taken")).toInt(), 0);
        QCOMPARE(r.results[1].record->value(QStringLiteral("paid")).toInt(), 0);
        QCOMPARE(r.results[1].record->value(QStringLiteral("fee_yuan")).toString(), QStringLiteral("50.00"));
        QCOMPARE(offerAt(m_svc->store(), QStringLiteral("100013"), QStringLiteral("F")).feeFen, 5000);

        // Two desktops edit version 1: the first wins, the second gets a conflict with both versions.
        OfferData mine = oral;
        mine.capacity = 40;
        OfferData theirs = oral;
        theirs.capacity = 25;
        QCOMPARE(push(s, { offerOp(QStringLiteral("o3"), mine, 1) }).results[0].version, 2);
        const auto c = push(s, { offerOp(QStringLiteral("o4"), theirs, 1) }).results[0];
        QCOMPARE(c.status, OpResult::Status::Conflict);
        QCOMPARE(c.record->value(QStringLiteral("capacity")).toInt(), 40);
        QCOMPARE(c.conflicts.size(), 1);
        QCOMPARE(c.conflicts[0].field, QStringLiteral("capacity"));
        QCOMPARE(c.conflicts[0].mine.toInt(), 25);
        QCOMPARE(c.conflicts[0].theirs.toInt(), 40);
        // The same settings again are a no-op, whatever base.
        QCOMPARE(push(s, { offerOp(QStringLiteral("o5"), mine, 1) }).results[0].status, OpResult::Status::Applied);
        QCOMPARE(offerAt(m_svc->store(), QStringLiteral("100013"), QStringLiteral("F")).capacity, 40);

        // A demo offer (version 1, written before sync) is updated from version 1 and fed.
        OfferData demo = data(QStringLiteral("100011"), QStringLiteral("3"));
        demo.capacity = 150;
        const auto u = push(s, { offerOp(QStringLiteral("o6"), demo, 1) }).results[0];
        QCOMPARE(u.status, OpResult::Status::Applied);
        QCOMPARE(u.version, 2);
        QStringList keys;
        const protocol::ChangesPage page = m_svc->changes(s, 0, 100).value();
        for (const auto &ch : page.changes)
            if (ch.entity == QLatin1String("offer"))
                keys << ch.key;
        QCOMPARE(keys, (QStringList{ QStringLiteral("100013:1"), QStringLiteral("100013:F"), QStringLiteral("100011:3") }));
        const auto d = m_svc->digest(s).value();
        // The three offers the feed carries; the seeded ones (seq 0) are in neither.
        QCOMPARE(d.entities.value(QStringLiteral("offer")).count, 3);
    }

    void everyRuleRefusedWithItsCode()
    {
        const Session s = signIn(QStringLiteral("coord1"));
        QVERIFY(push(s, { campusOp(QStringLiteral("c1"), QStringLiteral("100013"), QStringLiteral("南校区")) })
                    .results[0].status
                == OpResult::Status::Applied);
        OfferData unknown = data(QStringLiteral("100013"), QStringLiteral("X"));
        OfferData oralAlone = data(QStringLiteral("100013"), QStringLiteral("S"));
        OfferData freeOral = data(QStringLiteral("100011"), QStringLiteral("F"));
        freeOral.fee = QStringLiteral("0");
        OfferData early = data(QStringLiteral("100011"), QStringLiteral("2"));
        early.windowStart = protocol::toWireTime(m_now.addDays(-31));
        OfferData inverted = data(QStringLiteral("100011"), QStringLiteral("2"));
        inverted.windowEnd = inverted.windowStart;
        OfferData noCampus = data(QStringLiteral("100019"), QStringLiteral("1"));
        OfferData badFee = data(QStringLiteral("100011"), QStringLiteral("2"));
        badFee.fee = QStringLiteral("30,00");
        OfferData writtenOff = data(QStringLiteral("100011"), QStringLiteral("1"));
        writtenOff.offered = false; // F is still offered at 100011
        OfferData negative = data(QStringLiteral("100011"), QStringLiteral("2"));
        negative.capacity = -1;
        protocol::Op wrongKey = offerOp(QStringLiteral("k"), data(QStringLiteral("100011"), QStringLiteral("2")), 1);
        wrongKey.key = QStringLiteral("100012:2");
        const auto r = push(s, { offerOp(QStringLiteral("a"), unknown, 0), offerOp(QStringLiteral("b"), oralAlone, 0),
                                 offerOp(QStringLiteral("c"), freeOral, 1), offerOp(QStringLiteral("d"), early, 1),
                                 offerOp(QStringLiteral("e"), inverted, 1), offerOp(QStringLiteral("f"), noCampus, 0),
                                 offerOp(QStringLiteral("g"), badFee, 1), offerOp(QStringLiteral("h"), writtenOff, 1),
                                 offerOp(QStringLiteral("i"), negative, 1), wrongKey });
        const QStringList expected{ QStringLiteral("offer.unknown_subject"), QStringLiteral("offer.oral_without_written"),
                                    QStringLiteral("offer.fee_required"),    QStringLiteral("offer.window_outside_session"),
                                    QStringLiteral("offer.window_outside_session"), QStringLiteral("offer.unknown_campus"),
                                    QStringLiteral("offer.bad_fee"),         QStringLiteral("offer.oral_without_written"),
                                    QStringLiteral("offer.bad_capacity"),    QStringLiteral("offer.invalid") };
        QStringList got;
        for (const OpResult &o : r.results) {
            QCOMPARE(o.status, OpResult::Status::Rejected);
            QVERIFY(!o.message.isEmpty());
            got << o.code;
        }
        QCOMPARE(got, expected);
        // Nothing changed: the demo offers are still at version 1.
        QCOMPARE(m_svc->digest(s).value().entities.value(QStringLiteral("offer")).maxSeq, 0);
        // Deleting the written subject under an offered oral one is refused as well.
        protocol::Op del = op(QStringLiteral("del"), QStringLiteral("offer"), QStringLiteral("100011:2"), 1, {});
        del.kind = protocol::Op::Kind::Delete;
        QCOMPARE(push(s, { del }).results[0].code, QStringLiteral("offer.oral_without_written"));
    }

    void capacityNeverBelowTakenAndSealed()
    {
        const Session s = signIn(QStringLiteral("coord1"));
        for (int i = 0; i < 3; ++i) {
            const QString id = boundCandidate(context(), QStringLiteral("c%1@example.com").arg(i), i);
            QVERIFY(!id.isEmpty());
            QVERIFY(SubjectBooking(context()).book(id, QStringLiteral("3"), kDemoCampus).ok());
        }
        OfferData lower = data(kDemoCampus, QStringLiteral("3"));
        lower.capacity = 2;
        const auto refused = push(s, { offerOp(QStringLiteral("l1"), lower, 1) }).results[0];
        QCOMPARE(refused.status, OpResult::Status::Rejected);
        QCOMPARE(refused.code, QStringLiteral("offer.capacity_below_taken"));
        QVERIFY2(refused.message.contains(QLatin1Char('3')), qPrintable(refused.message));
        QCOMPARE(refused.record->value(QStringLiteral("taken")).toInt(), 3);
        QCOMPARE(offerAt(m_svc->store(), kDemoCampus, QStringLiteral("3")).capacity, 200);
        lower.capacity = 3; // exactly the seats taken: allowed, the subject shows 无
        const auto exact = push(s, { offerOp(QStringLiteral("l2"), lower, 1) }).results[0];
        QCOMPARE(exact.status, OpResult::Status::Applied);
        QCOMPARE(exact.record->value(QStringLiteral("taken")).toInt(), 3);
        QCOMPARE(shownFor(QStringLiteral("3")), (QStringList{ QStringLiteral("无"), QStringLiteral("red") }));
        // A booked offer can not be deleted.
        protocol::Op del = op(QStringLiteral("d1"), QStringLiteral("offer"), kDemoCampus + QStringLiteral(":3"), 2, {});
        del.kind = protocol::Op::Kind::Delete;
        QCOMPARE(push(s, { del }).results[0].code, QStringLiteral("offer.capacity_below_taken"));

        m_now = m_now.addDays(61); // past seals_at
        lower.capacity = 10;
        const auto sealed = push(s, { offerOp(QStringLiteral("l3"), lower, 2),
                                      campusOp(QStringLiteral("c9"), QStringLiteral("100019"), QStringLiteral("晚")) });
        QCOMPARE(sealed.results[0].code, QStringLiteral("offer.sealed"));
        QCOMPARE(sealed.results[1].code, QStringLiteral("school.sealed"));
    }

    // The dashboard's usage: capacity, taken, paid per offer, and live bookings per hour.
    void schoolCapacityUsage()
    {
        const Session s = signIn(QStringLiteral("coord1"));
        for (int i = 0; i < 2; ++i) {
            const QString id = boundCandidate(context(), QStringLiteral("u%1@example.com").arg(i), i);
            QVERIFY(!id.isEmpty());
            QVERIFY(SubjectBooking(context()).book(id, QStringLiteral("3"), kDemoCampus).ok());
            m_now = m_now.addSecs(3600);
        }
        const QJsonObject usage = m_svc->schoolCapacity(s).value();
        QCOMPARE(usage.value(QStringLiteral("generated_at")).toString(), protocol::toWireTime(m_now));
        int taken = -1;
        for (const QJsonValue &v : usage.value(QStringLiteral("offers")).toArray()) {
            const QJsonObject o = v.toObject();
            if (o.value(QStringLiteral("campus_code")).toString() == kDemoCampus
                && o.value(QStringLiteral("subject")).toString() == QLatin1String("3"))
                taken = o.value(QStringLiteral("taken")).toInt();
        }
        QCOMPARE(taken, 2);
        const QJsonArray hours = usage.value(QStringLiteral("bookings")).toArray();
        QCOMPARE(hours.size(), 2);
        QCOMPARE(hours[0].toObject().value(QStringLiteral("hour")).toString(), QStringLiteral("2026-11-23T10:00:00Z"));
        QCOMPARE(hours[1].toObject().value(QStringLiteral("booked")).toInt(), 1);
        // Another school's coordinator is refused.
        QCOMPARE(m_svc->schoolCapacity(signIn(QStringLiteral("coord3"))).ok(), true); // own school 10002
        QCOMPARE(m_svc->schoolCapacity(signIn(QStringLiteral("coord3")), kDemoSchool).error().code,
                 QStringLiteral("auth.forbidden"));
    }

    // The public view follows a pushed capacity at once (polled for at most one second).
    void publicCapacityFollowsPushWithinASecond()
    {
        const Session s = signIn(QStringLiteral("coord1"));
        OfferData f = data(kDemoCampus, QStringLiteral("F"));
        f.fee = QStringLiteral("50.00");
        f.capacity = 7;
        QCOMPARE(push(s, { offerOp(QStringLiteral("p1"), f, 1) }).results[0].status, OpResult::Status::Applied);
        QElapsedTimer timer;
        timer.start();
        QStringList seen;
        while (timer.elapsed() <= 1000) {
            seen = shownFor(QStringLiteral("F"));
            if (seen.value(0) == QLatin1String("7"))
                break;
            QTest::qWait(50);
        }
        QCOMPARE(seen, (QStringList{ QStringLiteral("7"), QStringLiteral("green") }));
    }

    // Candidates book on their own connections while the coordinator lowers the capacity step by
    // step: taken never passes capacity, every refused booking is subjects.full, every refused
    // change offer.capacity_below_taken, and the counts add up.
    void bookingsRaceCapacityChanges()
    {
        constexpr int kCandidates = 36;
        QStringList ids;
        for (int i = 0; i < kCandidates; ++i) {
            ids << boundCandidate(context(), QStringLiteral("r%1@example.com").arg(i), i);
            QVERIFY(!ids.constLast().isEmpty());
        }
        const Session s = signIn(QStringLiteral("coord1"));
        OfferData offer = data(kDemoCampus, QStringLiteral("3"));
        offer.capacity = 30;
        QCOMPARE(push(s, { offerOp(QStringLiteral("start"), offer, 1) }).results[0].status, OpResult::Status::Applied);

        const QString url = m_db->url();
        const QDateTime at = m_now;
        std::mutex mutex;
        QStringList bookings;
        std::atomic<int> violations{ 0 };
        std::vector<std::thread> threads;
        for (int t = 0; t < 4; ++t) {
            threads.emplace_back([&, t] {
                auto svc = CentralService::open(url);
                for (int i = t; i < kCandidates; i += 4) {
                    QString outcome;
                    if (!svc) {
                        outcome = svc.error().code;
                    } else {
                        SubjectBooking service(CandidateContext{ svc.value()->store(), [at] { return at; } });
                        auto booked = service.book(ids.at(i), QStringLiteral("3"), kDemoCampus);
                        outcome = booked.ok() ? QStringLiteral("booked") : booked.error().code;
                        const auto row = offerAt(svc.value()->store(), kDemoCampus, QStringLiteral("3"));
                        if (row.taken > row.capacity)
                            ++violations;
                    }
                    std::lock_guard<std::mutex> lock(mutex);
                    bookings << outcome;
                }
            });
        }
        // The coordinator, on its own connection, lowers the capacity from 30 towards 10.
        QStringList changes;
        qint64 version = 2;
        int lastApplied = offer.capacity;
        {
            auto svc = CentralService::open(url);
            QVERIFY(svc.ok());
            svc.value()->setClock([at] { return at; });
            auto login = svc.value()->login(protocol::LoginRequest{ QStringLiteral("coord1"), kCoordPw, QStringLiteral("t") },
                                            QStringLiteral("127.0.0.1"));
            QVERIFY(login.ok());
            const Session mine = svc.value()->authenticate(login.value().token).value();
            for (int capacity = 29; capacity >= 10; --capacity) {
                offer.capacity = capacity;
                auto r = svc.value()->push(mine, pushOf({ offerOp(QStringLiteral("cap%1").arg(capacity), offer, version) }));
                QVERIFY(r.ok());
                const OpResult &res = r.value().results[0];
                if (res.status == OpResult::Status::Applied) {
                    version = res.version;
                    lastApplied = capacity;
                    changes << QStringLiteral("applied");
                } else {
                    changes << res.code;
                    if (res.status == OpResult::Status::Rejected)
                        QCOMPARE(res.record->value(QStringLiteral("taken")).toInt() > capacity, true);
                }
            }
        }
        for (auto &t : threads)
            t.join();
        const auto row = offerAt(m_svc->store(), kDemoCampus, QStringLiteral("3"));
        qInfo("capacity %d taken %d; bookings %lld booked, %lld full; changes %lld applied, %lld refused", row.capacity,
              row.taken, qlonglong(bookings.count(QStringLiteral("booked"))),
              qlonglong(bookings.count(codes::full)), qlonglong(changes.count(QStringLiteral("applied"))),
              qlonglong(changes.count(QStringLiteral("offer.capacity_below_taken"))));
        QCOMPARE(violations.load(), 0);
        QCOMPARE(bookings.size(), kCandidates);
        QCOMPARE(bookings.count(QStringLiteral("booked")) + bookings.count(codes::full), kCandidates);
        QCOMPARE(changes.count(QStringLiteral("applied")) + changes.count(QStringLiteral("offer.capacity_below_taken")),
                 20);
        QCOMPARE(row.taken, int(bookings.count(QStringLiteral("booked"))));
        QVERIFY(row.taken <= row.capacity);
        QCOMPARE(row.capacity, lastApplied);
    }

private:
    Session signIn(const QString &user)
    {
        auto r = m_svc->login(protocol::LoginRequest{ user, kCoordPw, QStringLiteral("test") }, QStringLiteral("127.0.0.1"));
        if (!r.ok())
            qFatal("login %s: %s", qPrintable(user), qPrintable(r.error().message));
        return m_svc->authenticate(r.value().token).value();
    }

    protocol::PushResponse push(const Session &s, const QList<protocol::Op> &ops)
    {
        auto r = m_svc->push(s, pushOf(ops));
        if (!r.ok())
            qFatal("push: %s %s", qPrintable(r.error().message), qPrintable(r.error().detail));
        if (r.value().toBody() != protocol::toBody(r.value().toJson()))
            qFatal("push body differs from QJsonDocument's");
        return r.value();
    }

    // An offer inside the demo session's span.
    OfferData data(const QString &campus, const QString &subject)
    {
        OfferData d;
        d.campus = campus;
        d.subject = subject;
        d.windowStart = protocol::toWireTime(m_now.addDays(-1));
        d.windowEnd = protocol::toWireTime(m_now.addDays(30));
        d.examAt = protocol::toWireTime(m_now.addDays(40));
        return d;
    }

    QStringList scopeCampuses()
    {
        auto view = publicCapacity(context(), QStringLiteral("1"), kDemoSchool);
        QStringList out;
        for (const QJsonValue &c : view.value().value(QStringLiteral("campuses")).toArray())
            out << c.toObject().value(QStringLiteral("code")).toString();
        return out;
    }

    QStringList shownFor(const QString &subject)
    {
        auto view = publicCapacity(context(), QStringLiteral("1"), kDemoSchool);
        if (!view)
            return { view.error().code };
        for (const QJsonValue &c : view.value().value(QStringLiteral("campuses")).toArray()) {
            if (c.toObject().value(QStringLiteral("code")).toString() != kDemoCampus)
                continue;
            for (const QJsonValue &v : c.toObject().value(QStringLiteral("subjects")).toArray()) {
                const QJsonObject o = v.toObject();
                if (o.value(QStringLiteral("subject")).toString() == subject)
                    return { o.value(QStringLiteral("shown")).toString(), o.value(QStringLiteral("colour")).toString() };
            }
        }
        return {};
    }

    CandidateContext context() { return CandidateContext{ m_svc->store(), [this] { return m_now; } }; }

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<CentralService> m_svc;
    QDateTime m_now;
};

QTEST_GUILESS_MAIN(TstCentralOffers)
#include "tst_centraloffers.moc"
