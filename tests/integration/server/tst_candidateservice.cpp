// The candidate side's services on SQLite and PostgreSQL: passport accounts (registration, sign-in
// that does not tell which accounts exist, sessions, the email change), the strict body reader,
// the qualification look-up (masked record, qualified subjects) and binding (one to one in both
// directions, only inside the window, the outbox notice in the same transaction).

#include "CandidateMessages.h"
#include "CentralFixture.h"
#include "CentralService.h"
#include "DemoRoster.h"
#include "IdDocument.h"
#include "IdMask.h"
#include "LoginThrottle.h"
#include "OfferSql.h"
#include "OutboxSql.h"
#include "PassportService.h"
#include "PassportSql.h"
#include "RegistrationService.h"
#include "StrictBody.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

#include <mutex>
#include <thread>

using namespace cet;
using namespace cet::central;
using namespace cet::central::candidate;
using namespace cet::central::test;

namespace {
const QString kSchool = QStringLiteral("10001");
const QString kPw = QStringLiteral("secret-pass-1");

StudentKey keyOf(const StudentRecord &r, const QString &name = {})
{
    return StudentKey{ QString::number(idTypeCode(r.idType)), r.idNumber, name.isEmpty() ? r.name : name };
}

QStringList subjectCodes(const QJsonObject &qualification)
{
    QStringList out;
    for (const QJsonValue &v : qualification.value(QStringLiteral("subjects")).toArray())
        out << v.toObject().value(QStringLiteral("code")).toString();
    return out;
}
} // namespace

class TstCandidateService : public QObject
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
        QVERIFY(m_svc->seedDemo(10).ok()); // offers open from m_now - 1 day to m_now + 30 days
    }

    void cleanup()
    {
        m_svc.reset();
        m_db.reset();
    }

    void registerAndSignIn()
    {
        auto id = passports().registerPassport(QStringLiteral(" Li.Lei@Example.com "), kPw, QStringLiteral("13800138000"));
        QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().code));
        QVERIFY(QRegularExpression(QStringLiteral("^[0-9A-F]{32}$")).match(id.value()).hasMatch());

        // Email in any case, or the mobile number.
        auto byEmail = passports().login(QStringLiteral("li.lei@EXAMPLE.com"), kPw);
        QVERIFY(byEmail.ok());
        QCOMPARE(byEmail.value().passportId, id.value());
        auto byMobile = passports().login(QStringLiteral("13800138000"), kPw);
        QVERIFY(byMobile.ok());
        QCOMPARE(byMobile.value().passportId, id.value());

        QCOMPARE(passports().authenticate(byEmail.value().token).value(), id.value());
        QVERIFY(passports().logout(byEmail.value().token).ok());
        QCOMPARE(passports().authenticate(byEmail.value().token).error().code, codes::signInNeeded);
        QVERIFY(passports().authenticate(byMobile.value().token).ok()); // the other session lives on

        m_now = m_now.addSecs(PassportService::kSessionSeconds + 1);
        QCOMPARE(passports().authenticate(byMobile.value().token).error().code, codes::signInNeeded);
    }

    // Guessing passwords: after 3 failures a login waits (1 s, then 2 s …) whether or not it
    // exists, and the wait holds even for the right password; a success clears it. One address
    // guessing across many logins is held back too.
    void loginIsThrottledPerLoginAndAddress()
    {
        QVERIFY(passports().registerPassport(QStringLiteral("guess@example.com"), kPw, {}).ok());
        const QString peer = QStringLiteral("198.51.100.7");
        for (const QString &login : { QStringLiteral("guess@example.com"), QStringLiteral("ghost@example.com") }) {
            for (int i = 0; i < 3; ++i)
                QCOMPARE(passports().login(login, QStringLiteral("wrong-pass-9"), peer).error().code, codes::badLogin);
            const auto held = passports().login(login, kPw, peer);
            QCOMPARE(held.error().code, codes::tooManyTries);
            QCOMPARE(held.error().detail, QStringLiteral("1"));
        }
        m_now = m_now.addSecs(1);
        QVERIFY(passports().login(QStringLiteral("guess@example.com"), kPw, peer).ok());
        QCOMPARE(passports().login(QStringLiteral("guess@example.com"), QStringLiteral("wrong-pass-9"), peer).error().code,
                 codes::badLogin); // the count started again

        // Thirty failures from one address over many logins: the next login from there waits.
        const QString sprayer = QStringLiteral("203.0.113.9");
        for (int i = 0; i < 30; ++i)
            QCOMPARE(passports().login(QStringLiteral("n%1@example.com").arg(i), QStringLiteral("x-1234567"), sprayer)
                         .error().code,
                     codes::badLogin);
        QCOMPARE(passports().login(QStringLiteral("guess@example.com"), kPw, sprayer).error().code, codes::tooManyTries);
        QVERIFY(passports().login(QStringLiteral("guess@example.com"), kPw, peer).ok()); // not another address
    }

    void loginDoesNotTellWhichAccountsExist()
    {
        QVERIFY(passports().registerPassport(QStringLiteral("known@example.com"), kPw, {}).ok());
        const auto wrongPassword = passports().login(QStringLiteral("known@example.com"), QStringLiteral("wrong-pass-9"));
        const auto unknownEmail = passports().login(QStringLiteral("nobody@example.com"), kPw);
        const auto unknownMobile = passports().login(QStringLiteral("13900000000"), kPw);
        QVERIFY(!wrongPassword.ok() && !unknownEmail.ok() && !unknownMobile.ok());
        QCOMPARE(wrongPassword.error().code, codes::badLogin);
        QCOMPARE(unknownEmail.error().code, codes::badLogin);
        QCOMPARE(unknownMobile.error().code, codes::badLogin);
        QCOMPARE(unknownEmail.error().message, wrongPassword.error().message);
        QCOMPARE(unknownEmail.error().detail, wrongPassword.error().detail);
    }

    void duplicatesAndBadInput()
    {
        QVERIFY(passports().registerPassport(QStringLiteral("a@example.com"), kPw, QStringLiteral("13800138000")).ok());
        QCOMPARE(passports().registerPassport(QStringLiteral("A@EXAMPLE.COM"), kPw, {}).error().code, codes::emailTaken);
        QCOMPARE(passports().registerPassport(QStringLiteral("b@example.com"), kPw, QStringLiteral("13800138000")).error().code,
                 codes::mobileTaken);
        QCOMPARE(passports().registerPassport(QStringLiteral("not-an-email"), kPw, {}).error().code, codes::badEmail);
        QCOMPARE(passports().registerPassport(QStringLiteral("c@example.com"), kPw, QStringLiteral("12345")).error().code,
                 codes::badMobile);
        QCOMPARE(passports().registerPassport(QStringLiteral("c@example.com"), QStringLiteral("short1"), {}).error().code,
                 codes::weakPassword);
        QCOMPARE(passports().registerPassport(QStringLiteral("c@example.com"), QStringLiteral("lettersonly"), {}).error().code,
                 codes::weakPassword);
        // Nothing of the refused ones was stored.
        for (const char *email : { "b@example.com", "c@example.com" }) {
            auto found = passportsql::findByEmailKey(m_svc->store(), QString::fromLatin1(email));
            QVERIFY(found.ok());
            QVERIFY(!found.value());
        }
    }

    void changeEmail()
    {
        auto id = passports().registerPassport(QStringLiteral("old@example.com"), kPw, {});
        QVERIFY(id.ok());
        QVERIFY(passports().registerPassport(QStringLiteral("other@example.com"), kPw, {}).ok());
        QCOMPARE(passports().changeEmail(id.value(), QStringLiteral("wrong-pass-9"), QStringLiteral("new@example.com"))
                     .error().code,
                 codes::wrongPassword);
        QCOMPARE(passports().changeEmail(id.value(), kPw, QStringLiteral("Other@example.com")).error().code,
                 codes::emailTaken);
        QCOMPARE(passports().changeEmail(id.value(), kPw, QStringLiteral("nope")).error().code, codes::badEmail);
        QVERIFY(passports().login(QStringLiteral("old@example.com"), kPw).ok()); // still the old one
        QVERIFY(passports().changeEmail(id.value(), kPw, QStringLiteral("New@example.com")).ok());
        QCOMPARE(passports().login(QStringLiteral("old@example.com"), kPw).error().code, codes::badLogin);
        QCOMPARE(passports().login(QStringLiteral("new@example.com"), kPw).value().passportId, id.value());
    }

    void strictBody_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("field");
        QTest::newRow("malformed") << QByteArray("{\"email\": ") << codes::badJson << QString();
        QTest::newRow("array") << QByteArray("[]") << codes::notObject << QString();
        QTest::newRow("missing") << QByteArray(R"({"email":"a@b.cn"})") << codes::missingField << QStringLiteral("password");
        QTest::newRow("unknown") << QByteArray(R"({"email":"a@b.cn","password":"x","moblie":"1"})") << codes::unknownField
                                 << QStringLiteral("moblie");
        QTest::newRow("number") << QByteArray(R"({"email":5,"password":"x"})") << codes::wrongType << QStringLiteral("email");
        QTest::newRow("null") << QByteArray(R"({"email":"a@b.cn","password":null})") << codes::wrongType
                              << QStringLiteral("password");
        QTest::newRow("optional wrong type") << QByteArray(R"({"email":"a@b.cn","password":"x","mobile":13800138000})")
                                             << codes::wrongType << QStringLiteral("mobile");
        QTest::newRow("bool as string") << QByteArray(R"({"email":"a@b.cn","password":"x","confirm":"true"})")
                                        << codes::wrongType << QStringLiteral("confirm");
    }

    void strictBody()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, code);
        QFETCH(QString, field);
        const QList<StrictBody::Field> fields{ { QStringLiteral("email"), StrictBody::Type::String, true },
                                               { QStringLiteral("password"), StrictBody::Type::String, true },
                                               { QStringLiteral("mobile"), StrictBody::Type::String, false },
                                               { QStringLiteral("confirm"), StrictBody::Type::Boolean, false } };
        auto parsed = StrictBody::parse(body, fields);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().code, code);
        if (!field.isEmpty())
            QCOMPARE(parsed.error().detail, field);
        QCOMPARE(httpStatus(code), 400);
        QVERIFY(message(parsed.error(), Language::Chinese) != message(parsed.error(), Language::English));

        auto good = StrictBody::parse(R"({"email":"a@b.cn","password":"x","confirm":true})", fields);
        QVERIFY(good.ok());
        QCOMPARE(good.value().string(QStringLiteral("mobile")), QString());
        QVERIFY(good.value().boolean(QStringLiteral("confirm")));
    }

    void languages()
    {
        QCOMPARE(languageFrom({}), Language::Chinese);
        QCOMPARE(languageFrom("en"), Language::English);
        QCOMPARE(languageFrom("en-US,en;q=0.9"), Language::English);
        QCOMPARE(languageFrom("zh-CN,zh;q=0.9,en;q=0.8"), Language::Chinese);
        QCOMPARE(languageFrom("fr-FR, en;q=0.5"), Language::English);
        QCOMPARE(languageFrom("en;q=0.3, zh;q=0.7"), Language::Chinese);
        QCOMPARE(languageFrom("de"), Language::Chinese);
        const Error e = error(codes::badLogin);
        QCOMPARE(message(e, Language::Chinese), QStringLiteral("账号或密码错误"));
        QCOMPARE(message(e, Language::English), QStringLiteral("Wrong login or password."));
    }

    void qualificationIsMasked()
    {
        const QString passport = newPassport(QStringLiteral("q@example.com"));
        const StudentRecord s = demoStudent(kSchool, 3);
        auto q = registrations().qualification(passport, keyOf(s));
        QVERIFY2(q.ok(), qPrintable(q.ok() ? QString() : q.error().code));
        const QJsonObject student = q.value().value(QStringLiteral("student")).toObject();
        QCOMPARE(student.value(QStringLiteral("name")).toString(), s.name);
        QCOMPARE(student.value(QStringLiteral("id_number")).toString(), maskIdNumber(s.idType, s.idNumber));
        QCOMPARE(student.value(QStringLiteral("campus")).toObject().value(QStringLiteral("code")).toString(), s.campusCode);
        QVERIFY(!QJsonDocument(q.value()).toJson().contains(s.idNumber.toUtf8()));
        // Level-4 written subjects and the oral test that goes with 英语四级; CET6 (2, S) needs a
        // CET6 qualification, which nobody has without the review records.
        QCOMPARE(subjectCodes(q.value()), (QStringList{ QStringLiteral("1"), QStringLiteral("3"), QStringLiteral("F") }));
        QCOMPARE(q.value().value(QStringLiteral("window")).toObject().value(QStringLiteral("state")).toString(),
                 QStringLiteral("open"));
        QCOMPARE(q.value().value(QStringLiteral("registered")).toBool(), false);

        // A wrong name answers like an unknown number; the ID number is read leniently (lower-case x, spaces).
        QCOMPARE(registrations().qualification(passport, keyOf(s, QStringLiteral("冒名"))).error().code,
                 codes::recordNotFound);
        StudentKey loose = keyOf(s);
        loose.idNumber = QStringLiteral(" ") + s.idNumber.toLower() + QStringLiteral(" ");
        loose.idType = QStringLiteral("身份证");
        QVERIFY(registrations().qualification(passport, loose).ok());
        StudentKey badType = keyOf(s);
        badType.idType = QStringLiteral("军官证");
        QCOMPARE(registrations().qualification(passport, badType).error().code, codes::badIdType);
    }

    void bindingIsOneToOne()
    {
        const QString a = newPassport(QStringLiteral("a@example.com"));
        const QString b = newPassport(QStringLiteral("b@example.com"));
        const StudentRecord s0 = demoStudent(kSchool, 0);
        const StudentRecord s1 = demoStudent(kSchool, 1);

        QCOMPARE(registrations().registration(a).error().code, codes::noRegistration);
        QCOMPARE(registrations().bind(a, keyOf(s0), false).error().code, codes::notConfirmed);
        auto bound = registrations().bind(a, keyOf(s0), true);
        QVERIFY2(bound.ok(), qPrintable(bound.ok() ? QString() : bound.error().code));
        const QJsonObject reg = bound.value().value(QStringLiteral("registration")).toObject();
        QCOMPARE(reg.value(QStringLiteral("passport_id")).toString(), a);
        QCOMPARE(reg.value(QStringLiteral("school")).toString(), kSchool);
        QCOMPARE(reg.value(QStringLiteral("id_number")).toString(), maskIdNumber(s0.idType, s0.idNumber));

        // One passport, one record; one record, one passport.
        QCOMPARE(registrations().bind(a, keyOf(s1), true).error().code, codes::passportBound);
        QCOMPARE(registrations().bind(b, keyOf(s0), true).error().code, codes::recordBound);
        QCOMPARE(registrations().registration(b).error().code, codes::noRegistration);
        // Saving the same record again changes nothing.
        QVERIFY(registrations().bind(a, keyOf(s0), true).ok());
        // The other record is still free for another passport.
        QVERIFY(registrations().bind(b, keyOf(s1), true).ok());

        auto mine = registrations().registration(a);
        QVERIFY(mine.ok());
        QCOMPARE(mine.value().value(QStringLiteral("registration")).toObject().value(QStringLiteral("name")).toString(), s0.name);
        QVERIFY(mine.value().value(QStringLiteral("subjects")).toArray().isEmpty());
        auto q = registrations().qualification(a, keyOf(s0));
        QVERIFY(q.ok());
        QVERIFY(q.value().value(QStringLiteral("registered")).toBool());

        // The binding notice: one message for a's email, written with the binding.
        auto mails = outboxsql::forRecipient(m_svc->store(), QStringLiteral("a@example.com"));
        QVERIFY(mails.ok());
        QCOMPARE(mails.value().size(), 1);
        QCOMPARE(mails.value().at(0).kind, QStringLiteral("registration.bound"));
        QCOMPARE(mails.value().at(0).channel, QStringLiteral("email"));
        QVERIFY(!mails.value().at(0).sentAt);
        QVERIFY(mails.value().at(0).body.contains(maskIdNumber(s0.idType, s0.idNumber)));
        QVERIFY(!mails.value().at(0).body.contains(s0.idNumber));

        // Attributable: one audit row per binding, the passport as actor (saving again adds none).
        for (const QString &who : { a, b }) {
            auto rows = m_svc->store().scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE actor = ? AND "
                                                             "action = 'registration.bind' AND entity = 'registration'"),
                                              { who });
            QVERIFY(rows.ok());
            QCOMPARE(rows.value().toInt(), 1);
        }
    }

    void bindingOnlyInsideTheWindow()
    {
        const QString a = newPassport(QStringLiteral("w@example.com"));
        const StudentRecord s = demoStudent(kSchool, 2);
        const QDateTime opened = m_now;

        m_now = opened.addDays(-8); // before the window: look-ups yes, binding no
        auto q = registrations().qualification(a, keyOf(s));
        QVERIFY(q.ok());
        QCOMPARE(q.value().value(QStringLiteral("window")).toObject().value(QStringLiteral("state")).toString(),
                 QStringLiteral("not_open"));
        QCOMPARE(registrations().bind(a, keyOf(s), true).error().code, codes::notOpen);
        QCOMPARE(registrations().registration(a).error().code, codes::noRegistration);
        auto mails = outboxsql::forRecipient(m_svc->store(), QStringLiteral("w@example.com"));
        QVERIFY(mails.ok());
        QVERIFY(mails.value().isEmpty());

        m_now = opened.addDays(31); // after it
        QCOMPARE(registrations().bind(a, keyOf(s), true).error().code, codes::closed);
        QCOMPARE(registrations().registration(a).error().code, codes::noRegistration);

        // A campus that offers nothing has no window at all.
        m_now = opened;
        for (offersql::OfferRow o : demoOffersAt(QStringLiteral("100011"))) {
            o.offered = false;
            QVERIFY(offersql::put(m_svc->store(), o).ok());
        }
        QCOMPARE(registrations().bind(a, keyOf(s), true).error().code, codes::notOpen);
        QVERIFY(subjectCodes(registrations().qualification(a, keyOf(s)).value()).isEmpty());
    }

    // One passport signed in from several places at once (tabs, a retry), each on its own
    // connection. Attempts in flight count as failures until their password is checked (that is
    // what stops parallel guessing), so some may be told to wait; none fails otherwise, although
    // each success clears the throttle row the others are waiting to lock.
    void parallelSignInsOfOnePassport()
    {
        QVERIFY(passports().registerPassport(QStringLiteral("tabs@example.com"), kPw, {}).ok());
        const QString url = m_db->url();
        const QDateTime at = m_now;
        std::mutex mutex;
        QStringList failures;
        int signedIn = 0;
        std::vector<std::thread> threads;
        for (int i = 0; i < 4; ++i) {
            threads.emplace_back([&] {
                auto svc = CentralService::open(url);
                for (int n = 0; n < 15 && svc; ++n) {
                    auto r = PassportService(CandidateContext{ svc.value()->store(), [at] { return at; } })
                                 .login(QStringLiteral("tabs@example.com"), kPw, QStringLiteral("192.0.2.1"));
                    std::lock_guard<std::mutex> lock(mutex);
                    if (r)
                        ++signedIn;
                    else if (r.error().code != codes::tooManyTries)
                        failures << r.error().code + QLatin1Char(' ') + r.error().message;
                }
                if (!svc) {
                    std::lock_guard<std::mutex> lock(mutex);
                    failures << svc.error().code;
                }
            });
        }
        for (auto &t : threads)
            t.join();
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
        QVERIFY(signedIn > 0);
        m_now = m_now.addSecs(throttle::kLockSeconds);
        QVERIFY(passports().login(QStringLiteral("tabs@example.com"), kPw, QStringLiteral("192.0.2.1")).ok());
    }

    // Passports racing to bind one record, each on its own connection: exactly one wins, every
    // other one is told the record is bound, and one notice is written.
    void concurrentBindingsOfOneRecord()
    {
        constexpr int kRacers = 6;
        const StudentRecord s = demoStudent(kSchool, 7);
        QStringList ids;
        for (int i = 0; i < kRacers; ++i)
            ids << newPassport(QStringLiteral("race%1@example.com").arg(i));
        const QString url = m_db->url();
        const QDateTime at = m_now;
        std::mutex mutex;
        QStringList outcomes;
        std::vector<std::thread> threads;
        for (int i = 0; i < kRacers; ++i) {
            threads.emplace_back([&, i] {
                QString outcome;
                auto svc = CentralService::open(url);
                if (!svc) {
                    outcome = svc.error().code;
                } else {
                    RegistrationService service(CandidateContext{ svc.value()->store(), [at] { return at; } });
                    auto bound = service.bind(ids.at(i), keyOf(s), true);
                    outcome = bound.ok() ? QStringLiteral("bound") : bound.error().code + bound.error().detail;
                }
                std::lock_guard<std::mutex> lock(mutex);
                outcomes << outcome;
            });
        }
        for (auto &t : threads)
            t.join();
        QCOMPARE(outcomes.count(QStringLiteral("bound")), 1);
        QCOMPARE(outcomes.count(codes::recordBound), kRacers - 1);
        int notices = 0;
        for (int i = 0; i < kRacers; ++i) {
            auto mails = outboxsql::forRecipient(m_svc->store(), QStringLiteral("race%1@example.com").arg(i));
            QVERIFY(mails.ok());
            notices += int(mails.value().size());
        }
        QCOMPARE(notices, 1);
    }

private:
    PassportService passports() { return PassportService(context()); }
    RegistrationService registrations() { return RegistrationService(context()); }
    CandidateContext context()
    {
        return CandidateContext{ m_svc->store(), [this] { return m_now; } };
    }
    QString newPassport(const QString &email)
    {
        auto id = passports().registerPassport(email, kPw, {});
        return id.ok() ? id.value() : QString();
    }
    QList<offersql::OfferRow> demoOffersAt(const QString &campus)
    {
        auto offers = offersql::forCampus(m_svc->store(), kSchool, campus);
        return offers.ok() ? offers.value() : QList<offersql::OfferRow>();
    }

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<CentralService> m_svc;
    QDateTime m_now;
};

QTEST_GUILESS_MAIN(TstCandidateService)
#include "tst_candidateservice.moc"
