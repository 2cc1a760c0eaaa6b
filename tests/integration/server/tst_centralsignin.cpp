// Sign-in read as an attacker would, on SQLite and PostgreSQL: parallel guesses can not skip the
// delays, neither the answers nor their timing tell a known user name from an unknown one, a lock
// does not outlive itself, one address can not spray many names, and hashes made with weaker
// parameters are made again at the next sign-in.
#include "CentralFixture.h"
#include "CentralService.h"
#include "CentralStore.h"

#include <QElapsedTimer>
#include <QTest>

#include <algorithm>
#include <mutex>
#include <thread>

using namespace cet;
using namespace cet::central;
using namespace cet::central::test;

namespace {
const QString kA = QStringLiteral("10001");
const QString kPw = QStringLiteral("secret-password");
const QString kWrong = QStringLiteral("wrong-password");

QString codeOf(const Result<protocol::LoginResponse> &r)
{
    return r ? QStringLiteral("ok") : r.error().code;
}

// The probability that a value drawn from `a` exceeds one drawn from `b` (ties count half):
// 0.5 when the two do not differ, 0 or 1 when they do not overlap at all.
double superiority(const QList<double> &a, const QList<double> &b)
{
    double wins = 0;
    for (double x : a)
        for (double y : b)
            wins += x > y ? 1.0 : (x == y ? 0.5 : 0.0);
    return wins / double(a.size() * b.size());
}
} // namespace

class TestCentralSignIn : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<CentralService> m_svc;
    QDateTime m_now;

    Result<protocol::LoginResponse> login(const QString &user, const QString &pw, const QString &peer)
    {
        return m_svc->login(protocol::LoginRequest{ user, pw, QStringLiteral("t") }, peer);
    }

    QVariant scalar(const QString &sql)
    {
        auto store = CentralStore::open(m_db->url());
        if (!store)
            return {};
        auto v = store.value()->scalar(sql);
        return v ? v.value() : QVariant();
    }

private slots:
    void initTestCase_data() { addBackendRows(); }
    void initTestCase() { CentralService::setFastPasswordHashing(true); }

    void init()
    {
        CentralService::setFastPasswordHashing(true);
        m_db = backendDatabase();
        if (!m_db->skipReason().isEmpty())
            QSKIP(qPrintable(m_db->skipReason()));
        m_now = QDateTime(QDate(2026, 11, 23), QTime(10, 0), Qt::UTC);
        m_svc = openMigrated(*m_db, &m_now);
        QVERIFY(m_svc);
        QVERIFY(m_svc->createSchool(kA, QStringLiteral("A")).ok());
        QVERIFY(m_svc->createStaff(QStringLiteral("coord1"), QStringLiteral("C1"), roles::coordinator, kA, kPw).ok());
    }

    void cleanup()
    {
        CentralService::setFastPasswordHashing(true);
        m_svc.reset();
        m_db.reset();
    }

    // 50 wrong passwords at once, each on its own connection: exactly the first three are
    // answered (and audited) as failures; every other one meets the delay the third one set.
    void parallelGuessesHoldTheDelays()
    {
        constexpr int kGuesses = 50;
        QStringList codes;
        std::mutex mutex;
        std::vector<std::thread> threads;
        const QDateTime fixed = m_now;
        for (int i = 0; i < kGuesses; ++i) {
            threads.emplace_back([&, i] {
                QString code;
                auto svc = CentralService::open(m_db->url());
                if (!svc) {
                    code = QStringLiteral("open: ") + svc.error().message;
                } else {
                    svc.value()->setClock([fixed] { return fixed; });
                    auto r = svc.value()->login(
                        protocol::LoginRequest{ QStringLiteral("coord1"), kWrong + QString::number(i), {} },
                        QStringLiteral("198.51.100.%1").arg(i));
                    code = r ? QStringLiteral("ok") : r.error().code + (r.error().code.startsWith(u"server") ? r.error().detail : QString());
                }
                std::lock_guard<std::mutex> lock(mutex);
                codes << code;
            });
        }
        for (auto &t : threads)
            t.join();
        QCOMPARE(codes.size(), kGuesses);
        QCOMPARE(codes.count(QStringLiteral("auth.bad_credentials")), 3);
        QCOMPARE(codes.count(QStringLiteral("auth.locked")), kGuesses - 3);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'login.failure'")).toInt(), 3);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'login.locked'")).toInt(),
                 kGuesses - 3);
        // The right password waits like everyone else.
        QCOMPARE(codeOf(login(QStringLiteral("coord1"), kPw, QStringLiteral("203.0.113.1"))),
                 QStringLiteral("auth.locked"));
    }

    // The answers to a run of wrong attempts, waiting out each delay, are the same for a user
    // that exists and one that does not: status by status, delay by delay, up to the lock.
    void statusesDoNotTellNames()
    {
        const auto run = [this](const QString &user, const QString &peer) {
            QStringList answers;
            const QDateTime start = m_now;
            for (int i = 0; i < 20; ++i) {
                auto r = login(user, kWrong, peer);
                answers << codeOf(r) + QLatin1Char(':') + (r ? QString() : r.error().detail);
                if (!r && r.error().code == QStringLiteral("auth.locked"))
                    m_now = m_now.addSecs(r.error().detail.toLongLong() < 900 ? r.error().detail.toLongLong() : 1);
            }
            m_now = start;
            return answers;
        };
        const QStringList known = run(QStringLiteral("coord1"), QStringLiteral("192.0.2.1"));
        const QStringList unknown = run(QStringLiteral("nobody-here"), QStringLiteral("192.0.2.2"));
        QCOMPARE(unknown, known);
        QVERIFY2(known.contains(QStringLiteral("auth.locked:900")), qPrintable(known.join(u' ')));
    }

    // Argon2id at its real cost: an unknown name, a wrong password and a locked name take times
    // that a statistical comparison can not tell apart (probability of superiority within
    // 0.15..0.85; an unknown name without a hash answers in well under a tenth of the time and
    // scores 0).
    void timingDoesNotTellNames()
    {
        CentralService::setFastPasswordHashing(false);
        constexpr int kSamples = 14;
        for (int u = 0; u < kSamples / 2; ++u)
            QVERIFY(m_svc->createStaff(QStringLiteral("user%1").arg(u), {}, roles::coordinator, kA, kPw).ok());
        QVERIFY(m_svc->createStaff(QStringLiteral("victim"), {}, roles::coordinator, kA, kPw).ok());
        for (int i = 0; i < 10; ++i) {
            QCOMPARE(codeOf(login(QStringLiteral("victim"), kWrong, QStringLiteral("setup-%1").arg(i))),
                     QStringLiteral("auth.bad_credentials"));
            m_now = m_now.addSecs(61);
        }
        QCOMPARE(codeOf(login(QStringLiteral("victim"), kPw, QStringLiteral("check"))), QStringLiteral("auth.locked"));

        QList<double> unknown, wrong, locked;
        const auto timed = [this](const QString &user, const QString &peer, const QString &expected) {
            QElapsedTimer t;
            t.start();
            auto r = login(user, kWrong, peer);
            const double ms = double(t.nsecsElapsed()) / 1e6;
            if (codeOf(r) != expected)
                qWarning("%s answered %s, not %s", qPrintable(user), qPrintable(codeOf(r)), qPrintable(expected));
            return codeOf(r) == expected ? ms : -1.0;
        };
        for (int i = 0; i < kSamples; ++i) {
            const QString peer = QStringLiteral("10.1.0.%1").arg(i);
            unknown << timed(QStringLiteral("ghost%1").arg(i), peer, QStringLiteral("auth.bad_credentials"));
            wrong << timed(QStringLiteral("user%1").arg(i / 2), peer, QStringLiteral("auth.bad_credentials"));
            locked << timed(QStringLiteral("victim"), peer, QStringLiteral("auth.locked"));
        }
        for (const QList<double> *l : { &unknown, &wrong, &locked })
            QVERIFY(std::none_of(l->begin(), l->end(), [](double ms) { return ms < 0; }));
        const double unknownVsWrong = superiority(unknown, wrong);
        const double lockedVsWrong = superiority(locked, wrong);
        qInfo("probability of superiority: unknown vs wrong %.2f, locked vs wrong %.2f", unknownVsWrong,
              lockedVsWrong);
        QVERIFY2(unknownVsWrong >= 0.15 && unknownVsWrong <= 0.85, "an unknown name answers at another speed");
        QVERIFY2(lockedVsWrong >= 0.15 && lockedVsWrong <= 0.85, "a locked name answers at another speed");
    }

    // Once a lock has run out the count starts again: one more wrong attempt is an ordinary
    // failure, not a new 15-minute lock, and the right password works.
    void failuresDecayAfterTheLock()
    {
        for (int i = 0; i < 10; ++i) {
            QCOMPARE(codeOf(login(QStringLiteral("coord1"), kWrong, QStringLiteral("192.0.2.9"))),
                     QStringLiteral("auth.bad_credentials"));
            m_now = m_now.addSecs(61);
        }
        auto locked = login(QStringLiteral("coord1"), kPw, QStringLiteral("192.0.2.9"));
        QCOMPARE(codeOf(locked), QStringLiteral("auth.locked"));
        m_now = m_now.addSecs(locked.error().detail.toLongLong());
        QCOMPARE(codeOf(login(QStringLiteral("coord1"), kWrong, QStringLiteral("192.0.2.9"))),
                 QStringLiteral("auth.bad_credentials"));
        QCOMPARE(codeOf(login(QStringLiteral("coord1"), kPw, QStringLiteral("192.0.2.9"))), QStringLiteral("ok"));
    }

    // One address guessing across many names is held back even though no single name is.
    void oneAddressCanNotSprayNames()
    {
        const QString peer = QStringLiteral("203.0.113.50");
        for (int i = 0; i < 30; ++i)
            QCOMPARE(codeOf(login(QStringLiteral("name%1").arg(i), kWrong, peer)), QStringLiteral("auth.bad_credentials"));
        QCOMPARE(codeOf(login(QStringLiteral("coord1"), kPw, peer)), QStringLiteral("auth.locked"));
        // Another address is not affected.
        QCOMPARE(codeOf(login(QStringLiteral("coord1"), kPw, QStringLiteral("203.0.113.51"))), QStringLiteral("ok"));
    }

    // A hash made with the minimum cost is replaced by one of the current cost at sign-in.
    void weakHashIsRemade()
    {
        const QString before = scalar(QStringLiteral("SELECT password_hash FROM staff_users WHERE name = 'coord1'")).toString();
        QVERIFY2(before.contains(QStringLiteral("m=8,")), qPrintable(before));
        CentralService::setFastPasswordHashing(false);
        QCOMPARE(codeOf(login(QStringLiteral("coord1"), kPw, QStringLiteral("192.0.2.3"))), QStringLiteral("ok"));
        const QString after = scalar(QStringLiteral("SELECT password_hash FROM staff_users WHERE name = 'coord1'")).toString();
        QVERIFY2(after.contains(QStringLiteral("m=65536,")), qPrintable(after));
        QCOMPARE(codeOf(login(QStringLiteral("coord1"), kPw, QStringLiteral("192.0.2.3"))), QStringLiteral("ok"));
    }
};

QTEST_GUILESS_MAIN(TestCentralSignIn)
#include "tst_centralsignin.moc"
