// Two writers push to the same school at once while a reader pages the change feed by cursor:
// every seq is unique, seq order is commit order, and the reader sees every change exactly once.
#include "CentralFixture.h"
#include "CentralService.h"
#include "DemoRoster.h"
#include "StudentFields.h"

#include <QTest>

#include <atomic>
#include <thread>

using namespace cet;
using namespace cet::central;
using namespace cet::central::test;

namespace {
const QString kA = QStringLiteral("10001");
const QString kPw = QStringLiteral("secret-password");
constexpr int kWriters = 2;
constexpr int kBatches = 30;
constexpr int kBatchSize = 5;

Result<Session> signIn(CentralService &svc, const QString &user)
{
    auto r = svc.login(protocol::LoginRequest{ user, kPw, {} }, {});
    if (!r)
        return r.error();
    return svc.authenticate(r.value().token);
}
} // namespace

class TestCentralConcurrency : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { CentralService::setFastPasswordHashing(true); }
    void initTestCase_data() { addBackendRows(); }

    void concurrentPushAndPull()
    {
        const auto dbHolder = backendDatabase();
        const TestDatabase &db = *dbHolder;
        if (!db.skipReason().isEmpty())
            QSKIP(qPrintable(db.skipReason()));
        {
            const QDateTime now = QDateTime::currentDateTimeUtc();
            auto svc = openMigrated(db, &now);
            QVERIFY(svc);
            QVERIFY(svc->createSchool(kA, QStringLiteral("A")).ok());
            for (int w = 0; w < kWriters; ++w)
                QVERIFY(svc->createStaff(QStringLiteral("w%1").arg(w), {}, roles::coordinator, kA, kPw).ok());
            QVERIFY(svc->createStaff(QStringLiteral("reader"), {}, roles::coordinator, kA, kPw).ok());
        }

        std::atomic<int> writersDone{ 0 };
        QStringList errors;
        std::mutex errorsMutex;
        const auto fail = [&](const QString &e) {
            std::lock_guard<std::mutex> lock(errorsMutex);
            errors << e;
        };
        QList<QList<qint64>> pushedSeqs(kWriters);

        std::vector<std::thread> threads;
        for (int w = 0; w < kWriters; ++w) {
            threads.emplace_back([&, w] {
                auto svc = CentralService::open(db.url());
                if (!svc)
                    return fail(svc.error().message), void(++writersDone);
                auto session = signIn(*svc.value(), QStringLiteral("w%1").arg(w));
                if (!session)
                    return fail(session.error().message), void(++writersDone);
                for (int b = 0; b < kBatches; ++b) {
                    QList<protocol::Op> ops;
                    for (int i = 0; i < kBatchSize; ++i) {
                        const int n = w * 10000 + b * kBatchSize + i;
                        ops << createOp(QStringLiteral("w%1-%2").arg(w).arg(n), demoStudent(kA, n));
                    }
                    auto r = svc.value()->push(session.value(), pushOf(ops));
                    if (!r) {
                        fail(r.error().message + r.error().detail);
                        break;
                    }
                    for (const auto &res : r.value().results) {
                        if (res.status != protocol::OpResult::Status::Applied)
                            fail(QStringLiteral("op %1 not applied: %2").arg(res.opId, res.message));
                        pushedSeqs[w] << res.seq;
                    }
                }
                ++writersDone;
            });
        }

        QStringList seenKeys;
        QList<qint64> seenSeqs;
        threads.emplace_back([&] {
            auto svc = CentralService::open(db.url());
            if (!svc)
                return fail(svc.error().message);
            auto session = signIn(*svc.value(), QStringLiteral("reader"));
            if (!session)
                return fail(session.error().message);
            qint64 cursor = 0;
            for (;;) {
                const bool finalPass = writersDone.load() == kWriters; // read after the last commit
                auto page = svc.value()->changes(session.value(), cursor, 7);
                if (!page)
                    return fail(page.error().message);
                for (const auto &c : page.value().changes) {
                    seenKeys << c.key;
                    seenSeqs << c.seq;
                }
                cursor = page.value().next;
                if (!page.value().more && finalPass)
                    break;
                if (!page.value().more)
                    std::this_thread::yield();
            }
        });
        for (auto &t : threads)
            t.join();

        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
        constexpr int total = kWriters * kBatches * kBatchSize;
        // Seqs handed to the writers: unique, and each writer's own seqs only grow.
        QSet<qint64> allPushed;
        for (const auto &list : pushedSeqs) {
            for (int i = 1; i < list.size(); ++i)
                QVERIFY(list[i] > list[i - 1]);
            for (qint64 s : list)
                allPushed.insert(s);
        }
        QCOMPARE(allPushed.size(), total);
        // The reader saw every change exactly once, in seq order.
        QCOMPARE(seenKeys.size(), total);
        QCOMPARE(QSet<QString>(seenKeys.begin(), seenKeys.end()).size(), total);
        for (int i = 1; i < seenSeqs.size(); ++i)
            QVERIFY(seenSeqs[i] > seenSeqs[i - 1]);
        QCOMPARE(QSet<qint64>(seenSeqs.begin(), seenSeqs.end()), allPushed);
    }
};

QTEST_GUILESS_MAIN(TestCentralConcurrency)
#include "tst_centralconcurrency.moc"
