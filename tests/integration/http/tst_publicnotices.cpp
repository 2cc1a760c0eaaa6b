// School notices over HTTP, the real executable on 127.0.0.1: a coordinator's push mixing
// entities (an unknown one refused per op, never the whole batch), then the candidates' public
// listing without a token: what shows today, the order, and its JSON errors.

#include "TestApiClient.h"
#include "CentralProcess.h"
#include "TestStudents.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace cet;
using namespace cet::test;

namespace {
const QString kPush = QStringLiteral("/api/v1/sync/push");
const QString kPublic = QStringLiteral("/api/v1/public/notices");
const QString kPassword = QStringLiteral("secret-pass-1");

QJsonObject noticeOp(const QString &opId, const QString &key, const QString &title, const QString &shownFrom)
{
    return QJsonObject{
        { QStringLiteral("op_id"), opId },
        { QStringLiteral("entity"), QStringLiteral("notice") },
        { QStringLiteral("key"), key },
        { QStringLiteral("base_version"), 0 },
        { QStringLiteral("kind"), QStringLiteral("upsert") },
        { QStringLiteral("changes"),
          QJsonObject{ { QStringLiteral("title"), QJsonArray{ QJsonValue(), title } },
                       { QStringLiteral("body"), QJsonArray{ QJsonValue(), QString(QStringLiteral("正文 of ") + title) } },
                       { QStringLiteral("shown_from"), QJsonArray{ QJsonValue(), shownFrom } } } },
    };
}
} // namespace

class TstPublicNotices : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase() { m_server.kill(); }
    void mixedPush();
    void listing();
    void errors_data();
    void errors();

private:
    QTemporaryDir m_dir;
    TestDatabase m_db;
    CentralProcess m_server;
    std::unique_ptr<ApiClient> m_api;
    QString m_token; // coord1 of school 10001
};

void TstPublicNotices::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    QVERIFY2(m_db.create(m_dir.path(), &error), qPrintable(error));
    const QList<QStringList> setup = {
        { QStringLiteral("migrate") },
        { QStringLiteral("create-school"), QStringLiteral("--code"), QStringLiteral("10001"), QStringLiteral("--name"),
          QStringLiteral("甲大学") },
        { QStringLiteral("create-school"), QStringLiteral("--code"), QStringLiteral("10002"), QStringLiteral("--name"),
          QStringLiteral("School B") },
        { QStringLiteral("create-campus"), QStringLiteral("--school"), QStringLiteral("10001"), QStringLiteral("--code"),
          QStringLiteral("100012"), QStringLiteral("--name"), QStringLiteral("东校区") },
        { QStringLiteral("create-campus"), QStringLiteral("--school"), QStringLiteral("10001"), QStringLiteral("--code"),
          QStringLiteral("100011"), QStringLiteral("--name"), QStringLiteral("主校区") },
        { QStringLiteral("create-user"), QStringLiteral("--name"), QStringLiteral("coord1"), QStringLiteral("--role"),
          QStringLiteral("coordinator"), QStringLiteral("--school"), QStringLiteral("10001"),
          QStringLiteral("--password"), kPassword },
    };
    for (QStringList args : setup) {
        args.insert(1, QStringLiteral("--db"));
        args.insert(2, m_db.url());
        const auto r = CentralProcess::run(args);
        QVERIFY2(r.exitCode == 0, qPrintable(args.join(QLatin1Char(' ')) + QStringLiteral(": ") + r.err + r.out));
    }
    QVERIFY2(m_server.start({ QStringLiteral("serve"), QStringLiteral("--db"), m_db.url(), QStringLiteral("--listen"),
                              QStringLiteral("127.0.0.1:0") }),
             qPrintable(m_server.output()));
    m_api = std::make_unique<ApiClient>(m_server.baseUrl());
    ApiResponse login;
    m_token = m_api->login(QStringLiteral("coord1"), kPassword, &login);
    QVERIFY2(!m_token.isEmpty(), qPrintable(login.describe()));
}

void TstPublicNotices::mixedPush()
{
    QJsonObject offer = noticeOp(QStringLiteral("o-1"), QStringLiteral("10001"), QStringLiteral("x"),
                                 QStringLiteral("2000-01-01"));
    offer.insert(QStringLiteral("entity"), QStringLiteral("timetable"));
    const QJsonArray ops{
        createOp(QStringLiteral("s-1"), makeStudent(1, QStringLiteral("10001"))),
        offer,
        noticeOp(QStringLiteral("n-school"), QStringLiteral("10001"), QStringLiteral("学校通告"), QStringLiteral("2000-01-01")),
        noticeOp(QStringLiteral("n-east"), QStringLiteral("100012"), QStringLiteral("东校区通告"), QStringLiteral("2020-05-01")),
        noticeOp(QStringLiteral("n-main"), QStringLiteral("100011"), QStringLiteral("主校区通告"), QStringLiteral("2020-06-01")),
        noticeOp(QStringLiteral("n-later"), QStringLiteral("10001"), QStringLiteral("x"), QStringLiteral("2099-01-01")),
    };
    const ApiResponse push = m_api->postJson(kPush, pushBody(ops), m_token);
    QVERIFY2(push.status == 200, qPrintable(push.describe()));
    const QJsonArray results = push.json.value(QStringLiteral("results")).toArray();
    QCOMPARE(results.size(), 6);
    const auto status = [&](int i) { return results.at(i).toObject().value(QStringLiteral("status")).toString(); };
    QCOMPARE(status(0), QStringLiteral("applied"));
    QCOMPARE(status(1), QStringLiteral("rejected"));
    QCOMPARE(results.at(1).toObject().value(QStringLiteral("code")).toString(), QStringLiteral("entity.unknown"));
    QCOMPARE(status(2), QStringLiteral("applied"));
    QCOMPARE(status(3), QStringLiteral("applied"));
    QCOMPARE(status(4), QStringLiteral("applied"));
    // A second upsert of the school's notice from version 0: a conflict with what the op before made.
    QCOMPARE(status(5), QStringLiteral("conflict"));

    // A campus notice shown from a day far ahead: stored, not listed (listing()).
    const ApiResponse later = m_api->postJson(
        kPush,
        pushBody({ QJsonObject(noticeOp(QStringLiteral("n-future"), QStringLiteral("100011"), QStringLiteral("y"),
                                        QStringLiteral("2099-01-01"))) }),
        m_token);
    QCOMPARE(later.status, 200);
    QCOMPARE(later.json.value(QStringLiteral("results")).toArray().at(0).toObject().value(QStringLiteral("status")),
             QJsonValue(QStringLiteral("conflict"))); // 100011 already has a notice: a create conflicts
}

void TstPublicNotices::listing()
{
    // Another campus notice, shown from 2099: edited from version 1, so it applies.
    const QJsonObject future{
        { QStringLiteral("op_id"), QStringLiteral("n-main-2") },
        { QStringLiteral("entity"), QStringLiteral("notice") },
        { QStringLiteral("key"), QStringLiteral("100011") },
        { QStringLiteral("base_version"), 1 },
        { QStringLiteral("kind"), QStringLiteral("upsert") },
        { QStringLiteral("changes"),
          QJsonObject{ { QStringLiteral("title"), QJsonArray{ QStringLiteral("主校区通告"), QStringLiteral("明年") } },
                       { QStringLiteral("body"), QJsonArray{ QJsonValue(), QString() } },
                       { QStringLiteral("shown_from"), QJsonArray{ QStringLiteral("2020-06-01"), QStringLiteral("2099-01-01") } } } },
    };
    const ApiResponse push = m_api->postJson(kPush, pushBody({ future }), m_token);
    QCOMPARE(push.json.value(QStringLiteral("results")).toArray().at(0).toObject().value(QStringLiteral("version")).toInteger(), 2);

    const ApiResponse r = m_api->get(kPublic + QStringLiteral("?school=10001")); // no token
    QVERIFY2(r.status == 200, qPrintable(r.describe()));
    QCOMPARE(r.json.value(QStringLiteral("school")).toObject(),
             QJsonObject({ { QStringLiteral("code"), QStringLiteral("10001") }, { QStringLiteral("name"), QStringLiteral("甲大学") } }));
    const QJsonArray notices = r.json.value(QStringLiteral("notices")).toArray();
    QCOMPARE(notices.size(), 2); // the school's and 100012's; 100011's shows from 2099
    const QJsonObject school = notices.at(0).toObject();
    QCOMPARE(school.value(QStringLiteral("scope")).toString(), QStringLiteral("school"));
    QCOMPARE(school.value(QStringLiteral("code")).toString(), QStringLiteral("10001"));
    QVERIFY(school.value(QStringLiteral("campus_name")).isNull());
    QCOMPARE(school.value(QStringLiteral("title")).toString(), QStringLiteral("学校通告"));
    QCOMPARE(school.value(QStringLiteral("body")).toString(), QStringLiteral("正文 of 学校通告"));
    QCOMPARE(school.value(QStringLiteral("shown_from")).toString(), QStringLiteral("2000-01-01"));
    const QDateTime updated = QDateTime::fromString(school.value(QStringLiteral("updated_at")).toString(), Qt::ISODate);
    QVERIFY(updated.isValid());
    QVERIFY(qAbs(updated.secsTo(QDateTime::currentDateTimeUtc())) < 600);
    const QJsonObject campus = notices.at(1).toObject();
    QCOMPARE(campus.value(QStringLiteral("scope")).toString(), QStringLiteral("campus"));
    QCOMPARE(campus.value(QStringLiteral("code")).toString(), QStringLiteral("100012"));
    QCOMPARE(campus.value(QStringLiteral("campus_name")).toString(), QStringLiteral("东校区"));
    QCOMPARE(campus.keys().size(), 7);

    const ApiResponse other = m_api->get(kPublic + QStringLiteral("?school=10002"));
    QCOMPARE(other.status, 200);
    QCOMPARE(other.json.value(QStringLiteral("notices")).toArray().size(), 0);
}

void TstPublicNotices::errors_data()
{
    QTest::addColumn<QString>("pathAndQuery");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::newRow("unknown school") << kPublic + QStringLiteral("?school=99999") << 404 << QStringLiteral("not_found");
    QTest::newRow("no school") << kPublic << 400 << QStringLiteral("request.bad_shape");
    QTest::newRow("empty school") << kPublic + QStringLiteral("?school=") << 400 << QStringLiteral("request.bad_shape");
    QTest::newRow("unknown parameter") << kPublic + QStringLiteral("?school=10001&x=1") << 400
                                       << QStringLiteral("request.bad_shape");
    QTest::newRow("sub path") << kPublic + QStringLiteral("/10001") << 404 << QStringLiteral("not_found");
}

void TstPublicNotices::errors()
{
    QFETCH(QString, pathAndQuery);
    QFETCH(int, status);
    QFETCH(QString, code);
    const ApiResponse r = m_api->get(pathAndQuery);
    QCOMPARE(r.status, status);
    QCOMPARE(r.errorCode(), code);
    QVERIFY(!r.errorMessage().isEmpty());
    const ApiResponse post = m_api->post(kPublic + QStringLiteral("?school=10001"), QByteArray());
    QCOMPARE(post.status, 405);
    QCOMPARE(post.headers.value("allow"), QByteArray("GET"));
}

QTEST_GUILESS_MAIN(TstPublicNotices)
#include "tst_publicnotices.moc"
