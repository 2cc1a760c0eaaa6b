// OfferService on real SQLite files: campuses and offers edited offline with one outbox op per
// changed record, the offer rules before anything is saved, "same as last sitting", the readiness
// check, and the server's seats taken/paid that no local edit touches.
#include "OfferService.h"
#include "OutboxRepository.h"
#include "StudentRepository.h"
#include "NoticeService.h"
#include "SyncStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace cet;

namespace {

const QDateTime kStart(QDate(2026, 3, 1), QTime(8, 0), Qt::UTC);
const QDateTime kEnd(QDate(2026, 3, 20), QTime(17, 0), Qt::UTC);
const QDateTime kExam(QDate(2026, 6, 13), QTime(1, 0), Qt::UTC);

OfferSettings offer(const QString &campus, const QString &subject, int capacity, qint64 feeFen = 3000)
{
    OfferSettings s;
    s.campusCode = campus;
    s.subject = subject;
    s.offered = true;
    s.capacity = capacity;
    s.feeFen = feeFen;
    s.windowStart = kStart;
    s.windowEnd = kEnd;
    s.examAt = kExam;
    return s;
}

ServerChange change(qint64 seq, const OfferSettings &s, qint64 version, int taken, int paid)
{
    ServerChange c;
    c.seq = seq;
    c.entity = QStringLiteral("offer");
    c.key = offerKey(s.campusCode, s.subject);
    c.version = version;
    c.data = offerToJson(s);
    c.data.insert(QStringLiteral("taken"), taken);
    c.data.insert(QStringLiteral("paid"), paid);
    return c;
}

} // namespace

class TestOfferService : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_n = 0;

    std::unique_ptr<Database> open(const QString &school = QStringLiteral("10001"))
    {
        auto db = Database::open(m_dir.filePath(QStringLiteral("o%1.sqlite").arg(++m_n)));
        if (!db)
            qFatal("open failed");
        if (!SyncStore(*db.value()).saveAccount(u"http://127.0.0.1:9"_qs, u"c"_qs, u"C"_qs, u"coordinator"_qs, school))
            qFatal("account failed");
        return std::move(db.value());
    }

    static QList<OutboxOp> ops(Database &db)
    {
        auto o = OutboxRepository(db).nextBatch(100, {});
        return o ? o.value() : QList<OutboxOp>();
    }

    static void addStudents(Database &db, const QString &campus, int n)
    {
        QList<StudentRecord> records;
        for (int i = 0; i < n; ++i) {
            StudentRecord s;
            s.name = u"学生%1"_qs.arg(i);
            s.idType = IdType::Passport;
            s.idNumber = u"E%1%2"_qs.arg(campus).arg(i, 4, 10, QLatin1Char('0'));
            s.schoolCode = campus.left(5);
            s.campusCode = campus;
            records << s;
        }
        QVERIFY(StudentRepository(db).insert(records));
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void campusCodeAndNameChecked()
    {
        auto db = open();
        OfferService service(*db);
        auto bad = service.saveCampusAndWait({ u"200011"_qs, u"主校区"_qs, QString() });
        QVERIFY(!bad);
        QCOMPARE(bad.error().code, u"campus.bad_code"_qs);
        auto noName = service.saveCampusAndWait({ u"100011"_qs, u"  "_qs, QString() });
        QVERIFY(!noName);
        QCOMPARE(noName.error().code, u"campus.name_required"_qs);
        QVERIFY(ops(*db).isEmpty());
        QCOMPARE(service.saveCampusAndWait({ u"100011"_qs, u" 主校区 "_qs, u"学院路1号"_qs }).value(), true);
        QCOMPARE(service.saveCampusAndWait({ u"100011"_qs, u"主校区"_qs, u"学院路1号"_qs }).value(), false);
        const auto campuses = service.campuses().value();
        QCOMPARE(campuses.size(), 1);
        QCOMPARE(campuses.first().info.name, u"主校区"_qs);
        QVERIFY(campuses.first().pending);
        const QList<OutboxOp> queued = ops(*db);
        QCOMPARE(queued.size(), 1);
        QCOMPARE(queued.first().entity, u"campus"_qs);
        QCOMPARE(queued.first().key, u"100011"_qs);
    }

    void setOffersQueuesOneOpPerChangedRecord()
    {
        auto db = open();
        OfferService service(*db);
        QVERIFY(service.saveCampusAndWait({ u"100011"_qs, u"主校区"_qs, QString() }));
        auto n = service.setOffersAndWait({ offer(u"100011"_qs, u"1"_qs, 120), offer(u"100011"_qs, u"2"_qs, 80),
                                            offer(u"100011"_qs, u"F"_qs, 30) });
        QVERIFY2(n, qPrintable(n ? QString() : n.error().message));
        QCOMPARE(n.value(), 3);
        QCOMPARE(ops(*db).size(), 4); // the campus and three offers
        // One changed, two the same: one more op.
        QCOMPARE(service.setOffersAndWait({ offer(u"100011"_qs, u"1"_qs, 150), offer(u"100011"_qs, u"2"_qs, 80),
                                            offer(u"100011"_qs, u"F"_qs, 30) })
                     .value(),
                 1);
        QCOMPARE(OutboxRepository(*db).counts().value().queued, 5);
        // The second op of the record waits behind the first (one op per record per request);
        // acknowledge the first to see it.
        QList<OutboxOp> queued = ops(*db);
        QList<OutboxOpResult> results;
        for (const OutboxOp &op : std::as_const(queued)) {
            OutboxOpResult r;
            r.opId = op.opId;
            r.status = QStringLiteral("applied");
            r.version = 1;
            results << r;
        }
        QVERIFY(OutboxRepository(*db).applyResults(queued, results));
        queued = ops(*db);
        QCOMPARE(queued.size(), 1);
        const QJsonObject changes = QJsonDocument::fromJson(queued.last().changes).object();
        QCOMPARE(queued.last().key, u"100011:1"_qs);
        QCOMPARE(queued.last().baseVersion, 1);
        QCOMPARE(changes.value(u"capacity"_qs).toArray(), (QJsonArray{ 120, 150 }));
        QCOMPARE(changes.value(u"fee_yuan"_qs).toArray().at(1).toString(), u"30.00"_qs);
        QVERIFY(!changes.contains(u"taken"_qs));
        const auto offers = service.offers().value();
        QCOMPARE(offers.size(), 3);
        QCOMPARE(offers.at(0).settings.subject, u"1"_qs);
        QCOMPARE(offers.at(2).settings.subject, u"F"_qs);
        QCOMPARE(offers.at(0).settings.capacity, 150);
        QCOMPARE(offers.at(0).settings.examAt, kExam);
    }

    void rulesRefuseTheWholeChange()
    {
        auto db = open();
        OfferService service(*db);
        QVERIFY(service.saveCampusAndWait({ u"100011"_qs, u"主校区"_qs, QString() }));
        // Oral F without written 1 at the campus; the written 2 of the same change is not saved either.
        auto r = service.setOffersAndWait({ offer(u"100011"_qs, u"2"_qs, 80), offer(u"100011"_qs, u"F"_qs, 30) });
        QVERIFY(!r);
        QCOMPARE(r.error().code, u"offer.oral_without_written"_qs);
        QCOMPARE(r.error().detail, u"100011:F"_qs);
        QVERIFY(service.offers().value().isEmpty());
        auto fee = service.setOffersAndWait({ offer(u"100011"_qs, u"1"_qs, 80), offer(u"100011"_qs, u"F"_qs, 30, 0) });
        QVERIFY(!fee);
        QCOMPARE(fee.error().code, u"offer.fee_required"_qs);
        auto campus = service.setOffersAndWait({ offer(u"100019"_qs, u"1"_qs, 80) });
        QVERIFY(!campus);
        QCOMPARE(campus.error().code, u"offer.unknown_campus"_qs);
        // Withdrawing the written subject under an offered oral one is refused too.
        QVERIFY(service.setOffersAndWait({ offer(u"100011"_qs, u"1"_qs, 80), offer(u"100011"_qs, u"F"_qs, 30) }));
        OfferSettings withdrawn = offer(u"100011"_qs, u"1"_qs, 80);
        withdrawn.offered = false;
        auto w = service.setOffersAndWait({ withdrawn });
        QVERIFY(!w);
        QCOMPARE(w.error().code, u"offer.oral_without_written"_qs);
        QVERIFY(service.offers().value().at(0).settings.offered);
    }

    void takenComesFromTheServerAndCapacityNotBelowIt()
    {
        auto db = open();
        SyncStore store(*db);
        OfferService service(*db);
        QVERIFY(service.saveCampusAndWait({ u"100011"_qs, u"主校区"_qs, QString() }));
        auto applied = store.applyPage({ change(1, offer(u"100011"_qs, u"F"_qs, 30), 4, 28, 20),
                                         change(2, offer(u"100011"_qs, u"1"_qs, 100), 2, 60, 50) },
                                       2, u"e1"_qs);
        QVERIFY2(applied, qPrintable(applied ? QString() : applied.error().message));
        auto offers = service.offers().value();
        QCOMPARE(offers.size(), 2);
        QCOMPARE(offers.at(1).settings.subject, u"F"_qs);
        QCOMPARE(offers.at(1).taken, 28);
        QCOMPARE(offers.at(1).paid, 20);
        QCOMPARE(offers.at(1).serverVersion, 4);
        auto below = service.setOffersAndWait({ offer(u"100011"_qs, u"F"_qs, 27) });
        QVERIFY(!below);
        QCOMPARE(below.error().code, u"offer.capacity_below_taken"_qs);
        QVERIFY(below.error().message.contains(u"28"_qs));
        QCOMPARE(service.setOffersAndWait({ offer(u"100011"_qs, u"F"_qs, 40) }).value(), 1);
        const QList<OutboxOp> queued = ops(*db);
        QCOMPARE(queued.last().baseVersion, 4);
        // The edit keeps the server's counts; a newer server copy updates them but not the edit.
        QVERIFY(store.applyPage({ change(3, offer(u"100011"_qs, u"F"_qs, 30), 5, 30, 25) }, 3, u"e1"_qs));
        offers = service.offers().value();
        QCOMPARE(offers.at(1).settings.capacity, 40);
        QCOMPARE(offers.at(1).taken, 30);
        QVERIFY(offers.at(1).pending);
    }

    void conflictShowsBothVersions()
    {
        auto db = open();
        SyncStore store(*db);
        OfferService service(*db);
        QVERIFY(store.applyPage({ change(1, offer(u"100011"_qs, u"1"_qs, 100), 1, 0, 0) }, 1, u"e1"_qs));
        QVERIFY(service.saveCampusAndWait({ u"100011"_qs, u"主校区"_qs, QString() }));
        QCOMPARE(service.setOffersAndWait({ offer(u"100011"_qs, u"1"_qs, 150) }).value(), 1);
        QList<OutboxOp> queued = ops(*db);
        const OutboxOp op = queued.last();
        OutboxOpResult res;
        res.opId = op.opId;
        res.status = QStringLiteral("conflict");
        res.version = 2;
        QJsonObject theirs = offerToJson(offer(u"100011"_qs, u"1"_qs, 90));
        theirs.insert(u"taken"_qs, 5);
        res.record = theirs;
        QVERIFY(OutboxRepository(*db).applyResults({ op }, { res }));
        auto c = service.conflict(u"offer"_qs, u"100011:1"_qs).value();
        QVERIFY(c);
        QCOMPARE(c->mine.value(u"capacity"_qs).toInt(), 150);
        QCOMPARE(c->theirs.value(u"capacity"_qs).toInt(), 90);
        QVERIFY(service.offers().value().first().conflict);
        QVERIFY(service.resolveAndWait(u"offer"_qs, u"100011:1"_qs, ConflictChoice::Theirs));
        const Offer after = service.offers().value().first();
        QCOMPARE(after.settings.capacity, 90);
        QVERIFY(!after.conflict);
    }

    void sameAsLastSittingFillsEmptyCampuses()
    {
        auto db = open();
        OfferService service(*db);
        QVERIFY(service.saveCampusAndWait({ u"100011"_qs, u"主校区"_qs, QString() }));
        QVERIFY(service.saveCampusAndWait({ u"100012"_qs, u"东校区"_qs, QString() }));
        QVERIFY(service.saveCampusAndWait({ u"100013"_qs, u"西校区"_qs, QString() }));
        auto none = service.sameAsLastSittingAndWait();
        QVERIFY(!none);
        QCOMPARE(none.error().code, u"offer.nothing_to_copy"_qs);
        QVERIFY(service.setOffersAndWait({ offer(u"100011"_qs, u"1"_qs, 120), offer(u"100011"_qs, u"F"_qs, 30) }));
        QVERIFY(service.setOffersAndWait({ offer(u"100013"_qs, u"2"_qs, 10) }));
        auto copied = service.sameAsLastSittingAndWait();
        QVERIFY2(copied, qPrintable(copied ? QString() : copied.error().message));
        QCOMPARE(copied.value(), 2); // only 100012 had none
        int at2 = 0;
        const QList<Offer> offers = service.offers().value();
        for (const Offer &o : offers) {
            if (o.settings.campusCode == u"100012"_qs) {
                ++at2;
                QCOMPARE(o.settings.windowEnd, kEnd);
            }
        }
        QCOMPARE(at2, 2);
        QCOMPARE(service.sameAsLastSittingAndWait().value(), 0);
    }

    void readinessNamesWhatToFix()
    {
        auto db = open();
        OfferService service(*db);
        addStudents(*db, u"100011"_qs, 5);
        addStudents(*db, u"100012"_qs, 2);
        auto codesOf = [&] {
            QStringList out;
            const QList<ReadinessFinding> findings = service.readiness().value();
            for (const ReadinessFinding &f : findings)
                out << f.campusCode + u' ' + f.code;
            return out;
        };
        QCOMPARE(codesOf(), (QStringList{ u"100011 readiness.campus_missing"_qs, u"100012 readiness.campus_missing"_qs }));
        QVERIFY(service.saveCampusAndWait({ u"100011"_qs, u"主校区"_qs, QString() }));
        QVERIFY(service.saveCampusAndWait({ u"100012"_qs, u"东校区"_qs, QString() }));
        OfferSettings unfinished = offer(u"100012"_qs, u"1"_qs, 10, 0);
        unfinished.examAt = {};
        auto saved = service.setOffersAndWait({ offer(u"100011"_qs, u"1"_qs, 3), unfinished });
        QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().message + saved.error().detail));
        const QList<ReadinessFinding> findings = service.readiness().value();
        QCOMPARE(codesOf(), (QStringList{ u"100011 readiness.capacity_short"_qs, u"100011 readiness.notice_missing"_qs,
                                          u"100012 readiness.fee_missing"_qs, u"100012 readiness.exam_missing"_qs,
                                          u"100012 readiness.notice_missing"_qs }));
        QCOMPARE(findings.at(0).needed, 5);
        QCOMPARE(findings.at(0).available, 3);
        QVERIFY(findings.at(0).message.contains(u"5"_qs));
        QCOMPARE(findings.at(2).key, u"100012:1"_qs);
        QCOMPARE(findings.at(2).field, u"fee_yuan"_qs);
        QCOMPARE(findings.at(3).field, u"exam_at"_qs);
        QVERIFY(NoticeService(*db).saveAndWait(u"10001"_qs, { u"须知"_qs, QString(), QDate(2026, 1, 1) }));
        QVERIFY(service.setOffersAndWait({ offer(u"100011"_qs, u"1"_qs, 5), offer(u"100012"_qs, u"1"_qs, 10) }));
        QCOMPARE(codesOf(), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestOfferService)
#include "tst_offerservice.moc"
