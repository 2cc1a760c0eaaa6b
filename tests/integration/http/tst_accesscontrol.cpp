// Access control over HTTP: every endpoint × role (coordinator of school A, coordinator of
// school B, cs_agent, cs_supervisor, admin, no token, forged token) × school. A coordinator of
// one school never reads or changes another school's data; no or forged tokens get nothing.
// Runs `cet-central demo` (schools 10001 = A and 10002 = B) on a fresh database.
// The customer-service endpoints (/api/v1/cs/…): every one × every role × a candidate of either
// school; only cs_agent and cs_supervisor get in, only a supervisor decides, never on their own
// request, and a refused call changes nothing.
// A review's evidence file (/api/v1/reviews/{id}/evidence/{n}): only a coordinator of the
// review's school gets the bytes.

#include "TestApiClient.h"
#include "CentralProcess.h"
#include "CsCases.h"
#include "DemoRoster.h"
#include "DemoScores.h"
#include "IdDocument.h"
#include "TestStudents.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace cet;
using namespace cet::test;

namespace {
const QString kSchoolA = QStringLiteral("10001");
const QString kSchoolB = QStringLiteral("10002");
const QString kChanges = QStringLiteral("/api/v1/sync/changes");
const QString kPush = QStringLiteral("/api/v1/sync/push");
const QString kDigest = QStringLiteral("/api/v1/sync/digest");
const QString kSchoolCapacity = QStringLiteral("/api/v1/school/capacity");
const QString kSchoolRegistrations = QStringLiteral("/api/v1/school/registrations");
const QString kMe = QStringLiteral("/api/v1/auth/me");
const QString kLogout = QStringLiteral("/api/v1/auth/logout");

constexpr int kCsPool = 75; // students per school for the customer-service rows

enum class Who { CoordA, CoordB, Agent, Supervisor, Admin, NoToken, Forged, SupervisorOwn };
using CsCall = CsCases::Call;
} // namespace
Q_DECLARE_METATYPE(Who)
Q_DECLARE_METATYPE(CsCall)

class TstAccessControl : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void me_data();
    void me();
    void readScope_data();
    void readScope();
    void pushScope_data();
    void pushScope();
    void coordinatorCannotWriteOtherSchool();
    void logoutOnlyOwnToken();
    void csEndpoints_data();
    void csEndpoints();
    void csLookupNeedsReason();
    void reviewEvidence_data();
    void reviewEvidence();
    void reviewEvidenceAdded_data() { addRoles(); }
    void reviewEvidenceAdded();
    void schoolBUnchanged();

private:
    QString token(Who who) const;
    static void addRoles();
    QJsonObject snapshotB();
    // A pending CET6 review of school A's demo student `student`, with `proof` uploaded: its id.
    qint64 reviewWithEvidence(int student, const QByteArray &proof);

    QTemporaryDir m_dir;
    TestDatabase m_db;
    CentralProcess m_server;
    std::unique_ptr<ApiClient> m_api;
    QMap<Who, QString> m_tokens;
    QJsonObject m_bBefore; // school B's changes + digest after setup
    std::unique_ptr<CsCases> m_cs;
    int m_op = 0;
    qint64 m_reviewA = 0;
    QByteArray m_proof;
};

QString TstAccessControl::token(Who who) const
{
    if (who == Who::NoToken)
        return {};
    if (who == Who::SupervisorOwn)
        return m_tokens.value(Who::Supervisor);
    if (who == Who::Forged)
        return QStringLiteral("dGhpcyBpcyBub3QgYSByZWFsIHRva2VuIGF0IGFsbCEhISE");
    return m_tokens.value(who);
}

void TstAccessControl::addRoles()
{
    QTest::addColumn<Who>("who");
    QTest::newRow("coordinator A") << Who::CoordA;
    QTest::newRow("coordinator B") << Who::CoordB;
    QTest::newRow("cs_agent") << Who::Agent;
    QTest::newRow("cs_supervisor") << Who::Supervisor;
    QTest::newRow("admin") << Who::Admin;
    QTest::newRow("no token") << Who::NoToken;
    QTest::newRow("forged token") << Who::Forged;
}

QJsonObject TstAccessControl::snapshotB()
{
    const ApiResponse changes = m_api->get(kChanges + QStringLiteral("?since=0&limit=5000"), token(Who::CoordB));
    const ApiResponse digest = m_api->get(kDigest, token(Who::CoordB));
    if (changes.status != 200 || digest.status != 200)
        return {};
    return { { QStringLiteral("changes"), changes.json.value(QStringLiteral("changes")) },
        { QStringLiteral("digest"), digest.json } };
}

void TstAccessControl::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    QVERIFY2(m_db.create(m_dir.path(), &error), qPrintable(error));
    QVERIFY2(m_server.start({ QStringLiteral("demo"), QStringLiteral("--db"), m_db.url(), QStringLiteral("--listen"),
                 QStringLiteral("127.0.0.1:0"), QStringLiteral("--roster"), QStringLiteral("20"),
                 QStringLiteral("--cet4-scores") }),
        qPrintable(m_server.output()));
    m_api = std::make_unique<ApiClient>(m_server.baseUrl());
    const QList<std::tuple<Who, QString, QString>> users = {
        { Who::CoordA, QStringLiteral("coord1"), QStringLiteral("demo-coordinator") },
        { Who::CoordB, QStringLiteral("coord3"), QStringLiteral("demo-coordinator") },
        { Who::Agent, QStringLiteral("agent1"), QStringLiteral("demo-cs_agent") },
        { Who::Supervisor, QStringLiteral("super1"), QStringLiteral("demo-cs_supervisor") },
        { Who::Admin, QStringLiteral("admin"), QStringLiteral("demo-admin") },
    };
    for (const auto &[who, name, password] : users) {
        ApiResponse r;
        const QString t = m_api->login(name, password, &r);
        QVERIFY2(!t.isEmpty(), qPrintable(name + QLatin1Char(' ') + r.describe()));
        m_tokens.insert(who, t);
    }
    // School B gets records of its own.
    QJsonArray ops;
    for (int i = 0; i < 3; ++i)
        ops.append(createOp(QStringLiteral("b-create-%1").arg(i), makeStudent(500 + i, kSchoolB)));
    const ApiResponse push = m_api->postJson(kPush, pushBody(ops), token(Who::CoordB));
    QVERIFY2(push.status == 200, qPrintable(push.describe()));
    for (const QJsonValue &r : push.json.value(QStringLiteral("results")).toArray())
        QCOMPARE(r.toObject().value(QStringLiteral("status")).toString(), QStringLiteral("applied"));
    m_cs = std::make_unique<CsCases>(*m_api, token(Who::Agent), token(Who::Supervisor));
    QVERIFY(m_cs->seedPool(kSchoolA, token(Who::CoordA), kCsPool, 5000));
    QVERIFY(m_cs->seedPool(kSchoolB, token(Who::CoordB), kCsPool, 6000));
    m_proof = QByteArray("\xFF\xD8\xFF\xE0 a scanned police certificate", 34);
    m_reviewA = reviewWithEvidence(13, m_proof);
    QVERIFY(m_reviewA > 0);
    m_bBefore = snapshotB();
    QVERIFY(!m_bBefore.isEmpty());
    QCOMPARE(m_bBefore.value(QStringLiteral("changes")).toArray().size(), 3 + kCsPool);
}

void TstAccessControl::cleanupTestCase()
{
    m_server.kill();
}

void TstAccessControl::me_data()
{
    addRoles();
}

void TstAccessControl::me()
{
    QFETCH(Who, who);
    const ApiResponse r = m_api->get(kMe, token(who));
    if (who == Who::NoToken || who == Who::Forged) {
        QCOMPARE(r.status, 401);
        QCOMPARE(r.errorCode(), QStringLiteral("auth.bad_token"));
        QVERIFY(!r.json.contains(QStringLiteral("user")));
        return;
    }
    QVERIFY2(r.status == 200, qPrintable(r.describe()));
    const QString school = r.json.value(QStringLiteral("user")).toObject().value(QStringLiteral("school")).toString();
    QCOMPARE(school, who == Who::CoordA ? kSchoolA : who == Who::CoordB ? kSchoolB : QString());
}

void TstAccessControl::readScope_data()
{
    QTest::addColumn<Who>("who");
    QTest::addColumn<QString>("school"); // ?school=; empty: none
    QTest::addColumn<int>("status"); // expected
    QTest::addColumn<QString>("seen"); // the school whose data comes back (200)
    const QList<std::tuple<const char *, Who>> roles = { { "coordinator A", Who::CoordA },
        { "coordinator B", Who::CoordB }, { "cs_agent", Who::Agent }, { "cs_supervisor", Who::Supervisor },
        { "admin", Who::Admin }, { "no token", Who::NoToken }, { "forged token", Who::Forged } };
    for (const auto &[name, who] : roles) {
        for (const QString &school : { QString(), kSchoolA, kSchoolB }) {
            int status = 0;
            QString seen;
            switch (who) {
            case Who::NoToken:
            case Who::Forged:
                status = 401;
                break;
            case Who::Agent:
            case Who::Supervisor:
            case Who::SupervisorOwn:
                status = 403;
                break;
            case Who::Admin:
                status = school.isEmpty() ? -4 : 200; // without a school: some 4xx
                seen = school;
                break;
            case Who::CoordA:
            case Who::CoordB: {
                const QString own = who == Who::CoordA ? kSchoolA : kSchoolB;
                status = school.isEmpty() || school == own ? 200 : 403;
                seen = own;
                break;
            }
            }
            QTest::addRow("%s, school=%s", name, qPrintable(school.isEmpty() ? QStringLiteral("-") : school))
                << who << school << status << seen;
        }
    }
}

void TstAccessControl::readScope()
{
    QFETCH(Who, who);
    QFETCH(QString, school);
    QFETCH(int, status);
    QFETCH(QString, seen);
    const QString query = school.isEmpty() ? QString() : QStringLiteral("school=") + school;
    const ApiResponse changes = m_api->get(
        kChanges + QStringLiteral("?since=0&limit=5000") + (query.isEmpty() ? QString() : QLatin1Char('&') + query),
        token(who));
    const ApiResponse digest
        = m_api->get(kDigest + (query.isEmpty() ? QString() : QLatin1Char('?') + query), token(who));
    // The online dashboard's usage has the scope of the sync reads.
    const ApiResponse capacity
        = m_api->get(kSchoolCapacity + (query.isEmpty() ? QString() : QLatin1Char('?') + query), token(who));
    // So have the students' registration states.
    const ApiResponse registrations
        = m_api->get(kSchoolRegistrations + (query.isEmpty() ? QString() : QLatin1Char('?') + query), token(who));
    for (const ApiResponse *r : { &changes, &digest, &capacity, &registrations }) {
        if (status == -4)
            QVERIFY2(r->status >= 400 && r->status < 500 && !r->errorCode().isEmpty(), qPrintable(r->describe()));
        else
            QVERIFY2(r->status == status, qPrintable(r->describe()));
        if (r->status != 200) {
            QVERIFY(r->isJson);
            QVERIFY(!r->errorCode().isEmpty());
            QVERIFY(!r->json.contains(QStringLiteral("changes")) && !r->json.contains(QStringLiteral("entities"))
                    && !r->json.contains(QStringLiteral("offers"))
                    && !r->json.contains(QStringLiteral("registrations")));
        }
    }
    if (status == 401)
        QCOMPARE(changes.errorCode(), QStringLiteral("auth.bad_token"));
    if (status == 403)
        QCOMPARE(changes.errorCode(), QStringLiteral("auth.forbidden"));
    if (status != 200)
        return;
    // Every record that comes back belongs to the school in scope.
    const QJsonArray list = changes.json.value(QStringLiteral("changes")).toArray();
    QVERIFY(!list.isEmpty());
    for (const QJsonValue &c : list) {
        const QJsonObject data = c.toObject().value(QStringLiteral("data")).toObject();
        if (data.isEmpty())
            continue;
        // A review names no school: the only one filed is school A's.
        if (c.toObject().value(QStringLiteral("entity")).toString() == u"cet6_review") {
            QCOMPARE(seen, kSchoolA);
            QCOMPARE(data.value(QStringLiteral("id")).toInteger(), m_reviewA);
        } else {
            QCOMPARE(data.value(QStringLiteral("school_code")).toString(), seen);
        }
    }
    if (seen == kSchoolB)
        QCOMPARE(digest.json.value(QStringLiteral("entities")),
            m_bBefore.value(QStringLiteral("digest")).toObject().value(QStringLiteral("entities")));
}

void TstAccessControl::pushScope_data()
{
    readScope_data();
}

void TstAccessControl::pushScope()
{
    QFETCH(Who, who);
    QFETCH(QString, school);
    QFETCH(int, status);
    QFETCH(QString, seen);
    // Creates a student of the school in scope (or of A when no school is in scope).
    const QString target = seen.isEmpty() ? kSchoolA : seen;
    const QString path = kPush + (school.isEmpty() ? QString() : QStringLiteral("?school=") + school);
    const int n = ++m_op;
    const ApiResponse r = m_api->postJson(
        path, pushBody({ createOp(QStringLiteral("scope-%1").arg(n), makeStudent(1000 + n, target)) }), token(who));
    if (status == -4)
        QVERIFY2(r.status >= 400 && r.status < 500 && !r.errorCode().isEmpty(), qPrintable(r.describe()));
    else
        QVERIFY2(r.status == status, qPrintable(r.describe()));
    if (r.status == 200) {
        const QJsonObject result = r.json.value(QStringLiteral("results")).toArray().at(0).toObject();
        QCOMPARE(result.value(QStringLiteral("status")).toString(), QStringLiteral("applied"));
    } else {
        QVERIFY(!r.json.contains(QStringLiteral("results")));
    }
    // Whatever happened, school B changed only through coordinator B or the admin scoped to B.
    if (!(status == 200 && seen == kSchoolB)) {
        const QJsonObject now = snapshotB();
        QCOMPARE(now.value(QStringLiteral("changes")).toArray().size(),
            m_bBefore.value(QStringLiteral("changes")).toArray().size());
    } else {
        m_bBefore = snapshotB();
    }
}

void TstAccessControl::coordinatorCannotWriteOtherSchool()
{
    const QJsonObject before = snapshotB();
    const QJsonArray bChanges = before.value(QStringLiteral("changes")).toArray();
    QVERIFY(!bChanges.isEmpty());
    const QJsonObject bRecord = bChanges.at(0).toObject();
    const QString bKey = bRecord.value(QStringLiteral("key")).toString();

    // A record that says it belongs to school B: rejected, school B unchanged.
    const ApiResponse wrong = m_api->postJson(
        kPush, pushBody({ createOp(QStringLiteral("a-into-b"), makeStudent(700, kSchoolB)) }), token(Who::CoordA));
    QVERIFY2(wrong.status == 200, qPrintable(wrong.describe()));
    const QJsonObject result = wrong.json.value(QStringLiteral("results")).toArray().at(0).toObject();
    QCOMPARE(result.value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));
    QCOMPARE(result.value(QStringLiteral("code")).toString(), QStringLiteral("student.wrong_school"));

    // Editing / deleting school B's key from school A's token touches only school A's scope.
    const ApiResponse edit = m_api->postJson(kPush,
        pushBody(
            { editOp(QStringLiteral("a-edit-b"), bKey, 1, QStringLiteral("note"), QString(), QStringLiteral("pwned")),
                QJsonObject { { QStringLiteral("op_id"), QStringLiteral("a-delete-b") },
                    { QStringLiteral("entity"), QStringLiteral("student") }, { QStringLiteral("key"), bKey },
                    { QStringLiteral("base_version"), 1 }, { QStringLiteral("kind"), QStringLiteral("delete") } } }),
        token(Who::CoordA));
    QVERIFY2(edit.status == 200 || (edit.status >= 400 && edit.status < 500), qPrintable(edit.describe()));
    QCOMPARE(snapshotB(), before);

    // Reusing school B's op ids from school A does not return school B's stored results.
    const ApiResponse replay = m_api->postJson(
        kPush, pushBody({ createOp(QStringLiteral("b-create-0"), makeStudent(701, kSchoolA)) }), token(Who::CoordA));
    QCOMPARE(replay.status, 200);
    const QJsonObject replayed = replay.json.value(QStringLiteral("results")).toArray().at(0).toObject();
    QCOMPARE(replayed.value(QStringLiteral("status")).toString(), QStringLiteral("applied"));
    const QJsonObject record = replayed.value(QStringLiteral("record")).toObject();
    if (!record.isEmpty())
        QCOMPARE(record.value(QStringLiteral("school_code")).toString(), kSchoolA);
    QCOMPARE(snapshotB(), before);
}

void TstAccessControl::logoutOnlyOwnToken()
{
    ApiResponse r;
    const QString other = m_api->login(QStringLiteral("coord3"), QStringLiteral("demo-coordinator"), &r);
    QVERIFY(!other.isEmpty());
    // Forged and missing tokens can not sign anyone out.
    QCOMPARE(m_api->post(kLogout, {}, token(Who::Forged)).status, 401);
    QCOMPARE(m_api->post(kLogout, {}).status, 401);
    // Coordinator A signing out ends A's session only.
    const QString a = m_api->login(QStringLiteral("coord1"), QStringLiteral("demo-coordinator"), &r);
    QCOMPARE(m_api->post(kLogout, {}, a).status, 200);
    QCOMPARE(m_api->get(kMe, a).status, 401);
    QCOMPARE(m_api->get(kMe, other).status, 200);
    QCOMPARE(m_api->get(kMe, token(Who::CoordA)).status, 200);
}

namespace {

struct CsExpect
{
    int status = 0;
    QString code;       // the error code, or for approve-many the result's code
    QString stateAfter; // empty: the request's state is unchanged
};

CsExpect csExpected(CsCall call, Who who)
{
    const QString forbidden = QStringLiteral("cs.forbidden");
    switch (who) {
    case Who::NoToken:
    case Who::Forged:
        return { 401, QStringLiteral("auth.bad_token"), {} };
    case Who::CoordA:
    case Who::CoordB:
    case Who::Admin:
        return { 403, forbidden, {} };
    default:
        break;
    }
    switch (call) {
    case CsCall::Lookup:
    case CsCall::List:
    case CsCall::Get:
        return { 200, {}, {} };
    case CsCall::File:
        return { 201, {}, {} };
    case CsCall::Withdraw:
        if (who == Who::Supervisor)
            return { 403, QStringLiteral("cs.not_filer"), {} };
        return { 200, {}, QStringLiteral("withdrawn") };
    default:
        break;
    }
    if (who == Who::Agent)
        return { 403, forbidden, {} };
    const QString fourEyes = QStringLiteral("cs.four_eyes");
    switch (call) {
    case CsCall::Approve:
        return who == Who::SupervisorOwn ? CsExpect { 403, fourEyes, {} } : CsExpect { 200, {}, QStringLiteral("approved") };
    case CsCall::ApproveMany:
        return who == Who::SupervisorOwn ? CsExpect { 200, fourEyes, {} } : CsExpect { 200, {}, QStringLiteral("approved") };
    case CsCall::Refuse:
        return who == Who::SupervisorOwn ? CsExpect { 403, fourEyes, {} } : CsExpect { 200, {}, QStringLiteral("refused") };
    case CsCall::Hold:
        return { 200, {}, QStringLiteral("held") };
    case CsCall::Release:
        return { 200, {}, QStringLiteral("approved") };
    default:
        return {};
    }
}

} // namespace

void TstAccessControl::csEndpoints_data()
{
    QTest::addColumn<CsCall>("call");
    QTest::addColumn<Who>("who");
    QTest::addColumn<QString>("school");
    const QList<std::tuple<const char *, CsCall>> calls = { { "lookup", CsCall::Lookup }, { "file", CsCall::File },
        { "list", CsCall::List }, { "get", CsCall::Get }, { "withdraw", CsCall::Withdraw },
        { "approve", CsCall::Approve }, { "approve many", CsCall::ApproveMany }, { "refuse", CsCall::Refuse },
        { "hold", CsCall::Hold }, { "release", CsCall::Release } };
    const QList<std::tuple<const char *, Who>> roles = { { "coordinator A", Who::CoordA },
        { "coordinator B", Who::CoordB }, { "cs_agent", Who::Agent }, { "cs_supervisor", Who::Supervisor },
        { "cs_supervisor own request", Who::SupervisorOwn }, { "admin", Who::Admin }, { "no token", Who::NoToken },
        { "forged token", Who::Forged } };
    for (const auto &[callName, call] : calls) {
        for (const auto &[roleName, who] : roles) {
            // A supervisor's own request can be filed and withdrawn but never decided by them, so it
            // never reaches hold and release; lookup, file and list concern no request.
            const bool ownMatters = call == CsCall::Withdraw || call == CsCall::Approve
                || call == CsCall::ApproveMany || call == CsCall::Refuse;
            if (who == Who::SupervisorOwn && !ownMatters)
                continue;
            for (const QString &school : { kSchoolA, kSchoolB })
                QTest::addRow("%s, %s, school %s", callName, roleName, qPrintable(school)) << call << who << school;
        }
    }
}

void TstAccessControl::csEndpoints()
{
    QFETCH(CsCall, call);
    QFETCH(Who, who);
    QFETCH(QString, school);
    CsCases::Case c;
    if (call != CsCall::List) {
        c = m_cs->next(school, CsCases::needOf(call), who == Who::SupervisorOwn ? token(Who::Supervisor) : QString());
        QVERIFY(!c.identity.isEmpty());
    }
    const QString before = c.requestId ? m_cs->stateOf(c.requestId) : QString();
    const ApiResponse r = m_cs->send(call, c, token(who));
    const CsExpect e = csExpected(call, who);
    QVERIFY2(r.status == e.status, qPrintable(r.describe()));
    if (r.status >= 400) {
        QCOMPARE(r.errorCode(), e.code);
        // A refusal carries nothing of the account or the request.
        for (const char *key : { "candidate", "passport", "requests", "state", "results" })
            QVERIFY(!r.json.contains(QLatin1String(key)));
    } else if (call == CsCall::ApproveMany) {
        const QJsonObject result = r.json.value(QStringLiteral("results")).toArray().at(0).toObject();
        QCOMPARE(result.value(QStringLiteral("ok")).toBool(), e.code.isEmpty());
        QCOMPARE(result.value(QStringLiteral("code")).toString(), e.code);
    } else if (call == CsCall::List) {
        QVERIFY(!r.json.value(QStringLiteral("requests")).toArray().isEmpty());
    } else {
        // Candidates of either school are the exam board's: the answer is about the one asked for.
        QCOMPARE(r.json.value(QStringLiteral("candidate")).toObject().value(QStringLiteral("school_code")).toString(),
                 school);
        if (call == CsCall::Lookup)
            QVERIFY(!r.json.value(QStringLiteral("passport")).toObject().value(QStringLiteral("passport_id")).toString().isEmpty());
    }
    if (c.requestId)
        QCOMPARE(m_cs->stateOf(c.requestId), e.stateAfter.isEmpty() ? before : e.stateAfter);
}

void TstAccessControl::csLookupNeedsReason()
{
    const CsCases::Case c = m_cs->next(kSchoolA, CsCases::Need::Bound);
    QVERIFY(!c.identity.isEmpty());
    for (Who who : { Who::Agent, Who::Supervisor }) {
        const ApiResponse r = m_api->postJson(QStringLiteral("/api/v1/cs/lookup"), c.identity, token(who));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), QStringLiteral("cs.reason_required"));
        QVERIFY(!r.json.contains(QStringLiteral("passport")));
    }
}

// Adding a file: only a coordinator of the review's school (the same bytes again: 200, nothing new).
void TstAccessControl::reviewEvidenceAdded()
{
    QFETCH(Who, who);
    const QString path = QStringLiteral("/api/v1/reviews/%1/evidence").arg(m_reviewA);
    const QByteArray auth = token(who).isEmpty() ? QByteArray() : "Bearer " + token(who).toLatin1();
    const ApiResponse r = m_api->send("POST", path, m_proof, auth);
    switch (who) {
    case Who::CoordA:
        QVERIFY2(r.status == 200, qPrintable(r.describe()));
        QCOMPARE(r.json.value(QStringLiteral("evidence")).toObject().value(QStringLiteral("number")).toInt(), 1);
        QCOMPARE(m_api->send("POST", QStringLiteral("/api/v1/reviews/999999/evidence"), m_proof, auth).status, 404);
        break;
    case Who::NoToken:
    case Who::Forged:
        QCOMPARE(r.status, 401);
        break;
    case Who::CoordB: // another school's review is not found, as one that does not exist
        QCOMPARE(r.status, 404);
        QCOMPARE(r.errorCode(), QStringLiteral("review.not_found"));
        break;
    default:
        QCOMPARE(r.status, 403);
        QCOMPARE(r.errorCode(), QStringLiteral("auth.forbidden"));
        break;
    }
    // Whoever asked, review A still holds its one file.
    QCOMPARE(m_api->get(QStringLiteral("/api/v1/reviews/%1/evidence/2").arg(m_reviewA), token(Who::CoordA)).status, 404);
}

qint64 TstAccessControl::reviewWithEvidence(int student, const QByteArray &proof)
{
    CandidateClient client(*m_api);
    const QString email = QStringLiteral("evidence-%1@example.com").arg(student);
    const QString pw = QStringLiteral("secret-pass-1");
    if (client.registerPassport(email, pw).status != 201)
        return 0;
    const QString passport = client.signIn(email, pw);
    const StudentRecord s = central::demoStudent(kSchoolA, student);
    if (client.bind(passport, idTypeCode(s.idType), s.idNumber, s.name).status != 200)
        return 0;
    // Rule 2: the demo's CET4 record of this student is under an older ID number.
    const QString ticket = central::review::demoCet4Scores(kSchoolA, student + 1).last().ticket;
    const QJsonObject application { { QStringLiteral("name"), s.name },
        { QStringLiteral("id_type"), QString::number(idTypeCode(s.idType)) }, { QStringLiteral("id_number"), s.idNumber },
        { QStringLiteral("cet4_ticket"), ticket } };
    const ApiResponse filed = m_api->postJson(QStringLiteral("/api/v1/candidate/cet6-review"), application, passport);
    const QJsonObject review = filed.json.value(QStringLiteral("review")).toObject();
    if (filed.status != 201 || review.value(QStringLiteral("state")).toString() != u"pending") {
        qWarning().noquote() << "review" << filed.describe();
        return 0;
    }
    const ApiResponse uploaded = client.sendRaw("POST", QStringLiteral("/candidate/cet6-review/evidence"), proof, passport);
    if (uploaded.status != 201) {
        qWarning().noquote() << "evidence" << uploaded.describe();
        return 0;
    }
    return review.value(QStringLiteral("id")).toInteger();
}

void TstAccessControl::reviewEvidence_data()
{
    QTest::addColumn<Who>("who");
    QTest::addColumn<QString>("file"); // "review/n" of the path; "A" stands for school A's review
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    const QList<std::tuple<const char *, Who>> roles = { { "coordinator A", Who::CoordA },
        { "coordinator B", Who::CoordB }, { "cs_agent", Who::Agent }, { "cs_supervisor", Who::Supervisor },
        { "admin", Who::Admin }, { "no token", Who::NoToken }, { "forged token", Who::Forged } };
    for (const auto &[name, who] : roles) {
        for (const QString &file : { QStringLiteral("A/1"), QStringLiteral("A/2"), QStringLiteral("999999/1") }) {
            int status = 403;
            QString code = QStringLiteral("auth.forbidden");
            if (who == Who::NoToken || who == Who::Forged) {
                status = 401;
                code = QStringLiteral("auth.bad_token");
            } else if ((who == Who::CoordA || who == Who::CoordB) && file.startsWith(u"999999")) {
                status = 404; // no such review, whose school could be asked about
                code = QStringLiteral("review.not_found");
            } else if (who == Who::CoordA) {
                status = file == u"A/1" ? 200 : 404;
                code = file == u"A/1" ? QString() : QStringLiteral("evidence.not_found");
            }
            QTest::addRow("%s, %s", name, qPrintable(file)) << who << file << status << code;
        }
    }
}

void TstAccessControl::reviewEvidence()
{
    QFETCH(Who, who);
    QFETCH(QString, file);
    QFETCH(int, status);
    QFETCH(QString, code);
    QString path = file;
    path.replace(QStringLiteral("A/"), QString::number(m_reviewA) + QLatin1Char('/'));
    const QString review = path.section(QLatin1Char('/'), 0, 0);
    const QString n = path.section(QLatin1Char('/'), 1, 1);
    const ApiResponse r = m_api->get(QStringLiteral("/api/v1/reviews/%1/evidence/%2").arg(review, n), token(who));
    QVERIFY2(r.status == status, qPrintable(r.describe()));
    if (status == 200) {
        QCOMPARE(r.body, m_proof);
        QCOMPARE(r.headers.value("content-type"), QByteArray("image/jpeg"));
        QVERIFY(!r.headers.value("etag").isEmpty());
    } else {
        QCOMPARE(r.errorCode(), code);
        QVERIFY(!r.body.contains(m_proof));
    }
}

void TstAccessControl::schoolBUnchanged()
{
    QCOMPARE(snapshotB(), m_bBefore);
    QVERIFY(m_server.isRunning());
}

QTEST_GUILESS_MAIN(TstAccessControl)
#include "tst_accesscontrol.moc"
