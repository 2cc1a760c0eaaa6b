// The CET6 qualification review on cet-central (Cet6ReviewService) over SQLite and PostgreSQL:
// rules 1-3 against stored CET4 score records, one review per passport, what a candidate may do
// with a pending, passed or failed review, evidence files checked by content, and the sync
// columns every write stamps.
#include "CentralFixture.h"
#include "CentralService.h"
#include "CentralStore.h"
#include "DemoRoster.h"
#include "DemoScores.h"
#include "Cet4ScoreImport.h"
#include "Cet6ReviewService.h"
#include "EvidenceFile.h"
#include "IdDocument.h"
#include "IdNumber.h"
#include "OfferSql.h"
#include "OpenOffer.h"
#include "OutboxSql.h"
#include "PassportSql.h"
#include "RestrictionSql.h"
#include "ReviewMessages.h"
#include "ScopeSql.h"

#include <QTest>

#include <algorithm>
#include <thread>
#include <vector>

using namespace cet;
using namespace cet::central;
using namespace cet::central::review;
using namespace cet::central::test;

namespace {
const QString kSchool = QStringLiteral("10001");
const QString kCampus = QStringLiteral("100011");
const QString kLevel4Campus = QStringLiteral("100012");
// 15-digit CET4 written tickets of June 2019 (10th digit 1).
const QString kTicket = QStringLiteral("100011191100101");
const QString kOtherTicket = QStringLiteral("100011191100102");
const QString kLowTicket = QStringLiteral("100011191100103");

// A resident ID number with its check character.
QString residentId(const QString &first17)
{
    return first17 + residentIdCheckChar(first17);
}

const QString kOwnId = residentId(QStringLiteral("11010120000101123"));
const QString kOldId = residentId(QStringLiteral("11010519991231456"));
const QString kFriendId = residentId(QStringLiteral("31010420010203789"));

cet4scoresql::ScoreRow score(const QString &ticket, const QString &idNumber, const QString &name, int total)
{
    return cet4scoresql::ScoreRow { ticket, 1, idNumber, name, 2019, 6, total };
}

Cet6ReviewApplication application(const QString &name, const QString &idNumber, const QString &ticket)
{
    return Cet6ReviewApplication { name, IdType::ResidentId, idNumber, ticket };
}

QByteArray jpeg(const QByteArray &payload = "photo")
{
    return QByteArray("\xFF\xD8\xFF\xE0", 4) + payload;
}
} // namespace

class TestCet6ReviewService : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<CentralService> m_central;
    std::unique_ptr<CentralStore> m_store;
    std::unique_ptr<Cet6ReviewService> m_reviews;
    QDateTime m_now;
    ReviewCandidate m_candidate;

    qint64 lastSeq()
    {
        auto s = scopesql::read(*m_store, kSchool);
        return s && s.value() ? s.value()->lastSeq : -1;
    }

    // A pending review of m_candidate (rule 2: the score record holds the candidate's old ID).
    cet6reviewsql::ReviewRow pending()
    {
        auto r = m_reviews->submit(m_candidate, application(QStringLiteral("张三"), kOwnId, kOtherTicket));
        if (!r)
            qWarning() << r.error().code << r.error().message;
        return r ? r.value() : cet6reviewsql::ReviewRow {};
    }

private slots:
    void initTestCase_data() { addBackendRows(); }
    void initTestCase() { CentralService::setFastPasswordHashing(true); }

    void init()
    {
        m_db = backendDatabase();
        if (!m_db->skipReason().isEmpty())
            QSKIP(qPrintable(m_db->skipReason()));
        m_now = QDateTime(QDate(2026, 11, 23), QTime(10, 0), Qt::UTC);
        m_central = openMigrated(*m_db, &m_now);
        QVERIFY(m_central);
        QVERIFY(m_central->createSchool(kSchool, QStringLiteral("Demo University")).ok());
        QVERIFY(m_central->createCampus(kSchool, kCampus, QStringLiteral("Main")).ok());
        QVERIFY(m_central->createCampus(kSchool, kLevel4Campus, QStringLiteral("Level 4 only")).ok());
        auto store = CentralStore::open(m_db->url());
        QVERIFY(store.ok());
        m_store = std::move(store.value());
        // The review is for candidates of a campus that offers CET6.
        for (const auto &[campus, subject] : { std::pair{ kCampus, QStringLiteral("2") },
                                               std::pair{ kLevel4Campus, QStringLiteral("1") } }) {
            QVERIFY(offersql::put(*m_store, openOffer(kSchool, campus, subject, 100, 3000, m_now)).ok());
        }
        m_reviews = std::make_unique<Cet6ReviewService>(*m_store, [this] { return m_now; });
        m_candidate
            = ReviewCandidate { QStringLiteral("A1B2C3D4E5F60718293A4B5C6D7E8F90"), kSchool, kCampus, 1, kOwnId };
        passportsql::PassportRow passport { m_candidate.passportId, QStringLiteral("zhangsan@example.com"), {}, {},
            m_now };
        QVERIFY(passportsql::insertPassport(*m_store, passport, passport.email).ok());
        // The candidate's own passed result; a passed result under the candidate's old ID number
        // and name; a result too low; a friend's passed result.
        auto imported = importCet4Scores(*m_store,
            { score(kTicket, kOwnId, QStringLiteral("张三"), 520),
                score(kOtherTicket, kOldId, QStringLiteral("张三"), 480),
                score(kLowTicket, kOwnId, QStringLiteral("张三"), 400),
                score(QStringLiteral("100011191100104"), kFriendId, QStringLiteral("李四"), 600) });
        QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().detail));
        QCOMPARE(imported.value(), 4);
    }

    void cleanup()
    {
        m_reviews.reset();
        m_store.reset();
        m_central.reset();
        m_db.reset();
    }

    void rule1PassesAtOnceEvenWithAnotherName()
    {
        const qint64 before = lastSeq();
        auto r = m_reviews->submit(m_candidate, application(QStringLiteral("张 叁"), kOwnId, kTicket));
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().code));
        QCOMPARE(r.value().state, QStringLiteral("passed"));
        QCOMPARE(r.value().reasonCode, codes::passed);
        QVERIFY(r.value().decidedAt.has_value());
        QCOMPARE(r.value().seq, before + 1);
        QCOMPARE(lastSeq(), before + 1);
        QCOMPARE(r.value().version, 1);
        QVERIFY(cet6reviewsql::hasPassedReview(*m_store, 1, kOwnId).value());
        auto stored = m_reviews->current(m_candidate.passportId);
        QVERIFY(stored.ok() && stored.value().has_value());
        QCOMPARE(stored.value()->id, r.value().id);
        QCOMPARE(stored.value()->state, QStringLiteral("passed"));
        QCOMPARE(stored.value()->ticket, kTicket);
        QCOMPARE(stored.value()->name, QStringLiteral("张 叁"));
        QCOMPARE(stored.value()->school, kSchool);
        QCOMPARE(stored.value()->changedBy, QStringLiteral("passport:") + m_candidate.passportId);
    }

    void decisionsMailTheCandidate()
    {
        const QString to = QStringLiteral("zhangsan@example.com");
        const auto row = pending();
        QVERIFY(outboxsql::forRecipient(*m_store, to).value().isEmpty()); // pending: nothing decided yet
        QVERIFY(m_reviews->decide(row.id, false, QStringLiteral("未提供证明"), QStringLiteral("coord1")).ok());
        auto mails = outboxsql::forRecipient(*m_store, to).value();
        QCOMPARE(mails.size(), 1);
        QCOMPARE(mails.at(0).kind, QStringLiteral("review.failed"));
        QVERIFY(mails.at(0).body.contains(QStringLiteral("未提供证明")));
        // Resubmitted under rule 1: passed at once, mailed in the same transaction.
        QVERIFY(m_reviews->resubmit(m_candidate, application(QStringLiteral("张三"), kOwnId, kTicket)).ok());
        mails = outboxsql::forRecipient(*m_store, to).value();
        QCOMPARE(mails.size(), 2);
        QCOMPARE(mails.at(1).kind, QStringLiteral("review.passed"));
        QVERIFY(mails.at(1).body.contains(kTicket));
    }

    void rule2IsPendingForATeacher()
    {
        const auto row = pending();
        QCOMPARE(row.state, QStringLiteral("pending"));
        QCOMPARE(row.reasonCode, codes::pendingIdDiffers);
        QVERIFY(!row.decidedAt.has_value());
        QVERIFY(row.reason.contains(QStringLiteral("未复核")));
        QVERIFY(!cet6reviewsql::hasPassedReview(*m_store, 1, kOwnId).value());
    }

    void rule3RefusesWithTheCauseAndStoresNothing_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("ticket");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("detail");
        QTest::newRow("neither ID nor name") << QStringLiteral("王五") << kOtherTicket << codes::noMatch << QString();
        QTest::newRow("no record") << QStringLiteral("张三") << QStringLiteral("100011191199999") << codes::noRecord
                                   << QString();
        QTest::newRow("too low") << QStringLiteral("张三") << kLowTicket << codes::scoreTooLow << QStringLiteral("400");
        QTest::newRow("not 15 digits") << QStringLiteral("张三") << QStringLiteral("1000111911001")
                                       << codes::ticketInvalid << QString();
        QTest::newRow("not CET4") << QStringLiteral("张三") << QStringLiteral("100011191200101") << codes::ticketNotCet4
                                  << QString();
        QTest::newRow("before 2005") << QStringLiteral("张三") << QStringLiteral("100011041100101")
                                     << codes::ticketTooOld << QString();
    }

    void rule3RefusesWithTheCauseAndStoresNothing()
    {
        QFETCH(QString, name);
        QFETCH(QString, ticket);
        QFETCH(QString, code);
        QFETCH(QString, detail);
        const qint64 before = lastSeq();
        auto r = m_reviews->submit(m_candidate, application(name, kOwnId, ticket));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, code);
        QCOMPARE(r.error().detail, detail);
        QVERIFY(!reviewMessage(code, false, detail).isEmpty());
        QVERIFY(!m_reviews->current(m_candidate.passportId).value().has_value());
        QCOMPARE(lastSeq(), before);
        // The refusal did not use up the passport's review.
        QCOMPARE(m_reviews->submit(m_candidate, application(QStringLiteral("张三"), kOwnId, kTicket)).value().state,
            QStringLiteral("passed"));
    }

    void onlyTheCandidatesOwnIdNumberCounts()
    {
        // The friend's ID number and ticket would pass rule 1; they are not the candidate's.
        auto r = m_reviews->submit(
            m_candidate, application(QStringLiteral("张三"), kFriendId, QStringLiteral("100011191100104")));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, codes::notOwnId);
        QVERIFY(!m_reviews->current(m_candidate.passportId).value().has_value());
        QCOMPARE(m_reviews->submit(m_candidate, application(QString(), kOwnId, kTicket)).error().code, codes::badName);
        // Typed with spaces and a lower-case x the own number is still the own number.
        ReviewCandidate xCandidate = m_candidate;
        xCandidate.passportId = QStringLiteral("B1B2C3D4E5F60718293A4B5C6D7E8F90");
        const QString typed = QStringLiteral(" ") + kOwnId.toLower() + QStringLiteral(" ");
        QCOMPARE(m_reviews->submit(xCandidate, application(QStringLiteral("张三"), typed, kTicket)).value().state,
            QStringLiteral("passed"));
    }

    void onlyWhereTheFormIsShown()
    {
        // A campus without CET6: the site shows no review form, the API refuses it, stores nothing.
        ReviewCandidate level4 = m_candidate;
        level4.campus = kLevel4Campus;
        QCOMPARE(m_reviews->submit(level4, application(QStringLiteral("张三"), kOwnId, kTicket)).error().code,
                 codes::cet6NotOffered);
        QVERIFY(!m_reviews->current(m_candidate.passportId).value().has_value());
        // Qualified by a passed review filed from another passport: nothing left to review.
        QVERIFY(m_reviews->submit(m_candidate, application(QStringLiteral("张三"), kOwnId, kTicket)).ok());
        ReviewCandidate again = m_candidate;
        again.passportId = QStringLiteral("B1B2C3D4E5F60718293A4B5C6D7E8F90");
        passportsql::PassportRow passport { again.passportId, QStringLiteral("zhang3@example.com"), {}, {}, m_now };
        QVERIFY(passportsql::insertPassport(*m_store, passport, passport.email).ok());
        QCOMPARE(m_reviews->submit(again, application(QStringLiteral("张三"), kOwnId, kTicket)).error().code,
                 codes::alreadyQualified);
    }

    void notForARestrictedCandidate()
    {
        // Barred from CET6 by the restriction list (限制报考名单): no form, nothing stored. Barred
        // from other subjects only: the review goes on.
        restrictionsql::RestrictionRow barred{ m_candidate.idType, m_candidate.idNumber, QStringLiteral("2"),
                                               QStringLiteral("考试违规"), QStringLiteral("admin-test"), m_now };
        QVERIFY(restrictionsql::put(*m_store, barred).ok());
        QCOMPARE(m_reviews->submit(m_candidate, application(QStringLiteral("张三"), kOwnId, kTicket)).error().code,
                 codes::restricted);
        QCOMPARE(reviewHttpStatus(codes::restricted), 409);
        QVERIFY(!m_reviews->current(m_candidate.passportId).value().has_value());
        barred.subjects = QStringLiteral("3");
        QVERIFY(restrictionsql::put(*m_store, barred).ok());
        QVERIFY(m_reviews->submit(m_candidate, application(QStringLiteral("张三"), kOwnId, kTicket)).ok());
    }

    void onePerPassport()
    {
        QVERIFY(m_reviews->submit(m_candidate, application(QStringLiteral("张三"), kOwnId, kTicket)).ok());
        auto again = m_reviews->submit(m_candidate, application(QStringLiteral("张三"), kOwnId, kTicket));
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code, codes::exists);
        QCOMPARE(reviewHttpStatus(again.error().code), 409);
    }

    void concurrentSubmissionsMakeOneReview()
    {
        // A double click or a retried request: the same passport submits from several connections.
        constexpr int kThreads = 6;
        std::vector<std::thread> threads;
        std::vector<QString> results(kThreads);
        const QString url = m_db->url();
        const QDateTime now = m_now;
        const ReviewCandidate candidate = m_candidate;
        for (int t = 0; t < kThreads; ++t) {
            threads.emplace_back([&, t] {
                auto store = CentralStore::open(url);
                if (!store) {
                    results[size_t(t)] = store.error().code;
                    return;
                }
                Cet6ReviewService reviews(*store.value(), [now] { return now; });
                auto r = reviews.submit(candidate, application(QStringLiteral("张三"), kOwnId, kOtherTicket));
                results[size_t(t)] = r ? QStringLiteral("ok") : r.error().code;
            });
        }
        for (auto &thread : threads)
            thread.join();
        QCOMPARE(std::count(results.begin(), results.end(), QStringLiteral("ok")), 1);
        QCOMPARE(std::count(results.begin(), results.end(), codes::exists), kThreads - 1);
        QCOMPARE(m_reviews->current(m_candidate.passportId).value()->version, 1);
    }

    void pendingAndPassedCanNotBeChangedOrWithdrawn()
    {
        const auto row = pending();
        QCOMPARE(m_reviews->resubmit(m_candidate, application(QStringLiteral("张三"), kOwnId, kTicket)).error().code,
            codes::pendingLocked);
        QCOMPARE(m_reviews->withdraw(m_candidate).error().code, codes::pendingLocked);
        QCOMPARE(m_reviews->current(m_candidate.passportId).value()->version, row.version);

        auto passed = m_reviews->decide(row.id, true, QStringLiteral("公安机关证明"), QStringLiteral("coord1"));
        QVERIFY(passed.ok());
        QCOMPARE(passed.value().state, QStringLiteral("passed"));
        QCOMPARE(passed.value().decidedBy, QStringLiteral("coord1"));
        QVERIFY(cet6reviewsql::hasPassedReview(*m_store, 1, kOwnId).value());
        QCOMPARE(m_reviews->resubmit(m_candidate, application(QStringLiteral("张三"), kOwnId, kTicket)).error().code,
            codes::passedLocked);
        QCOMPARE(m_reviews->withdraw(m_candidate).error().code, codes::passedLocked);
        QCOMPARE(m_reviews->decide(row.id, false, QStringLiteral("x"), QStringLiteral("coord2")).error().code,
            codes::notPending);
        QCOMPARE(m_reviews->addEvidence(m_candidate, jpeg()).error().code, codes::passedLocked);
    }

    void failedCanBeResubmittedOrWithdrawnAndIsCounted()
    {
        const auto row = pending();
        auto failed = m_reviews->decide(row.id, false, QStringLiteral("未提供证明"), QStringLiteral("coord1"));
        QVERIFY(failed.ok());
        QCOMPARE(failed.value().state, QStringLiteral("failed"));
        QCOMPARE(failed.value().reason, QStringLiteral("未提供证明"));

        // A resubmission the rules refuse leaves the failed review as it was.
        const qint64 before = lastSeq();
        QCOMPARE(
            m_reviews->resubmit(m_candidate, application(QStringLiteral("王五"), kOwnId, kOtherTicket)).error().code,
            codes::noMatch);
        QCOMPARE(m_reviews->current(m_candidate.passportId).value()->state, QStringLiteral("failed"));
        QCOMPARE(lastSeq(), before);

        auto again = m_reviews->resubmit(m_candidate, application(QStringLiteral("张三"), kOwnId, kOtherTicket));
        QVERIFY(again.ok());
        QCOMPARE(again.value().state, QStringLiteral("pending"));
        QCOMPARE(again.value().resubmissions, 1);
        QCOMPARE(again.value().id, row.id);
        QVERIFY(again.value().decidedBy.isEmpty());

        QVERIFY(m_reviews->decide(row.id, false, QStringLiteral("证明不清晰"), QStringLiteral("coord1")).ok());
        QVERIFY(m_reviews->withdraw(m_candidate).ok());
        QVERIFY(!m_reviews->current(m_candidate.passportId).value().has_value());
        QCOMPARE(m_reviews->withdraw(m_candidate).error().code, codes::none);
        QCOMPARE(m_reviews->resubmit(m_candidate, application(QStringLiteral("张三"), kOwnId, kTicket)).error().code,
            codes::none);
        // The tombstone stays for the desks: deleted, with a new seq.
        auto tomb = cet6reviewsql::findById(*m_store, row.id);
        QVERIFY(tomb.ok() && tomb.value() && tomb.value()->deletedAt.has_value());
        QCOMPARE(tomb.value()->seq, lastSeq());

        // A new submission after the withdrawal is this passport's next one.
        auto third = m_reviews->submit(m_candidate, application(QStringLiteral("张三"), kOwnId, kTicket));
        QVERIFY(third.ok());
        QCOMPARE(third.value().state, QStringLiteral("passed"));
        QCOMPARE(third.value().resubmissions, 2);
        QCOMPARE(third.value().id, row.id);
    }

    void evidenceIsCheckedByContent()
    {
        const auto row = pending();
        QByteArray png("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16);
        QByteArray pdf("%PDF-1.7\n1 0 obj\n");
        auto a = m_reviews->addEvidence(m_candidate, jpeg());
        QVERIFY(a.ok());
        QCOMPARE(a.value().contentType, QStringLiteral("image/jpeg"));
        QCOMPARE(a.value().number, 1);
        QCOMPARE(m_reviews->addEvidence(m_candidate, png).value().contentType, QStringLiteral("image/png"));
        QCOMPARE(m_reviews->addEvidence(m_candidate, pdf).value().contentType, QStringLiteral("application/pdf"));
        // The same bytes again: the stored file, nothing new.
        auto same = m_reviews->addEvidence(m_candidate, jpeg());
        QVERIFY(same.ok() && same.value().alreadyStored);
        QCOMPARE(same.value().id, a.value().id);

        QCOMPARE(m_reviews->addEvidence(m_candidate, QByteArray("MZ\x90\0", 4)).error().code, codes::evidenceBadType);
        QCOMPARE(m_reviews->addEvidence(m_candidate, QByteArray("GIF89a")).error().code, codes::evidenceBadType);
        QCOMPARE(m_reviews->addEvidence(m_candidate, QByteArray()).error().code, codes::evidenceEmpty);
        QCOMPARE(m_reviews->addEvidence(m_candidate, jpeg(QByteArray(5 * 1024 * 1024, 'x'))).error().code,
            codes::evidenceTooLarge);
        // Exactly 5 MB is allowed.
        const QByteArray big = jpeg(QByteArray(5 * 1024 * 1024 - 4, 'y'));
        QCOMPARE(big.size(), 5 * 1024 * 1024);
        auto bigOne = m_reviews->addEvidence(m_candidate, big);
        QVERIFY2(bigOne.ok(), qPrintable(bigOne.ok() ? QString() : bigOne.error().detail));
        QCOMPARE(cet6reviewsql::evidenceBytes(*m_store, bigOne.value().id).value(), big);
        QCOMPARE(cet6reviewsql::evidenceBytes(*m_store, a.value().id).value(), jpeg());

        auto now = m_reviews->current(m_candidate.passportId).value();
        QCOMPARE(now->evidenceCount, 4);
        QCOMPARE(now->version, row.version + 4);
        QCOMPARE(now->seq, lastSeq());
        for (int i = 5; i <= kMaxEvidenceFiles; ++i)
            QVERIFY(m_reviews->addEvidence(m_candidate, jpeg(QByteArray::number(i))).ok());
        QCOMPARE(m_reviews->addEvidence(m_candidate, jpeg("one too many")).error().code, codes::evidenceTooMany);
        QCOMPARE(cet6reviewsql::evidenceOf(*m_store, row.id).value().size(), kMaxEvidenceFiles);
    }

    void evidenceNeedsAReview() { QCOMPARE(m_reviews->addEvidence(m_candidate, jpeg()).error().code, codes::none); }

    void aPassedScoreOfTheIdNumberQualifies()
    {
        QVERIFY(cet4scoresql::hasPassedScore(*m_store, 1, kOwnId, kCet6MinimumCet4Score, kCet6EarliestCet4Year).value());
        QVERIFY(cet4scoresql::hasPassedScore(*m_store, 1, kOldId, kCet6MinimumCet4Score, kCet6EarliestCet4Year).value());
        QVERIFY(!cet4scoresql::hasPassedScore(*m_store, 4, kOwnId, kCet6MinimumCet4Score, kCet6EarliestCet4Year).value());
        QVERIFY(!cet4scoresql::hasPassedScore(*m_store, 1, kOwnId, 521, kCet6EarliestCet4Year).value());
        QVERIFY(!cet4scoresql::hasPassedScore(*m_store, 1, kOwnId, kCet6MinimumCet4Score, 2020).value());
    }

    void demoScoresMeetEveryRule()
    {
        QVERIFY(importCet4Scores(*m_store, demoCet4Scores(kSchool, 10)).ok());
        QStringList codesSeen;
        for (int i = 0; i < 10; ++i) {
            const StudentRecord s = demoStudent(kSchool, i);
            const QList<cet4scoresql::ScoreRow> rows = demoCet4Scores(kSchool, i + 1);
            if (rows.size() == 0 || i % 10 > 4)
                continue;
            ReviewCandidate c{ QStringLiteral("P%1").arg(i), kSchool, s.campusCode, idTypeCode(s.idType), s.idNumber };
            auto r = m_reviews->submit(c, Cet6ReviewApplication{ s.name, s.idType, s.idNumber, rows.last().ticket });
            codesSeen.append(r ? r.value().reasonCode : r.error().code);
        }
        QCOMPARE(codesSeen, (QStringList{ codes::passed, codes::passed, codes::passed, codes::pendingIdDiffers,
                                          codes::scoreTooLow }));
    }

    void englishMessages()
    {
        QCOMPARE(reviewMessage(codes::scoreTooLow, true, QStringLiteral("400")),
            QStringLiteral("The CET4 total score 400 is below 425."));
        QCOMPARE(reviewMessage(codes::scoreTooLow, false, QStringLiteral("400")),
            QStringLiteral("四级总分400分，低于425分"));
        QCOMPARE(reviewHttpStatus(codes::evidenceTooLarge), 413);
        QCOMPARE(reviewHttpStatus(codes::evidenceBadType), 415);
    }
};

QTEST_GUILESS_MAIN(TestCet6ReviewService)
#include "tst_cet6reviewservice.moc"
