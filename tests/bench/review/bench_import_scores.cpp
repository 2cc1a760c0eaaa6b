// bench_import_scores: `cet-central import-scores` of a generated CSV of N CET4 score records (the
// whole command: read and check the file, then store every row in one transaction), on SQLite
// (a temp file) and on PostgreSQL when CETDESK_TEST_PG_URL is set (a fresh schema, dropped
// afterwards). Prints the time of the check and of the store, and rows per second. A second run
// of the same file (every row replacing itself) shows the re-import. Asserts nothing on time.
//
//     bench_import_scores [--rows 1000000] [--backend sqlite|postgres|both]

#include "CentralFixture.h"
#include "CentralStore.h"
#include "Cet4ScoreFile.h"
#include "Cet4ScoreImport.h"
#include "IdNumber.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>
#include <ctime>

using namespace cet;
using namespace cet::central;
using namespace cet::central::test;

namespace {

// CPU seconds of this process (the machine may be shared: wall time alone says little then).
double cpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

// Distinct, valid rows: ticket = school 10001, campus, year 05..25, sitting, CET4, room, seat.
QByteArray generate(qint64 rows)
{
    static const char16_t *const surnames = u"王李张刘陈杨黄赵吴周徐孙马朱胡郭";
    static const char16_t *const given = u"伟芳娜秀敏静丽强磊军洋勇艳杰娟涛";
    QByteArray out;
    out.reserve(rows * 70 + 64);
    out += "ticket,id_type,id_number,name,year,month,total\n";
    for (qint64 i = 0; i < rows; ++i) {
        const qint64 seat = i % 30 + 1;
        const qint64 room = (i / 30) % 999 + 1;
        const qint64 sitting = (i / 29970) % 2 + 1;
        const qint64 year = 5 + (i / 59940) % 21;
        const qint64 campus = (i / 1258740) % 9 + 1;
        const QString ticket = QStringLiteral("10001%1%2%3%4%5%6")
                                   .arg(campus)
                                   .arg(year, 2, 10, QLatin1Char('0'))
                                   .arg(sitting)
                                   .arg(1)
                                   .arg(room, 3, 10, QLatin1Char('0'))
                                   .arg(seat, 2, 10, QLatin1Char('0'));
        const QString first17 = QStringLiteral("1101011998%1").arg(i % 10000000, 7, 10, QLatin1Char('0'));
        const QString id = first17.left(10) + QStringLiteral("0101") + first17.right(3);
        const QString name
            = QString(QChar(surnames[i % 16])) + QChar(given[(i / 16) % 16]) + QChar(given[(i / 256) % 16]);
        out += ticket.toLatin1() + ",1," + (id + residentIdCheckChar(id)).toLatin1() + ',' + name.toUtf8() + ','
            + QByteArray::number(2000 + year) + ',' + (sitting == 1 ? "6" : "12") + ','
            + QByteArray::number(300 + i % 400) + '\n';
    }
    return out;
}

void runBackend(TestDatabase::Backend backend, const QString &label, const QString &csv, qint64 rows)
{
    TestDatabase db(backend);
    if (!db.skipReason().isEmpty()) {
        std::printf("%-9s skipped: %s\n", qPrintable(label), qPrintable(db.skipReason()));
        return;
    }
    for (int round = 1; round <= 2; ++round) {
        QElapsedTimer timer;
        timer.start();
        const double cpu0 = cpuSeconds();
        auto file = review::Cet4ScoreFile::read(csv);
        if (!file || !file.value().problems.isEmpty()) {
            std::printf("%-9s the generated file was refused\n", qPrintable(label));
            return;
        }
        const qint64 checkMs = timer.elapsed();
        const double checkCpu = cpuSeconds() - cpu0;
        auto store = CentralStore::open(db.url());
        if (!store || !store.value()->migrate()) {
            std::printf("%-9s can not open %s\n", qPrintable(label), qPrintable(db.url()));
            return;
        }
        timer.restart();
        auto stored = review::importCet4Scores(*store.value(), file.value().rows);
        const qint64 storeMs = timer.elapsed();
        const double storeCpu = cpuSeconds() - cpu0 - checkCpu; // this process only: not the PostgreSQL server's
        if (!stored) {
            std::printf("%-9s import failed: %s\n", qPrintable(label), qPrintable(stored.error().detail));
            return;
        }
        const double totalS = double(checkMs + storeMs) / 1000.0;
        std::printf("%-9s %s %9lld rows: check %6.2f s (cpu %5.2f), store %6.2f s (cpu %5.2f), total %6.2f s = "
                    "%9.0f rows/s\n",
                    qPrintable(label), round == 1 ? "first " : "again ", static_cast<long long>(rows),
                    double(checkMs) / 1000.0, checkCpu, double(storeMs) / 1000.0, storeCpu, totalS,
                    double(rows) / totalS);
        std::fflush(stdout);
    }
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    qint64 rows = 1000000;
    QString backends = QStringLiteral("both");
    for (int i = 1; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--rows") && i + 1 < args.size())
            rows = args.at(++i).toLongLong();
        else if (args.at(i) == QLatin1String("--backend") && i + 1 < args.size())
            backends = args.at(++i);
        else {
            std::fprintf(stderr, "usage: bench_import_scores [--rows N] [--backend sqlite|postgres|both]\n");
            return 1;
        }
    }
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("cet4.csv"));
    {
        QFile f(csv);
        if (!f.open(QIODevice::WriteOnly) || f.write(generate(rows)) < 0) {
            std::fprintf(stderr, "can not write %s\n", qPrintable(csv));
            return 2;
        }
        std::printf("CET4 score file: %lld rows, %.1f MB\n", static_cast<long long>(rows), double(f.size()) / 1e6);
        std::fflush(stdout);
    }
    if (backends != QLatin1String("postgres"))
        runBackend(TestDatabase::Backend::Sqlite, QStringLiteral("sqlite"), csv, rows);
    if (backends != QLatin1String("sqlite"))
        runBackend(TestDatabase::Backend::Postgres, QStringLiteral("postgres"), csv, rows);
    return 0;
}
