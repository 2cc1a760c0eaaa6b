// CET6 reviews in the local database: pulled records, the queue's order and filters, decisions
// with their outbox ops, undo, and the server's answers (applied, disputed, refused), without a
// server.
#include "OutboxRepository.h"
#include "ReviewFixtures.h"
#include "ReviewRepository.h"
#include "SyncStore.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace cet;
using namespace cet::testing;

class TestReviewRepository : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_n = 0;

    std::unique_ptr<Database> open()
    {
        auto db = Database::open(m_dir.filePath(QStringLiteral("r%1.sqlite").arg(++m_n)));
        if (!db)
            qFatal("open failed");
        return std::move(db.value());
    }

    static void pull(Database &db, const QList<ServerChange> &changes)
    {
        SyncStore store(db);
        auto r = store.applyPage(changes, changes.isEmpty() ? 0 : changes.last().seq, QStringLiteral("e1"));
        QVERIFY2(r, r ? "" : qPrintable(r.error().message + r.error().detail));
    }

    static QList<OutboxOp> batch(Database &db)
    {
        auto ops = OutboxRepository(db).nextBatch(100, {});
        return ops ? ops.value() : QList<OutboxOp>();
    }

    static ReviewFilter inState(const QString &state)
    {
        ReviewFilter f;
        f.state = state;
        return f;
    }

    static QStringList keys(const Result<QList<ReviewRow>> &rows)
    {
        QStringList out;
        if (rows) {
            for (const ReviewRow &r : rows.value())
                out << r.key;
        }
        return out;
    }

    // Three pending reviews submitted on different days, one passed, one failed filed by the school.
    void fill(Database &db)
    {
        ReviewSpec a;
        a.id = 1;
        a.submittedAt = a.submittedAt.addDays(2);
        ReviewSpec b;
        b.id = 2;
        b.name = QStringLiteral("李四");
        b.idNumber = QStringLiteral("110101199001010011");
        b.ticket = QStringLiteral("190611000100002");
        b.campus = QStringLiteral("100012");
        ReviewSpec c;
        c.id = 3;
        c.submittedAt = c.submittedAt.addDays(1);
        c.idNumber = QStringLiteral("110101199202020022");
        ReviewSpec d;
        d.id = 4;
        d.state = QStringLiteral("passed");
        d.decidedBy = QStringLiteral("coord1");
        d.submittedAt = d.submittedAt.addDays(-5);
        ReviewSpec e;
        e.id = 5;
        e.state = QStringLiteral("failed");
        e.decidedBy = QStringLiteral("coord2");
        e.filedBy = QStringLiteral("coord2");
        e.submittedAt = e.submittedAt.addDays(-6);
        pull(db, { reviewChange(1, 1, a), reviewChange(2, 1, b), reviewChange(3, 1, c), reviewChange(4, 2, d),
                   reviewChange(5, 2, e) });
        // The roster knows the department of review 2's student.
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral(
            "INSERT INTO students (name, id_type, id_number, campus_code, department, created_at, updated_at)"
            " VALUES ('李四', 1, '110101199001010011', '100012', '外语学院', 'x', 'x')")));
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void queuePendingFirstOldestFirst()
    {
        auto db = open();
        fill(*db);
        ReviewRepository repo(*db);
        QCOMPARE(keys(repo.queue({})), (QStringList{ u"2"_qs, u"3"_qs, u"1"_qs, u"5"_qs, u"4"_qs }));
        QCOMPARE(keys(repo.queue(inState(u"pending"_qs))), (QStringList{ u"2"_qs, u"3"_qs, u"1"_qs }));
        QCOMPARE(keys(repo.queue(inState(u"filed"_qs))), (QStringList{ u"5"_qs }));
        ReviewFilter campus;
        campus.campus = u"100012"_qs;
        QCOMPARE(keys(repo.queue(campus)), (QStringList{ u"2"_qs }));
        ReviewFilter dept;
        dept.department = u"外语学院"_qs;
        QCOMPARE(keys(repo.queue(dept)), (QStringList{ u"2"_qs }));
        QCOMPARE(repo.queue({}).value().first().department, u"外语学院"_qs);
        ReviewFilter search;
        search.search = u"李"_qs;
        QCOMPARE(keys(repo.queue(search)), (QStringList{ u"2"_qs }));
        search.search = u"1906110001000"_qs; // a ticket prefix: all of them
        QCOMPARE(keys(repo.queue(search)).size(), 5);
        search.search = u"110101199003070028"_qs; // the typed ID number: all typed the same
        QCOMPARE(keys(repo.queue(search)).size(), 5);
        search.search = u"1101011990010"_qs; // the student record's ID number
        QCOMPARE(keys(repo.queue(search)), (QStringList{ u"2"_qs }));
        search.search = u"%"_qs; // a wildcard is a character, not a pattern
        QCOMPARE(keys(repo.queue(search)).size(), 0);
        ReviewFilter days;
        days.submittedFrom = QDate(2026, 12, 2);
        days.submittedTo = QDate(2026, 12, 2);
        QCOMPARE(keys(repo.queue(days)), (QStringList{ u"3"_qs }));
        QCOMPARE(repo.campuses().value(), (QStringList{ u"100011"_qs, u"100012"_qs }));
        QCOMPARE(repo.departments().value(), (QStringList{ u"外语学院"_qs }));
    }

    void decideQueuesOpAndUndoWithdrawsIt()
    {
        auto db = open();
        fill(*db);
        ReviewRepository repo(*db);
        auto failNoReason = repo.decide(u"1"_qs, u"fail"_qs, u"  "_qs, {});
        QVERIFY(!failNoReason);
        QCOMPARE(failNoReason.error().code, u"review.reason_required"_qs);
        QVERIFY(batch(*db).isEmpty());
        QVERIFY(repo.decide(u"1"_qs, u"pass"_qs, u"证明有效"_qs, { 1 }));
        QList<OutboxOp> ops = batch(*db);
        QCOMPARE(ops.size(), 1);
        QCOMPARE(ops.first().entity, u"cet6_review"_qs);
        QCOMPARE(ops.first().key, u"1"_qs);
        QCOMPARE(ops.first().baseVersion, 1);
        const QJsonObject c = QJsonDocument::fromJson(ops.first().changes).object();
        QCOMPARE(c.value(u"decision"_qs).toArray().at(1).toString(), u"pass"_qs);
        QVERIFY(c.value(u"decision"_qs).toArray().at(0).isNull());
        QCOMPARE(c.value(u"reason"_qs).toArray().at(1).toString(), u"证明有效"_qs);
        QCOMPARE(c.value(u"evidence_seen"_qs).toArray().at(1).toArray(), QJsonArray{ 1 });
        QCOMPARE(repo.find(u"1"_qs).value()->localDecision, u"pass"_qs);

        // A change of mind before the sync replaces the op.
        QVERIFY(repo.decide(u"1"_qs, u"fail"_qs, u"证明不清"_qs, {}));
        ops = batch(*db);
        QCOMPARE(ops.size(), 1);
        QCOMPARE(QJsonDocument::fromJson(ops.first().changes).object().value(u"decision"_qs).toArray().at(1),
                 QJsonValue(u"fail"_qs));

        QVERIFY(repo.undo(u"1"_qs));
        QVERIFY(batch(*db).isEmpty());
        QVERIFY(!repo.find(u"1"_qs).value()->decidedHere());
        auto again = repo.undo(u"1"_qs);
        QVERIFY(!again);
        QCOMPARE(again.error().code, u"review.nothing_to_undo"_qs);

        // Once sent, the decision can be neither withdrawn nor replaced.
        QVERIFY(repo.decide(u"1"_qs, u"pass"_qs, QString(), {}));
        QVERIFY(OutboxRepository(*db).markSent(batch(*db)));
        QCOMPARE(repo.undo(u"1"_qs).error().code, u"review.decision_in_flight"_qs);
        QCOMPARE(repo.decide(u"1"_qs, u"fail"_qs, u"x"_qs, {}).error().code, u"review.decision_in_flight"_qs);
    }

    void decidedReviewsCanNotBeDecidedAgain()
    {
        auto db = open();
        fill(*db);
        ReviewRepository repo(*db);
        QCOMPARE(repo.decide(u"4"_qs, u"fail"_qs, u"x"_qs, {}).error().code, u"review.already_passed"_qs);
        QCOMPARE(repo.decide(u"5"_qs, u"pass"_qs, {}, {}).error().code, u"review.already_decided"_qs);
        QCOMPARE(repo.decide(u"99"_qs, u"pass"_qs, {}, {}).error().code, u"review.not_found"_qs);
        QCOMPARE(repo.decide(u"1"_qs, u"maybe"_qs, {}, {}).error().code, u"review.invalid_decision"_qs);
        QVERIFY(batch(*db).isEmpty());
    }

    void answersFollowTheServer()
    {
        auto db = open();
        fill(*db);
        ReviewRepository repo(*db);
        OutboxRepository outbox(*db);
        QVERIFY(repo.decide(u"1"_qs, u"pass"_qs, {}, {}));
        QVERIFY(repo.decide(u"2"_qs, u"fail"_qs, u"无证明"_qs, {}));
        QVERIFY(repo.decide(u"3"_qs, u"pass"_qs, {}, {}));
        const QList<OutboxOp> ops = batch(*db);
        QCOMPARE(ops.size(), 3);
        ReviewSpec passed;
        passed.id = 1;
        passed.state = u"passed"_qs;
        passed.decidedBy = u"coord1"_qs;
        ReviewSpec disputed;
        disputed.id = 2;
        disputed.state = u"passed"_qs;
        disputed.decidedBy = u"coord2"_qs;
        disputed.disputes = QJsonArray{ QJsonObject{ { u"by"_qs, u"coord1"_qs }, { u"decision"_qs, u"fail"_qs },
                                                     { u"reason"_qs, u"无证明"_qs } } };
        QList<OutboxOpResult> results(3);
        results[0].opId = ops[0].opId;
        results[0].status = u"applied"_qs;
        results[0].version = 2;
        results[0].record = reviewRecord(passed);
        results[1].opId = ops[1].opId;
        results[1].status = u"conflict"_qs;
        results[1].code = u"review.disputed"_qs;
        results[1].message = u"已由 coord2 复核"_qs;
        results[1].version = 3;
        results[1].record = reviewRecord(disputed);
        results[2].opId = ops[2].opId;
        results[2].status = u"rejected"_qs;
        results[2].code = u"review.closed"_qs;
        results[2].message = u"复核已截止"_qs;
        QVERIFY(outbox.applyResults(ops, results));

        auto one = repo.find(u"1"_qs).value();
        QCOMPARE(one->state, u"passed"_qs);
        QCOMPARE(one->serverVersion, 2);
        QVERIFY(!one->decidedHere());
        auto two = repo.find(u"2"_qs).value();
        QCOMPARE(two->state, u"passed"_qs);
        QCOMPARE(two->disputes, 1);
        QVERIFY(two->localError.startsWith(u"review.disputed"_qs));
        QCOMPARE(repo.record(u"2"_qs).value()->disputes.first().by, u"coord1"_qs);
        auto three = repo.find(u"3"_qs).value();
        QCOMPARE(three->state, u"pending"_qs);
        QVERIFY(!three->decidedHere());
        QVERIFY(three->localError.startsWith(u"review.closed"_qs));

        // Digest: the server versions this desktop holds.
        auto digest = SyncStore(*db).digests();
        QVERIFY(digest);
        QCOMPARE(digest.value().value(u"cet6_review"_qs).count, 5);
    }

    void pulledChangesReplaceAndTombstonesRemove()
    {
        auto db = open();
        fill(*db);
        ReviewRepository repo(*db);
        QVERIFY(repo.decide(u"3"_qs, u"pass"_qs, {}, {}));
        ReviewSpec c;
        c.id = 3;
        c.resubmissions = 2;
        c.idNumber = QStringLiteral("110101199202020022");
        pull(*db, { reviewChange(6, 2, c) });
        auto row = repo.find(u"3"_qs).value();
        QCOMPARE(row->resubmissions, 2);
        QCOMPARE(row->serverVersion, 2);
        QCOMPARE(row->localDecision, u"pass"_qs); // the decision made here waits for its answer
        pull(*db, { reviewChange(7, 1, c) });      // an older version changes nothing
        QCOMPARE(repo.find(u"3"_qs).value()->serverVersion, 2);
        ServerChange gone;
        gone.seq = 8;
        gone.entity = u"cet6_review"_qs;
        gone.key = u"5"_qs;
        gone.version = 3;
        gone.deleted = true;
        pull(*db, { gone });
        QVERIFY(!repo.find(u"5"_qs).value());
    }

    void summaryCountsAndDecisions()
    {
        auto db = open();
        fill(*db);
        ReviewRepository repo(*db);
        QVERIFY(repo.decide(u"1"_qs, u"fail"_qs, u"无证明"_qs, {}));
        auto s = repo.summary();
        QVERIFY(s);
        QCOMPARE(s.value().pending, 3);
        QCOMPARE(s.value().passed, 1);
        QCOMPARE(s.value().failed, 1);
        QCOMPARE(s.value().filed, 1);
        QCOMPARE(s.value().decidedHere, 1);
        QCOMPARE(s.value().submittedByDay.size(), 5);
        QCOMPARE(s.value().decisionsByTeacher.size(), 2);
        auto lines = repo.decisions();
        QVERIFY(lines);
        QCOMPARE(lines.value().size(), 3);
        int unsynced = 0;
        for (const ReviewDecisionLine &l : lines.value()) {
            if (l.unsynced) {
                ++unsynced;
                QCOMPARE(l.state, u"failed"_qs);
                QCOMPARE(l.reason, u"无证明"_qs);
            }
        }
        QCOMPARE(unsynced, 1);
    }
};

QTEST_GUILESS_MAIN(TestReviewRepository)
#include "tst_reviewrepository.moc"
