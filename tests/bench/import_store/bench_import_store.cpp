// bench_import_store: the store's side of an import (identity snapshot, bulk commit, undo) on
// generated rosters, and in the same run the sqlite3 command-line tool's .import of the same
// rows as CSV into a table with a UNIQUE (id_number, id_type) key.
//   bench_import_store [--rows N[,N…]] [--work DIR] [--sqlite3 PATH] [--quick] [--wal N]
// For each N: N inserts into an empty database, snapshot of N, re-import of N unchanged rows,
// K = min(N, 100,000) updates and their undo; then K and N inserts into the N-row table and the
// undo of the K. Prints figures; asserts nothing on time. Peak RSS is the process's high-water
// mark so far (sizes run in the order given).
#include "Database.h"
#include "PackedStudentRows.h"
#include "StudentImportRepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlQuery>
#include <QTextStream>

#include <sys/resource.h>

#include <cstdio>

using namespace cet;

namespace {

double cpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3
        + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3;
}

double peakRssMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0;
}

[[noreturn]] void fail(const QString &what)
{
    std::fprintf(stderr, "bench_import_store: %s\n", qPrintable(what));
    std::exit(1);
}

// Wall and CPU time (the machine is shared: wall time alone says little).
struct Span
{
    double ms = 0, cpu = 0;
};

class Stopwatch
{
public:
    Stopwatch() { restart(); }
    void restart()
    {
        m_timer.start();
        m_cpu = cpuMs();
    }
    Span elapsed() const { return { double(m_timer.nsecsElapsed()) / 1e6, cpuMs() - m_cpu }; }

private:
    QElapsedTimer m_timer;
    double m_cpu = 0;
};

void report(const char *what, qint64 rows, Span span)
{
    std::printf("%-40s %8lld rows %8.1f ms (cpu %7.1f ms) %9.0f rows/s  peak RSS %6.1f MB\n", what,
                static_cast<long long>(rows), span.ms, span.cpu,
                span.ms > 0 ? double(rows) * 1000.0 / span.ms : 0.0, peakRssMb());
    std::fflush(stdout);
}

PackedStudentRows generate(qint64 first, qint64 count, int variant)
{
    PackedStudentRows rows;
    rows.reserve(count);
    for (qint64 i = first; i < first + count; ++i)
        rows.append(makeStudent(i, variant));
    return rows;
}

struct Timed
{
    Span snapshot, commit;
    ImportCommitResult result;
};

// Snapshot, plan and commit of `rows`, as an import does it.
Timed importRows(Database &db, const PackedStudentRows &rows)
{
    StudentImportRepository repo(db);
    Stopwatch t;
    auto snapshot = repo.identitySnapshot();
    if (!snapshot)
        fail(snapshot.error().detail);
    Timed timed;
    timed.snapshot = t.elapsed();
    const std::vector<PlanRow> plan = planFor(snapshot.value(), rows);
    ImportBatch batch;
    batch.actor = QStringLiteral("bench");
    batch.fileName = QStringLiteral("bench.csv");
    batch.rowsRead = int(rows.size());
    ImportProgress progress;
    t.restart();
    auto committed = repo.commit(batch, snapshot.value(), plan, rows, progress);
    if (!committed)
        fail(committed.error().message + QStringLiteral(" ") + committed.error().detail);
    timed.commit = t.elapsed();
    timed.result = committed.value();
    return timed;
}

Span undo(Database &db, qint64 batchId)
{
    Stopwatch t;
    if (auto r = StudentImportRepository(db).undo(batchId, QStringLiteral("bench")); !r)
        fail(r.error().message);
    return t.elapsed();
}

void writeCsv(const QString &path, const PackedStudentRows &rows)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        fail(QStringLiteral("can not write ") + path);
    QTextStream out(&file);
    out << "name,gender,id_type,id_number,school_code,campus_code,education,program_years,enrol_year,grade,"
           "department,major,class_name,student_no,note\n";
    for (qsizetype i = 0; i < rows.size(); ++i) {
        for (int f = 0; f < PackedStudentRows::kFields; ++f) {
            if (f)
                out << ',';
            out << rows.text(i, StudentField(f));
        }
        out << '\n';
    }
}

// The sqlite3 shell's .import of the CSV into a table keyed like students; -1 when it failed.
Span sqliteImport(const QString &sqlite3, const QString &dir, const QString &csv)
{
    const QString dbPath = dir + QStringLiteral("/cli-import.sqlite");
    QFile::remove(dbPath);
    const QString script = QStringLiteral(
        "CREATE TABLE students (name TEXT, gender INTEGER, id_type INTEGER, id_number TEXT, school_code TEXT,"
        " campus_code TEXT, education INTEGER, program_years INTEGER, enrol_year INTEGER, grade TEXT,"
        " department TEXT, major TEXT, class_name TEXT, student_no TEXT, note TEXT,"
        " UNIQUE (id_number, id_type));\n"
        ".import --csv --skip 1 %1 students\n")
                               .arg(csv);
    QProcess cli;
    rusage before{};
    getrusage(RUSAGE_CHILDREN, &before);
    QElapsedTimer t;
    t.start();
    cli.start(sqlite3, { dbPath });
    if (!cli.waitForStarted())
        return { -1, -1 };
    cli.write(script.toUtf8());
    cli.closeWriteChannel();
    if (!cli.waitForFinished(-1) || cli.exitCode() != 0)
        return { -1, -1 };
    Span span{ double(t.nsecsElapsed()) / 1e6, 0 };
    rusage after{};
    getrusage(RUSAGE_CHILDREN, &after);
    const auto ms = [](const rusage &u) {
        return (u.ru_utime.tv_sec + u.ru_stime.tv_sec) * 1e3 + (u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e3;
    };
    span.cpu = ms(after) - ms(before);
    QFile::remove(dbPath);
    return span;
}

void runSize(qint64 n, const QString &dir, const QString &sqlite3, bool quick)
{
    std::printf("== %lld rows ==\n", static_cast<long long>(n));
    const QString path = dir + QStringLiteral("/store-%1.sqlite").arg(n);
    for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
        QFile::remove(path + suffix);
    auto opened = Database::open(path);
    if (!opened)
        fail(opened.error().message);
    Database &db = *opened.value();
    StudentImportRepository repo(db);
    const qint64 k = std::min<qint64>(n, 100000);

    Stopwatch t;
    PackedStudentRows rows = generate(0, n, 0);
    report("generate rows (not part of the store)", n, t.elapsed());

    Timed first = importRows(db, rows);
    report("commit: inserts into an empty table", first.result.inserted, first.commit);

    t.restart();
    auto snapshot = repo.identitySnapshot();
    if (!snapshot)
        fail(snapshot.error().detail);
    report("identity snapshot", qint64(snapshot.value().entries.size()), t.elapsed());

    Timed same = importRows(db, rows);
    report("re-import unchanged: snapshot", n, same.snapshot);
    report("re-import unchanged: commit", same.result.unchanged, same.commit);
    if (quick)
        return;

    {
        const PackedStudentRows changed = generate(0, k, 1);
        Timed upd = importRows(db, changed);
        report("commit: updates", upd.result.updated, upd.commit);
        report("undo of those updates", upd.result.updated, undo(db, upd.result.batchId));
    }
    {
        const PackedStudentRows more = generate(n, k, 0);
        Timed ins = importRows(db, more);
        report(qPrintable(QStringLiteral("commit: inserts into a %1-row table").arg(n)), ins.result.inserted,
               ins.commit);
        report("undo of those inserts", ins.result.inserted, undo(db, ins.result.batchId));
    }
    if (k < n) {
        const PackedStudentRows more = generate(n, n, 0);
        Timed ins = importRows(db, more);
        report(qPrintable(QStringLiteral("commit: inserts into a %1-row table").arg(n)), ins.result.inserted,
               ins.commit);
    }
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("PRAGMA integrity_check")) || !q.next() || q.value(0).toString() != u"ok")
        fail(QStringLiteral("integrity_check failed"));
    q.finish();

    const QString csv = dir + QStringLiteral("/store-%1.csv").arg(n);
    writeCsv(csv, rows);
    const Span cli = sqliteImport(sqlite3, dir, csv);
    QFile::remove(csv);
    if (cli.ms < 0) {
        std::printf("sqlite3 .import: could not run %s\n", qPrintable(sqlite3));
    } else {
        report("sqlite3 .import (CSV, UNIQUE key)", n, cli);
        std::printf("ratio sqlite3 .import / (snapshot + commit into empty): wall %.2f, cpu %.2f\n",
                    cli.ms / (first.snapshot.ms + first.commit.ms), cli.cpu / (first.snapshot.cpu + first.commit.cpu));
    }
}

// Imports of `k` new rows one after another on one connection: the write-ahead log's file must
// stay about one import's size (each bulk write checkpoints what the previous one left).
void walGrowth(qint64 k, int imports, const QString &dir)
{
    std::printf("== write-ahead log over %d imports of %lld rows ==\n", imports, static_cast<long long>(k));
    const QString path = dir + QStringLiteral("/store-wal.sqlite");
    for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
        QFile::remove(path + suffix);
    auto opened = Database::open(path);
    if (!opened)
        fail(opened.error().message);
    Database &db = *opened.value();
    for (int i = 0; i < imports; ++i) {
        const Timed t = importRows(db, generate(i * k, k, 0));
        std::printf("import %d: commit cpu %7.1f ms, log file %6.1f MB, database file %6.1f MB\n", i + 1, t.commit.cpu,
                    double(QFileInfo(path + QStringLiteral("-wal")).size()) / 1048576.0,
                    double(QFileInfo(path).size()) / 1048576.0);
    }
    Stopwatch t;
    if (auto r = db.checkpoint(); !r)
        fail(r.error().detail);
    report("idle checkpoint after the last import", k, t.elapsed());
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({ QStringLiteral("rows"), QStringLiteral("Sizes, comma-separated."), QStringLiteral("N"),
                       QStringLiteral("100000,1000000") });
    parser.addOption({ QStringLiteral("work"), QStringLiteral("Folder for the databases."), QStringLiteral("DIR"),
                       QDir::tempPath() + QStringLiteral("/bench_import_store") });
    parser.addOption({ QStringLiteral("sqlite3"), QStringLiteral("The sqlite3 shell."), QStringLiteral("PATH"),
                       QStringLiteral("sqlite3") });
    parser.addOption({ QStringLiteral("quick"), QStringLiteral("Only the first import, the snapshot and the re-import.") });
    parser.addOption({ QStringLiteral("wal"), QStringLiteral("Then N imports of 100,000 new rows: the log's size."),
                       QStringLiteral("N"), QStringLiteral("0") });
    parser.process(app);
    const QString dir = parser.value(QStringLiteral("work"));
    if (!QDir().mkpath(dir))
        fail(QStringLiteral("can not create ") + dir);
    for (const QString &size : parser.value(QStringLiteral("rows")).split(u',', Qt::SkipEmptyParts)) {
        const qint64 n = size.toLongLong();
        if (n <= 0)
            fail(QStringLiteral("bad --rows ") + size);
        runSize(n, dir, parser.value(QStringLiteral("sqlite3")), parser.isSet(QStringLiteral("quick")));
    }
    if (const int imports = parser.value(QStringLiteral("wal")).toInt(); imports > 0)
        walGrowth(100000, imports, dir);
    return 0;
}
