// Reads generated rosters with TableFiles and prints how fast: MB/s of the file and rows/s.
//   bench_readers [--rows N] [--formats csv,gbk,tsv16,xlsx] [--work DIR] [--repeat K]
#include "TableSource.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QTextStream>

#include <ctime>

using namespace cet;

namespace {

struct Variant
{
    QString key;
    QString suffix;
    QStringList generatorArgs;
};

bool generate(const QString &out, qint64 rows, const QStringList &args, QTextStream &err)
{
    if (QFileInfo::exists(out))
        return true;
    QProcess python;
    python.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    python.start(QStringLiteral("python3"), QStringList{QStringLiteral(CETDESK_SHARED_DIR "/fixtures/gen_students.py"),
                                                        QString::number(rows), out}
                                                + args);
    if (!python.waitForFinished(-1) || python.exitCode() != 0) {
        err << "gen_students.py failed for " << out << Qt::endl;
        QFile::remove(out);
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("rows"), QStringLiteral("Rows per roster."), QStringLiteral("n"), QStringLiteral("100000")});
    parser.addOption({QStringLiteral("formats"), QStringLiteral("csv,gbk,tsv16,xlsx"), QStringLiteral("list"),
                      QStringLiteral("csv,gbk,tsv16,xlsx")});
    parser.addOption({QStringLiteral("work"), QStringLiteral("Folder for the generated files."), QStringLiteral("dir"),
                      QDir::tempPath() + QStringLiteral("/cetdesk-bench-readers")});
    parser.addOption({QStringLiteral("repeat"), QStringLiteral("Runs per file (the best is printed)."), QStringLiteral("k"),
                      QStringLiteral("3")});
    parser.process(app);
    QTextStream out(stdout);
    QTextStream err(stderr);
    const qint64 rows = parser.value(QStringLiteral("rows")).toLongLong();
    const int repeat = std::max(1, parser.value(QStringLiteral("repeat")).toInt());
    const QString work = parser.value(QStringLiteral("work"));
    QDir().mkpath(work);

    const QList<Variant> variants = {
        {QStringLiteral("csv"), QStringLiteral("csv"), {QStringLiteral("--format"), QStringLiteral("csv")}},
        {QStringLiteral("gbk"), QStringLiteral("csv"),
         {QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--encoding"), QStringLiteral("gbk")}},
        {QStringLiteral("tsv16"), QStringLiteral("tsv"),
         {QStringLiteral("--format"), QStringLiteral("tsv"), QStringLiteral("--encoding"), QStringLiteral("utf-16")}},
        {QStringLiteral("xlsx"), QStringLiteral("xlsx"), {QStringLiteral("--format"), QStringLiteral("xlsx")}},
    };
    const QStringList wanted = parser.value(QStringLiteral("formats")).split(u',');
    int failures = 0;
    for (const Variant &v : variants) {
        if (!wanted.contains(v.key))
            continue;
        const QString path = QStringLiteral("%1/roster-%2-%3.%4").arg(work, v.key).arg(rows).arg(v.suffix);
        if (!generate(path, rows, v.generatorArgs, err)) {
            ++failures;
            continue;
        }
        double best = 1e99;
        double bestCpu = 1e99;
        qint64 count = 0;
        qint64 cells = 0;
        QString detected;
        for (int run = 0; run < repeat; ++run) {
            QElapsedTimer timer;
            timer.start();
            const std::clock_t cpuStart = std::clock();
            const auto format = TableFiles::detect(path);
            if (!format) {
                err << path << ": " << format.error().message << Qt::endl;
                ++failures;
                break;
            }
            auto source = TableFiles::open(path, format.value());
            if (!source) {
                err << path << ": " << source.error().message << Qt::endl;
                ++failures;
                break;
            }
            SourceRow row;
            count = 0;
            cells = 0;
            for (;;) {
                const auto next = source.value()->next(row);
                if (!next) {
                    err << path << ": " << next.error().message << Qt::endl;
                    ++failures;
                    break;
                }
                if (!next.value())
                    break;
                ++count;
                cells += row.cells.size();
            }
            best = std::min(best, timer.nsecsElapsed() / 1e9);
            bestCpu = std::min(bestCpu, double(std::clock() - cpuStart) / CLOCKS_PER_SEC);
            detected = format.value().kind == TableKind::Xlsx
                ? QStringLiteral("xlsx")
                : textEncodingName(format.value().encoding) + u' '
                    + (format.value().separator == u'\t' ? QStringLiteral("\\t") : QString(format.value().separator));
        }
        const double mb = QFileInfo(path).size() / 1e6;
        // CPU time too: on a shared machine the wall clock mostly measures the neighbours.
        out << QStringLiteral("%1  %2 rows  %3 MB  [%4]  wall %5 s  cpu %9 s  %6 MB/s  %7 rows/s (by cpu)  (%8 cells)")
                   .arg(v.key, -6)
                   .arg(count)
                   .arg(mb, 0, 'f', 1)
                   .arg(detected)
                   .arg(best, 0, 'f', 3)
                   .arg(mb / bestCpu, 0, 'f', 0)
                   .arg(count / bestCpu, 0, 'f', 0)
                   .arg(cells)
                   .arg(bestCpu, 0, 'f', 3)
            << Qt::endl;
        if (count != rows + 1) {
            err << path << ": expected " << rows + 1 << " rows (header included), read " << count << Qt::endl;
            ++failures;
        }
    }
    return failures == 0 ? 0 : 1;
}
