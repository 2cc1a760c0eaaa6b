// bench_sync: sync figures against a real cet-central on loopback.
//   bench_sync [--students N] [--runs R]
// For each backend (SQLite; PostgreSQL when CETDESK_TEST_PG_URL is set, e.g.
// postgres://user:pw@127.0.0.1:5432/db — each run uses a fresh schema there, dropped at the end):
//   push:  client A imports N students, then its first sync sends them (expansion included)
//   pull:  client B, empty, syncs and receives the N students (plus the demo roster, none here)
//   no-op: a sync of B with nothing to do (median of R runs)
#include "CentralFixture.h"
#include "OutboxRepository.h"
#include "PackedStudentRows.h"
#include "StudentImportRepository.h"
#include "SyncEngine.h"
#include "SyncTestSupport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

using namespace cet;

namespace {

QTextStream out(stdout);

bool fail(const QString &what, const Error &e)
{
    out << "FAILED " << what << ": " << e.code << " " << e.message << " " << e.detail << Qt::endl;
    return false;
}

bool runBackend(const QString &label, const QString &dbUrl, bool demo, qint64 n, int runs, QTemporaryDir &dir)
{
    synctest::CentralProcess central;
    QStringList args{ demo ? QStringLiteral("demo") : QStringLiteral("serve"), QStringLiteral("--db"), dbUrl };
    if (demo)
        args << QStringLiteral("--roster") << QStringLiteral("0");
    if (!central.start(QStringLiteral(CET_CENTRAL), args)) {
        out << "FAILED to start cet-central: " << central.output() << Qt::endl;
        return false;
    }
    auto a = Database::open(dir.filePath(label + u"-a.sqlite"_qs));
    auto b = Database::open(dir.filePath(label + u"-b.sqlite"_qs));
    if (!a || !b)
        return fail(QStringLiteral("open"), !a ? a.error() : b.error());
    SyncEngine ea(DatabaseWriter::forPath(a.value()->path())), eb(DatabaseWriter::forPath(b.value()->path()));
    for (SyncEngine *e : { &ea, &eb })
        e->http().setRetryPolicy(3, 200);
    if (auto r = ea.signIn(central.url(), QStringLiteral("coord1"), QStringLiteral("demo-coordinator")); !r)
        return fail(QStringLiteral("sign in"), r.error());
    if (auto r = eb.signIn(central.url(), QStringLiteral("coord2"), QStringLiteral("demo-coordinator")); !r)
        return fail(QStringLiteral("sign in"), r.error());

    PackedStudentRows rows;
    rows.reserve(n);
    for (qint64 i = 0; i < n; ++i)
        rows.append(synctest::student(QStringLiteral("10001"), int(300000 + i)));
    // The import commits through the database's writer, as the desktop and the CLI do, so the
    // push that follows reads what the same connection wrote.
    auto imported = ea.writer().call<void>([&](Database &db) -> Result<void> {
        StudentImportRepository repo(db);
        auto snapshot = repo.identitySnapshot();
        if (!snapshot)
            return snapshot.error();
        const std::vector<PlanRow> plan = planFor(snapshot.value(), rows);
        ImportProgress progress;
        ImportBatch batch;
        batch.actor = QStringLiteral("bench");
        batch.fileName = QStringLiteral("bench.csv");
        batch.fileSha256 = QStringLiteral("ef").repeated(32);
        batch.rowsRead = int(n);
        if (auto r = repo.commit(batch, snapshot.value(), plan, rows, progress); !r)
            return r.error();
        return {};
    });
    if (!imported)
        return fail(QStringLiteral("import"), imported.error());

    QElapsedTimer t;
    t.start();
    auto pushed = ea.sync();
    const qint64 pushMs = t.elapsed();
    const qint64 pushHttpMs = ea.lastHttpMs();
    if (!pushed)
        return fail(QStringLiteral("push"), pushed.error());
    t.restart();
    auto pulled = eb.sync();
    const qint64 pullMs = t.elapsed();
    const qint64 pullHttpMs = eb.lastHttpMs();
    if (!pulled)
        return fail(QStringLiteral("pull"), pulled.error());
    QList<double> noop;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer u;
        u.start();
        auto r = eb.sync();
        noop << u.nsecsElapsed() / 1e6;
        if (!r)
            return fail(QStringLiteral("no-op"), r.error());
    }
    std::sort(noop.begin(), noop.end());
    if (qEnvironmentVariableIsSet("CETDESK_BENCH_SERVER_LOG"))
        out << central.output() << Qt::endl;
    out << label << ": first push of " << n << " students: " << pushMs << " ms (" << pushed.value().applied
        << " applied, " << pushed.value().rejected << " rejected, " << ea.http().requests() << " requests, " << pushHttpMs << " ms waiting for the server, digest "
        << (pushed.value().digestMatches ? "ok" : "MISMATCH") << ")" << Qt::endl;
    out << label << ": first pull of " << n << " students into an empty client: " << pullMs << " ms ("
        << pulled.value().pulled << " applied, " << pullHttpMs << " ms waiting for the server, digest " << (pulled.value().digestMatches ? "ok" : "MISMATCH") << ")"
        << Qt::endl;
    out << label << ": sync with nothing to do: median " << QString::number(noop.at(noop.size() / 2), 'f', 1)
        << " ms, max " << QString::number(noop.last(), 'f', 1) << " ms over " << runs << " runs" << Qt::endl;
    return pushed.value().applied == n && pulled.value().pulled == n;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    qputenv("CETDESK_NO_KEYCHAIN", "1");
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({ QStringLiteral("students"), QStringLiteral("Students to sync (default 100000)."), QStringLiteral("n"),
                       QStringLiteral("100000") });
    parser.addOption({ QStringLiteral("runs"), QStringLiteral("No-op syncs to time (default 20)."), QStringLiteral("r"),
                       QStringLiteral("20") });
    parser.process(app);
    const qint64 n = std::max<qint64>(1, parser.value(QStringLiteral("students")).toLongLong());
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());
    QTemporaryDir dir;
    bool ok = runBackend(QStringLiteral("sqlite"), QStringLiteral("sqlite:") + dir.filePath(u"central.sqlite"_qs), true,
                         n, runs, dir);
    if (central::test::TestDatabase::postgresAvailable()) {
        central::test::TestDatabase pg(central::test::TestDatabase::Backend::Postgres);
        ok = runBackend(QStringLiteral("postgresql"), pg.url(), true, n, runs, dir) && ok;
    } else
        out << "postgresql: skipped (set CETDESK_TEST_PG_URL)" << Qt::endl;
    return ok ? 0 : 1;
}
