// cet-central over HTTP: the real executable on 127.0.0.1 (port 0), a fresh database per run
// (SQLite, or PostgreSQL when CETDESK_TEST_PG_URL is set). Sign-in, the sync round trip, every
// kind of malformed request (each must get a 4xx JSON error with a code, and the server must
// still answer afterwards), the admin command line, TLS.

#include "TestApiClient.h"
#include "CentralProcess.h"
#include "Digest.h"
#include "TestStudents.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace cet;
using namespace cet::test;

namespace {
const QString kLogin = QStringLiteral("/api/v1/auth/login");
const QString kLogout = QStringLiteral("/api/v1/auth/logout");
const QString kMe = QStringLiteral("/api/v1/auth/me");
const QString kChanges = QStringLiteral("/api/v1/sync/changes");
const QString kPush = QStringLiteral("/api/v1/sync/push");
const QString kDigest = QStringLiteral("/api/v1/sync/digest");
const QString kPassword = QStringLiteral("secret-pass-1");
} // namespace

class TstCentralHttp : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void cliUsage();
    void loginMeLogout();
    void badCredentials();
    void lockedAfterFailures();
    void pushChangesDigest();
    void malformed_data();
    void malformed();
    void oversizedBody();
    void rawHttp_data();
    void rawHttp();
    void pipelinedInOrder();
    void clientGoneMidRequest();
    void parallelRequests();
    void expiredToken();
    void tls();

private:
    bool alive();
    CentralProcess::Run admin(const QStringList &args);

    QTemporaryDir m_dir;
    TestDatabase m_db;
    CentralProcess m_server;
    std::unique_ptr<ApiClient> m_api;
    QString m_token; // coord1, kept signed in
};

CentralProcess::Run TstCentralHttp::admin(const QStringList &args)
{
    QStringList full = args;
    full.insert(1, QStringLiteral("--db"));
    full.insert(2, m_db.url());
    return CentralProcess::run(full);
}

void TstCentralHttp::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    QVERIFY2(m_db.create(m_dir.path(), &error), qPrintable(error));
    const QString now = QDateTime::currentDateTimeUtc().addDays(-1).toString(Qt::ISODate);
    const QString later = QDateTime::currentDateTimeUtc().addDays(30).toString(Qt::ISODate);
    const QList<QStringList> setup = {
        { QStringLiteral("migrate") },
        { QStringLiteral("create-school"), QStringLiteral("--code"), QStringLiteral("10001"), QStringLiteral("--name"),
            QStringLiteral("School A") },
        { QStringLiteral("create-school"), QStringLiteral("--code"), QStringLiteral("10002"), QStringLiteral("--name"),
            QStringLiteral("School B") },
        { QStringLiteral("create-campus"), QStringLiteral("--school"), QStringLiteral("10001"),
            QStringLiteral("--code"), QStringLiteral("100011"), QStringLiteral("--name"), QStringLiteral("Main") },
        { QStringLiteral("create-campus"), QStringLiteral("--school"), QStringLiteral("10002"),
            QStringLiteral("--code"), QStringLiteral("100021"), QStringLiteral("--name"), QStringLiteral("Main") },
        { QStringLiteral("create-session"), QStringLiteral("--name"), QStringLiteral("2026 autumn"),
            QStringLiteral("--opens"), now, QStringLiteral("--seals"), later },
        { QStringLiteral("create-user"), QStringLiteral("--name"), QStringLiteral("coord1"), QStringLiteral("--role"),
            QStringLiteral("coordinator"), QStringLiteral("--school"), QStringLiteral("10001"),
            QStringLiteral("--password"), kPassword },
        { QStringLiteral("create-user"), QStringLiteral("--name"), QStringLiteral("coord3"), QStringLiteral("--role"),
            QStringLiteral("coordinator"), QStringLiteral("--school"), QStringLiteral("10002"),
            QStringLiteral("--password"), kPassword },
        { QStringLiteral("create-user"), QStringLiteral("--name"), QStringLiteral("lockme"), QStringLiteral("--role"),
            QStringLiteral("coordinator"), QStringLiteral("--school"), QStringLiteral("10001"),
            QStringLiteral("--password"), kPassword },
    };
    for (const QStringList &args : setup) {
        const auto r = admin(args);
        QVERIFY2(r.exitCode == 0, qPrintable(args.join(QLatin1Char(' ')) + QStringLiteral(": ") + r.err + r.out));
    }
    // --password-stdin
    const auto r = CentralProcess::run({ QStringLiteral("create-user"), QStringLiteral("--db"), m_db.url(),
                                           QStringLiteral("--name"), QStringLiteral("admin"), QStringLiteral("--role"),
                                           QStringLiteral("admin"), QStringLiteral("--password-stdin") },
        kPassword.toUtf8() + '\n');
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));

    QVERIFY2(m_server.start({ QStringLiteral("serve"), QStringLiteral("--db"), m_db.url(), QStringLiteral("--listen"),
                 QStringLiteral("127.0.0.1:0"), QStringLiteral("--threads"), QStringLiteral("3") }),
        qPrintable(m_server.output()));
    QVERIFY(m_server.baseUrl().port() > 0);
    m_api = std::make_unique<ApiClient>(m_server.baseUrl());
    ApiResponse login;
    m_token = m_api->login(QStringLiteral("coord1"), kPassword, &login);
    QVERIFY2(!m_token.isEmpty(), qPrintable(login.describe()));
}

void TstCentralHttp::cleanupTestCase()
{
    m_server.kill();
}

bool TstCentralHttp::alive()
{
    if (!m_server.isRunning())
        return false;
    return m_api->get(kMe, m_token).status == 200;
}

void TstCentralHttp::cliUsage()
{
    QCOMPARE(CentralProcess::run({}).exitCode, 1);
    const auto help = CentralProcess::run({ QStringLiteral("--help") });
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains(QLatin1String("create-user")));
    QCOMPARE(CentralProcess::run({ QStringLiteral("frobnicate") }).exitCode, 1);
    QCOMPARE(CentralProcess::run({ QStringLiteral("serve"), QStringLiteral("--help") }).exitCode, 0);
    QCOMPARE(admin({ QStringLiteral("create-school"), QStringLiteral("--name"), QStringLiteral("x") }).exitCode, 1);
    QCOMPARE(admin({ QStringLiteral("create-user"), QStringLiteral("--name"), QStringLiteral("u"),
                       QStringLiteral("--role"), QStringLiteral("king"), QStringLiteral("--password"), kPassword })
                 .exitCode,
        1);
    QCOMPARE(admin({ QStringLiteral("create-session"), QStringLiteral("--name"), QStringLiteral("s"),
                       QStringLiteral("--opens"), QStringLiteral("tomorrow"), QStringLiteral("--seals"),
                       QStringLiteral("later") })
                 .exitCode,
        1);
    // A duplicate school is a failure of the operation (2), with a message.
    const auto dup = admin({ QStringLiteral("create-school"), QStringLiteral("--code"), QStringLiteral("10001"),
        QStringLiteral("--name"), QStringLiteral("again") });
    QCOMPARE(dup.exitCode, 2);
    QVERIFY(!dup.err.isEmpty());
    QCOMPARE(CentralProcess::run({ QStringLiteral("migrate"), QStringLiteral("--db"), QStringLiteral("mysql://x") })
                 .exitCode,
        2);
    // Plain HTTP is refused off loopback, before anything listens.
    const auto open = CentralProcess::run({ QStringLiteral("serve"), QStringLiteral("--db"), m_db.url(),
        QStringLiteral("--listen"), QStringLiteral("0.0.0.0:0") });
    QCOMPARE(open.exitCode, 1);
    QVERIFY2(open.err.contains(QLatin1String("loopback")), qPrintable(open.err));
    QCOMPARE(CentralProcess::run({ QStringLiteral("serve"), QStringLiteral("--db"), m_db.url(),
                                     QStringLiteral("--listen"), QStringLiteral("nowhere") })
                 .exitCode,
        1);
}

void TstCentralHttp::loginMeLogout()
{
    ApiResponse login;
    const QString token = m_api->login(QStringLiteral("coord1"), kPassword, &login);
    QVERIFY2(!token.isEmpty(), qPrintable(login.describe()));
    QVERIFY(token != m_token);
    const QJsonObject user = login.json.value(QStringLiteral("user")).toObject();
    QCOMPARE(user.value(QStringLiteral("name")).toString(), QStringLiteral("coord1"));
    QCOMPARE(user.value(QStringLiteral("role")).toString(), QStringLiteral("coordinator"));
    QCOMPARE(user.value(QStringLiteral("school")).toString(), QStringLiteral("10001"));
    QVERIFY(!login.json.value(QStringLiteral("expires_at")).toString().isEmpty());

    const ApiResponse me = m_api->get(kMe, token);
    QCOMPARE(me.status, 200);
    QCOMPARE(me.json.value(QStringLiteral("user")).toObject().value(QStringLiteral("name")).toString(),
        QStringLiteral("coord1"));
    QVERIFY(!me.json.value(QStringLiteral("expires_at")).toString().isEmpty());

    const ApiResponse out = m_api->post(kLogout, {}, token);
    QCOMPARE(out.status, 200);
    QVERIFY(out.isJson);
    const ApiResponse after = m_api->get(kMe, token);
    QCOMPARE(after.status, 401);
    QCOMPARE(after.errorCode(), QStringLiteral("auth.bad_token"));
    QVERIFY(alive()); // the other session is untouched
}

void TstCentralHttp::badCredentials()
{
    ApiResponse wrong;
    QVERIFY(m_api->login(QStringLiteral("coord3"), QStringLiteral("nope"), &wrong).isEmpty());
    QCOMPARE(wrong.status, 401);
    QCOMPARE(wrong.errorCode(), QStringLiteral("auth.bad_credentials"));
    ApiResponse unknown;
    QVERIFY(m_api->login(QStringLiteral("nobody"), QStringLiteral("nope"), &unknown).isEmpty());
    QCOMPARE(unknown.status, 401);
    QCOMPARE(unknown.errorCode(), QStringLiteral("auth.bad_credentials"));
    QCOMPARE(unknown.errorMessage(), wrong.errorMessage()); // the same answer: no user enumeration
}

void TstCentralHttp::lockedAfterFailures()
{
    ApiResponse r;
    bool locked = false;
    for (int i = 0; i < 6 && !locked; ++i) {
        m_api->login(QStringLiteral("lockme"), QStringLiteral("wrong"), &r);
        QVERIFY2(r.status == 401 || r.status == 429, qPrintable(r.describe()));
        locked = r.status == 429;
    }
    QVERIFY2(locked, qPrintable(r.describe()));
    QCOMPARE(r.errorCode(), QStringLiteral("auth.locked"));
    QVERIFY(r.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("retry_after")).toInt() >= 1);
    QVERIFY(r.headers.value("retry-after").toInt() >= 1);
    // Even the right password waits while the delay runs.
    m_api->login(QStringLiteral("lockme"), kPassword, &r);
    QCOMPARE(r.status, 429);
    QVERIFY(alive());
}

void TstCentralHttp::pushChangesDigest()
{
    const StudentRecord s = makeStudent(1, QStringLiteral("10001"));
    const QString key = protocol::studentKey(s);
    const QJsonObject body = pushBody({ createOp(QStringLiteral("op-create-1"), s) });
    const ApiResponse push = m_api->postJson(kPush, body, m_token);
    QVERIFY2(push.status == 200, qPrintable(push.describe()));
    const QString epoch = push.json.value(QStringLiteral("epoch")).toString();
    QVERIFY(!epoch.isEmpty());
    const QJsonObject result = push.json.value(QStringLiteral("results")).toArray().at(0).toObject();
    QVERIFY2(
        result.value(QStringLiteral("status")).toString() == QLatin1String("applied"), qPrintable(push.describe()));
    const qint64 seq = result.value(QStringLiteral("seq")).toInteger();
    QVERIFY(seq > 0);
    QCOMPARE(result.value(QStringLiteral("version")).toInteger(), 1);

    // The same op again: the stored result, nothing new.
    const ApiResponse again = m_api->postJson(kPush, body, m_token);
    QCOMPARE(again.status, 200);
    QCOMPARE(again.json.value(QStringLiteral("results")).toArray().at(0).toObject(), result);

    // An edit with the epoch.
    const ApiResponse edit = m_api->postJson(kPush,
        pushBody(
            { editOp(QStringLiteral("op-edit-1"), key, 1, QStringLiteral("note"), QString(), QStringLiteral("hi")) },
            epoch),
        m_token);
    QCOMPARE(edit.status, 200);
    QCOMPARE(edit.json.value(QStringLiteral("results"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("version"))
                 .toInteger(),
        2);

    // A push with another epoch: 409, nothing applied.
    const ApiResponse stale = m_api->postJson(kPush,
        pushBody({ editOp(QStringLiteral("op-edit-2"), key, 2, QStringLiteral("note"), QStringLiteral("hi"),
                     QStringLiteral("ho")) },
            QStringLiteral("00000000-0000-0000-0000-000000000000")),
        m_token);
    QCOMPARE(stale.status, 409);
    QCOMPARE(stale.errorCode(), QStringLiteral("sync.epoch_changed"));

    const ApiResponse changes = m_api->get(kChanges + QStringLiteral("?since=0&limit=100"), m_token);
    QVERIFY2(changes.status == 200, qPrintable(changes.describe()));
    QCOMPARE(changes.json.value(QStringLiteral("epoch")).toString(), epoch);
    const QJsonArray list = changes.json.value(QStringLiteral("changes")).toArray();
    QVERIFY(!list.isEmpty());
    const QJsonObject last = list.last().toObject();
    QCOMPARE(last.value(QStringLiteral("key")).toString(), key);
    QCOMPARE(last.value(QStringLiteral("version")).toInteger(), 2);
    QCOMPARE(
        last.value(QStringLiteral("data")).toObject().value(QStringLiteral("note")).toString(), QStringLiteral("hi"));
    QCOMPARE(changes.json.value(QStringLiteral("more")).toBool(), false);
    const qint64 next = changes.json.value(QStringLiteral("next")).toInteger();
    const ApiResponse empty = m_api->get(kChanges + QStringLiteral("?since=%1").arg(next), m_token);
    QCOMPARE(empty.status, 200);
    QVERIFY(empty.json.value(QStringLiteral("changes")).toArray().isEmpty());

    const ApiResponse digest = m_api->get(kDigest, m_token);
    QVERIFY2(digest.status == 200, qPrintable(digest.describe()));
    const QJsonObject student
        = digest.json.value(QStringLiteral("entities")).toObject().value(QStringLiteral("student")).toObject();
    QCOMPARE(student.value(QStringLiteral("count")).toInteger(), 1);
    protocol::DigestBuilder expected;
    expected.add(key, 2);
    QCOMPARE(student.value(QStringLiteral("hash")).toString(), expected.hash());
}

void TstCentralHttp::malformed_data()
{
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("auth");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");

    const QString badJson = QStringLiteral("request.bad_json");
    const QString badShape = QStringLiteral("request.bad_shape");
    const auto row = [](const char *name, const char *verb, const QString &path, const QByteArray &body, bool auth,
                         int status, const QString &code) {
        QTest::newRow(name) << QByteArray(verb) << path << body << auth << status << code;
    };
    row("login: not JSON", "POST", kLogin, "{\"user\": ", false, 400, badJson);
    row("login: empty body", "POST", kLogin, "", false, 400, badJson);
    row("login: array", "POST", kLogin, "[1,2]", false, 400, badJson);
    row("login: wrong type", "POST", kLogin, R"({"user": 5, "password": "x"})", false, 400, badShape);
    row("login: missing field", "POST", kLogin, R"({"user": "coord1"})", false, 400, badShape);
    row("login: unknown field", "POST", kLogin, R"({"user": "coord1", "password": "x", "admin": true})", false, 400,
        badShape);
    row("push: not JSON", "POST", kPush, "ops=1", true, 400, badJson);
    row("push: ops not an array", "POST", kPush, R"({"epoch": null, "ops": {}})", true, 400, badShape);
    row("push: no ops", "POST", kPush, R"({"epoch": null, "ops": []})", true, 400, badShape);
    row("push: op wrong type", "POST", kPush, R"({"epoch": null, "ops": [7]})", true, 400, badShape);
    row("push: op unknown field", "POST", kPush,
        R"({"epoch": null, "ops": [{"op_id": "a", "entity": "student", "key": "1:x", "base_version": 0,
            "kind": "upsert", "changes": {}, "extra": 1}]})",
        true, 400, badShape);
    row("push: bad kind", "POST", kPush,
        R"({"epoch": null, "ops": [{"op_id": "a", "entity": "student", "key": "1:x", "base_version": 0,
            "kind": "explode", "changes": {}}]})",
        true, 400, badShape);
    row("push: change not a pair", "POST", kPush,
        R"({"epoch": null, "ops": [{"op_id": "a", "entity": "student", "key": "1:x", "base_version": 0,
            "kind": "upsert", "changes": {"name": "x"}}]})",
        true, 400, badShape);
    row("push: unknown top-level field", "POST", kPush, R"({"epoch": null, "ops": [], "x": 1})", true, 400, badShape);
    row("push: deep nesting", "POST", kPush, QByteArray(5000, '[') + QByteArray(5000, ']'), true, 400, badJson);
    {
        QJsonArray ops;
        const StudentRecord s = makeStudent(900, QStringLiteral("10001"));
        for (int i = 0; i < 501; ++i)
            ops.append(createOp(QStringLiteral("big-%1").arg(i), s));
        row("push: 501 ops", "POST", kPush, QJsonDocument(pushBody(ops)).toJson(QJsonDocument::Compact), true, 413,
            QStringLiteral("request.too_large"));
    }
    row("changes: since not a number", "GET", kChanges + QStringLiteral("?since=abc"), {}, true, 400, badShape);
    row("changes: negative since", "GET", kChanges + QStringLiteral("?since=-1"), {}, true, 400, badShape);
    row("changes: limit 0", "GET", kChanges + QStringLiteral("?limit=0"), {}, true, 400, badShape);
    row("changes: limit too big", "GET", kChanges + QStringLiteral("?limit=5001"), {}, true, 400, badShape);
    row("changes: unknown parameter", "GET", kChanges + QStringLiteral("?sinse=1"), {}, true, 400, badShape);
    row("digest: unknown parameter", "GET", kDigest + QStringLiteral("?all=1"), {}, true, 400, badShape);
    row("logout: unknown field", "POST", kLogout, R"({"everywhere": true})", true, 400, badShape);
    row("unknown route", "GET", QStringLiteral("/api/v1/nothing"), {}, true, 404, QStringLiteral("not_found"));
    row("root", "GET", QStringLiteral("/"), {}, false, 404, QStringLiteral("not_found"));
    row("trailing slash", "GET", kMe + QLatin1Char('/'), {}, true, 404, QStringLiteral("not_found"));
    row("login: GET", "GET", kLogin, {}, false, 405, QStringLiteral("request.bad_method"));
    row("push: PUT", "PUT", kPush, "{}", true, 405, QStringLiteral("request.bad_method"));
    row("me: DELETE", "DELETE", kMe, {}, true, 405, QStringLiteral("request.bad_method"));
    row("changes: POST", "POST", kChanges, "{}", true, 405, QStringLiteral("request.bad_method"));
    row("me: no token", "GET", kMe, {}, false, 401, QStringLiteral("auth.bad_token"));
    row("changes: no token", "GET", kChanges, {}, false, 401, QStringLiteral("auth.bad_token"));
    row("push: no token", "POST", kPush, R"({"epoch": null, "ops": []})", false, 401, QStringLiteral("auth.bad_token"));
    row("digest: no token", "GET", kDigest, {}, false, 401, QStringLiteral("auth.bad_token"));
    row("logout: no token", "POST", kLogout, {}, false, 401, QStringLiteral("auth.bad_token"));
}

void TstCentralHttp::malformed()
{
    QFETCH(QByteArray, verb);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(bool, auth);
    QFETCH(int, status);
    QFETCH(QString, code);
    const ApiResponse r = m_api->send(verb, path, body, auth ? "Bearer " + m_token.toLatin1() : QByteArray());
    QVERIFY2(r.status == status, qPrintable(r.describe()));
    QVERIFY2(r.isJson, qPrintable(r.describe()));
    QCOMPARE(r.errorCode(), code);
    QVERIFY(!r.errorMessage().isEmpty());
    QVERIFY(r.headers.value("content-type").startsWith("application/json"));
    QVERIFY(alive());
}

void TstCentralHttp::oversizedBody()
{
    // Over 8 MiB: refused with 413 before the server buffers it.
    QByteArray big = "{\"user\": \"" + QByteArray(9 * 1024 * 1024, 'x') + "\", \"password\": \"x\"}";
    const ApiResponse r = m_api->post(kLogin, big);
    QVERIFY2(r.status == 413, qPrintable(r.describe()));
    QCOMPARE(r.errorCode(), QStringLiteral("request.too_large"));
    QVERIFY(alive());
    // Just under the limit is parsed (and refused for its content, not its size).
    QByteArray under = "{\"user\": \"" + QByteArray(8 * 1024 * 1024 - 100, 'x') + "\", \"password\": \"x\"}";
    const ApiResponse u = m_api->post(kLogin, under);
    QVERIFY2(u.status == 401 || u.status == 400, qPrintable(u.describe()));
    QVERIFY(alive());
}

void TstCentralHttp::rawHttp_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<QByteArray>("expectedStatus"); // empty: any answer or a closed connection
    QTest::newRow("garbage") << QByteArray("HELLO THERE\r\n\r\n") << QByteArray("400");
    QTest::newRow("not http 1") << QByteArray("GET / SPDY/3\r\n\r\n") << QByteArray("400");
    QTest::newRow("chunked body") << QByteArray("POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\n"
                                                "Transfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n")
                                  << QByteArray("411");
    QTest::newRow("bad content-length") << QByteArray("POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\n"
                                                      "Content-Length: -5\r\n\r\n")
                                        << QByteArray("400");
    QTest::newRow("huge content-length") << QByteArray("POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\n"
                                                       "Content-Length: 99999999999\r\n\r\n{")
                                         << QByteArray("413");
    QTest::newRow("huge headers") << QByteArray("GET /api/v1/auth/me HTTP/1.1\r\nX-Big: " + QByteArray(70000, 'a')
        + "\r\n\r\n") << QByteArray("431");
    QTest::newRow("expect 100-continue") << QByteArray("POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\n"
                                                       "Expect: 100-continue\r\nContent-Length: 2\r\n\r\n")
                                         << QByteArray("100");
    QTest::newRow("truncated") << QByteArray("POST /api/v1/auth/login HTTP/1.1\r\nContent-Length: 100\r\n\r\n{")
                               << QByteArray();
    QTest::newRow("binary") << QByteArray("\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03\r\n\r\n", 16) << QByteArray();
}

void TstCentralHttp::rawHttp()
{
    QFETCH(QByteArray, request);
    QFETCH(QByteArray, expectedStatus);
    const QByteArray answer = m_api->raw(request, 3000);
    if (!expectedStatus.isEmpty()) {
        QVERIFY2(answer.startsWith(QByteArray("HTTP/1.1 " + expectedStatus)), answer.left(200).constData());
        if (expectedStatus != "100")
            QVERIFY(answer.contains("\"error\""));
    }
    QVERIFY(alive());
}

void TstCentralHttp::pipelinedInOrder()
{
    // Three requests in one write; the slow one (a sign-in hashes a password) first. The
    // answers must come in request order although the thread pool finishes them in any order.
    const QByteArray login = R"({"user": "coord1", "password": "wrong-but-slow"})";
    const QByteArray requests = "POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\nContent-Length: "
        + QByteArray::number(login.size()) + "\r\n\r\n" + login + "GET /api/v1/nothing HTTP/1.1\r\nHost: x\r\n\r\n"
        + "GET /api/v1/auth/me HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + m_token.toLatin1() + "\r\n\r\n";
    const QByteArray answer = m_api->raw(requests, 2000);
    QList<QByteArray> statuses;
    for (qsizetype at = answer.indexOf("HTTP/1.1 "); at >= 0; at = answer.indexOf("HTTP/1.1 ", at + 1))
        statuses.append(answer.mid(at + 9, 3));
    QCOMPARE(statuses, (QList<QByteArray> { "401", "404", "200" }));
    QVERIFY(alive());
}

void TstCentralHttp::clientGoneMidRequest()
{
    // Clients that vanish while their request is being handled must not take the server down.
    for (int i = 0; i < 20; ++i) {
        QTcpSocket socket;
        socket.connectToHost(m_server.baseUrl().host(), quint16(m_server.baseUrl().port()));
        QVERIFY(socket.waitForConnected(5000));
        const QByteArray body = R"({"user": "ghost", "password": "wrong"})";
        socket.write("POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                     "Content-Length: "
            + QByteArray::number(body.size()) + "\r\n\r\n" + body);
        socket.waitForBytesWritten(1000);
        socket.abort();
    }
    QVERIFY(alive());
}

void TstCentralHttp::parallelRequests()
{
    QNetworkAccessManager nam;
    QList<QNetworkReply *> replies;
    for (int i = 0; i < 24; ++i) {
        QUrl url = m_server.baseUrl();
        url.setPath(i % 2 ? kMe : kDigest);
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", "Bearer " + m_token.toLatin1());
        replies.append(nam.get(request));
    }
    for (QNetworkReply *reply : replies) {
        if (!reply->isFinished())
            QVERIFY(QTest::qWaitFor([reply] { return reply->isFinished(); }, 60000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        reply->deleteLater();
    }
}

void TstCentralHttp::expiredToken()
{
    // A second server on the same database whose clock is 13 hours ahead: the token has expired.
    CentralProcess later;
    QVERIFY2(later.start({ QStringLiteral("serve"), QStringLiteral("--db"), m_db.url(), QStringLiteral("--listen"),
                 QStringLiteral("127.0.0.1:0"), QStringLiteral("--test-clock-offset"), QString::number(13 * 3600) }),
        qPrintable(later.output()));
    ApiClient api(later.baseUrl());
    ApiResponse login;
    const QString token = m_api->login(QStringLiteral("coord3"), kPassword, &login);
    QVERIFY2(!token.isEmpty(), qPrintable(login.describe()));
    for (const QString &path : { kMe, kChanges, kDigest }) {
        const ApiResponse r = api.get(path, token);
        QVERIFY2(r.status == 401, qPrintable(path + QLatin1Char(' ') + r.describe()));
        QCOMPARE(r.errorCode(), QStringLiteral("auth.expired"));
    }
    const ApiResponse push = api.postJson(
        kPush, pushBody({ createOp(QStringLiteral("x"), makeStudent(5, QStringLiteral("10002"))) }), token);
    QCOMPARE(push.status, 401);
    QCOMPARE(push.errorCode(), QStringLiteral("auth.expired"));
    later.kill();
    QVERIFY(alive());
}

void TstCentralHttp::tls()
{
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty())
        QSKIP("openssl is not installed");
    const QString cert = m_dir.filePath(QStringLiteral("cert.pem"));
    const QString key = m_dir.filePath(QStringLiteral("key.pem"));
    QProcess gen;
    gen.start(openssl,
        { QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
            QStringLiteral("-nodes"), QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert,
            QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1") });
    QVERIFY(gen.waitForFinished(60000));
    QCOMPARE(gen.exitCode(), 0);

    CentralProcess secure;
    QVERIFY2(secure.start({ QStringLiteral("serve"), QStringLiteral("--db"), m_db.url(), QStringLiteral("--listen"),
                 QStringLiteral("127.0.0.1:0"), QStringLiteral("--tls-cert"), cert, QStringLiteral("--tls-key"), key }),
        qPrintable(secure.output()));
    QCOMPARE(secure.baseUrl().scheme(), QStringLiteral("https"));
    ApiClient api(secure.baseUrl());
    api.ignoreSslErrors(true);
    QCOMPARE(api.get(kMe, m_token).status, 200);
    const ApiResponse bad = api.post(kLogin, "{");
    QCOMPARE(bad.status, 400);
    QCOMPARE(bad.errorCode(), QStringLiteral("request.bad_json"));

    // A missing key file is a clear failure, not a plain-HTTP fallback.
    const auto missing = CentralProcess::run({ QStringLiteral("serve"), QStringLiteral("--db"), m_db.url(),
        QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--tls-cert"), cert,
        QStringLiteral("--tls-key"), m_dir.filePath(QStringLiteral("none.pem")) });
    QCOMPARE(missing.exitCode, 2);
    secure.kill();
}

QTEST_GUILESS_MAIN(TstCentralHttp)
#include "tst_centralhttp.moc"
