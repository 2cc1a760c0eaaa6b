// The candidate's CET6 qualification review over HTTP, the real cet-central on 127.0.0.1 (its
// database prepared in-process: the demo's schools, roster, offers and the roster's CET4 score
// records): rule 1 passes at once, rule 2 waits for a teacher and grants the CET6 subjects when
// passed, rule 3 refuses with its cause; what a candidate may do with each state; evidence checked
// by content and size; errors with a code, in Chinese by default and English with
// Accept-Language: en. On PostgreSQL when CETDESK_TEST_PG_URL is set, else on SQLite.

#include "TestApiClient.h"
#include "CentralProcess.h"
#include "CentralService.h"
#include "Cet4ScoreImport.h"
#include "Cet6ReviewService.h"
#include "DemoRoster.h"
#include "DemoScores.h"
#include "IdDocument.h"
#include "IdMask.h"
#include "OutboxSql.h"
#include "PassportSql.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace cet;
using namespace cet::test;
using cet::central::demoStudent;

namespace {
const QString kSchool = QStringLiteral("10001");
const QString kPw = QStringLiteral("secret-pass-1");
const QString kReview = QStringLiteral("/candidate/cet6-review");
const QString kEvidence = QStringLiteral("/candidate/cet6-review/evidence");
constexpr int kRoster = 30;

QByteArray body(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// The demo score record of roster student i (demoCet4Scores keeps students 0-4 of every ten).
QString ticketOf(int i)
{
    return central::review::demoCet4Scores(kSchool, i + 1).last().ticket;
}

QByteArray application(const StudentRecord &s, const QString &ticket, const QString &name = {})
{
    return body({ { QStringLiteral("name"), name.isEmpty() ? s.name : name },
                  { QStringLiteral("id_type"), QString::number(idTypeCode(s.idType)) },
                  { QStringLiteral("id_number"), s.idNumber },
                  { QStringLiteral("cet4_ticket"), ticket } });
}

QString stateOf(const ApiResponse &r)
{
    return r.json.value(QStringLiteral("review")).toObject().value(QStringLiteral("state")).toString();
}

QByteArray jpeg(int size)
{
    QByteArray b("\xFF\xD8\xFF\xE0", 4);
    b.append(QByteArray(size - 4, 'j'));
    return b;
}
} // namespace

class TstCet6ReviewHttp : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase() { m_server.kill(); }
    void init() { m_client->setEnglish(false); }
    void rule1PassesAtOnce();
    void rule2WaitsForATeacherAndThenQualifies();
    void rule3RefusesWithTheCause();
    void failedCanBeResubmittedOrWithdrawn();
    void evidenceByContentAndSize();
    void badRequestsChangeNothing();

private:
    // A signed-in passport bound to roster student i; its token.
    QString boundTo(int i);
    int level6Subjects(const QString &token, const StudentRecord &s);

    QTemporaryDir m_dir;
    TestDatabase m_db;
    CentralProcess m_server;
    std::unique_ptr<central::CentralService> m_svc; // the test's own connection (a teacher's decisions, checks)
    std::unique_ptr<ApiClient> m_api;
    std::unique_ptr<CandidateClient> m_client;
};

void TstCet6ReviewHttp::initTestCase()
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
    QVERIFY2(m_server.start({ QStringLiteral("serve"), QStringLiteral("--db"), m_db.url(), QStringLiteral("--listen"),
                              QStringLiteral("127.0.0.1:0"), QStringLiteral("--threads"), QStringLiteral("3") }),
             qPrintable(m_server.output()));
    m_api = std::make_unique<ApiClient>(m_server.baseUrl());
    m_client = std::make_unique<CandidateClient>(*m_api);
}

QString TstCet6ReviewHttp::boundTo(int i)
{
    const QString email = QStringLiteral("review-%1@example.com").arg(i);
    if (m_client->registerPassport(email, kPw).status != 201)
        return {};
    const QString token = m_client->signIn(email, kPw);
    const StudentRecord s = demoStudent(kSchool, i);
    const ApiResponse r = m_client->bind(token, idTypeCode(s.idType), s.idNumber, s.name);
    if (r.status != 200)
        qWarning().noquote() << "bind" << i << r.describe();
    return token;
}

int TstCet6ReviewHttp::level6Subjects(const QString &token, const StudentRecord &s)
{
    const ApiResponse r = m_client->qualification(token, idTypeCode(s.idType), s.idNumber, s.name);
    int n = 0;
    for (const QJsonValue &v : r.json.value(QStringLiteral("subjects")).toArray())
        n += v.toObject().value(QStringLiteral("level")).toInt() == 6 ? 1 : 0;
    return n;
}

void TstCet6ReviewHttp::rule1PassesAtOnce()
{
    const QString token = boundTo(0);
    const StudentRecord s = demoStudent(kSchool, 0);
    ApiResponse r = m_client->sendRaw("POST", kReview, application(s, ticketOf(0), QStringLiteral("改过的名字")), token);
    QCOMPARE(r.status, 201);
    QCOMPARE(stateOf(r), QStringLiteral("passed"));
    const QJsonObject review = r.json.value(QStringLiteral("review")).toObject();
    QCOMPARE(review.value(QStringLiteral("reason_code")).toString(), QStringLiteral("review.passed"));
    QCOMPARE(review.value(QStringLiteral("id_number")).toString(), maskIdNumber(s.idType, s.idNumber));
    QVERIFY(!r.body.contains(s.idNumber.toUtf8()));
    QVERIFY(review.value(QStringLiteral("reason")).toString().contains(QStringLiteral("复核通过")));

    r = m_client->sendRaw("GET", kReview, {}, token);
    QCOMPARE(r.status, 200);
    QCOMPARE(stateOf(r), QStringLiteral("passed"));
    r = m_client->sendRaw("POST", kReview, application(s, ticketOf(0)), token);
    QCOMPARE(r.status, 409);
    QCOMPARE(r.errorCode(), QStringLiteral("review.exists"));
    r = m_client->sendRaw("PUT", kReview, application(s, ticketOf(0)), token);
    QCOMPARE(r.status, 409);
    QCOMPARE(r.errorCode(), QStringLiteral("review.passed_locked"));
    QCOMPARE(m_client->sendRaw("DELETE", kReview, {}, token).errorCode(), QStringLiteral("review.passed_locked"));

    auto mails = central::outboxsql::forRecipient(m_svc->store(), QStringLiteral("review-0@example.com"));
    QVERIFY(mails.ok());
    bool passedMail = false;
    for (const auto &m : mails.value())
        passedMail = passedMail || m.kind == QLatin1String("review.passed");
    QVERIFY(passedMail);
}

void TstCet6ReviewHttp::rule2WaitsForATeacherAndThenQualifies()
{
    const QString token = boundTo(3);
    const StudentRecord s = demoStudent(kSchool, 3);
    QCOMPARE(level6Subjects(token, s), 0);
    ApiResponse r = m_client->sendRaw("POST", kReview, application(s, ticketOf(3)), token);
    QCOMPARE(r.status, 201);
    QCOMPARE(stateOf(r), QStringLiteral("pending"));
    QVERIFY(r.json.value(QStringLiteral("review")).toObject().value(QStringLiteral("reason")).toString().contains(
        QStringLiteral("未复核")));

    r = m_client->sendRaw("PUT", kReview, application(s, ticketOf(0)), token);
    QCOMPARE(r.status, 409);
    QCOMPARE(r.errorCode(), QStringLiteral("review.pending_locked"));
    QCOMPARE(r.errorMessage(), QStringLiteral("复核申请处于未复核状态，不能修改或删除"));
    m_client->setEnglish(true);
    r = m_client->sendRaw("DELETE", kReview, {}, token);
    QCOMPARE(r.status, 409);
    QCOMPARE(r.errorMessage(), QStringLiteral("A review that waits for the school can not be changed or withdrawn."));
    QCOMPARE(level6Subjects(token, s), 0);

    // The school's teacher passes it: the CET6 subjects open and the candidate is mailed.
    const qint64 id = m_client->sendRaw("GET", kReview, {}, token)
                          .json.value(QStringLiteral("review"))
                          .toObject()
                          .value(QStringLiteral("id"))
                          .toInteger();
    central::review::Cet6ReviewService reviews(m_svc->store(), [] { return QDateTime::currentDateTimeUtc(); });
    QVERIFY(reviews.decide(id, true, QStringLiteral("Police certificate seen"), QStringLiteral("coord1")).ok());
    r = m_client->sendRaw("GET", kReview, {}, token);
    QCOMPARE(stateOf(r), QStringLiteral("passed"));
    QCOMPARE(r.json.value(QStringLiteral("review")).toObject().value(QStringLiteral("reason")).toString(),
             QStringLiteral("Passed by the school: Police certificate seen"));
    QVERIFY(level6Subjects(token, s) > 0);
}

void TstCet6ReviewHttp::rule3RefusesWithTheCause()
{
    const QString token = boundTo(4); // the demo's score of student 4 is below 425
    const StudentRecord s = demoStudent(kSchool, 4);
    ApiResponse r = m_client->sendRaw("POST", kReview, application(s, ticketOf(4)), token);
    QCOMPARE(r.status, 422);
    QCOMPARE(r.errorCode(), QStringLiteral("review.score_too_low"));
    const int total = central::review::demoCet4Scores(kSchool, 5).last().total;
    QCOMPARE(r.errorMessage(), QStringLiteral("四级总分%1分，低于425分").arg(total));
    r = m_client->sendRaw("POST", kReview, application(s, ticketOf(0)), token); // someone else's ticket
    QCOMPARE(r.status, 422);
    QCOMPARE(r.errorCode(), QStringLiteral("review.no_match"));
    // Another student's ID number is refused even with that student's own passed ticket.
    const StudentRecord other = demoStudent(kSchool, 1);
    r = m_client->sendRaw("POST", kReview, application(other, ticketOf(1)), token);
    QCOMPARE(r.status, 422);
    QCOMPARE(r.errorCode(), QStringLiteral("review.not_own_id"));
    r = m_client->sendRaw("GET", kReview, {}, token);
    QCOMPARE(r.status, 404);
    QCOMPARE(r.errorCode(), QStringLiteral("review.none"));
}

void TstCet6ReviewHttp::failedCanBeResubmittedOrWithdrawn()
{
    const QString token = boundTo(13);
    const StudentRecord s = demoStudent(kSchool, 13);
    ApiResponse r = m_client->sendRaw("POST", kReview, application(s, ticketOf(13)), token);
    QCOMPARE(stateOf(r), QStringLiteral("pending"));
    const qint64 id = r.json.value(QStringLiteral("review")).toObject().value(QStringLiteral("id")).toInteger();
    central::review::Cet6ReviewService reviews(m_svc->store(), [] { return QDateTime::currentDateTimeUtc(); });
    QVERIFY(reviews.decide(id, false, QStringLiteral("证明不清晰"), QStringLiteral("coord1")).ok());

    r = m_client->sendRaw("PUT", kReview, application(s, ticketOf(13)), token);
    QCOMPARE(r.status, 200);
    QCOMPARE(stateOf(r), QStringLiteral("pending"));
    QCOMPARE(r.json.value(QStringLiteral("review")).toObject().value(QStringLiteral("resubmissions")).toInt(), 1);
    QVERIFY(reviews.decide(id, false, QStringLiteral("证明不清晰"), QStringLiteral("coord1")).ok());
    r = m_client->sendRaw("DELETE", kReview, {}, token);
    QCOMPARE(r.status, 200);
    QCOMPARE(m_client->sendRaw("GET", kReview, {}, token).errorCode(), QStringLiteral("review.none"));
    r = m_client->sendRaw("POST", kReview, application(s, ticketOf(13)), token);
    QCOMPARE(r.status, 201);
    QCOMPARE(r.json.value(QStringLiteral("review")).toObject().value(QStringLiteral("resubmissions")).toInt(), 2);
}

void TstCet6ReviewHttp::evidenceByContentAndSize()
{
    const QString token = boundTo(23); // pending (rule 2): evidence is for the teacher
    const StudentRecord s = demoStudent(kSchool, 23);
    QCOMPARE(m_client->sendRaw("POST", kEvidence, jpeg(100), token).errorCode(), QStringLiteral("review.none"));
    QCOMPARE(m_client->sendRaw("POST", kReview, application(s, ticketOf(23)), token).status, 201);

    ApiResponse r = m_client->sendRaw("POST", kEvidence, jpeg(200 * 1024), token);
    QCOMPARE(r.status, 201);
    const QJsonObject e = r.json.value(QStringLiteral("evidence")).toObject();
    QCOMPARE(e.value(QStringLiteral("content_type")).toString(), QStringLiteral("image/jpeg"));
    QCOMPARE(e.value(QStringLiteral("number")).toInt(), 1);
    QCOMPARE(e.value(QStringLiteral("size")).toInteger(), 200 * 1024);
    QCOMPARE(m_client->sendRaw("POST", kEvidence, jpeg(200 * 1024), token).status, 200); // the same file again
    r = m_client->sendRaw("POST", kEvidence, QByteArray("%PDF-1.4\n%\xE2\xE3\xCF\xD3\n"), token);
    QCOMPARE(r.status, 201);
    QCOMPARE(r.json.value(QStringLiteral("evidence")).toObject().value(QStringLiteral("number")).toInt(), 2);

    r = m_client->sendRaw("POST", kEvidence, QByteArray("<html>not a scan</html>"), token);
    QCOMPARE(r.status, 415);
    QCOMPARE(r.errorCode(), QStringLiteral("evidence.bad_type"));
    QCOMPARE(r.errorMessage(), QStringLiteral("证明材料只能是JPEG、PNG图片或PDF文件"));
    r = m_client->sendRaw("POST", kEvidence, jpeg(5 * 1024 * 1024 + 1), token);
    QCOMPARE(r.status, 413);
    QCOMPARE(r.errorCode(), QStringLiteral("evidence.too_large"));
    r = m_client->sendRaw("POST", kEvidence, {}, token);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), QStringLiteral("evidence.empty"));
    QCOMPARE(m_client->sendRaw("GET", kReview, {}, token)
                 .json.value(QStringLiteral("review"))
                 .toObject()
                 .value(QStringLiteral("evidence_count"))
                 .toInt(),
             2);
}

void TstCet6ReviewHttp::badRequestsChangeNothing()
{
    const StudentRecord s = demoStudent(kSchool, 10);
    ApiResponse r = m_client->sendRaw("POST", kReview, application(s, ticketOf(10)));
    QCOMPARE(r.status, 401);
    QCOMPARE(r.errorCode(), QStringLiteral("passport.sign_in_needed"));

    // Signed in but not registered: the review belongs to a registration.
    QCOMPARE(m_client->registerPassport(QStringLiteral("unbound@example.com"), kPw).status, 201);
    const QString unbound = m_client->signIn(QStringLiteral("unbound@example.com"), kPw);
    r = m_client->sendRaw("POST", kReview, application(s, ticketOf(10)), unbound);
    QCOMPARE(r.status, 404);
    QCOMPARE(r.errorCode(), QStringLiteral("registration.none"));

    const QString token = boundTo(10);
    QJsonObject extra = QJsonDocument::fromJson(application(s, ticketOf(10))).object();
    extra.insert(QStringLiteral("score"), 600);
    r = m_client->sendRaw("POST", kReview, body(extra), token);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), QStringLiteral("request.unknown_field"));
    QJsonObject wrongType = QJsonDocument::fromJson(application(s, ticketOf(10))).object();
    wrongType.insert(QStringLiteral("id_type"), 9);
    r = m_client->sendRaw("POST", kReview, body(wrongType), token);
    QCOMPARE(r.errorCode(), QStringLiteral("request.wrong_type"));
    wrongType.insert(QStringLiteral("id_type"), QStringLiteral("军官证"));
    r = m_client->sendRaw("POST", kReview, body(wrongType), token);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), QStringLiteral("candidate.bad_id_type"));
    r = m_client->sendRaw("POST", kReview, "{\"name\":", token);
    QCOMPARE(r.errorCode(), QStringLiteral("request.bad_json"));
    QCOMPARE(m_client->sendRaw("GET", kReview, {}, token).errorCode(), QStringLiteral("review.none"));
    // After all that, the passport's one review is still there to file.
    QCOMPARE(m_client->sendRaw("POST", kReview, application(s, ticketOf(10)), token).status, 201);
}

QTEST_GUILESS_MAIN(TstCet6ReviewHttp)
#include "tst_cet6reviewhttp.moc"
