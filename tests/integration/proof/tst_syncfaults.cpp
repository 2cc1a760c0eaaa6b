// Sync under faults, one fault at a time, against a real cet-central behind the FaultProxy:
//   - the push response is dropped after the server committed: the op is applied once and
//     acknowledged after the retry, no record twice;
//   - requests and responses cut mid-body, resets, 502s, delays;
//   - the server SIGKILLed in the middle of a push, restarted on the same database;
//   - a desktop process (proof_client) SIGKILLed during the pull of a large first page series,
//     restarted: cursor and data consistent at the kill, complete afterwards.
// Each case runs on SQLite and, when CETDESK_TEST_PG_URL is set, on PostgreSQL; each ends with
// the full set of checks of ProofHarness.h.

#include "ProofHarness.h"

#include "StudentFields.h"
#include "SyncStore.h"

#include <QAtomicInt>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <csignal>
#include <sys/types.h>

using namespace proof;
using cet::test::Fault;
using cet::test::ProxiedRequest;

namespace {

bool isPush(const ProxiedRequest &r)
{
    return r.method == "POST" && r.target.startsWith("/api/v1/sync/push");
}
bool isChanges(const ProxiedRequest &r)
{
    return r.target.startsWith("/api/v1/sync/changes");
}

QString joinFailures(const QStringList &failures)
{
    return failures.mid(0, 40).join(QLatin1Char('\n')) + (failures.size() > 40 ? QStringLiteral("\n…") : QString());
}

} // namespace

class TestSyncFaults : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Rig> m_rig;
    QString m_dbUrl;

    // A fresh server + proxy on the backend of the current data row.
    bool startRig(int roster)
    {
        QFETCH(QString, backend);
        m_dir = std::make_unique<QTemporaryDir>();
        if (qEnvironmentVariableIsSet("CETDESK_SYNC_KEEP")) // keep the databases for a post-mortem
            m_dir->setAutoRemove(false);
        m_rig = std::make_unique<Rig>();
        m_dbUrl = makeDbUrl(backend, m_dir->path(), QString::fromLatin1(QTest::currentTestFunction()).toLower());
        auto r = m_rig->start(m_dbUrl, roster);
        if (!r) {
            qWarning("%s", qPrintable(r.error().message));
            return false;
        }
        return true;
    }

    std::unique_ptr<Client> newClient(const QString &name)
    {
        auto c = std::make_unique<Client>(name, m_dir->filePath(name + QStringLiteral(".sqlite")));
        c->setFastRetries(3, 10000);
        return c;
    }

    QStringList verifyAll(const QList<Client *> &clients)
    {
        ServerView view;
        if (auto r = view.load(m_rig->server.baseUrl(), m_dbUrl); !r)
            return {QStringLiteral("server view: ") + r.error().message + QLatin1Char(' ') + r.error().detail};
        QStringList failures = verifyConverged(view, clients);
        failures += verifyReplay(view, clients, m_rig->initial);
        return failures;
    }

    void addBackends()
    {
        QTest::addColumn<QString>("backend");
        for (const QString &b : backendNames())
            QTest::newRow(qPrintable(b)) << b;
    }

    static QList<int> range(int from, int count)
    {
        QList<int> out;
        for (int i = 0; i < count; ++i)
            out << from + i;
        return out;
    }

private slots:
    void initTestCase()
    {
        qputenv("CETDESK_NO_KEYCHAIN", "1");
        if (!QFileInfo(cet::test::TestServer::executable()).isExecutable())
            QSKIP("cet-central is not built");
        qInfo("backends: %s", qPrintable(backendNames().join(QStringLiteral(", "))));
    }

    void cleanup()
    {
        if (QTest::currentTestFailed() && m_rig)
            qInfo().noquote() << "server output:\n" << m_rig->server.output().right(4000);
        m_rig.reset();
        m_dir.reset();
    }

    // The checks themselves: each kind of damage must be reported (else the proof proves nothing).
    void checksDetectDamage_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::newRow("sqlite") << QStringLiteral("sqlite");
    }
    void checksDetectDamage()
    {
        QVERIFY(startRig(3));
        auto a = newClient(QStringLiteral("a"));
        QVERIFY2(a->signIn(m_rig->proxy.baseUrl()).ok(), "sign-in");
        QVERIFY(a->importKeys(range(0, 4), 0).ok());
        QVERIFY(a->syncUntilClean().ok());
        QStringList failures = verifyAll({a.get()});
        QVERIFY2(failures.isEmpty(), qPrintable(joinFailures(failures)));

        auto expectReported = [&](const QString &needle) {
            const QStringList found = verifyAll({a.get()});
            return std::any_of(found.begin(), found.end(), [&](const QString &f) { return f.contains(needle); });
        };
        auto exec = [](QSqlDatabase db, const QString &sql) {
            QSqlQuery q(db);
            if (!q.exec(sql))
                qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
            return q.numRowsAffected();
        };
        const QSqlDatabase local = a->db().connection();
        // A local field changed behind the outbox's back.
        QCOMPARE(exec(local, QStringLiteral("UPDATE students SET note = 'tampered' WHERE student_no = 'S00001'")), 1);
        QVERIFY(expectReported(QStringLiteral(".note = \"tampered\"")));
        exec(local, QStringLiteral("UPDATE students SET note = '' WHERE student_no = 'S00001'"));
        // An op left pending.
        QCOMPARE(exec(local, QStringLiteral("UPDATE outbox SET state = 'queued' WHERE seq = (SELECT MIN(seq) FROM outbox "
                                            "WHERE entity = 'student')")),
                 1);
        QVERIFY(expectReported(QStringLiteral("still queued")));
        exec(local, QStringLiteral("UPDATE outbox SET state = 'acked' WHERE state = 'queued'"));
        // A lost conflict: the server reported one, the desktop has no row for it.
        QCOMPARE(exec(local, QStringLiteral("UPDATE outbox SET state = 'conflict' WHERE seq = (SELECT MIN(seq) FROM outbox "
                                            "WHERE entity = 'student')")),
                 1);
        QVERIFY(expectReported(QStringLiteral("locally, applied on the server")));
        exec(local, QStringLiteral("UPDATE outbox SET state = 'acked' WHERE state = 'conflict'"));
        // A record missing on the desktop.
        exec(local, QStringLiteral("UPDATE students SET deleted_at = '2026-01-01T00:00:00Z' WHERE student_no = 'S00002'"));
        QVERIFY(expectReported(QStringLiteral("missing")));
        exec(local, QStringLiteral("UPDATE students SET deleted_at = NULL WHERE student_no = 'S00002'"));
        QVERIFY2(verifyAll({a.get()}).isEmpty(), qPrintable(joinFailures(verifyAll({a.get()}))));

        // Notices: a text changed behind the outbox's back, a conflict not surfaced, a base copy lost.
        QRandomGenerator rng(3);
        QString what;
        QVERIFY(a->editNotice(rng, &what));
        QVERIFY2(a->syncUntilClean().ok(), qPrintable(what));
        QVERIFY2(verifyAll({a.get()}).isEmpty(), qPrintable(joinFailures(verifyAll({a.get()}))));
        QCOMPARE(exec(local, QStringLiteral("UPDATE notices SET title = 'tampered'")), 1);
        QVERIFY(expectReported(QStringLiteral("“tampered”")));
        QCOMPARE(exec(local, QStringLiteral("UPDATE outbox SET state = 'conflict' WHERE entity = 'notice'")), 1);
        QVERIFY(expectReported(QStringLiteral("here, applied on the server")));
        exec(local, QStringLiteral("UPDATE outbox SET state = 'acked' WHERE entity = 'notice'"));
        QCOMPARE(exec(local, QStringLiteral("DELETE FROM sync_base WHERE entity = 'notice'")), 1);
        QVERIFY(expectReported(QStringLiteral("notice digest")));

        // Server side: an op result nobody sent, and a record changed without an op.
        {
            QSqlDatabase server = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("damage"));
            server.setDatabaseName(m_dbUrl.mid(int(qstrlen("sqlite:"))));
            QVERIFY(server.open());
            QCOMPARE(exec(server, QStringLiteral("INSERT INTO op_results (school_code, op_id, result_json, created_at) "
                                                 "SELECT school_code, 'ghost', '{\"op_id\":\"ghost\",\"status\":\"applied\","
                                                 "\"seq\":0,\"version\":0}', created_at FROM op_results LIMIT 1")),
                     1);
            QVERIFY(expectReported(QStringLiteral("no client has")));
            exec(server, QStringLiteral("DELETE FROM op_results WHERE op_id = 'ghost'"));
            QCOMPARE(exec(server, QStringLiteral("UPDATE students SET major = 'x' WHERE student_no = 'S00003'")), 1);
            QVERIFY(expectReported(QStringLiteral("by replay")));
            server.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("damage"));
    }

    void droppedPushResponseAppliesOnce_data() { addBackends(); }
    void droppedPushResponseAppliesOnce()
    {
        QVERIFY(startRig(5));
        auto a = newClient(QStringLiteral("a"));
        auto b = newClient(QStringLiteral("b"));
        QVERIFY(a->signIn(m_rig->proxy.baseUrl()).ok());
        QVERIFY(b->signIn(m_rig->proxy.baseUrl()).ok());
        QVERIFY(a->syncUntilClean().ok());
        QVERIFY(b->syncUntilClean().ok());

        // New records (creates) and an edit of a roster record, all in the first push.
        QVERIFY(a->importKeys(range(0, 8), 0).ok());
        QString what;
        QRandomGenerator rng(1);
        QVERIFY(a->editRandom(rng, &what));
        QVERIFY(a->editNotice(rng, &what)); // and a notice in the same push

        // Every push's response is dropped after the server committed, twice in a row.
        QAtomicInt dropped;
        m_rig->proxy.setChooser([&](const ProxiedRequest &r) {
            if (isPush(r) && dropped.fetchAndAddOrdered(1) < 2)
                return Fault::dropResponse();
            return Fault::pass();
        });
        auto first = a->sync();
        auto clean = a->syncUntilClean();
        QVERIFY2(clean.ok(), qPrintable(why(clean)));
        m_rig->proxy.clearFaults();
        Q_UNUSED(first);

        // The proxy saw the push reach the server and its answer come back, then dropped it.
        int droppedCommitted = 0;
        int pushes = 0;
        for (const ProxiedRequest &r : m_rig->proxy.requests()) {
            if (!isPush(r))
                continue;
            ++pushes;
            if (r.fault.kind == Fault::Kind::DropResponse && r.forwarded && r.responseComplete && r.status == 200)
                ++droppedCommitted;
        }
        QCOMPARE(droppedCommitted, 2);
        QVERIFY(pushes >= 3);

        QVERIFY(b->syncUntilClean().ok());
        QVERIFY(a->syncUntilClean().ok());
        const QStringList failures = verifyAll({a.get(), b.get()});
        QVERIFY2(failures.isEmpty(), qPrintable(joinFailures(failures)));
        // Each new student exactly once, on both desktops.
        QCOMPARE(a->liveRecords().size(), b->liveRecords().size());
        QCOMPARE(a->liveRecords().size(), qsizetype(5 + 8));
    }

    void cutsResetsAnd502s_data() { addBackends(); }
    void cutsResetsAnd502s()
    {
        QVERIFY(startRig(300));
        auto a = newClient(QStringLiteral("a"));
        auto b = newClient(QStringLiteral("b"));
        QVERIFY(a->signIn(m_rig->proxy.baseUrl()).ok());
        QVERIFY(b->signIn(m_rig->proxy.baseUrl()).ok());

        // Each kind of fault on pushes and on pull pages, in turn.
        const QList<Fault> faults = {Fault::cutRequest(60),  Fault::cutRequest(400),   Fault::cutResponse(30),
                                     Fault::cutResponse(700), Fault::reset(),         Fault::answer502(),
                                     Fault::delay(80),        Fault::delayResponse(80), Fault::dropResponse()};
        QAtomicInt pushN, pullN;
        m_rig->proxy.setChooser([&](const ProxiedRequest &r) {
            if (isPush(r))
                return faults.value(pushN.fetchAndAddOrdered(1), Fault::pass());
            if (isChanges(r))
                return faults.value(pullN.fetchAndAddOrdered(1), Fault::pass());
            return Fault::pass();
        });
        QRandomGenerator rng(7);
        for (int round = 0; round < 12; ++round) {
            Client *c = round % 2 ? b.get() : a.get();
            QVERIFY(c->importKeys(range(round * 3, 4), round % 3).ok()); // overlapping keys: merges
            c->editRandom(rng);
            c->editNotice(rng); // notices between the students: conflicts between a and b too
            (void)c->sync(); // may fail: the fault
        }
        m_rig->proxy.clearFaults();
        for (int pass = 0; pass < 2; ++pass) {
            auto ra = a->syncUntilClean();
            QVERIFY2(ra.ok(), qPrintable(why(ra)));
            auto rb = b->syncUntilClean();
            QVERIFY2(rb.ok(), qPrintable(why(rb)));
        }
        QVERIFY(pushN.loadAcquire() >= faults.size());
        QVERIFY(pullN.loadAcquire() >= faults.size());
        const QStringList failures = verifyAll({a.get(), b.get()});
        QVERIFY2(failures.isEmpty(), qPrintable(joinFailures(failures)));
    }

    void serverKilledMidPush_data() { addBackends(); }
    void serverKilledMidPush()
    {
        QVERIFY(startRig(0));
        auto a = newClient(QStringLiteral("a"));
        QVERIFY(a->signIn(m_rig->proxy.baseUrl()).ok());
        QVERIFY(a->syncUntilClean().ok());
        // 1,200 new records: three pushes of ≤ 500 ops; the server dies as the 2nd arrives.
        QVERIFY(a->importKeys(range(0, 1200), 0).ok());
        for (int killAt : {2, 1}) {
            const qint64 pid = m_rig->server.pid();
            QVERIFY(pid > 0);
            QAtomicInt pushes;
            m_rig->proxy.setOnForwarded([&, pid, killAt](const ProxiedRequest &r) {
                if (isPush(r) && pushes.fetchAndAddOrdered(1) + 1 == killAt)
                    ::kill(pid_t(pid), SIGKILL);
            });
            auto run = a->sync();
            QVERIFY2(!run.ok(), "the sync should fail: the server was killed");
            m_rig->proxy.clearFaults();
            QVERIFY2(m_rig->restartServer(), qPrintable(m_rig->server.errorString()));
            // A second batch for the next round.
            if (killAt == 2)
                QVERIFY(a->importKeys(range(1200, 600), 1, range(0, 50)).ok());
        }
        auto clean = a->syncUntilClean();
        QVERIFY2(clean.ok(), qPrintable(why(clean)));
        auto b = newClient(QStringLiteral("b"));
        QVERIFY(b->signIn(m_rig->proxy.baseUrl()).ok());
        QVERIFY(b->syncUntilClean().ok());
        const QStringList failures = verifyAll({a.get(), b.get()});
        QVERIFY2(failures.isEmpty(), qPrintable(joinFailures(failures)));
        QCOMPARE(b->liveRecords().size(), qsizetype(1800 - 50));
    }

    void clientKilledMidPull_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::addColumn<QString>("program");
        for (const QString &b : backendNames()) {
            QTest::newRow(qPrintable(b + QStringLiteral("/proof_client"))) << b << QStringLiteral("proof_client");
            QTest::newRow(qPrintable(b + QStringLiteral("/cetdesk-cli"))) << b << QStringLiteral("cetdesk-cli");
        }
    }
    void clientKilledMidPull()
    {
        QFETCH(QString, program);
        const bool cli = program == QLatin1String("cetdesk-cli");
        if (cli && !QFileInfo(QStringLiteral(PROOF_CETDESK_CLI)).isExecutable())
            QSKIP("cetdesk-cli is not built");
        // cetdesk-cli pulls its default page of 5,000 changes: three pages need a larger roster.
        const int roster = cli ? 15000 : 3000;
        QVERIFY(startRig(roster));
        const QString path = m_dir->filePath(QStringLiteral("desk.sqlite"));
        // Slow pages so that the kill lands mid-pull: proof_client pulls 100 changes a page (30 ms
        // each), cetdesk-cli its default 5,000 (300 ms each). The client asks for page n+1 before it
        // applies page n, so a delivered page says nothing about what is stored: the kill waits for
        // both enough delivered pages and a stored cursor (read from the client's database file).
        const int delayMs = cli ? 300 : 30;
        const int killAfterPages = cli ? 2 : 6;
        m_rig->proxy.setChooser([delayMs](const ProxiedRequest &r) {
            return isChanges(r) ? Fault::delayResponse(delayMs) : Fault::pass();
        });
        QProcess client;
        client.setProcessChannelMode(QProcess::MergedChannels);
        auto launch = [&](int pullLimit) {
            if (cli) {
                client.start(QStringLiteral(PROOF_CETDESK_CLI),
                             {QStringLiteral("--db"), path, QStringLiteral("sync"), QStringLiteral("--server"),
                              m_rig->proxy.baseUrl(), QStringLiteral("--user"), kUser, QStringLiteral("--password-stdin")});
                client.write(kPassword.toUtf8() + '\n');
                client.closeWriteChannel();
            } else {
                client.start(QStringLiteral(PROOF_CLIENT),
                             {QStringLiteral("--db"), path, QStringLiteral("--server"), m_rig->proxy.baseUrl(),
                              QStringLiteral("--pull-limit"), QString::number(pullLimit)});
            }
        };
        launch(100);
        QVERIFY(client.waitForStarted());
        auto delivered = [&] {
            int n = 0;
            for (const ProxiedRequest &r : m_rig->proxy.requests())
                n += isChanges(r) && r.delivered ? 1 : 0;
            return n;
        };
        auto storedCursor = [&] {
            qint64 cursor = 0;
            {
                QSqlDatabase peek = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
                peek.setDatabaseName(path);
                peek.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=100"));
                if (peek.open()) {
                    QSqlQuery q(peek);
                    if (q.exec(QStringLiteral("SELECT cursor FROM sync_state WHERE id = 1")) && q.next())
                        cursor = q.value(0).toLongLong();
                }
            }
            QSqlDatabase::removeDatabase(QStringLiteral("peek"));
            return cursor;
        };
        QTRY_VERIFY_WITH_TIMEOUT((delivered() >= killAfterPages && storedCursor() > 0)
                                     || client.state() == QProcess::NotRunning,
                                 30000);
        QVERIFY2(client.state() == QProcess::Running, client.readAll().constData());
        ::kill(pid_t(client.processId()), SIGKILL);
        QVERIFY(client.waitForFinished(10000));
        m_rig->proxy.clearFaults();

        // At the kill: the cursor and the data agree (pages apply with their cursor atomically).
        ServerView view;
        QVERIFY(view.load(m_rig->server.baseUrl(), m_dbUrl).ok());
        {
            Client desk(QStringLiteral("desk"), path);
            const qint64 cursor = desk.syncState().cursor;
            QVERIFY2(cursor > 0 && cursor < view.lastSeq,
                     qPrintable(QStringLiteral("cursor %1 of %2").arg(cursor).arg(view.lastSeq)));
            QSet<QString> expected;
            for (const ServerRecord &r : std::as_const(view.records)) {
                if (!r.deleted && r.seq <= cursor)
                    expected.insert(r.key);
            }
            QSet<QString> local;
            for (const cet::StudentRecord &r : desk.liveRecords())
                local.insert(cet::protocol::studentKey(r));
            QCOMPARE(local.size(), expected.size());
            QVERIFY(local == expected);
            QVERIFY(desk.duplicateKeys().isEmpty());
        }
        // Restarted, it completes.
        launch(500);
        QVERIFY(client.waitForFinished(60000));
        const QByteArray out = client.readAll();
        QVERIFY2(client.exitStatus() == QProcess::NormalExit && client.exitCode() == 0, out.constData());
        Client desk(QStringLiteral("desk"), path);
        desk.setFastRetries();
        QVERIFY(desk.signIn(m_rig->proxy.baseUrl()).ok());
        QVERIFY(desk.syncUntilClean().ok());
        QCOMPARE(desk.liveRecords().size(), qsizetype(roster));
        const QStringList failures = verifyAll({&desk});
        QVERIFY2(failures.isEmpty(), qPrintable(joinFailures(failures)));
    }
};

QTEST_GUILESS_MAIN(TestSyncFaults)
#include "tst_syncfaults.moc"
