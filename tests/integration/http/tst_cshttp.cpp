// The customer-service desk end to end over HTTP, on the real cet-central (SQLite, or PostgreSQL
// with CETDESK_TEST_PG_URL): a candidate registers a passport and binds their registration, loses
// the email and registers a new passport; an agent looks them up (audited with the reason) and files
// a rebinding request; another agent can not approve it; the supervisor does; `cet-central
// run-jobs` at a simulated time before the evening applies nothing, at the evening applies it; the
// candidate signs in with the new passport and sees the registration, the old passport sees none;
// `send-mail` delivers both notices into the demo mailbox.

#include "TestApiClient.h"
#include "CentralProcess.h"
#include "CentralService.h"
#include "DemoRoster.h"
#include "IdDocument.h"
#include "Wire.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace cet;
using namespace cet::test;

namespace {
const QString kPw = QStringLiteral("secret-pass-1");
const QString kOldEmail = QStringLiteral("lost.mail@example.com");
const QString kNewEmail = QStringLiteral("found.mail@example.com");
const int kStudent = 10;
} // namespace

class TstCsHttp : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void lostEmailIsRebound();
    void malformedBodies();
    void atOnceAppliesOnApproval();

private:
    QJsonObject identity(int student = kStudent) const;
    ApiResponse post(const QString &path, const QJsonObject &body, const QString &token);
    QString runJobs(const QDateTime &at);

    QTemporaryDir m_dir;
    TestDatabase m_db;
    CentralProcess m_server;
    std::unique_ptr<ApiClient> m_api;
    std::unique_ptr<CandidateClient> m_client;
    QString m_agent1, m_agent2, m_super1, m_coord;
};

void TstCsHttp::initTestCase()
{
    central::CentralService::setFastPasswordHashing(true);
    QVERIFY(m_dir.isValid());
    QString error;
    QVERIFY2(m_db.create(m_dir.path(), &error), qPrintable(error));
    {
        auto svc = central::CentralService::open(m_db.url());
        QVERIFY(svc.ok());
        QVERIFY(svc.value()->migrate().ok());
        QVERIFY(svc.value()->seedDemo(20).ok());
    }
    QVERIFY2(m_server.start({ QStringLiteral("serve"), QStringLiteral("--db"), m_db.url(), QStringLiteral("--listen"),
                              QStringLiteral("127.0.0.1:0") }),
             qPrintable(m_server.output()));
    m_api = std::make_unique<ApiClient>(m_server.baseUrl());
    m_api->setHeader("Accept-Language", "zh-CN");
    m_client = std::make_unique<CandidateClient>(*m_api);
    m_agent1 = m_api->login(QStringLiteral("agent1"), QStringLiteral("demo-cs_agent"));
    m_agent2 = m_api->login(QStringLiteral("agent2"), QStringLiteral("demo-cs_agent"));
    m_super1 = m_api->login(QStringLiteral("super1"), QStringLiteral("demo-cs_supervisor"));
    m_coord = m_api->login(QStringLiteral("coord1"), QStringLiteral("demo-coordinator"));
    QVERIFY(!m_agent1.isEmpty() && !m_agent2.isEmpty() && !m_super1.isEmpty() && !m_coord.isEmpty());
}

void TstCsHttp::cleanupTestCase()
{
    m_server.kill();
}

QJsonObject TstCsHttp::identity(int student) const
{
    const StudentRecord s = central::demoStudent(QStringLiteral("10001"), student);
    return { { QStringLiteral("id_type"), idTypeCode(s.idType) }, { QStringLiteral("id_number"), s.idNumber },
             { QStringLiteral("name"), s.name } };
}

ApiResponse TstCsHttp::post(const QString &path, const QJsonObject &body, const QString &token)
{
    return m_api->postJson(QStringLiteral("/api/v1/cs") + path, body, token);
}

QString TstCsHttp::runJobs(const QDateTime &at)
{
    const auto run = CentralProcess::run({ QStringLiteral("run-jobs"), QStringLiteral("--db"), m_db.url(),
                                           QStringLiteral("--now"), protocol::toWireTime(at) });
    if (run.exitCode != 0)
        qWarning().noquote() << "run-jobs" << run.out << run.err;
    return run.out;
}

void TstCsHttp::lostEmailIsRebound()
{
    // The candidate registers, binds their record, then loses the mailbox and the password.
    QCOMPARE(m_client->registerPassport(kOldEmail, kPw).status, 201);
    const ApiResponse oldLogin = m_client->login(kOldEmail, kPw);
    QCOMPARE(oldLogin.status, 200);
    const QString oldToken = oldLogin.json.value(QStringLiteral("token")).toString();
    const QString oldId = oldLogin.json.value(QStringLiteral("passport_id")).toString();
    const QJsonObject who = identity();
    const ApiResponse bound = m_client->bind(oldToken, who.value(QStringLiteral("id_type")).toInt(),
                                             who.value(QStringLiteral("id_number")).toString(),
                                             who.value(QStringLiteral("name")).toString());
    QVERIFY2(bound.status == 200 || bound.status == 201, qPrintable(bound.describe()));
    QCOMPARE(m_client->logout(oldToken).status, 200);
    // … and registers a new passport.
    QCOMPARE(m_client->registerPassport(kNewEmail, kPw).status, 201);
    const ApiResponse newLogin = m_client->login(kNewEmail, kPw);
    const QString newId = newLogin.json.value(QStringLiteral("passport_id")).toString();
    QCOMPARE(m_client->logout(newLogin.json.value(QStringLiteral("token")).toString()).status, 200);

    // The agent looks the caller up: the old passport, its email masked, guidance "rebind".
    QJsonObject lookup = who;
    QCOMPARE(post(QStringLiteral("/lookup"), lookup, m_agent1).errorCode(), QStringLiteral("cs.reason_required"));
    lookup.insert(QStringLiteral("reason"), QStringLiteral("考生来电：邮箱无法使用，忘记密码"));
    QCOMPARE(post(QStringLiteral("/lookup"), lookup, m_coord).status, 403);
    const ApiResponse found = post(QStringLiteral("/lookup"), lookup, m_agent1);
    QVERIFY2(found.status == 200, qPrintable(found.describe()));
    const QJsonObject passport = found.json.value(QStringLiteral("passport")).toObject();
    QCOMPARE(passport.value(QStringLiteral("passport_id")).toString(), oldId);
    QCOMPARE(passport.value(QStringLiteral("email_masked")).toString(), QStringLiteral("l***@example.com"));
    QCOMPARE(found.json.value(QStringLiteral("guidance")).toString(), QStringLiteral("rebind"));
    QCOMPARE(found.json.value(QStringLiteral("registration")).toObject().value(QStringLiteral("state")).toString(),
             QStringLiteral("saved"));

    // The agent files the request.
    QJsonObject filing = who;
    filing.insert(QStringLiteral("new_passport_id"), newId);
    filing.insert(QStringLiteral("new_email"), kNewEmail);
    filing.insert(QStringLiteral("checks"), QJsonArray { QStringLiteral("id_card_photo"), QStringLiteral("callback_number") });
    filing.insert(QStringLiteral("notes"), QStringLiteral("已回拨预留电话核实"));
    const ApiResponse filed = post(QStringLiteral("/requests"), filing, m_agent1);
    QVERIFY2(filed.status == 201, qPrintable(filed.describe()));
    const qint64 id = filed.json.value(QStringLiteral("id")).toInteger();
    QCOMPARE(filed.json.value(QStringLiteral("state")).toString(), QStringLiteral("submitted"));
    QCOMPARE(filed.json.value(QStringLiteral("old_passport_id")).toString(), oldId);
    QCOMPARE(post(QStringLiteral("/requests"), filing, m_agent2).errorCode(), QStringLiteral("cs.request_open"));
    const QString path = QStringLiteral("/requests/%1").arg(id);

    // Another agent can not approve, nor can the filer, nor a coordinator; the supervisor can.
    const ApiResponse byAgent2 = post(path + QStringLiteral("/approve"), {}, m_agent2);
    QCOMPARE(byAgent2.status, 403);
    QCOMPARE(byAgent2.errorCode(), QStringLiteral("cs.forbidden"));
    QCOMPARE(post(path + QStringLiteral("/approve"), {}, m_agent1).status, 403);
    QCOMPARE(post(path + QStringLiteral("/approve"), {}, m_coord).status, 403);
    QCOMPARE(post(path + QStringLiteral("/withdraw"), {}, m_agent2).errorCode(), QStringLiteral("cs.not_filer"));
    const ApiResponse approved
        = post(path + QStringLiteral("/approve"), { { QStringLiteral("note"), QStringLiteral("同意") } }, m_super1);
    QVERIFY2(approved.status == 200, qPrintable(approved.describe()));
    QCOMPARE(approved.json.value(QStringLiteral("state")).toString(), QStringLiteral("approved"));
    const QDateTime applyAt
        = protocol::fromWireTime(approved.json.value(QStringLiteral("apply_at")).toString()).value_or(QDateTime());
    QVERIFY(applyAt.isValid());
    QCOMPARE(applyAt.toOffsetFromUtc(8 * 3600).time(), QTime(22, 0));
    QCOMPARE(post(path + QStringLiteral("/withdraw"), {}, m_agent1).errorCode(), QStringLiteral("cs.bad_state"));

    // The agent sees the state later among their own requests.
    const ApiResponse mine = m_api->get(QStringLiteral("/api/v1/cs/requests?state=approved&mine=1"), m_agent1);
    QCOMPARE(mine.status, 200);
    QCOMPARE(mine.json.value(QStringLiteral("requests")).toArray().size(), 1);
    QCOMPARE(m_api->get(QStringLiteral("/api/v1/cs/requests?mine=1"), m_agent2).json.value(QStringLiteral("requests"))
                 .toArray()
                 .size(),
             0);

    // Before the evening nothing moves; at the evening the batch applies it, once.
    QVERIFY2(runJobs(applyAt.addSecs(-60)).contains(QStringLiteral("0 rebindings applied")), "early run applied");
    QCOMPARE(m_api->get(QStringLiteral("/api/v1/cs") + path, m_super1).json.value(QStringLiteral("state")).toString(),
             QStringLiteral("approved"));
    const QDateTime evening = applyAt.addSecs(60);
    const QString out = runJobs(evening);
    QVERIFY2(out.contains(QStringLiteral("1 rebindings applied")), qPrintable(out));
    QVERIFY2(runJobs(evening.addSecs(60)).contains(QStringLiteral("0 rebindings applied")), "applied twice");
    const ApiResponse applied = m_api->get(QStringLiteral("/api/v1/cs") + path, m_super1);
    QCOMPARE(applied.json.value(QStringLiteral("state")).toString(), QStringLiteral("applied"));

    // The new passport holds the registration; the old one holds none.
    const QString newToken = m_client->signIn(kNewEmail, kPw);
    const ApiResponse mineNow = m_client->registration(newToken);
    QVERIFY2(mineNow.status == 200, qPrintable(mineNow.describe()));
    QCOMPARE(mineNow.json.value(QStringLiteral("registration")).toObject().value(QStringLiteral("name")).toString(),
             who.value(QStringLiteral("name")).toString());
    const ApiResponse oldNow = m_client->registration(m_client->signIn(kOldEmail, kPw));
    QCOMPARE(oldNow.errorCode(), QStringLiteral("registration.none"));

    // Both addresses get their notice (delivered into the demo mailbox).
    const auto sent = CentralProcess::run({ QStringLiteral("send-mail"), QStringLiteral("--db"), m_db.url(),
                                            QStringLiteral("--now"), protocol::toWireTime(evening.addSecs(120)) });
    QCOMPARE(sent.exitCode, 0);
    for (const auto &[to, subject] : { std::pair { kOldEmail, QStringLiteral("报名信息已换绑到新通行证") },
                                       std::pair { kNewEmail, QStringLiteral("报名信息已绑定到本通行证") } }) {
        const auto list = CentralProcess::run(
            { QStringLiteral("mail"), QStringLiteral("list"), QStringLiteral("--db"), m_db.url(), QStringLiteral("--to"), to });
        QVERIFY2(list.out.contains(subject), qPrintable(list.out));
        QCOMPARE(list.out.count(QStringLiteral("Subject: ") + subject), 1);
    }
    // The lookup is in the audit log, with its reason.
    const auto audit = CentralProcess::run({ QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--db"),
                                             m_db.url(), QStringLiteral("--from"), QStringLiteral("2000-01-01T00:00:00Z"),
                                             QStringLiteral("--to"), QStringLiteral("2100-01-01T00:00:00Z") });
    QVERIFY2(audit.out.contains(QStringLiteral("考生来电：邮箱无法使用，忘记密码")), qPrintable(audit.err));
}

void TstCsHttp::malformedBodies()
{
    QJsonObject lookup = identity();
    lookup.insert(QStringLiteral("reason"), QStringLiteral("x"));
    lookup.insert(QStringLiteral("moblie"), QStringLiteral("x"));
    const ApiResponse unknown = post(QStringLiteral("/lookup"), lookup, m_agent1);
    QCOMPARE(unknown.status, 400);
    QCOMPARE(unknown.errorCode(), QStringLiteral("request.bad_shape"));
    lookup.remove(QStringLiteral("moblie"));
    lookup.insert(QStringLiteral("id_type"), QStringLiteral("1"));
    QCOMPARE(post(QStringLiteral("/lookup"), lookup, m_agent1).errorCode(), QStringLiteral("request.bad_shape"));
    QCOMPARE(m_api->post(QStringLiteral("/api/v1/cs/lookup"), "{not json", m_agent1).errorCode(),
             QStringLiteral("request.bad_shape"));
    QCOMPARE(m_api->get(QStringLiteral("/api/v1/cs/requests?state=lost"), m_agent1).errorCode(),
             QStringLiteral("request.bad_shape"));
    QCOMPARE(m_api->get(QStringLiteral("/api/v1/cs/requests/999999"), m_agent1).errorCode(),
             QStringLiteral("cs.request_not_found"));
    // Messages in English on request.
    m_api->setHeader("Accept-Language", "en");
    const ApiResponse en = post(QStringLiteral("/requests/999999/approve"), {}, m_super1);
    QCOMPARE(en.status, 404);
    QCOMPARE(en.errorMessage(), QStringLiteral("The rebinding request does not exist."));
    m_api->setHeader("Accept-Language", "zh-CN");
    QCOMPARE(post(QStringLiteral("/requests/999999/approve"), {}, m_super1).errorMessage(),
             QStringLiteral("换绑申请不存在"));
}

void TstCsHttp::atOnceAppliesOnApproval()
{
    const auto set = CentralProcess::run(
        { QStringLiteral("rebind-time"), QStringLiteral("--db"), m_db.url(), QStringLiteral("--at-once") });
    QVERIFY2(set.exitCode == 0, qPrintable(set.err));
    const QJsonObject who = identity(kStudent + 1);
    const QString oldEmail = QStringLiteral("at-once-old@example.com");
    const QString newEmail = QStringLiteral("at-once-new@example.com");
    QCOMPARE(m_client->registerPassport(oldEmail, kPw).status, 201);
    const QString oldToken = m_client->signIn(oldEmail, kPw);
    QVERIFY(m_client->bind(oldToken, who.value(QStringLiteral("id_type")).toInt(),
                           who.value(QStringLiteral("id_number")).toString(), who.value(QStringLiteral("name")).toString())
                .status < 300);
    QCOMPARE(m_client->registerPassport(newEmail, kPw).status, 201);
    QJsonObject filing = who;
    filing.insert(QStringLiteral("new_passport_id"),
                  m_client->login(newEmail, kPw).json.value(QStringLiteral("passport_id")).toString());
    filing.insert(QStringLiteral("new_email"), newEmail);
    filing.insert(QStringLiteral("checks"), QJsonArray { QStringLiteral("registration_details") });
    const ApiResponse filed = post(QStringLiteral("/requests"), filing, m_agent2);
    QVERIFY2(filed.status == 201, qPrintable(filed.describe()));
    const ApiResponse approved = post(QStringLiteral("/requests/approve"),
                                      { { QStringLiteral("ids"), QJsonArray { filed.json.value(QStringLiteral("id")) } } },
                                      m_super1);
    QCOMPARE(approved.json.value(QStringLiteral("results")).toArray().at(0).toObject().value(QStringLiteral("ok")).toBool(),
             true);
    const ApiResponse now = m_api->get(
        QStringLiteral("/api/v1/cs/requests/%1").arg(filed.json.value(QStringLiteral("id")).toInteger()), m_agent2);
    QCOMPARE(now.json.value(QStringLiteral("state")).toString(), QStringLiteral("applied"));
    QCOMPARE(m_client->registration(oldToken).errorCode(), QStringLiteral("registration.none"));
    QCOMPARE(m_client->registration(m_client->signIn(newEmail, kPw)).status, 200);
}

QTEST_GUILESS_MAIN(TstCsHttp)
#include "tst_cshttp.moc"
