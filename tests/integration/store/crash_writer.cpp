// Helper of tst_crashconsistency: writes to a database in a loop until it is killed.
//   crash_writer <db path> <seed> <k>
// Each round: one transaction inserting k students, then one update (with its outbox and audit
// rows, in the update's transaction). After each commit it prints "I <round>" or "U <round>".
#include "Database.h"
#include "ImportBatchRepository.h"
#include "StudentRepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>

#include <cstdio>

using namespace cet;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4) {
        std::fprintf(stderr, "usage: crash_writer <db> <seed> <k>\n");
        return 2;
    }
    const quint32 seed = args.at(2).toUInt();
    const int k = args.at(3).toInt();
    auto db = Database::open(args.at(1));
    if (!db) {
        std::fprintf(stderr, "open: %s\n", qPrintable(db.error().detail));
        return 1;
    }
    ImportBatchRepository batches(*db.value());
    ImportBatch batch;
    batch.actor = QStringLiteral("crash");
    auto batchId = batches.create(batch);
    if (!batchId)
        return 1;
    StudentRepository repo(*db.value());
    QRandomGenerator rng(seed);
    QElapsedTimer timer;
    timer.start();
    for (int round = 0; timer.elapsed() < 60000; ++round) {
        QList<StudentRecord> records;
        for (int i = 0; i < k; ++i) {
            StudentRecord r;
            r.name = QStringLiteral("S%1-%2-%3").arg(seed).arg(round).arg(i);
            r.idType = IdType::ResidentId;
            r.idNumber = QStringLiteral("%1%2%3").arg(seed, 8, 10, QLatin1Char('0')).arg(round, 7, 10, QLatin1Char('0')).arg(i, 3, 10, QLatin1Char('0'));
            r.campusCode = QStringLiteral("10001%1").arg(i % 3);
            r.note = QString(200, QLatin1Char('n')); // some bulk, so that pages split
            records.append(r);
        }
        if (auto r = repo.insert(records, batchId.value()); !r) {
            std::fprintf(stderr, "insert: %s\n", qPrintable(r.error().detail));
            return 1;
        }
        std::printf("I %d\n", round);
        std::fflush(stdout);

        auto total = repo.count();
        if (!total)
            return 1;
        auto some = repo.fetch({}, rng.bounded(total.value()), 1);
        if (!some || some.value().isEmpty())
            return 1;
        const StudentRecord before = some.value().first();
        StudentRecord after = before;
        after.note = QStringLiteral("run %1 round %2").arg(seed).arg(round);
        after.grade = QString::number(2019 + rng.bounded(7));
        if (auto r = repo.update(before, after, QStringLiteral("crash")); !r) {
            std::fprintf(stderr, "update: %s\n", qPrintable(r.error().detail));
            return 1;
        }
        std::printf("U %d\n", round);
        std::fflush(stdout);
    }
    return 0;
}
