// The candidate API over HTTP, the real cet-central on 127.0.0.1 (its database prepared in-process:
// the demo's schools, roster and offers): passport accounts, sign-in that does not tell which
// accounts exist, the strict bodies (400 with a code, nothing changed), Chinese messages by
// default and English with Accept-Language: en, passport tokens kept apart from staff tokens, the
// masked qualification look-up, one-to-one binding and the registration window.
// On PostgreSQL when CETDESK_TEST_PG_URL is set, else on SQLite.

#include "TestApiClient.h"
#include "CaptchaService.h"
#include "CentralProcess.h"
#include "CentralStore.h"
#include "OutboxSql.h"
#include "CentralService.h"
#include "DemoRoster.h"
#include "IdDocument.h"
#include "IdMask.h"
#include "OfferSql.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace cet;
using namespace cet::test;
using cet::central::demoStudent;

namespace {
const QString kSchool = QStringLiteral("10001");
const QString kPw = QStringLiteral("secret-pass-1");

int typeOf(const StudentRecord &s)
{
    return idTypeCode(s.idType);
}
} // namespace

class TstCandidateHttp : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase() { m_server.kill(); }
    void init() { m_client->setEnglish(false); }
    void registerAndSignIn();
    void loginDoesNotTellWhichAccountsExist();
    void duplicatesInBothLanguages();
    void badBodiesChangeNothing_data();
    void badBodiesChangeNothing();
    void tokensAreKeptApart();
    void changeEmail();
    void qualificationIsMasked();
    void bindingIsOneToOne();
    void bindingOnlyInsideTheWindow();
    void passwordResetOverHttp();
    void accountRecoveryOverHttp();

private:
    QString signedIn(const QString &email);

    QTemporaryDir m_dir;
    TestDatabase m_db;
    CentralProcess m_server;
    std::unique_ptr<central::CentralService> m_svc; // the test's own connection (offers, checks)
    std::unique_ptr<ApiClient> m_api;
    std::unique_ptr<CandidateClient> m_client;
};

void TstCandidateHttp::initTestCase()
{
    central::CentralService::setFastPasswordHashing(true);
    QVERIFY(m_dir.isValid());
    QString error;
    QVERIFY2(m_db.create(m_dir.path(), &error), qPrintable(error));
    auto svc = central::CentralService::open(m_db.url());
    QVERIFY2(svc.ok(), qPrintable(svc.ok() ? QString() : svc.error().message));
    m_svc = std::move(svc).value();
    QVERIFY(m_svc->migrate().ok());
    QVERIFY(m_svc->seedDemo(20).ok());
    QVERIFY2(m_server.start({ QStringLiteral("serve"), QStringLiteral("--db"), m_db.url(), QStringLiteral("--listen"),
                              QStringLiteral("127.0.0.1:0"), QStringLiteral("--threads"), QStringLiteral("3") }),
             qPrintable(m_server.output()));
    m_api = std::make_unique<ApiClient>(m_server.baseUrl());
    m_client = std::make_unique<CandidateClient>(*m_api);
}

QString TstCandidateHttp::signedIn(const QString &email)
{
    const ApiResponse r = m_client->registerPassport(email, kPw);
    if (r.status != 201)
        qWarning().noquote() << "register" << email << r.describe();
    return m_client->signIn(email, kPw);
}

void TstCandidateHttp::registerAndSignIn()
{
    const ApiResponse r = m_client->registerPassport(QStringLiteral("Han.Meimei@Example.com"), kPw,
                                                     QStringLiteral("13900139000"));
    QCOMPARE(r.status, 201);
    const QString id = r.json.value(QStringLiteral("passport_id")).toString();
    QVERIFY2(QRegularExpression(QStringLiteral("^[0-9A-F]{32}$")).match(id).hasMatch(), qPrintable(r.describe()));

    const ApiResponse byEmail = m_client->login(QStringLiteral("han.meimei@example.COM"), kPw);
    QCOMPARE(byEmail.status, 200);
    QCOMPARE(byEmail.json.value(QStringLiteral("passport_id")).toString(), id);
    const QString token = byEmail.json.value(QStringLiteral("token")).toString();
    QVERIFY(!token.isEmpty());
    const ApiResponse byMobile = m_client->login(QStringLiteral("13900139000"), kPw);
    QCOMPARE(byMobile.status, 200);
    QCOMPARE(byMobile.json.value(QStringLiteral("passport_id")).toString(), id);

    QCOMPARE(m_client->registration(token).errorCode(), QStringLiteral("registration.none"));
    QCOMPARE(m_client->logout(token).status, 200);
    const ApiResponse after = m_client->registration(token);
    QCOMPARE(after.status, 401);
    QCOMPARE(after.errorCode(), QStringLiteral("passport.sign_in_needed"));
    QCOMPARE(m_client->logout(token).status, 401);
}

void TstCandidateHttp::loginDoesNotTellWhichAccountsExist()
{
    QCOMPARE(m_client->registerPassport(QStringLiteral("exists@example.com"), kPw).status, 201);
    const ApiResponse wrongPassword = m_client->login(QStringLiteral("exists@example.com"), QStringLiteral("wrong-pass-2"));
    const ApiResponse unknown = m_client->login(QStringLiteral("ghost@example.com"), kPw);
    const ApiResponse unknownMobile = m_client->login(QStringLiteral("13700000000"), kPw);
    QCOMPARE(wrongPassword.status, 401);
    QCOMPARE(wrongPassword.errorCode(), QStringLiteral("passport.bad_login"));
    QCOMPARE(unknown.status, wrongPassword.status);
    QCOMPARE(unknown.body, wrongPassword.body); // byte for byte
    QCOMPARE(unknownMobile.body, wrongPassword.body);
    QCOMPARE(wrongPassword.errorMessage(), QStringLiteral("账号或密码错误"));

    // Without an Accept-Language header at all, the messages are Chinese too.
    const QByteArray body = R"({"login":"ghost@example.com","password":"secret-pass-1"})";
    const QByteArray raw = m_api->raw("POST /api/v1/passport/login HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                                      "Content-Type: application/json\r\nConnection: close\r\nContent-Length: "
                                      + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    QVERIFY2(raw.startsWith("HTTP/1.1 401"), raw.constData());
    QVERIFY2(raw.contains(QStringLiteral("账号或密码错误").toUtf8()), raw.constData());
}

void TstCandidateHttp::duplicatesInBothLanguages()
{
    QCOMPARE(m_client->registerPassport(QStringLiteral("dup@example.com"), kPw, QStringLiteral("13600136000")).status, 201);
    ApiResponse again = m_client->registerPassport(QStringLiteral("DUP@example.com"), kPw);
    QCOMPARE(again.status, 409);
    QCOMPARE(again.errorCode(), QStringLiteral("passport.email_taken"));
    QCOMPARE(again.errorMessage(), QStringLiteral("该电子邮箱已注册"));
    QCOMPARE(again.headers.value("content-language"), QByteArray("zh-CN"));

    m_client->setEnglish(true);
    again = m_client->registerPassport(QStringLiteral("dup@example.com"), kPw);
    QCOMPARE(again.errorCode(), QStringLiteral("passport.email_taken"));
    QCOMPARE(again.errorMessage(), QStringLiteral("This email address is already registered."));
    QCOMPARE(again.headers.value("content-language"), QByteArray("en"));
    const ApiResponse mobile = m_client->registerPassport(QStringLiteral("dup2@example.com"), kPw,
                                                          QStringLiteral("13600136000"));
    QCOMPARE(mobile.status, 409);
    QCOMPARE(mobile.errorCode(), QStringLiteral("passport.mobile_taken"));
    QCOMPARE(mobile.errorMessage(), QStringLiteral("This mobile number belongs to another account."));
    QCOMPARE(m_client->login(QStringLiteral("dup2@example.com"), kPw).status, 401); // not created
}

void TstCandidateHttp::badBodiesChangeNothing_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("english");
    QTest::newRow("malformed") << QByteArray(R"({"email":"bad1@example.com","password":)") << "request.bad_json"
                               << "The request body is not valid JSON.";
    QTest::newRow("not an object") << QByteArray(R"(["bad2@example.com"])") << "request.not_object"
                                   << "The request body must be a JSON object.";
    QTest::newRow("missing") << QByteArray(R"({"email":"bad3@example.com"})") << "request.missing_field"
                             << "Missing required field: password.";
    QTest::newRow("unknown") << QByteArray(R"({"email":"bad4@example.com","password":"secret-pass-1","moblie":"1"})")
                             << "request.unknown_field" << "Unknown field: moblie.";
    QTest::newRow("wrong type") << QByteArray(R"({"email":"bad5@example.com","password":12345678})")
                                << "request.wrong_type" << "Wrong type for field: password.";
    QTest::newRow("null") << QByteArray(R"({"email":"bad6@example.com","password":"secret-pass-1","mobile":null})")
                          << "request.wrong_type" << "Wrong type for field: mobile.";
    QTest::newRow("empty") << QByteArray() << "request.bad_json" << "The request body is not valid JSON.";
}

void TstCandidateHttp::badBodiesChangeNothing()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, code);
    QFETCH(QString, english);
    const QString email = QRegularExpression(QStringLiteral("bad[0-9]@example.com")).match(QString::fromUtf8(body)).captured();

    ApiResponse r = m_client->sendRaw("POST", QStringLiteral("/passport/register"), body);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), code);
    QVERIFY(!r.errorMessage().isEmpty() && r.errorMessage() != english); // Chinese by default
    m_client->setEnglish(true);
    r = m_client->sendRaw("POST", QStringLiteral("/passport/register"), body);
    QCOMPARE(r.errorCode(), code);
    QCOMPARE(r.errorMessage(), english);
    if (!email.isEmpty())
        QCOMPARE(m_client->login(email, kPw).errorCode(), QStringLiteral("passport.bad_login"));

    // The same bodies against binding: refused before anything is looked at, nothing bound.
    const QString token = signedIn(QStringLiteral("binder-%1@example.com").arg(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-')));
    QVERIFY(!token.isEmpty());
    r = m_client->sendRaw("POST", QStringLiteral("/candidate/registration"), body, token);
    QCOMPARE(r.status, 400);
    QCOMPARE(m_client->registration(token).errorCode(), QStringLiteral("registration.none"));
}

void TstCandidateHttp::tokensAreKeptApart()
{
    const QString staffToken = m_api->login(QStringLiteral("coord1"), QStringLiteral("demo-coordinator"));
    QVERIFY(!staffToken.isEmpty());
    const ApiResponse withStaff = m_client->registration(staffToken);
    QCOMPARE(withStaff.status, 401);
    QCOMPARE(withStaff.errorCode(), QStringLiteral("passport.sign_in_needed"));

    const QString passportToken = signedIn(QStringLiteral("apart@example.com"));
    QVERIFY(!passportToken.isEmpty());
    QCOMPARE(m_api->get(QStringLiteral("/api/v1/auth/me"), passportToken).status, 401);
    QCOMPARE(m_client->registration(QString()).status, 401);
    const ApiResponse garbage = m_api->send("GET", QStringLiteral("/api/v1/candidate/registration"), {}, "Basic abc");
    QCOMPARE(garbage.status, 401);
    QCOMPARE(garbage.errorCode(), QStringLiteral("passport.sign_in_needed"));
}

void TstCandidateHttp::changeEmail()
{
    const QString token = signedIn(QStringLiteral("typo@exmaple.com"));
    QVERIFY(!token.isEmpty());
    QCOMPARE(m_client->changeEmail(QString(), kPw, QStringLiteral("right@example.com")).status, 401);
    ApiResponse r = m_client->changeEmail(token, QStringLiteral("wrong-pass-3"), QStringLiteral("right@example.com"));
    QCOMPARE(r.status, 403);
    QCOMPARE(r.errorCode(), QStringLiteral("passport.wrong_password"));
    QCOMPARE(m_client->login(QStringLiteral("right@example.com"), kPw).status, 401);
    r = m_client->changeEmail(token, kPw, QStringLiteral("right@example.com"));
    QCOMPARE(r.status, 200);
    QCOMPARE(m_client->login(QStringLiteral("right@example.com"), kPw).status, 200);
    QCOMPARE(m_client->login(QStringLiteral("typo@exmaple.com"), kPw).status, 401);
    r = m_client->sendRaw("PUT", QStringLiteral("/passport/email"), R"({"password":"x","email":"a@b.cn"})", token);
    QCOMPARE(r.errorCode(), QStringLiteral("request.unknown_field"));
}

void TstCandidateHttp::qualificationIsMasked()
{
    const QString token = signedIn(QStringLiteral("look@example.com"));
    const StudentRecord s = demoStudent(kSchool, 5);
    ApiResponse r = m_client->qualification(token, typeOf(s), s.idNumber, s.name);
    QCOMPARE(r.status, 200);
    QVERIFY2(!r.body.contains(s.idNumber.toUtf8()), r.body.constData());
    const QJsonObject student = r.json.value(QStringLiteral("student")).toObject();
    QCOMPARE(student.value(QStringLiteral("id_number")).toString(), maskIdNumber(s.idType, s.idNumber));
    QCOMPARE(student.value(QStringLiteral("school")).toObject().value(QStringLiteral("name")).toString(),
             QStringLiteral("示范大学"));
    QStringList codes;
    for (const QJsonValue &v : r.json.value(QStringLiteral("subjects")).toArray())
        codes << v.toObject().value(QStringLiteral("code")).toString();
    QCOMPARE(codes, (QStringList{ QStringLiteral("1"), QStringLiteral("3"), QStringLiteral("F") }));

    // Several records may be looked up by one passport; a wrong name is "not found".
    QCOMPARE(m_client->qualification(token, typeOf(s), s.idNumber, QStringLiteral("别人")).status, 404);
    const StudentRecord other = demoStudent(kSchool, 6);
    QCOMPARE(m_client->qualification(token, typeOf(other), other.idNumber, other.name).status, 200);

    // Query parameters are strict too.
    r = m_api->get(QStringLiteral("/api/v1/candidate/qualification?id_type=1&id_number=%1").arg(s.idNumber), token);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), QStringLiteral("request.missing_field"));
    r = m_api->get(QStringLiteral("/api/v1/candidate/qualification?id_type=1&id_number=1&name=a&debug=1"), token);
    QCOMPARE(r.errorCode(), QStringLiteral("request.unknown_field"));
    r = m_api->get(QStringLiteral("/api/v1/candidate/qualification?id_type=1&id_type=1&id_number=1&name=a"), token);
    QCOMPARE(r.errorCode(), QStringLiteral("request.repeated_param"));
    QCOMPARE(m_client->qualification(QString(), typeOf(s), s.idNumber, s.name).status, 401);
}

void TstCandidateHttp::bindingIsOneToOne()
{
    const QString a = signedIn(QStringLiteral("bind-a@example.com"));
    const QString b = signedIn(QStringLiteral("bind-b@example.com"));
    const StudentRecord s0 = demoStudent(kSchool, 10);
    const StudentRecord s1 = demoStudent(kSchool, 11);

    ApiResponse r = m_client->bind(a, typeOf(s0), s0.idNumber, s0.name, false);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), QStringLiteral("registration.not_confirmed"));
    r = m_client->bind(a, typeOf(s0), s0.idNumber, s0.name);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(QStringLiteral("registration")).toObject().value(QStringLiteral("id_number")).toString(),
             maskIdNumber(s0.idType, s0.idNumber));

    r = m_client->bind(a, typeOf(s1), s1.idNumber, s1.name);
    QCOMPARE(r.status, 409);
    QCOMPARE(r.errorCode(), QStringLiteral("registration.passport_bound"));
    r = m_client->bind(b, typeOf(s0), s0.idNumber, s0.name);
    QCOMPARE(r.status, 409);
    QCOMPARE(r.errorCode(), QStringLiteral("registration.record_bound"));
    QCOMPARE(r.errorMessage(), QStringLiteral("该考生的报名信息已绑定其他通行证账号"));
    QCOMPARE(m_client->registration(b).errorCode(), QStringLiteral("registration.none"));

    r = m_client->registration(a);
    QCOMPARE(r.status, 200);
    const QJsonObject reg = r.json.value(QStringLiteral("registration")).toObject();
    QCOMPARE(reg.value(QStringLiteral("school")).toString(), kSchool);
    QCOMPARE(reg.value(QStringLiteral("campus")).toString(), s0.campusCode);
    QCOMPARE(reg.value(QStringLiteral("name")).toString(), s0.name);
    QVERIFY(r.json.value(QStringLiteral("subjects")).isArray());
    QVERIFY(!r.body.contains(s0.idNumber.toUtf8()));
}

void TstCandidateHttp::bindingOnlyInsideTheWindow()
{
    const QString token = signedIn(QStringLiteral("early@example.com"));
    const StudentRecord s = demoStudent(kSchool, 12);
    auto offers = central::offersql::forCampus(m_svc->store(), kSchool, s.campusCode);
    QVERIFY(offers.ok() && !offers.value().isEmpty());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto moveWindows = [&](const QDateTime &start, const QDateTime &end) {
        for (central::offersql::OfferRow o : offers.value()) {
            o.windowStart = start;
            o.windowEnd = end;
            QVERIFY(central::offersql::put(m_svc->store(), o).ok());
        }
    };

    moveWindows(now.addDays(2), now.addDays(30)); // opens in two days
    ApiResponse r = m_client->qualification(token, typeOf(s), s.idNumber, s.name);
    QCOMPARE(r.status, 200); // look-ups are allowed before the window
    QCOMPARE(r.json.value(QStringLiteral("window")).toObject().value(QStringLiteral("state")).toString(),
             QStringLiteral("not_open"));
    r = m_client->bind(token, typeOf(s), s.idNumber, s.name);
    QCOMPARE(r.status, 403);
    QCOMPARE(r.errorCode(), QStringLiteral("registration.not_open"));
    m_client->setEnglish(true);
    QCOMPARE(m_client->bind(token, typeOf(s), s.idNumber, s.name).errorMessage(),
             QStringLiteral("Registration has not opened yet; you can only look up the record now."));
    QCOMPARE(m_client->registration(token).errorCode(), QStringLiteral("registration.none"));

    moveWindows(now.addDays(-30), now.addDays(-1)); // closed yesterday
    r = m_client->bind(token, typeOf(s), s.idNumber, s.name);
    QCOMPARE(r.status, 403);
    QCOMPARE(r.errorCode(), QStringLiteral("registration.closed"));
    QCOMPARE(m_client->registration(token).errorCode(), QStringLiteral("registration.none"));

    moveWindows(now.addDays(-1), now.addDays(30));
    QCOMPARE(m_client->bind(token, typeOf(s), s.idNumber, s.name).status, 200);
}

// Password recovery over HTTP: 202 for any address (the answer does not tell), a repeat at once
// told to wait (429), the link from the outbox sets the new password once, wrong shapes are refused with their codes in both languages.
void TstCandidateHttp::passwordResetOverHttp()
{
    const QString email = QStringLiteral("reset-http@example.com");
    QCOMPARE(m_client->registerPassport(email, QStringLiteral("secret-pass-1")).status, 201);
    const auto ask = [&](const QJsonObject &body) {
        return m_client->sendRaw("POST", QStringLiteral("/passport/password-reset"),
                                 QJsonDocument(body).toJson(QJsonDocument::Compact));
    };
    QCOMPARE(ask({ { QStringLiteral("email"), QStringLiteral("nobody-here@example.com") } }).status, 202);
    const ApiResponse known = ask({ { QStringLiteral("email"), email } });
    QCOMPARE(known.status, 202);
    QCOMPARE(known.body, ask({ { QStringLiteral("email"), QStringLiteral("nobody-else@example.com") } }).body);
    // The same address again at once: told to wait, known or not, with Retry-After.
    const QString other = QStringLiteral("reset-http-2@example.com");
    QCOMPARE(m_client->registerPassport(other, QStringLiteral("secret-pass-1")).status, 201);
    for (const QString &address : { other, QStringLiteral("nobody-there@example.com") }) {
        QCOMPARE(ask({ { QStringLiteral("email"), address } }).status, 202);
        const ApiResponse soon = ask({ { QStringLiteral("email"), address } });
        QCOMPARE(soon.status, 429);
        QCOMPARE(soon.errorCode(), QStringLiteral("passport.too_many_requests"));
        QVERIFY(soon.headers.value("retry-after").toInt() >= 1);
    }
    QCOMPARE(ask({}).errorCode(), QStringLiteral("reset.one_way"));
    QCOMPARE(ask({ { QStringLiteral("email"), email }, { QStringLiteral("extra"), 1 } }).errorCode(),
             QStringLiteral("request.unknown_field"));

    auto mails = central::outboxsql::forRecipient(m_svc->store(), email);
    QVERIFY(mails.ok() && !mails.value().isEmpty());
    const auto link = QRegularExpression(QStringLiteral("token=([A-Za-z0-9_-]+)")).match(mails.value().last().body);
    QVERIFY(link.hasMatch());
    const auto confirm = [&](const QString &token) {
        return m_client->sendRaw("POST", QStringLiteral("/passport/password-reset/confirm"),
                                 QJsonDocument(QJsonObject{ { QStringLiteral("token"), token },
                                                            { QStringLiteral("new_password"), QStringLiteral("brand-new-2") } })
                                     .toJson(QJsonDocument::Compact));
    };
    QCOMPARE(confirm(link.captured(1)).status, 200);
    QVERIFY(!m_client->signIn(email, QStringLiteral("brand-new-2")).isEmpty());
    const ApiResponse again = confirm(link.captured(1));
    QCOMPARE(again.status, 400);
    QCOMPARE(again.errorCode(), QStringLiteral("reset.invalid"));
    QCOMPARE(again.errorMessage(), QStringLiteral("链接或验证码无效或已过期，请重新找回密码"));
    m_client->setEnglish(true);
    QCOMPARE(confirm(link.captured(1)).errorMessage(),
             QStringLiteral("The link or code is not valid or has expired; ask for a new one."));
}

void TstCandidateHttp::accountRecoveryOverHttp()
{
    // 找回已报名账号: the ID document, the name and a captcha give the masked login of the account
    // bound to the record, and nothing for anyone else; each captcha is good for one answer.
    const QString token = signedIn(QStringLiteral("zhao.recover@example.com"));
    const StudentRecord s = demoStudent(kSchool, 14);
    QCOMPARE(m_client->bind(token, typeOf(s), s.idNumber, s.name).status, 200);
    central::CaptchaService captchas(m_svc->store(), [] { return QDateTime::currentDateTimeUtc(); });
    const auto ask = [&](const QString &name, bool rightAnswer) {
        const auto captcha = captchas.issue(); // the server's database: its answer is known here
        const QString answer = captcha.ok() && rightAnswer ? captcha.value().code : QStringLiteral("0000");
        const QJsonObject body{ { QStringLiteral("id_type"), QString::number(typeOf(s)) },
                                { QStringLiteral("id_number"), s.idNumber },
                                { QStringLiteral("name"), name },
                                { QStringLiteral("captcha_id"), captcha.ok() ? captcha.value().id : QString() },
                                { QStringLiteral("captcha"), answer } };
        return std::pair{ m_client->sendRaw("POST", QStringLiteral("/passport/recover"),
                                             QJsonDocument(body).toJson(QJsonDocument::Compact)),
                          body };
    };
    const auto [found, body] = ask(s.name, true);
    QVERIFY2(found.status == 200, qPrintable(found.describe()));
    QCOMPARE(found.json.value(QStringLiteral("login")).toString(), QStringLiteral("z***@example.com"));
    // The same captcha again: spent.
    const ApiResponse again
        = m_client->sendRaw("POST", QStringLiteral("/passport/recover"), QJsonDocument(body).toJson(QJsonDocument::Compact));
    QCOMPARE(again.errorCode(), QStringLiteral("captcha.unknown"));
    QCOMPARE(ask(s.name, false).first.errorCode(), QStringLiteral("captcha.wrong"));
    const ApiResponse other = ask(QStringLiteral("别人"), true).first;
    QCOMPARE(other.errorCode(), QStringLiteral("recover.not_found"));
    QCOMPARE(other.errorMessage(), QStringLiteral("无法查询到报名信息"));
    QVERIFY(!other.body.contains("example.com"));
}

QTEST_GUILESS_MAIN(TstCandidateHttp)
#include "tst_candidatehttp.moc"
