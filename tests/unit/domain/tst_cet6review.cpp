// Unit tests of the CET6 qualification review rules 1/2/3 (domain.md).
#include "Cet6Review.h"

#include <QtTest>

using namespace cet;

namespace {

const QString kTicket = QStringLiteral("991011191101201"); // June 2019, CET4
const QString kId = QStringLiteral("11010519491231002X");
const QString kOtherId = QStringLiteral("330101200101010011");

QString s(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

Cet4ScoreRecord record(const QString &ticket, const QString &id, const QString &name, int year, int score)
{
    Cet4ScoreRecord r;
    r.ticket = ticket;
    r.idNumber = id;
    r.name = name;
    r.examYear = year;
    r.examMonth = 6;
    r.totalScore = score;
    return r;
}

} // namespace

Q_DECLARE_METATYPE(QList<cet::Cet4ScoreRecord>)

class TestCet6Review : public QObject
{
    Q_OBJECT

private slots:
    void decide_data();
    void decide();
};

void TestCet6Review::decide_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("idNumber");
    QTest::addColumn<QString>("ticket");
    QTest::addColumn<QList<Cet4ScoreRecord>>("records");
    QTest::addColumn<int>("decision");
    QTest::addColumn<QString>("reasonCode");
    QTest::addColumn<int>("recordIndex");

    const int P = int(Cet6ReviewDecision::Passed), W = int(Cet6ReviewDecision::Pending),
              R = int(Cet6ReviewDecision::Refused);
    const QString zhang = s("张三");
    const QList<Cet4ScoreRecord> passed { record(kTicket, kId, zhang, 2019, 500) };
    const QList<Cet4ScoreRecord> noise { record(QStringLiteral("991011191101202"), kOtherId, s("李四"), 2019, 600),
        record(kTicket, kId, zhang, 2019, 500) };

    // Rule 1
    QTest::newRow("rule1") << zhang << kId << kTicket << passed << P << QStringLiteral("review.passed") << 0;
    QTest::newRow("rule1-name-differs") << s("张叁") << kId << kTicket << passed << P << QStringLiteral("review.passed")
                                        << 0;
    QTest::newRow("rule1-among-others") << zhang << kId << kTicket << noise << P << QStringLiteral("review.passed")
                                        << 1;
    QTest::newRow("rule1-lower-x") << zhang << QStringLiteral("11010519491231002x") << kTicket << passed << P
                                   << QStringLiteral("review.passed") << 0;
    QTest::newRow("score-425") << zhang << kId << kTicket
                               << QList<Cet4ScoreRecord> { record(kTicket, kId, zhang, 2019, 425) } << P
                               << QStringLiteral("review.passed") << 0;
    QTest::newRow("score-424") << zhang << kId << kTicket
                               << QList<Cet4ScoreRecord> { record(kTicket, kId, zhang, 2019, 424) } << R
                               << QStringLiteral("review.score_too_low") << 0;
    const QString ticket2005 = QStringLiteral("991011051101201");
    const QString ticket2004 = QStringLiteral("991011041101201");
    QTest::newRow("year-2005") << zhang << kId << ticket2005
                               << QList<Cet4ScoreRecord> { record(ticket2005, kId, zhang, 2005, 500) } << P
                               << QStringLiteral("review.passed") << 0;
    QTest::newRow("ticket-2004") << zhang << kId << ticket2004
                                 << QList<Cet4ScoreRecord> { record(ticket2004, kId, zhang, 2004, 500) } << R
                                 << QStringLiteral("review.ticket_too_old") << -1;
    QTest::newRow("record-2004") << zhang << kId << ticket2005
                                 << QList<Cet4ScoreRecord> { record(ticket2005, kId, zhang, 2004, 500) } << R
                                 << QStringLiteral("review.score_too_old") << 0;
    QTest::newRow("record-no-year-uses-ticket")
        << zhang << kId << ticket2005 << QList<Cet4ScoreRecord> { record(ticket2005, kId, zhang, 0, 500) } << P
        << QStringLiteral("review.passed") << 0;

    // Rule 2
    QTest::newRow("rule2") << zhang << kOtherId << kTicket << passed << W << QStringLiteral("review.pending_id_differs")
                           << 0;
    QTest::newRow("rule2-name-spaces") << s("张 三") << kOtherId << kTicket << passed << W
                                       << QStringLiteral("review.pending_id_differs") << 0;
    QTest::newRow("rule2-score-424") << zhang << kOtherId << kTicket
                                     << QList<Cet4ScoreRecord> { record(kTicket, kId, zhang, 2019, 424) } << R
                                     << QStringLiteral("review.score_too_low") << 0;

    // Rule 3
    QTest::newRow("rule3-neither") << s("王五") << kOtherId << kTicket << passed << R
                                   << QStringLiteral("review.no_match") << -1;
    QTest::newRow("rule3-wrong-ticket") << zhang << kId << QStringLiteral("991011191101299") << passed << R
                                        << QStringLiteral("review.no_record") << -1;
    QTest::newRow("rule3-no-records") << zhang << kId << kTicket << QList<Cet4ScoreRecord>() << R
                                      << QStringLiteral("review.no_record") << -1;
    QTest::newRow("ticket-short") << zhang << kId << QStringLiteral("99101119110120") << passed << R
                                  << QStringLiteral("review.ticket_invalid") << -1;
    QTest::newRow("ticket-oral") << zhang << kId << QStringLiteral("F99101119110120") << passed << R
                                 << QStringLiteral("review.ticket_invalid") << -1;
    const QString cet6Ticket = QStringLiteral("991011191201201");
    QTest::newRow("ticket-cet6") << zhang << kId << cet6Ticket
                                 << QList<Cet4ScoreRecord> { record(cet6Ticket, kId, zhang, 2019, 500) } << R
                                 << QStringLiteral("review.ticket_not_cet4") << -1;
    QTest::newRow("ticket-japanese4") << zhang << kId << QStringLiteral("991011191301201") << passed << R
                                      << QStringLiteral("review.ticket_not_cet4") << -1;
    QTest::newRow("empty-name-and-id") << QString() << QString() << kTicket << passed << R
                                       << QStringLiteral("review.no_match") << -1;
}

void TestCet6Review::decide()
{
    QFETCH(QString, name);
    QFETCH(QString, idNumber);
    QFETCH(QString, ticket);
    QFETCH(QList<Cet4ScoreRecord>, records);
    QFETCH(int, decision);
    QFETCH(QString, reasonCode);
    QFETCH(int, recordIndex);

    Cet6ReviewApplication app;
    app.name = name;
    app.idType = IdType::ResidentId;
    app.idNumber = idNumber;
    app.cet4Ticket = ticket;
    const Cet6ReviewOutcome o = decideCet6Review(app, records);
    QCOMPARE(o.reasonCode, reasonCode);
    QCOMPARE(int(o.decision), decision);
    QCOMPARE(o.recordIndex, recordIndex);
    QVERIFY(!o.reason.isEmpty());
}

QTEST_GUILESS_MAIN(TestCet6Review)
#include "tst_cet6review.moc"
