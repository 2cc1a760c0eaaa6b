// The randomized proof (seeded, reproducible): 2–3 desktops make random offline edits, imports
// (creates and updates over a shared pool of natural keys, so desktops create the same student),
// import deletes and undos, restart, and sync in random order through the FaultProxy, which
// answers a share of the requests with a random fault (dropped response after commit, cut
// request/response, reset, 502, delays); now and then the server is SIGKILLed and restarted.
// Then the faults stop, everybody syncs, and every check of ProofHarness.h must hold.
//
//   CETDESK_SYNC_SEED=<n>     reproduce a run (the seed is printed at the start of each run)
//   CETDESK_SYNC_ROUNDS=<n>   rounds per backend (default 250)
//   CETDESK_SYNC_FAULTS=<pct> share of requests that get a fault (default 25)
//   CETDESK_SYNC_KEEP=1       keep the databases (server and desktops) for a post-mortem

#include "ProofHarness.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QMap>
#include <QMutex>
#include <QTemporaryDir>
#include <QTest>

using namespace proof;
using cet::test::Fault;
using cet::test::ProxiedRequest;

class TestSyncRandom : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        qputenv("CETDESK_NO_KEYCHAIN", "1");
        if (!QFileInfo(cet::test::TestServer::executable()).isExecutable())
            QSKIP("cet-central is not built");
    }

    void randomRounds_data()
    {
        QTest::addColumn<QString>("backend");
        for (const QString &b : backendNames())
            QTest::newRow(qPrintable(b)) << b;
    }

    void randomRounds()
    {
        QFETCH(QString, backend);
        bool seedOk = false;
        quint32 seed = qEnvironmentVariable("CETDESK_SYNC_SEED").toUInt(&seedOk);
        if (!seedOk)
            seed = quint32(QDateTime::currentMSecsSinceEpoch() ^ (quint64(QCoreApplication::applicationPid()) << 16));
        bool roundsOk = false;
        int rounds = qEnvironmentVariableIntValue("CETDESK_SYNC_ROUNDS", &roundsOk);
        if (!roundsOk || rounds <= 0)
            rounds = 250;
        bool pctOk = false;
        int faultPct = qEnvironmentVariableIntValue("CETDESK_SYNC_FAULTS", &pctOk);
        if (!pctOk)
            faultPct = 25;
        qInfo().noquote() << QStringLiteral("%1: CETDESK_SYNC_SEED=%2 CETDESK_SYNC_ROUNDS=%3 CETDESK_SYNC_FAULTS=%4")
                                 .arg(backend)
                                 .arg(seed)
                                 .arg(rounds)
                                 .arg(faultPct);

        QRandomGenerator rng(seed);
        QTemporaryDir dir;
        if (qEnvironmentVariableIsSet("CETDESK_SYNC_KEEP")) { // keep the databases for a post-mortem
            dir.setAutoRemove(false);
            qInfo().noquote() << "databases kept in" << dir.path();
        }
        Rig rig;
        const QString dbUrl = makeDbUrl(backend, dir.path(), QStringLiteral("random"));
        auto started = rig.start(dbUrl, 12);
        QVERIFY2(started.ok(), qPrintable(why(started)));

        // Faults: the proxy's thread draws from its own generator, seeded from ours.
        QMutex faultMutex;
        QRandomGenerator faultRng(rng.generate());
        bool faultsOn = true;
        rig.proxy.setChooser([&](const ProxiedRequest &) {
            QMutexLocker lock(&faultMutex);
            if (!faultsOn || int(faultRng.bounded(100)) >= faultPct)
                return Fault::pass();
            switch (faultRng.bounded(8)) {
            case 0: return Fault::dropResponse();
            case 1: return Fault::cutRequest(faultRng.bounded(1, 600));
            case 2: return Fault::cutResponse(faultRng.bounded(1, 2000));
            case 3: return Fault::reset();
            case 4: return Fault::answer502();
            case 5: return Fault::delay(faultRng.bounded(30));
            case 6: return Fault::delayResponse(faultRng.bounded(30));
            default: return Fault::dropResponse();
            }
        });

        const int clientCount = 2 + rng.bounded(2);
        std::vector<std::unique_ptr<Client>> clients;
        QList<Client *> all;
        for (int i = 0; i < clientCount; ++i) {
            clients.push_back(std::make_unique<Client>(QStringLiteral("desk%1").arg(i),
                                                       dir.filePath(QStringLiteral("desk%1.sqlite").arg(i))));
            clients.back()->setFastRetries(2, 10000);
            all << clients.back().get();
        }
        {
            QMutexLocker lock(&faultMutex);
            faultsOn = false;
        }
        for (Client *c : std::as_const(all)) {
            auto signedIn = c->signIn(rig.proxy.baseUrl());
            QVERIFY2(signedIn.ok(), qPrintable(why(signedIn)));
        }
        {
            QMutexLocker lock(&faultMutex);
            faultsOn = true;
        }

        QStringList journal; // what happened, for the failure message
        QElapsedTimer timer;
        timer.start();
        int syncs = 0, failedSyncs = 0, kills = 0;
        const int keyPool = 60;
        for (int round = 0; round < rounds; ++round) {
            Client *c = all.at(rng.bounded(clientCount));
            const int dice = rng.bounded(100);
            QString what;
            if (dice < 25) {
                if (!c->editRandom(rng, &what))
                    what = QStringLiteral("edit: nothing to edit");
            } else if (dice < 30) {
                if (!c->editNotice(rng, &what))
                    what += QStringLiteral(" (failed)");
            } else if (dice < 45) {
                QList<int> keys;
                const int n = 1 + rng.bounded(5);
                for (int i = 0; i < n; ++i)
                    keys << rng.bounded(keyPool);
                QList<int> deletes;
                if (rng.bounded(3) == 0) {
                    const QList<int> live = c->liveKeyNumbers();
                    if (!live.isEmpty())
                        deletes << live.at(rng.bounded(int(live.size())));
                }
                const int variant = rng.bounded(4);
                auto r = c->importKeys(keys, variant, deletes);
                what = QStringLiteral("import %1 v%2 del %3 → %4")
                           .arg(QString::number(keys.size()))
                           .arg(variant)
                           .arg(deletes.size())
                           .arg(r.ok() ? QStringLiteral("ok") : r.error().code);
            } else if (dice < 49) {
                auto r = c->undoLastImport();
                what = QStringLiteral("undo → %1").arg(r.ok() ? QStringLiteral("ok") : r.error().code);
            } else if (dice < 52) {
                c->reopen();
                what = QStringLiteral("restart desktop");
            } else if (dice < 53) {
                rig.server.kill();
                QVERIFY2(rig.restartServer(), qPrintable(rig.server.errorString()));
                ++kills;
                what = QStringLiteral("server SIGKILL + restart");
            } else {
                auto r = c->sync();
                ++syncs;
                if (!r.ok()) {
                    ++failedSyncs;
                    what = QStringLiteral("sync → %1").arg(r.error().code);
                    if (r.error().code == QLatin1String("sync.sign_in_needed")
                        || r.error().code.startsWith(QLatin1String("auth.")))
                        (void)c->signIn(rig.proxy.baseUrl());
                } else {
                    what = QStringLiteral("sync → pushed %1 pulled %2 conflicts %3 pending %4")
                               .arg(r.value().pushed)
                               .arg(r.value().pulled)
                               .arg(r.value().conflicts)
                               .arg(r.value().pendingAfter);
                }
            }
            journal << QStringLiteral("%1 %2: %3").arg(round).arg(c->name(), what);
        }

        // Faults stop; everybody syncs until nothing moves.
        {
            QMutexLocker lock(&faultMutex);
            faultsOn = false;
        }
        for (int pass = 0; pass < 3; ++pass) {
            for (Client *c : std::as_const(all)) {
                auto r = c->syncUntilClean();
                if (!r.ok()) {
                    (void)c->signIn(rig.proxy.baseUrl());
                    r = c->syncUntilClean();
                }
                QVERIFY2(r.ok(), qPrintable(QStringLiteral("seed %1: final sync of %2: %3")
                                                .arg(seed)
                                                .arg(c->name(), why(r))));
            }
        }
        QMap<QString, int> faultCounts;
        for (const ProxiedRequest &r : rig.proxy.requests())
            ++faultCounts[cet::test::faultName(r.fault.kind)];
        QStringList faultText;
        for (auto it = faultCounts.constBegin(); it != faultCounts.constEnd(); ++it)
            faultText << QStringLiteral("%1 %2").arg(it.key()).arg(it.value());
        qInfo().noquote() << "requests by fault:" << faultText.join(QStringLiteral(", "));
        qInfo().noquote() << QStringLiteral("%1 rounds, %2 clients, %3 syncs (%4 failed by faults), %5 server kills, "
                                            "%6 requests through the proxy, %7 ms")
                                 .arg(rounds)
                                 .arg(clientCount)
                                 .arg(syncs)
                                 .arg(failedSyncs)
                                 .arg(kills)
                                 .arg(rig.proxy.requestCount())
                                 .arg(timer.elapsed());

        ServerView view;
        auto loaded = view.load(rig.server.baseUrl(), dbUrl);
        QVERIFY2(loaded.ok(), qPrintable(why(loaded)));
        QStringList failures = verifyConverged(view, all);
        failures += verifyReplay(view, all, rig.initial);
        if (!failures.isEmpty()) {
            qWarning().noquote() << "journal (last 80):\n" << journal.mid(std::max<qsizetype>(0, journal.size() - 80)).join(QLatin1Char('\n'));
            qWarning().noquote() << "server output (tail):\n" << rig.server.output().right(3000);
        }
        QVERIFY2(failures.isEmpty(),
                 qPrintable(QStringLiteral("seed %1 (%2 failures):\n").arg(seed).arg(failures.size())
                            + failures.mid(0, 40).join(QLatin1Char('\n'))));
        int conflicts = 0;
        for (Client *c : std::as_const(all))
            conflicts += int(c->conflicts().size());
        qInfo().noquote() << QStringLiteral("%1 live records, %2 op results, %3 conflicts surfaced")
                                 .arg(view.liveCount)
                                 .arg(view.opResults.size())
                                 .arg(conflicts);
    }
};

QTEST_GUILESS_MAIN(TestSyncRandom)
#include "tst_syncrandom.moc"
