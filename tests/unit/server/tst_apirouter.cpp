// The router's path matching: literal segments, {name} parameters, and what does not match.
#include "ApiRouter.h"

#include <QTest>

using namespace cet::central::http;

using Params = QHash<QString, QString>;
Q_DECLARE_METATYPE(std::optional<Params>)

class TestApiRouter : public QObject
{
    Q_OBJECT

private slots:
    void match_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("path");
        QTest::addColumn<std::optional<Params>>("params");
        const QString item = QStringLiteral("/api/v1/things/{id}");
        const QString nested = QStringLiteral("/api/v1/schools/{school}/campuses/{code}");
        QTest::newRow("literal") << QStringLiteral("/api/v1/sync/push") << QStringLiteral("/api/v1/sync/push")
                                 << std::optional<Params>(Params{});
        QTest::newRow("literal, other") << QStringLiteral("/api/v1/sync/push") << QStringLiteral("/api/v1/sync/pull")
                                        << std::optional<Params>();
        QTest::newRow("literal, trailing slash") << QStringLiteral("/api/v1/sync/push")
                                                 << QStringLiteral("/api/v1/sync/push/") << std::optional<Params>();
        QTest::newRow("literal, case") << QStringLiteral("/api/v1/sync/push") << QStringLiteral("/api/v1/sync/PUSH")
                                       << std::optional<Params>();
        QTest::newRow("param") << item << QStringLiteral("/api/v1/things/42")
                               << std::optional<Params>(Params{ { QStringLiteral("id"), QStringLiteral("42") } });
        QTest::newRow("param, text") << item << QStringLiteral("/api/v1/things/a.b-c")
                                     << std::optional<Params>(Params{ { QStringLiteral("id"), QStringLiteral("a.b-c") } });
        QTest::newRow("param, empty") << item << QStringLiteral("/api/v1/things/") << std::optional<Params>();
        QTest::newRow("param, missing") << item << QStringLiteral("/api/v1/things") << std::optional<Params>();
        QTest::newRow("param, two segments") << item << QStringLiteral("/api/v1/things/4/2") << std::optional<Params>();
        QTest::newRow("param, other prefix") << item << QStringLiteral("/api/v2/things/42") << std::optional<Params>();
        QTest::newRow("two params") << nested << QStringLiteral("/api/v1/schools/10001/campuses/100011")
                                    << std::optional<Params>(Params{ { QStringLiteral("school"), QStringLiteral("10001") },
                                                                     { QStringLiteral("code"), QStringLiteral("100011") } });
        QTest::newRow("two params, literal differs") << nested << QStringLiteral("/api/v1/schools/10001/rooms/100011")
                                                     << std::optional<Params>();
        QTest::newRow("braces not a whole segment") << QStringLiteral("/api/v1/x{id}") << QStringLiteral("/api/v1/x7")
                                                    << std::optional<Params>();
        QTest::newRow("braces literal") << QStringLiteral("/api/v1/x{id}") << QStringLiteral("/api/v1/x{id}")
                                        << std::optional<Params>(Params{});
    }
    void match()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, path);
        QFETCH(std::optional<Params>, params);
        const auto got = ApiRouter::match(pattern, path);
        QCOMPARE(got.has_value(), params.has_value());
        if (params)
            QCOMPARE(*got, *params);
    }

    void routesListed()
    {
        QVERIFY(ApiRouter::paths().contains(QStringLiteral("/api/v1/public/notices")));
    }
};

QTEST_GUILESS_MAIN(TestApiRouter)
#include "tst_apirouter.moc"
