// Entity cet6_review on cet-central over SQLite and PostgreSQL: the coordinators' decision ops
// through the real push (first decision stands, disputes kept and pulled, the qualification, the
// candidate's mail and the audit in the push transaction), the refusals (role, school, sealed
// session, failure without a reason), the change feed's record with its case, the digest, and
// teacher-filed reviews.
#include "CentralFixture.h"
#include "CentralService.h"
#include "CentralStore.h"
#include "Cet4ScoreImport.h"
#include "Cet6ReviewService.h"
#include "Cet6ReviewSql.h"
#include "DemoRoster.h"
#include "DemoScores.h"
#include "IdDocument.h"
#include "OutboxSql.h"
#include "PassportSql.h"

#include <QJsonArray>
#include <QTest>

using namespace cet;
using namespace cet::central;
using namespace cet::central::review;
using namespace cet::central::test;

namespace {
const QString kSchool = QStringLiteral("10001");
const QString kEntity = QStringLiteral("cet6_review");
constexpr int kRoster = 40;

Session staff(const QString &name, const QString &role, const QString &school)
{
    Session s;
    s.staff.name = name;
    s.staff.role = role;
    s.staff.school = school;
    return s;
}

protocol::Op decisionOp(const QString &opId, qint64 id, const QString &decision, const QString &reason,
                        qint64 baseVersion, const QJsonArray &seen = { 1 })
{
    protocol::Op op;
    op.opId = opId;
    op.entity = kEntity;
    op.key = QString::number(id);
    op.baseVersion = baseVersion;
    op.changes.insert(QStringLiteral("decision"), { QJsonValue(), decision });
    if (!reason.isNull())
        op.changes.insert(QStringLiteral("reason"), { QJsonValue(), reason });
    op.changes.insert(QStringLiteral("evidence_seen"), { QJsonValue(), seen });
    return op;
}

QString emailOf(int i)
{
    return QStringLiteral("cand-%1@example.com").arg(i);
}
} // namespace

class TestCet6ReviewSync : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<CentralService> m_central;
    std::unique_ptr<CentralStore> m_store;
    std::unique_ptr<Cet6ReviewService> m_reviews;
    QDateTime m_now;

    ReviewCandidate candidate(int i)
    {
        const StudentRecord s = demoStudent(kSchool, i);
        return ReviewCandidate{ QStringLiteral("%1").arg(i, 32, 10, QLatin1Char('0')), kSchool, s.campusCode,
                                idTypeCode(s.idType), s.idNumber };
    }

    // Roster student i's review (students 3, 13, 23, … are pending: their score has an old ID).
    cet6reviewsql::ReviewRow submit(int i)
    {
        const ReviewCandidate c = candidate(i);
        passportsql::PassportRow passport{ c.passportId, emailOf(i), {}, {}, m_now };
        if (!passportsql::insertPassport(*m_store, passport, passport.email).ok())
            qWarning() << "passport" << i;
        const StudentRecord s = demoStudent(kSchool, i);
        const QString ticket = demoCet4Scores(kSchool, i + 1).last().ticket;
        auto r = m_reviews->submit(c, Cet6ReviewApplication{ s.name, s.idType, s.idNumber, ticket });
        if (!r)
            qWarning() << r.error().code << r.error().message;
        return r ? r.value() : cet6reviewsql::ReviewRow{};
    }

    protocol::OpResult push(const Session &session, const protocol::Op &op)
    {
        auto r = m_central->push(session, pushOf({ op }), session.staff.school);
        if (!r) {
            qWarning() << r.error().code << r.error().message;
            return {};
        }
        return r.value().results.value(0);
    }

    cet6reviewsql::ReviewRow stored(qint64 id)
    {
        auto r = cet6reviewsql::findById(*m_store, id);
        return r && r.value() ? *r.value() : cet6reviewsql::ReviewRow{};
    }

    int mailsOfKind(int i, const QString &kind)
    {
        auto mails = outboxsql::forRecipient(*m_store, emailOf(i));
        int n = 0;
        for (const auto &m : mails.value())
            n += m.kind == kind ? 1 : 0;
        return n;
    }

    // The review's changes in the school's feed after `since`.
    QList<protocol::Change> feed(qint64 id, qint64 since = 0)
    {
        auto page = m_central->changes(staff(QStringLiteral("coord1"), QStringLiteral("coordinator"), kSchool), since,
                                       1000, kSchool);
        QList<protocol::Change> out;
        if (!page) {
            qWarning() << page.error().code << page.error().message;
            return out;
        }
        for (const auto &c : page.value().changes) {
            if (c.entity == kEntity && c.key == QString::number(id))
                out.append(c);
        }
        return out;
    }

    qint64 auditRows(const QString &action, const QString &key)
    {
        qint64 n = 0;
        auto r = m_central->exportAudit(m_now.addDays(-1), m_now.addDays(100), [&](const QJsonObject &o) {
            if (o.value(QStringLiteral("action")).toString() == action
                && o.value(QStringLiteral("entity_key")).toString() == key)
                ++n;
        });
        return r ? n : -1;
    }

private slots:
    void initTestCase_data() { addBackendRows(); }
    void initTestCase() { CentralService::setFastPasswordHashing(true); }

    void init()
    {
        m_db = backendDatabase();
        if (!m_db->skipReason().isEmpty())
            QSKIP(qPrintable(m_db->skipReason()));
        m_now = QDateTime(QDate(2026, 11, 23), QTime(10, 0), Qt::UTC);
        m_central = openMigrated(*m_db, &m_now);
        QVERIFY(m_central);
        QVERIFY(m_central->seedDemo(kRoster).ok());
        auto store = CentralStore::open(m_db->url());
        QVERIFY(store.ok());
        m_store = std::move(store.value());
        QVERIFY(importCet4Scores(*m_store, demoCet4Scores(kSchool, kRoster)).ok());
        m_reviews = std::make_unique<Cet6ReviewService>(*m_store, [this] { return m_now; });
    }

    void cleanup()
    {
        m_reviews.reset();
        m_store.reset();
        m_central.reset();
        m_db.reset();
    }

    void decisionQualifiesMailsAndAudits()
    {
        const auto review = submit(3);
        QCOMPARE(review.state, QStringLiteral("pending"));
        QVERIFY(m_reviews->addEvidence(candidate(3), QByteArray("\xFF\xD8\xFF\xE0proof", 9)).ok());
        const StudentRecord s = demoStudent(kSchool, 3);
        QVERIFY(!cet6reviewsql::hasPassedReview(*m_store, idTypeCode(s.idType), s.idNumber).value());

        // The pending review is in the feed with its case.
        auto before = feed(review.id);
        QCOMPARE(before.size(), 1);
        const QJsonObject rec = *before.first().data;
        QCOMPARE(rec.value(QStringLiteral("state")).toString(), QStringLiteral("pending"));
        QCOMPARE(rec.value(QStringLiteral("student")).toObject().value(QStringLiteral("name")).toString(), s.name);
        const QJsonObject score = rec.value(QStringLiteral("score")).toObject();
        QCOMPARE(score.value(QStringLiteral("name")).toString(), s.name);
        QVERIFY(score.value(QStringLiteral("id_number")).toString() != s.idNumber); // the older ID number
        QCOMPARE(rec.value(QStringLiteral("evidence")).toArray().size(), 1);
        QCOMPARE(rec.value(QStringLiteral("evidence")).toArray().first().toObject().value(QStringLiteral("n")).toInt(), 1);
        QVERIFY(rec.value(QStringLiteral("decided_by")).isNull());
        QVERIFY(rec.value(QStringLiteral("window_closes_at")).isString());
        const qint64 version = before.first().version;

        const auto r = push(staff(QStringLiteral("coord1"), QStringLiteral("coordinator"), kSchool),
                            decisionOp(QStringLiteral("op-pass-3"), review.id, QStringLiteral("pass"),
                                       QStringLiteral("户籍证明已核对"), version));
        QCOMPARE(r.status, protocol::OpResult::Status::Applied);
        QVERIFY(r.seq > 0);
        QCOMPARE(r.record->value(QStringLiteral("state")).toString(), QStringLiteral("passed"));
        QCOMPARE(r.record->value(QStringLiteral("decided_by")).toString(), QStringLiteral("coord1"));
        QCOMPARE(r.record->value(QStringLiteral("id")).toInteger(), review.id);

        QVERIFY(cet6reviewsql::hasPassedReview(*m_store, idTypeCode(s.idType), s.idNumber).value());
        QCOMPARE(mailsOfKind(3, QStringLiteral("cet6_review_decided")), 1);
        QCOMPARE(auditRows(QStringLiteral("review.decide"), QString::number(review.id)), 1);
        const auto after = feed(review.id, before.first().seq);
        QCOMPARE(after.size(), 1);
        QCOMPARE(after.first().originOpId, QStringLiteral("op-pass-3"));
        QCOMPARE(after.first().data->value(QStringLiteral("state")).toString(), QStringLiteral("passed"));

        auto digest = m_central->digest(staff(QStringLiteral("coord1"), QStringLiteral("coordinator"), kSchool), kSchool);
        QVERIFY(digest.ok());
        QCOMPARE(digest.value().entities.value(kEntity).count, 1);
        QCOMPARE(digest.value().entities.value(kEntity).maxSeq, after.first().seq);
    }

    void firstDecisionStandsTheOtherIsDisputed()
    {
        const auto review = submit(13);
        const Session coord1 = staff(QStringLiteral("coord1"), QStringLiteral("coordinator"), kSchool);
        const Session coord2 = staff(QStringLiteral("coord2"), QStringLiteral("coordinator"), kSchool);
        // Both desks decided offline from the same version.
        auto first = push(coord1, decisionOp(QStringLiteral("a-1"), review.id, QStringLiteral("pass"),
                                             QStringLiteral("证明有效"), review.version));
        QCOMPARE(first.status, protocol::OpResult::Status::Applied);
        const qint64 decidedSeq = first.seq;
        auto second = push(coord2, decisionOp(QStringLiteral("b-1"), review.id, QStringLiteral("fail"),
                                              QStringLiteral("证明模糊"), review.version));
        QCOMPARE(second.status, protocol::OpResult::Status::Conflict);
        QCOMPARE(second.code, QStringLiteral("review.disputed"));
        QCOMPARE(second.record->value(QStringLiteral("state")).toString(), QStringLiteral("passed"));
        const QJsonArray disputes = second.record->value(QStringLiteral("disputes")).toArray();
        QCOMPARE(disputes.size(), 1);
        QCOMPARE(disputes.first().toObject().value(QStringLiteral("by")).toString(), QStringLiteral("coord2"));
        QCOMPARE(disputes.first().toObject().value(QStringLiteral("decision")).toString(), QStringLiteral("fail"));
        QCOMPARE(disputes.first().toObject().value(QStringLiteral("reason")).toString(), QStringLiteral("证明模糊"));

        // Both desks pull the dispute: a new seq, no origin op id to skip.
        const auto pulled = feed(review.id, decidedSeq);
        QCOMPARE(pulled.size(), 1);
        QVERIFY(pulled.first().originOpId.isEmpty());
        QCOMPARE(pulled.first().data->value(QStringLiteral("disputes")).toArray().size(), 1);
        QCOMPARE(stored(review.id).state, QStringLiteral("passed"));
        QCOMPARE(stored(review.id).decidedBy, QStringLiteral("coord1"));
        QCOMPARE(mailsOfKind(13, QStringLiteral("cet6_review_decided")), 1);
        QCOMPARE(auditRows(QStringLiteral("review.dispute"), QString::number(review.id)), 1);

        // The same decision again is applied and changes nothing; a retried op id answers as before.
        const qint64 seqBefore = stored(review.id).seq;
        auto same = push(coord2, decisionOp(QStringLiteral("b-2"), review.id, QStringLiteral("pass"),
                                            QStringLiteral("同意"), review.version));
        QCOMPARE(same.status, protocol::OpResult::Status::Applied);
        QCOMPARE(same.seq, 0);
        QCOMPARE(stored(review.id).seq, seqBefore);
        auto retried = push(coord2, decisionOp(QStringLiteral("b-1"), review.id, QStringLiteral("fail"),
                                               QStringLiteral("证明模糊"), review.version));
        QCOMPARE(retried.status, protocol::OpResult::Status::Conflict);
        QCOMPARE(retried.record->value(QStringLiteral("disputes")).toArray().size(), 1); // the case, read again
        QCOMPARE(feed(review.id, decidedSeq).first().data->value(QStringLiteral("disputes")).toArray().size(), 1);
    }

    void refusalsChangeNothing()
    {
        const auto review = submit(23);
        const auto refused = [&](const Session &session, const protocol::Op &op, const QString &code) {
            auto r = m_central->push(session, pushOf({ op }), session.staff.school);
            if (!r)
                return r.error().code == code; // the push itself refused (another school's scope)
            const protocol::OpResult &o = r.value().results.first();
            if (o.status != protocol::OpResult::Status::Rejected || o.code != code)
                qWarning() << "got" << protocol::statusName(o.status) << o.code << "want" << code;
            return o.status == protocol::OpResult::Status::Rejected && o.code == code;
        };
        const Session coord1 = staff(QStringLiteral("coord1"), QStringLiteral("coordinator"), kSchool);
        const auto op = [&](const QString &id, const QString &decision, const QString &reason) {
            return decisionOp(id, review.id, decision, reason, review.version);
        };
        QVERIFY(refused(staff(QStringLiteral("agent1"), QStringLiteral("cs_agent"), {}),
                        op(QStringLiteral("r-1"), QStringLiteral("pass"), QStringLiteral("ok")),
                        QStringLiteral("auth.forbidden"))
                || refused(staff(QStringLiteral("admin"), QStringLiteral("admin"), kSchool),
                           op(QStringLiteral("r-1"), QStringLiteral("pass"), QStringLiteral("ok")),
                           QStringLiteral("review.forbidden")));
        QVERIFY(refused(staff(QStringLiteral("coord3"), QStringLiteral("coordinator"), QStringLiteral("10002")),
                        op(QStringLiteral("r-2"), QStringLiteral("pass"), QStringLiteral("ok")),
                        QStringLiteral("review.forbidden")));
        QVERIFY(refused(coord1, op(QStringLiteral("r-3"), QStringLiteral("fail"), QStringLiteral("  ")),
                        QStringLiteral("review.reason_required")));
        QVERIFY(refused(coord1, op(QStringLiteral("r-4"), QStringLiteral("maybe"), QStringLiteral("x")),
                        QStringLiteral("review.invalid")));
        QVERIFY(refused(coord1, decisionOp(QStringLiteral("r-5"), 999999, QStringLiteral("pass"), {}, 1),
                        QStringLiteral("review.not_found")));
        const QDateTime was = m_now;
        m_now = m_now.addDays(61); // the demo's exam session seals 60 days after it was made
        QVERIFY(refused(coord1, op(QStringLiteral("r-6"), QStringLiteral("pass"), QStringLiteral("ok")),
                        QStringLiteral("review.closed")));
        m_now = was;
        QCOMPARE(stored(review.id).state, QStringLiteral("pending"));
        QCOMPARE(stored(review.id).version, review.version);
        QCOMPARE(mailsOfKind(23, QStringLiteral("cet6_review_decided")), 0);
        // Still decidable afterwards.
        QCOMPARE(push(coord1, op(QStringLiteral("r-7"), QStringLiteral("fail"), QStringLiteral("无证明"))).status,
                 protocol::OpResult::Status::Applied);
        QCOMPARE(stored(review.id).state, QStringLiteral("failed"));
    }

    void resubmissionKeepsTheFailedRound()
    {
        const auto review = submit(33);
        const Session coord1 = staff(QStringLiteral("coord1"), QStringLiteral("coordinator"), kSchool);
        QCOMPARE(push(coord1, decisionOp(QStringLiteral("f-1"), review.id, QStringLiteral("fail"),
                                         QStringLiteral("证明不清晰"), review.version))
                     .status,
                 protocol::OpResult::Status::Applied);
        QCOMPARE(mailsOfKind(33, QStringLiteral("cet6_review_decided")), 1);
        const StudentRecord s = demoStudent(kSchool, 33);
        auto again = m_reviews->resubmit(
            candidate(33), Cet6ReviewApplication{ s.name, s.idType, s.idNumber,
                                                  demoCet4Scores(kSchool, 34).last().ticket });
        QVERIFY(again.ok());
        const auto changes = feed(review.id);
        QCOMPARE(changes.size(), 1);
        const QJsonObject rec = *changes.first().data;
        QCOMPARE(rec.value(QStringLiteral("state")).toString(), QStringLiteral("pending"));
        QCOMPARE(rec.value(QStringLiteral("resubmissions")).toInt(), 1);
        const QJsonArray history = rec.value(QStringLiteral("history")).toArray();
        QCOMPARE(history.size(), 1);
        QCOMPARE(history.first().toObject().value(QStringLiteral("state")).toString(), QStringLiteral("failed"));
        QCOMPARE(history.first().toObject().value(QStringLiteral("reason")).toString(), QStringLiteral("证明不清晰"));
        QCOMPARE(history.first().toObject().value(QStringLiteral("decided_by")).toString(), QStringLiteral("coord1"));
        QVERIFY(changes.first().originOpId.isEmpty()); // the candidate's change: every desk pulls it
        // A new decision on the resubmitted review stands again.
        QCOMPARE(push(coord1, decisionOp(QStringLiteral("f-2"), review.id, QStringLiteral("pass"), QStringLiteral("补充材料有效"),
                                         changes.first().version))
                     .status,
                 protocol::OpResult::Status::Applied);
    }

    void teacherFiledReview()
    {
        const Session coord1 = staff(QStringLiteral("coord1"), QStringLiteral("coordinator"), kSchool);
        const StudentRecord s = demoStudent(kSchool, 7); // no CET4 record on file
        protocol::Op op;
        op.opId = QStringLiteral("file-1");
        op.entity = kEntity;
        op.key = QStringLiteral("t-3f1c2d");
        const auto set = [&op](const char *field, const QJsonValue &v) {
            op.changes.insert(QLatin1String(field), { QJsonValue(), v });
        };
        set("student_id_type", idTypeCode(s.idType));
        set("student_id_number", s.idNumber);
        set("name", s.name);
        set("cet4_ticket", QString());
        set("exam_year", 2003);
        set("exam_month", 12);
        set("total", 512);
        set("decision", QStringLiteral("pass"));
        set("reason", QStringLiteral("2003年成绩单原件"));
        auto r = push(coord1, op);
        QCOMPARE(r.status, protocol::OpResult::Status::Applied);
        const qint64 id = r.record->value(QStringLiteral("id")).toInteger();
        QVERIFY(id > 0);
        QCOMPARE(r.record->value(QStringLiteral("filed_by")).toString(), QStringLiteral("coord1"));
        QCOMPARE(r.record->value(QStringLiteral("state")).toString(), QStringLiteral("passed"));
        QCOMPARE(r.record->value(QStringLiteral("score")).toObject().value(QStringLiteral("exam_year")).toInt(), 2003);
        QVERIFY(cet6reviewsql::hasPassedReview(*m_store, idTypeCode(s.idType), s.idNumber).value());
        const auto changes = feed(id);
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes.first().originOpId, QStringLiteral("file-1"));
        QCOMPARE(auditRows(QStringLiteral("review.file"), QString::number(id)), 1);

        op.opId = QStringLiteral("file-1-again"); // the same filing under another op id: one review
        QCOMPARE(push(coord1, op).record->value(QStringLiteral("id")).toInteger(), id);
        op.opId = QStringLiteral("file-1"); // a retried op id: the same answer, the case read again
        QCOMPARE(push(coord1, op).record, r.record);
        // What is kept of the answers for retries holds no ID number (the case carries several).
        QCOMPARE(m_store->scalar(QStringLiteral("SELECT COUNT(*) FROM op_results WHERE result_json LIKE '%%1%'")
                                     .arg(s.idNumber))
                     .value()
                     .toLongLong(),
                 0);

        op.opId = QStringLiteral("file-2");
        op.key = QStringLiteral("t-unknown");
        op.changes[QStringLiteral("student_id_number")].newValue = QStringLiteral("110101199001011237");
        r = push(coord1, op);
        QCOMPARE(r.status, protocol::OpResult::Status::Rejected);
        QCOMPARE(r.code, QStringLiteral("review.student_unknown"));
    }
};

QTEST_GUILESS_MAIN(TestCet6ReviewSync)
#include "tst_cet6reviewsync.moc"
