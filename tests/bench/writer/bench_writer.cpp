// bench_writer: GUI edits through the database's writer during a large first pull.
//   bench_writer [--students N] [--edits E] [--interval MS] [--direct]
// cet-central (demo, SQLite) seeds N students; an empty client pulls them on a sync thread (each
// page stored by the database's writer) while the GUI thread stores E edits through StudentService
// (the same writer), one every MS ms. A 1 ms timer on the GUI thread measures how long that thread
// was ever kept from its event loop. --direct stores the edits on the GUI thread's own connection
// instead, for comparison.
#include "EditsDuringPull.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    qputenv("CETDESK_NO_KEYCHAIN", "1");
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({ QStringLiteral("students"), QStringLiteral("Students to pull (default 100000)."),
        QStringLiteral("n"), QStringLiteral("100000") });
    parser.addOption({ QStringLiteral("edits"), QStringLiteral("Edits from the GUI thread (default 100)."),
        QStringLiteral("e"), QStringLiteral("100") });
    parser.addOption({ QStringLiteral("interval"), QStringLiteral("Milliseconds between edits (default 20)."),
        QStringLiteral("ms"), QStringLiteral("20") });
    parser.addOption({ QStringLiteral("direct"),
        QStringLiteral("For comparison: store the edits on the GUI thread's own connection instead.") });
    parser.process(app);
    const int n = std::max(1, parser.value(QStringLiteral("students")).toInt());
    const int edits = std::max(1, parser.value(QStringLiteral("edits")).toInt());
    const int interval = std::max(1, parser.value(QStringLiteral("interval")).toInt());

    QTextStream out(stdout);
    QTemporaryDir dir;
    synctest::CentralProcess central;
    if (!central.start(QStringLiteral(CET_CENTRAL),
            { QStringLiteral("demo"), QStringLiteral("--db"),
                QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("central.sqlite")), QStringLiteral("--roster"),
                QString::number(n) })) {
        out << "FAILED to start cet-central: " << central.output() << Qt::endl;
        return 1;
    }
    const writertest::Figures f
        = writertest::editDuringPull(central.url(), dir.filePath(QStringLiteral("client.sqlite")), edits, interval,
            parser.isSet(QStringLiteral("direct")) ? writertest::Path::Direct : writertest::Path::Writer);
    if (!f.syncError.isEmpty())
        out << "sync FAILED: " << f.syncError << Qt::endl;
    for (const QString &failure : f.failures)
        out << "edit FAILED: " << failure << Qt::endl;
    const auto ms = [](double v) { return QString::number(v, 'f', 1); };
    out << "first pull of " << n << " students on a sync thread, through the writer: " << f.pullMs << " ms ("
        << f.pulled << " applied)" << Qt::endl;
    out << (parser.isSet(QStringLiteral("direct")) ? "direct (GUI thread's own connection) " : "through the writer: ")
        << "edits from the GUI thread, one every " << interval << " ms: " << f.landed << " of " << edits << " landed ("
        << f.landedDuringPull << " while the pull ran), " << f.readBack << " read back, " << f.failures.size()
        << " failed, " << f.writerRetries << " retried after a busy database" << Qt::endl;
    out << "GUI thread: worst wait " << ms(f.worstTimerLateMs) << " ms, 99th percentile " << ms(f.p99TimerLateMs)
        << " ms (lateness of " << f.ticks << " ticks of a 1 ms timer), longest submit call " << ms(f.worstSubmitMs)
        << " ms" << Qt::endl;
    out << "edit submit → stored on the GUI thread: median " << ms(f.medianEditLatencyMs) << " ms, worst "
        << ms(f.worstEditLatencyMs) << " ms" << Qt::endl;
    // The machine's load, to read the GUI thread's waits against (they include time the thread was
    // ready but not scheduled).
    QFile load(QStringLiteral("/proc/loadavg"));
    if (load.open(QIODevice::ReadOnly))
        out << "load average: " << QString::fromLatin1(load.readLine()).section(u' ', 0, 2) << Qt::endl;
    const bool ok
        = f.syncError.isEmpty() && f.failures.isEmpty() && f.landed == edits && f.readBack == edits && f.pulled == n;
    return ok ? 0 : 1;
}
