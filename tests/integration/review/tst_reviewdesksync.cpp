// The review desk end to end: a candidate files a CET6 review through the candidate API of a real
// cet-central (rule 2: pending); a coordinator's desktop pulls it, decides it offline and syncs;
// the candidate API then shows the review passed and the CET6 qualification, and the server's
// mail outbox holds the notice. Two desktops deciding one review differently: the first decision
// stands, the other is kept as disputed and both desktops see it. On PostgreSQL when
// CETDESK_TEST_PG_URL is set, else on SQLite.

#include "TestApiClient.h"
#include "CentralProcess.h"
#include "SignedInDesk.h"
#include "CentralService.h"
#include "Cet4ScoreImport.h"
#include "DemoRoster.h"
#include "DemoScores.h"
#include "EvidenceCache.h"
#include "EvidenceFetchJob.h"
#include "IdDocument.h"
#include "OutboxSql.h"
#include "ReviewService.h"
#include "SyncEngine.h"

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
constexpr int kRoster = 30;

QString ticketOf(int i)
{
    return central::review::demoCet4Scores(kSchool, i + 1).last().ticket;
}

QByteArray application(const StudentRecord &s, const QString &ticket)
{
    return QJsonDocument(QJsonObject{ { QStringLiteral("name"), s.name },
                                      { QStringLiteral("id_type"), QString::number(idTypeCode(s.idType)) },
                                      { QStringLiteral("id_number"), s.idNumber },
                                      { QStringLiteral("cet4_ticket"), ticket } })
        .toJson(QJsonDocument::Compact);
}

QJsonObject reviewOf(const ApiResponse &r)
{
    return r.json.value(QStringLiteral("review")).toObject();
}
} // namespace

class TstReviewDeskSync : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase() { m_server.kill(); }
    void offlineDecisionQualifiesAndMails();
    void twoDesktopsDisagreeOneStandsOneDisputed();
    void evidenceFetchedOnceThenFromCache();
    void teacherFiledReviewQualifies();

private:
    QString boundTo(int i);
    // How many CET6 subjects the candidate API offers student `s` (signed in with `token`).
    int cet6Subjects(const QString &token, const StudentRecord &s);
    // A pending review filed by roster student i; its id as the desk keys it.
    QString pendingReview(int i, QString *token);
    std::unique_ptr<SyncEngine> engineFor(Database &db, const QString &user);
    static SyncSummary syncOk(SyncEngine &e);

    QTemporaryDir m_dir;
    TestDatabase m_db;
    CentralProcess m_server;
    std::unique_ptr<central::CentralService> m_svc;
    std::unique_ptr<ApiClient> m_api;
    std::unique_ptr<CandidateClient> m_client;
    std::unique_ptr<Database> m_a, m_b;
    std::unique_ptr<SyncEngine> m_ea, m_eb;
};

void TstReviewDeskSync::initTestCase()
{
    qputenv("CETDESK_NO_KEYCHAIN", "1");
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
    for (auto [db, name] : { std::pair{ &m_a, u"a.sqlite"_qs }, std::pair{ &m_b, u"b.sqlite"_qs } }) {
        auto opened = Database::open(m_dir.filePath(name));
        QVERIFY(opened);
        *db = std::move(opened.value());
    }
    m_ea = engineFor(*m_a, QStringLiteral("coord1"));
    m_eb = engineFor(*m_b, QStringLiteral("coord2"));
    QVERIFY(m_ea && m_eb);
    QVERIFY(syncOk(*m_ea).digestMatches);
    QVERIFY(syncOk(*m_eb).digestMatches);
}

std::unique_ptr<SyncEngine> TstReviewDeskSync::engineFor(Database &db, const QString &user)
{
    auto e = signedInDesk(db, m_server.baseUrl(), user);
    if (e)
        e->setOptions({ 500, 1000, true });
    return e;
}

SyncSummary TstReviewDeskSync::syncOk(SyncEngine &e)
{
    auto r = e.sync();
    if (!r)
        qWarning("sync failed: %s %s %s", qPrintable(r.error().code), qPrintable(r.error().message),
                 qPrintable(r.error().detail));
    return r ? r.value() : SyncSummary{ -1, -1, -1, -1, -1, -1, -1, false, {} };
}

// The candidate's proof reaches the teacher's desk: listed by the sync, fetched on demand (the
// server audits the handing out), checked against the synced hash, then opened from the cache
// without the server.
void TstReviewDeskSync::evidenceFetchedOnceThenFromCache()
{
    QString token;
    const QString key = pendingReview(23, &token);
    QVERIFY(!key.isEmpty());
    const QByteArray proof("%PDF-1.4\n% a police certificate\n%%EOF\n");
    const ApiResponse up = m_client->sendRaw("POST", kReview + QStringLiteral("/evidence"), proof, token);
    QVERIFY2(up.status == 201, qPrintable(up.describe()));
    QVERIFY(syncOk(*m_ea).digestMatches);
    auto record = ReviewService(*m_a).record(key);
    QVERIFY(record && record.value());
    QCOMPARE(record.value()->evidence.size(), 1);
    const ReviewEvidence listed = record.value()->evidence.first();
    QCOMPARE(listed.contentType, QStringLiteral("application/pdf"));

    const auto audited = [this, &key] {
        auto n = m_svc->store().scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = "
                                                      "'review.evidence_view' AND entity_key = ? AND actor = 'coord1'"),
                                       { key });
        return n ? n.value().toInt() : -1;
    };
    const int before = audited();
    EvidenceFetchJob::Request request { m_a->path(), key, listed, {} };
    QVERIFY(!EvidenceFetchJob::cached(m_a->path(), key, listed));
    auto fetched = EvidenceFetchJob::fetch(request);
    QVERIFY2(fetched, fetched ? "" : qPrintable(fetched.error().message));
    QCOMPARE(fetched.value().bytes, proof);
    QVERIFY(!fetched.value().fromCache);
    QCOMPARE(fetched.value().contentType, QStringLiteral("application/pdf"));
    QCOMPARE(audited(), before + 1);

    auto again = EvidenceFetchJob::fetch(request);
    QVERIFY(again && again.value().fromCache);
    QCOMPARE(again.value().bytes, proof);
    QCOMPARE(audited(), before + 1); // the cache answered: nothing asked of the server

    // A file the review does not name (another hash) is not taken for the proof.
    ReviewEvidence other = listed;
    other.sha256 = QString(64, QLatin1Char('0'));
    auto wrong = EvidenceFetchJob::fetch(EvidenceFetchJob::Request { m_a->path(), key, other, {} });
    QVERIFY(!wrong);
    QCOMPARE(wrong.error().code, QStringLiteral("evidence.mismatch"));
    // A file the review does not have.
    other = listed;
    other.n = 5;
    other.sha256 = QString(64, QLatin1Char('1'));
    auto missing = EvidenceFetchJob::fetch(EvidenceFetchJob::Request { m_a->path(), key, other, {} });
    QVERIFY(!missing);
    QCOMPARE(missing.error().code, QStringLiteral("evidence.not_found"));
}

// A student with a CET4 score from 2003 (no online review possible): the teacher files the review
// on the desk offline, it shows in the queue at once, the sync sends it, the server's record takes
// the stand-in's place, and the student's CET6 qualification follows. A second filing taken back
// before the sync leaves nothing behind.
void TstReviewDeskSync::teacherFiledReviewQualifies()
{
    ReviewService desk(*m_a);
    const StudentRecord st = demoStudent(kSchool, 25);
    ReviewFiling filing;
    filing.studentIdType = idTypeCode(st.idType);
    filing.studentIdNumber = st.idNumber;
    filing.examYear = 2003;
    filing.examMonth = 6;
    filing.total = 468;
    filing.decision = QStringLiteral("pass");
    filing.filedBy = QStringLiteral("coord1");
    const QByteArray scan("\xFF\xD8\xFF\xE0 the 2003 CET4 score report, scanned", 51);
    filing.scan = scan;
    QCOMPARE(desk.fileAndWait([&] { ReviewFiling f = filing; f.studentIdNumber = QStringLiteral("110101190001010000"); return f; }())
                 .error()
                 .code,
             QStringLiteral("review.student_unknown"));
    QCOMPARE(desk.fileAndWait([&] { ReviewFiling f = filing; f.decision = QStringLiteral("fail"); return f; }()).error().code,
             QStringLiteral("review.reason_required"));
    auto found = desk.findStudents(st.name.left(1));
    QVERIFY(found && !found.value().isEmpty());

    auto filed = desk.fileAndWait(filing);
    QVERIFY2(filed, filed ? "" : qPrintable(filed.error().message));
    const QString standIn = filed.value();
    QVERIFY(standIn.startsWith(u"t-"));
    ReviewFilter byTeacher;
    byTeacher.state = QStringLiteral("filed");
    auto shown = desk.queue(byTeacher);
    QVERIFY(shown);
    QCOMPARE(shown.value().size(), 1);
    QCOMPARE(shown.value().first().key, standIn);
    QCOMPARE(ReviewService::shownState(shown.value().first()), u"pass"_qs);
    QCOMPARE(desk.decideAndWait(standIn, QStringLiteral("fail"), QStringLiteral("x")).error().code,
             QStringLiteral("review.filing_not_sent"));

    // The scan shows at once, from this desktop's cache.
    auto standInRecord = desk.record(standIn);
    QVERIFY(standInRecord && standInRecord.value());
    QCOMPARE(standInRecord.value()->evidence.size(), 1);
    QVERIFY(EvidenceFetchJob::cached(m_a->path(), standIn, standInRecord.value()->evidence.first()));

    // Another one, taken back before any sync.
    ReviewFiling second = filing;
    second.scan = QByteArray("%PDF-1.4 another scan");
    second.studentIdNumber = demoStudent(kSchool, 26).idNumber;
    second.studentIdType = idTypeCode(demoStudent(kSchool, 26).idType);
    auto other = desk.fileAndWait(second);
    QVERIFY(other);
    QVERIFY(desk.undoAndWait(other.value()));
    QVERIFY(!desk.find(other.value()).value());

    const SyncSummary s = syncOk(*m_ea);
    QCOMPARE(s.applied, 1);
    QCOMPARE(s.rejected, 0);
    QVERIFY2(s.digestMatches, qPrintable(s.digestDetail));
    QVERIFY(!desk.find(standIn).value()); // the stand-in made way
    QCOMPARE(s.evidenceUploaded, 1); // the scan went up after the filing (the second one's never)
    shown = desk.queue(byTeacher);
    QCOMPARE(shown.value().size(), 1);
    const ReviewRow row = shown.value().first();
    QVERIFY(!row.key.startsWith(u"t-"));
    QCOMPARE(row.state, u"passed"_qs);
    QCOMPARE(row.filedBy, u"coord1"_qs);
    QVERIFY(!row.decidedHere());
    auto stored = m_svc->store().scalar(QStringLiteral("SELECT COUNT(*) FROM review_evidence WHERE review_id = ?"),
                                        { row.key.toLongLong() });
    QVERIFY(stored.ok());
    QCOMPARE(stored.value().toInt(), 1);
    QCOMPARE(syncOk(*m_ea).evidenceUploaded, 0); // nothing waits any more; this run pulls the file's listing
    auto record = desk.record(row.key);
    QVERIFY(record && record.value() && record.value()->score);
    QCOMPARE(record.value()->evidence.size(), 1);
    QCOMPARE(record.value()->evidence.first().sha256, EvidenceCache::sha256Of(scan));
    QCOMPARE(record.value()->score->examYear, 2003);
    QCOMPARE(record.value()->score->total, 468);

    // The candidate's qualification now includes CET6.
    const QString token = boundTo(25);
    QVERIFY(!token.isEmpty());
    QVERIFY(cet6Subjects(token, st) > 0);
    QCOMPARE(syncOk(*m_ea).applied, 0); // nothing left to send
    auto audited = m_svc->store().scalar(
        QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'review.evidence_add' AND actor = 'coord1'"));
    QCOMPARE(audited.value().toInt(), 1);
}

int TstReviewDeskSync::cet6Subjects(const QString &token, const StudentRecord &s)
{
    const ApiResponse q = m_client->qualification(token, idTypeCode(s.idType), s.idNumber, s.name);
    int level6 = 0;
    for (const QJsonValue &v : q.json.value(QStringLiteral("subjects")).toArray())
        level6 += v.toObject().value(QStringLiteral("level")).toInt() == 6 ? 1 : 0;
    return level6;
}

QString TstReviewDeskSync::boundTo(int i)
{
    const QString email = QStringLiteral("desk-%1@example.com").arg(i);
    if (m_client->registerPassport(email, kPw).status != 201)
        return {};
    const QString token = m_client->signIn(email, kPw);
    const StudentRecord s = demoStudent(kSchool, i);
    const ApiResponse r = m_client->bind(token, idTypeCode(s.idType), s.idNumber, s.name);
    if (r.status != 200)
        qWarning().noquote() << "bind" << i << r.describe();
    return token;
}

QString TstReviewDeskSync::pendingReview(int i, QString *token)
{
    *token = boundTo(i);
    const ApiResponse r = m_client->sendRaw("POST", kReview, application(demoStudent(kSchool, i), ticketOf(i)), *token);
    if (r.status != 201 || reviewOf(r).value(QStringLiteral("state")).toString() != u"pending") {
        qWarning().noquote() << "review" << i << r.describe();
        return {};
    }
    return QString::number(reviewOf(r).value(QStringLiteral("id")).toInteger());
}

void TstReviewDeskSync::offlineDecisionQualifiesAndMails()
{
    QString token;
    const QString key = pendingReview(3, &token);
    QVERIFY(!key.isEmpty());
    QVERIFY(syncOk(*m_ea).digestMatches);
    ReviewService desk(*m_a);
    ReviewFilter pending;
    pending.state = QStringLiteral("pending");
    auto queue = desk.queue(pending);
    QVERIFY(queue);
    QCOMPARE(queue.value().size(), 1);
    QCOMPARE(queue.value().first().key, key);
    auto record = desk.record(key);
    QVERIFY(record && record.value());
    QVERIFY(record.value()->score.has_value()); // the CET4 record the ticket points to, for the case view

    // Decided offline: queued; the server knows nothing yet.
    QVERIFY(desk.decideAndWait(key, QStringLiteral("pass"), QStringLiteral("公安户籍证明有效"), { 1 }));
    QCOMPARE(reviewOf(m_client->sendRaw("GET", kReview, {}, token)).value(QStringLiteral("state")).toString(),
             u"pending"_qs);

    const SyncSummary s = syncOk(*m_ea);
    QCOMPARE(s.applied, 1);
    QCOMPARE(s.rejected, 0);
    QVERIFY2(s.digestMatches, qPrintable(s.digestDetail));
    auto row = desk.find(key);
    QVERIFY(row && row.value());
    QCOMPARE(row.value()->state, u"passed"_qs);
    QCOMPARE(row.value()->decidedBy, u"coord1"_qs);
    QVERIFY(!row.value()->decidedHere());

    const ApiResponse after = m_client->sendRaw("GET", kReview, {}, token);
    QCOMPARE(reviewOf(after).value(QStringLiteral("state")).toString(), u"passed"_qs);
    QVERIFY(cet6Subjects(token, demoStudent(kSchool, 3)) > 0);
    auto mails = central::outboxsql::forRecipient(m_svc->store(), QStringLiteral("desk-3@example.com"));
    QVERIFY(mails.ok());
    bool decidedMail = false;
    for (const auto &m : mails.value())
        decidedMail = decidedMail || m.kind == QLatin1String("cet6_review_decided");
    QVERIFY(decidedMail);
}

void TstReviewDeskSync::twoDesktopsDisagreeOneStandsOneDisputed()
{
    QString token;
    const QString key = pendingReview(13, &token);
    QVERIFY(!key.isEmpty());
    QVERIFY(syncOk(*m_ea).digestMatches);
    QVERIFY(syncOk(*m_eb).digestMatches);
    QVERIFY(ReviewService(*m_a).decideAndWait(key, QStringLiteral("pass"), QStringLiteral("证明有效")));
    QVERIFY(ReviewService(*m_b).decideAndWait(key, QStringLiteral("fail"), QStringLiteral("证明不清晰")));
    QCOMPARE(syncOk(*m_ea).applied, 1);
    const SyncSummary b = syncOk(*m_eb);
    QCOMPARE(b.applied, 0);
    QCOMPARE(b.rejected, 0);

    // B sees that A's decision stands and that its own is kept as disputed.
    auto rowB = ReviewService(*m_b).find(key);
    QVERIFY(rowB && rowB.value());
    QCOMPARE(rowB.value()->state, u"passed"_qs);
    QVERIFY(!rowB.value()->decidedHere());
    QVERIFY2(rowB.value()->localError.startsWith(u"review.disputed"_qs), qPrintable(rowB.value()->localError));
    QCOMPARE(rowB.value()->disputes, 1);
    auto recB = ReviewService(*m_b).record(key);
    QCOMPARE(recB.value()->disputes.size(), 1);
    QCOMPARE(recB.value()->disputes.first().by, u"coord2"_qs);
    QCOMPARE(recB.value()->disputes.first().decision, u"fail"_qs);

    // A pulls the dispute too.
    QVERIFY(syncOk(*m_ea).digestMatches);
    auto rowA = ReviewService(*m_a).find(key);
    QCOMPARE(rowA.value()->state, u"passed"_qs);
    QCOMPARE(rowA.value()->disputes, 1);
    QCOMPARE(reviewOf(m_client->sendRaw("GET", kReview, {}, token)).value(QStringLiteral("state")).toString(),
             u"passed"_qs);
}

QTEST_GUILESS_MAIN(TstReviewDeskSync)
#include "tst_reviewdesksync.moc"
