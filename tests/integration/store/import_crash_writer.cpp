// Helper of tst_studentimportrepository: commits one import of N new generated students, to be killed.
//   import_crash_writer <db path> <N> pause|run
// Prints "S" when the commit starts, "P <done>" at the first progress report (and in pause
// mode then waits there, inside the transaction, until it is killed), "C <batch id>" after COMMIT.
#include "Database.h"
#include "PackedStudentRows.h"
#include "StudentImportRepository.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QThread>

#include <cstdio>

using namespace cet;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4) {
        std::fprintf(stderr, "usage: import_crash_writer <db> <N> pause|run\n");
        return 2;
    }
    auto db = Database::open(args.at(1));
    if (!db) {
        std::fprintf(stderr, "open: %s\n", qPrintable(db.error().detail));
        return 1;
    }
    qint64 first = 0;
    {
        QSqlQuery q(db.value()->connection());
        if (!q.exec(QStringLiteral("SELECT coalesce(max(id), 0) FROM students")) || !q.next())
            return 1;
        first = q.value(0).toLongLong() + 1000000;
    }
    PackedStudentRows rows;
    for (qint64 i = first; i < first + args.at(2).toLongLong(); ++i)
        rows.append(makeStudent(i));
    StudentImportRepository repo(*db.value());
    auto snapshot = repo.identitySnapshot();
    if (!snapshot)
        return 1;
    const std::vector<PlanRow> plan = planFor(snapshot.value(), rows);
    const bool pause = args.at(3) == u"pause";
    bool reported = false;
    repo.setProgressHook([&](ImportProgress &p) {
        if (reported)
            return;
        reported = true;
        std::printf("P %lld\n", static_cast<long long>(p.done.load()));
        std::fflush(stdout);
        while (pause)
            QThread::sleep(1);
    });
    ImportBatch batch;
    batch.actor = QStringLiteral("crash");
    batch.fileName = QStringLiteral("crash.csv");
    ImportProgress progress;
    std::printf("S\n");
    std::fflush(stdout);
    auto committed = repo.commit(batch, snapshot.value(), plan, rows, progress);
    if (!committed) {
        std::fprintf(stderr, "commit: %s\n", qPrintable(committed.error().detail));
        return 1;
    }
    std::printf("C %lld\n", static_cast<long long>(committed.value().batchId));
    std::fflush(stdout);
    return 0;
}
