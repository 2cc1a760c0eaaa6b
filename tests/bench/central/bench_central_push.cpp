// bench_central_push: CentralService::push in-process (no HTTP, no JSON bodies) for N batches of
// 500 create ops, then batches of 500 one-field updates of existing rows, on SQLite (a temp file)
// and on PostgreSQL when CETDESK_TEST_PG_URL is set (a fresh schema, dropped afterwards).
// Prints ms per push (median, p90) and totals per backend. Asserts nothing on time.
//
//     bench_central_push [--batches 40] [--updates 10] [--backend sqlite|postgres|both] [--dump DIR]

#include "CentralFixture.h"
#include "CentralService.h"
#include "CentralStore.h"
#include "DemoRoster.h"
#include "StudentFields.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace cet;
using namespace cet::central;
using namespace cet::central::test;

namespace {

constexpr int kOpsPerPush = 500;
const QString kSchool = QStringLiteral("10001");
const QString kPw = QStringLiteral("secret-password");

// CPU time of this thread (the handler's own work; the rest of a push is waiting for the database).
double threadCpuMs()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

struct Figures
{
    QList<double> ms;
    QList<double> cpuMs;
    double total() const
    {
        double t = 0;
        for (double v : ms)
            t += v;
        return t;
    }
    double percentile(double p) const { return percentileOf(ms, p); }
    static double percentileOf(const QList<double> &values, double p)
    {
        if (values.isEmpty())
            return 0;
        QList<double> s = values;
        std::sort(s.begin(), s.end());
        const qsizetype i = std::min(s.size() - 1, qsizetype(p * double(s.size() - 1) + 0.5));
        return s.at(i);
    }
};

void print(const QString &backend, const QString &what, const Figures &f)
{
    std::printf("%-9s %-8s %4lld pushes x %d ops: median %7.1f ms, p90 %7.1f ms, total %8.0f ms "
                "(handler CPU: median %5.1f ms)\n",
        qPrintable(backend), qPrintable(what), static_cast<long long>(f.ms.size()), kOpsPerPush, f.percentile(0.5),
        f.percentile(0.9), f.total(), Figures::percentileOf(f.cpuMs, 0.5));
    if (f.ms.size() >= 40) { // does a push cost more as the tables grow?
        const qsizetype tenth = f.ms.size() / 10;
        std::printf("%-9s %-8s first %lld pushes: median %7.1f ms; last %lld: median %7.1f ms\n", qPrintable(backend),
            qPrintable(what), static_cast<long long>(tenth), Figures::percentileOf(f.ms.mid(0, tenth), 0.5),
            static_cast<long long>(tenth), Figures::percentileOf(f.ms.mid(f.ms.size() - tenth), 0.5));
    }
    std::fflush(stdout);
}

bool pushTimed(CentralService &svc, const Session &s, const QList<protocol::Op> &ops, Figures &f)
{
    const protocol::PushRequest request = pushOf(ops);
    QElapsedTimer t;
    t.start();
    const double cpu0 = threadCpuMs();
    auto r = svc.push(s, request);
    const double cpuMs = threadCpuMs() - cpu0;
    const double ms = double(t.nsecsElapsed()) / 1e6;
    if (!r.ok()) {
        std::fprintf(stderr, "push failed: %s %s\n", qPrintable(r.error().message), qPrintable(r.error().detail));
        return false;
    }
    for (const protocol::OpResult &res : r.value().results)
        if (res.status != protocol::OpResult::Status::Applied) {
            std::fprintf(stderr, "op %s not applied\n", qPrintable(res.opId));
            return false;
        }
    f.ms.append(ms);
    f.cpuMs.append(cpuMs);
    return true;
}

// Texts that need quoting in SQL literals, array literals or COPY: created, changed, read back.
bool readBack(CentralService &svc, const Session &s, const QString &name)
{
    const QStringList texts = { QStringLiteral("a\"b\\c{d},e 'f' NULL"), QStringLiteral("NULL"), QString(),
        QStringLiteral("  spaces  "), QStringLiteral("\\N\ttab\nline"), QStringLiteral("汉字 \"}{\"") };
    QList<protocol::Op> creates, changes;
    QHash<QString, StudentRecord> expected;
    for (int i = 0; i < texts.size(); ++i) {
        StudentRecord r = demoStudent(kSchool, 900000 + i);
        r.note = texts.at(i);
        // Op ids are the client's: awkward ones too (a replay finds their stored results).
        creates << createOp(QStringLiteral("rb-c-%1 %2").arg(i).arg(texts.at(i)), r);
        const QString changed = texts.at((i + 1) % texts.size());
        changes << changeOp(
            QStringLiteral("rb-u-%1").arg(i), r, QStringLiteral("department"), r.department, changed, 1);
        r.department = changed;
        expected.insert(protocol::studentKey(r), r);
    }
    Figures ignored;
    auto first = svc.push(s, pushOf(creates));
    if (!first.ok() || !pushTimed(svc, s, changes, ignored))
        return false;
    auto replay = svc.push(s, pushOf(creates)); // every op id known: the stored results, nothing applied
    if (!replay.ok() || replay.value().toJson() != first.value().toJson()) {
        std::printf("%-9s replay of awkward op ids: results differ\n", qPrintable(name));
        return false;
    }
    int same = 0;
    qint64 since = 0;
    for (bool more = true; more;) {
        auto page = svc.changes(s, since, 1000);
        if (!page.ok())
            return false;
        for (const protocol::Change &c : page.value().changes)
            if (expected.contains(c.key) && c.data && *c.data == protocol::studentToJson(expected.value(c.key)))
                ++same;
        since = page.value().next;
        more = page.value().more;
    }
    // One request that writes rows several times: create, change, delete, create again; change and
    // delete rows of the first batch; an op id twice.
    QList<protocol::Op> mixed;
    for (int i = 0; i < 4; ++i) {
        const StudentRecord r = demoStudent(kSchool, 950000 + i);
        const QString id = QStringLiteral("mx-%1-").arg(i);
        mixed << createOp(id + QLatin1Char('c'), r)
              << changeOp(id + QLatin1Char('u'), r, QStringLiteral("note"), QString(), QStringLiteral("x"), 1)
              << deleteOp(id + QLatin1Char('d'), r, 2) << createOp(id + QStringLiteral("c2"), r)
              << changeOp(id + QStringLiteral("u2"), r, QStringLiteral("note"), QString(), QStringLiteral("y"), 4);
        const StudentRecord old = demoStudent(kSchool, i);
        mixed << changeOp(id + QLatin1Char('o'), old, QStringLiteral("major"), old.major, QStringLiteral("数学"), 1)
              << deleteOp(id + QStringLiteral("od"), old, 2) << deleteOp(id + QStringLiteral("od"), old, 2);
    }
    if (!svc.push(s, pushOf(mixed)).ok())
        return false;
    std::printf("%-9s read-back of awkward texts: %d of %lld records as pushed\n", qPrintable(name), same,
        static_cast<long long>(expected.size()));
    return same == expected.size();
}

// --dump DIR: the rows the pushes stored (students, op results, audit), one line each in id order, to
// compare builds and backends (DIR/<backend>.rows).
bool dumpRows(const QString &url, const QString &file)
{
    auto store = CentralStore::open(url);
    if (!store.ok())
        return false;
    QFile out(file);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    const QStringList queries = {
        QStringLiteral("SELECT * FROM students ORDER BY id"),
        QStringLiteral("SELECT * FROM op_results ORDER BY school_code, op_id"),
        QStringLiteral("SELECT * FROM audit_log ORDER BY id"),
    };
    for (const QString &sql : queries) {
        auto q = store.value()->exec(sql);
        if (!q.ok())
            return false;
        out.write(sql.toUtf8() + '\n');
        while (q.value().next()) {
            QStringList values;
            for (int i = 0; i < q.value().record().count(); ++i)
                values << (q.value().isNull(i) ? QStringLiteral("NULL") : q.value().value(i).toString());
            out.write(values.join(QLatin1Char('|')).toUtf8() + '\n');
        }
    }
    return true;
}

bool run(TestDatabase::Backend backend, int batches, int updates, const QString &dumpDir)
{
    const QString name
        = backend == TestDatabase::Backend::Sqlite ? QStringLiteral("sqlite") : QStringLiteral("postgres");
    TestDatabase db(backend);
    if (!db.skipReason().isEmpty()) {
        std::printf("%-9s skipped: %s\n", qPrintable(name), qPrintable(db.skipReason()));
        return true;
    }
    auto opened = CentralService::open(db.url());
    if (!opened.ok()) {
        std::fprintf(stderr, "open: %s %s\n", qPrintable(opened.error().message), qPrintable(opened.error().detail));
        return false;
    }
    std::unique_ptr<CentralService> svc = std::move(opened).value();
    const QDateTime now(QDate(2026, 11, 23), QTime(10, 0), Qt::UTC);
    svc->setClock([now] { return now; });
    const auto failed = [&](const char *what, const Error &e) {
        std::fprintf(
            stderr, "%s: %s failed: %s %s\n", qPrintable(name), what, qPrintable(e.message), qPrintable(e.detail));
        return false;
    };
    if (auto m = svc->migrate(); !m.ok())
        return failed("migrate", m.error());
    if (auto c = svc->createSchool(kSchool, QStringLiteral("A")); !c.ok())
        return failed("createSchool", c.error());
    if (auto c = svc->createStaff(QStringLiteral("coord"), QStringLiteral("C"), roles::coordinator, kSchool, kPw);
        !c.ok())
        return failed("createStaff", c.error());
    auto login = svc->login(
        protocol::LoginRequest { QStringLiteral("coord"), kPw, QStringLiteral("bench") }, QStringLiteral("127.0.0.1"));
    if (!login.ok())
        return false;
    auto session = svc->authenticate(login.value().token);
    if (!session.ok())
        return false;
    const Session s = session.value();

    Figures creates;
    for (int b = 0; b < batches; ++b) {
        QList<protocol::Op> ops;
        ops.reserve(kOpsPerPush);
        for (int i = 0; i < kOpsPerPush; ++i) {
            const int n = b * kOpsPerPush + i;
            ops << createOp(QStringLiteral("c-%1").arg(n), demoStudent(kSchool, n));
        }
        if (!pushTimed(*svc, s, ops, creates))
            return false;
    }
    print(name, QStringLiteral("create"), creates);

    Figures changes;
    for (int b = 0; b < std::min(updates, batches); ++b) {
        QList<protocol::Op> ops;
        ops.reserve(kOpsPerPush);
        for (int i = 0; i < kOpsPerPush; ++i) {
            const int n = b * kOpsPerPush + i;
            ops << changeOp(QStringLiteral("u-%1").arg(n), demoStudent(kSchool, n), QStringLiteral("note"), QString(),
                QStringLiteral("note %1").arg(n), 1);
        }
        if (!pushTimed(*svc, s, ops, changes))
            return false;
    }
    print(name, QStringLiteral("update"), changes);
    if (!readBack(*svc, s, name))
        return false;
    if (!dumpDir.isEmpty() && !dumpRows(db.url(), dumpDir + QLatin1Char('/') + name + QStringLiteral(".rows")))
        return failed("dump", Error {});
    return true;
}

int argValue(const QStringList &args, const QString &name, int fallback)
{
    const qsizetype i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args.at(i + 1).toInt() : fallback;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int batches = std::max(1, argValue(args, QStringLiteral("--batches"), 40));
    const int updates = std::max(0, argValue(args, QStringLiteral("--updates"), 10));
    const qsizetype bi = args.indexOf(QStringLiteral("--backend"));
    const QString which = bi >= 0 && bi + 1 < args.size() ? args.at(bi + 1) : QStringLiteral("both");
    const qsizetype di = args.indexOf(QStringLiteral("--dump"));
    const QString dumpDir = di >= 0 && di + 1 < args.size() ? args.at(di + 1) : QString();
    CentralService::setFastPasswordHashing(true);
    bool ok = true;
    if (which != QLatin1String("postgres"))
        ok = run(TestDatabase::Backend::Sqlite, batches, updates, dumpDir) && ok;
    if (which != QLatin1String("sqlite"))
        ok = run(TestDatabase::Backend::Postgres, batches, updates, dumpDir) && ok;
    return ok ? 0 : 1;
}
