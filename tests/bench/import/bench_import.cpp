// bench_import: times the whole student import pipeline and, in the same run, the sqlite3
// command-line tool's .import of the same CSV into a table with the same unique key.
//   bench_import [--rows N[,N…]] [--formats csv,xlsx,gbk] [--work DIR]
// Rosters come from the fixture generator gen_students.py (cached in DIR). Each size runs: a first
// import into a new database (schema and every index present), then a re-import of the same
// file (every row unchanged); a CSV file also goes into a database whose students table has the
// identity key and none of the Students page's indexes, like the sqlite3 reference's table.
// Peak RSS is the process's high-water mark so far: run sizes in increasing order (the default)
// or one size per invocation.
#include "Database.h"
#include "StudentImport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlQuery>

#include <sys/resource.h>

#include <cstdio>

using namespace cet;

namespace {

double peakRssMb()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0;
}

void fail(const QString &what)
{
    std::fprintf(stderr, "bench_import: %s\n", qPrintable(what));
    std::exit(1);
}

QString generate(const QString &dir, qint64 rows, const QString &format)
{
    const QString ext = format == u"xlsx"_qs ? u"xlsx"_qs : u"csv"_qs;
    const QString path = u"%1/roster-%2-%3.%4"_qs.arg(dir).arg(rows).arg(format, ext);
    if (QFileInfo::exists(path))
        return path;
    QStringList args {QStringLiteral(CETDESK_SHARED_DIR) + u"/fixtures/gen_students.py"_qs, QString::number(rows),
                      path + u".tmp"_qs, u"--seed"_qs, u"11"_qs};
    if (format == u"xlsx"_qs)
        args << u"--format"_qs << u"xlsx"_qs;
    if (format == u"gbk"_qs)
        args << u"--encoding"_qs << u"gbk"_qs;
    QProcess gen;
    gen.start(u"python3"_qs, args);
    if (!gen.waitForFinished(-1) || gen.exitCode() != 0)
        fail(u"gen_students.py failed: "_qs + QString::fromUtf8(gen.readAllStandardError()));
    QFile::rename(path + u".tmp"_qs, path);
    return path;
}

struct Run
{
    double previewMs = 0, analyseMs = 0, commitMs = 0;
    double writeMs = 0, indexMs = 0, restMs = 0; // the commit's parts
    double totalMs() const { return previewMs + analyseMs + commitMs; }
    qint64 read = 0, inserted = 0, updated = 0, unchanged = 0, rejected = 0;
};

Run importOnce(const QString &dbPath, const QString &file)
{
    Run run;
    QElapsedTimer timer;
    timer.start();
    auto db = Database::open(dbPath);
    if (!db)
        fail(db.error().message);
    auto preview = StudentImport::preview(file);
    if (!preview)
        fail(preview.error().message);
    run.previewMs = double(timer.nsecsElapsed()) / 1e6;
    timer.restart();
    ImportProgress progress;
    auto analysis = StudentImport::analyse(*db.value(), preview.value().request, progress);
    if (!analysis)
        fail(analysis.error().message);
    run.analyseMs = double(timer.nsecsElapsed()) / 1e6;
    timer.restart();
    auto outcome = StudentImport::commit(*db.value(), *analysis.value(), {}, u"bench"_qs, progress);
    if (!outcome)
        fail(outcome.error().message);
    run.commitMs = double(timer.nsecsElapsed()) / 1e6;
    run.writeMs = outcome.value().commit.writeMs;
    run.indexMs = outcome.value().commit.indexMs;
    run.restMs = outcome.value().commit.restMs;
    const ImportAnalysis &a = *analysis.value();
    run.read = a.rowsRead;
    run.inserted = outcome.value().commit.inserted;
    run.updated = outcome.value().commit.updated;
    run.unchanged = a.unchanged;
    run.rejected = a.rejected;
    return run;
}

// sqlite3 .import of the same CSV into 15 text columns with UNIQUE (id_number, id_type), the
// identity key our table has. It validates nothing and does not normalise.
double sqliteImportMs(const QString &dir, const QString &csv)
{
    const QString db = dir + u"/sqlite3-import.sqlite"_qs;
    QFile::remove(db);
    const QString script = uR"(CREATE TABLE students(name TEXT, gender TEXT, id_type TEXT, id_number TEXT,
  school_code TEXT, campus_code TEXT, education TEXT, program_years TEXT, enrol_year TEXT, grade TEXT,
  department TEXT, major TEXT, class_name TEXT, student_no TEXT, note TEXT, UNIQUE (id_number, id_type));
.import --csv --skip 1 '%1' students
)"_qs.arg(csv);
    QProcess sqlite;
    QElapsedTimer timer;
    timer.start();
    sqlite.start(u"sqlite3"_qs, {db});
    sqlite.write(script.toUtf8());
    sqlite.closeWriteChannel();
    if (!sqlite.waitForFinished(-1) || sqlite.exitCode() != 0)
        fail(u"sqlite3 .import failed: "_qs + QString::fromUtf8(sqlite.readAllStandardError()));
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    QFile::remove(db);
    return ms;
}

void print(const char *label, const Run &run)
{
    std::printf("  %-22s total %8.1f ms  (preview %6.1f, analyse %8.1f, commit %8.1f)  read %lld ins %lld upd %lld "
                "unch %lld rej %lld  peak RSS %.0f MB\n",
                label, run.totalMs(), run.previewMs, run.analyseMs, run.commitMs, qlonglong(run.read),
                qlonglong(run.inserted), qlonglong(run.updated), qlonglong(run.unchanged), qlonglong(run.rejected),
                peakRssMb());
    if (run.inserted + run.updated > 0)
        std::printf("  %-22s commit = rows written %.1f + indexes rebuilt %.1f + the rest (COMMIT, batch log) %.1f ms\n",
                    "", run.writeMs, run.indexMs, run.restMs);
}

// A new database with the schema, optionally without the Students page's secondary indexes
// (every index on students but the identity key's), as the sqlite3 .import's table has.
void createDatabase(const QString &dbPath, bool pageIndexes)
{
    for (const QString &suffix : {QString(), u"-wal"_qs, u"-shm"_qs})
        QFile::remove(dbPath + suffix);
    auto db = Database::open(dbPath);
    if (!db)
        fail(db.error().message);
    if (pageIndexes)
        return;
    QSqlQuery q(db.value()->connection());
    QStringList names;
    if (!q.exec(u"SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'students'"
                " AND sql IS NOT NULL AND sql NOT LIKE 'CREATE UNIQUE%'"_qs))
        fail(u"listing the indexes failed"_qs);
    while (q.next())
        names << q.value(0).toString();
    for (const QString &name : std::as_const(names)) {
        if (!q.exec(u"DROP INDEX \"%1\""_qs.arg(name)))
            fail(u"dropping index "_qs + name + u" failed"_qs);
    }
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    QCommandLineOption rowsOption(u"rows"_qs, u"Roster sizes, comma-separated."_qs, u"N"_qs, u"100000"_qs);
    QCommandLineOption formatsOption(u"formats"_qs, u"csv, gbk (CSV in GBK), xlsx."_qs, u"LIST"_qs, u"csv"_qs);
    QCommandLineOption workOption(u"work"_qs, u"Folder for rosters and databases."_qs, u"DIR"_qs,
                                  QDir::tempPath() + u"/cetdesk-bench-import"_qs);
    parser.addOptions({rowsOption, formatsOption, workOption});
    parser.process(app);
    const QString dir = parser.value(workOption);
    QDir().mkpath(dir);

    for (const QString &rowsText : parser.value(rowsOption).split(u',')) {
        const qint64 rows = rowsText.toLongLong();
        for (const QString &format : parser.value(formatsOption).split(u',')) {
            const QString file = generate(dir, rows, format);
            std::printf("%lld rows, %s (%.1f MB)\n", qlonglong(rows), qPrintable(format),
                        double(QFileInfo(file).size()) / 1e6);
            const QString dbPath = dir + u"/bench.sqlite"_qs;
            // The schema (with the identity key and every page index) exists before the clock starts.
            createDatabase(dbPath, true);
            const Run first = importOnce(dbPath, file);
            print("first import", first);
            const Run again = importOnce(dbPath, file);
            print("re-import unchanged", again);
            if (again.unchanged != again.read - again.rejected)
                std::printf("  !! re-import: %lld of %lld rows reported unchanged\n", qlonglong(again.unchanged),
                            qlonglong(again.read));
            if (format == u"csv"_qs) {
                const double reference = sqliteImportMs(dir, file);
                std::printf("  sqlite3 .import         total %8.1f ms   ratio ours/sqlite3 = %.2f\n", reference,
                            first.totalMs() / reference);
                // The same first import into a table that, like sqlite3's, has the identity key
                // and no other index: what the Students page's eight indexes cost on top.
                createDatabase(dbPath, false);
                const Run bare = importOnce(dbPath, file);
                print("first, key only", bare);
                std::printf("  %-22s ratio ours/sqlite3 = %.2f (the Students page's indexes add %.1f ms)\n", "",
                            bare.totalMs() / reference, first.totalMs() - bare.totalMs());
            }
            std::fflush(stdout);
        }
    }
    return 0;
}
