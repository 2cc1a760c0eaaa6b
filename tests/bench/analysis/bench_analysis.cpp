// bench_analysis: the import analysis without reading or writing files.
//   bench_analysis [--rows N] [--only arena|convert|header|report]   (default 1,000,000 rows, all)
// Prints: arena append (rows/s, bytes per row), RowConverter rows/s on typical rows (clean ones
// and a messy mix), detectHeader per call, report grouping. Rows are built in memory from a
// pool of distinct rows (like the fixture generator gen_students.py writes them) and reused, so
// that the figures measure the code and not the allocation of a million input rows.
#include "HeaderDetection.h"
#include "IdNumber.h"
#include "ImportReport.h"
#include "RowConverter.h"
#include "StudentArena.h"
#include "StudentColumns.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>

using namespace cet;

namespace {

constexpr int kPool = 4096;

// Wall time and this thread's CPU time: on a shared machine the CPU time is the steadier figure.
class Timer
{
public:
    Timer() { restart(); }
    void restart()
    {
        m_wall.start();
        m_cpu = cpuNs();
    }
    qint64 wallNs() const { return m_wall.nsecsElapsed(); }
    qint64 cpuNsElapsed() const { return cpuNs() - m_cpu; }

private:
    static qint64 cpuNs()
    {
        timespec ts {};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
        return qint64(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
    }
    QElapsedTimer m_wall;
    qint64 m_cpu = 0;
};

QString s(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

QString residentId(QRandomGenerator &rng, bool male)
{
    const int seq = int(rng.bounded(100)) * 10 + (male ? 1 : 0) + 2 * int(rng.bounded(5));
    const QDate birth = QDate(2000, 1, 1).addDays(rng.bounded(3 * 365));
    const QString first17 = s("330106") + birth.toString(QStringLiteral("yyyyMMdd"))
        + QStringLiteral("%1").arg(seq, 3, 10, QLatin1Char('0'));
    return first17 + residentIdCheckChar(first17);
}

// Rows as a school export has them; `messy` adds what real files have: full-width digits, a
// lower-case x, empty gender and type, "2024.0", a few errors.
QList<SourceRow> makeRows(bool messy)
{
    QRandomGenerator rng(11);
    const QStringList names {s("王伟"), s("李娜"), s("张秀英"), s("刘洋"), s("陈静"), s("欧阳子涵")};
    const QStringList depts {s("计算机学院"), s("外国语学院"), s("医学院"), s("法学院")};
    QList<SourceRow> rows;
    for (int i = 0; i < kPool; ++i) {
        const bool male = rng.bounded(2) == 1;
        const int enrol = 2019 + int(rng.bounded(7));
        QString id = residentId(rng, male);
        QString gender = male ? s("男") : s("女");
        QString type = s("中华人民共和国居民身份证");
        QString enrolText = QString::number(enrol);
        if (messy) {
            switch (i % 10) {
            case 0: id.replace(6, 1, QChar(char16_t(id.at(6).unicode() + 0xFEE0))); break;
            case 1: gender.clear(); break;
            case 2: type.clear(); break;
            case 3: enrolText += s(".0"); break;
            case 4: id = id.left(17) + (id.back() == u'1' ? u'2' : u'1'); break; // check char error
            case 5: id = s("3.30106E+17"); break;
            default: break;
            }
        }
        SourceRow row;
        row.line = i + 2;
        row.cells = {names.at(i % names.size()), gender, type, id, s("99101"),
                     QStringLiteral("99101%1").arg(i % 3), s("本科"), s("4"), enrolText, QString::number(enrol),
                     depts.at(i % depts.size()), s("软件工程"), QStringLiteral("%1班").arg(i % 8 + 1),
                     QStringLiteral("%1%2").arg(enrol % 100).arg(i, 7, 10, QLatin1Char('0')),
                     i % 33 == 0 ? s("转专业") : QString()};
        rows.append(row);
    }
    return rows;
}

double perSecond(qint64 count, qint64 ns)
{
    return ns > 0 ? double(count) * 1e9 / double(ns) : 0.0;
}

void benchConverter(const char *label, const QList<SourceRow> &pool, qint64 rows)
{
    const ColumnMapping mapping = ColumnGuess::guess(StudentColumns::chineseHeaderRow());
    const RowConverter converter(mapping, QDate(2025, 6, 1));
    qint64 errors = 0;
    Timer timer;
    for (qint64 i = 0; i < rows; ++i)
        errors += converter.convert(pool.at(i % kPool)).hasError() ? 1 : 0;
    const qint64 ns = timer.cpuNsElapsed();
    std::printf("RowConverter %-6s %9lld rows  cpu %7.3f s  %10.0f rows/s  wall %7.3f s  (%lld rejected)\n", label,
                static_cast<long long>(rows), double(ns) / 1e9, perSecond(rows, ns), double(timer.wallNs()) / 1e9,
                static_cast<long long>(errors));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption rowsOption(QStringLiteral("rows"), QStringLiteral("Rows per figure."),
                                        QStringLiteral("N"), QStringLiteral("1000000"));
    parser.addOption(rowsOption);
    const QCommandLineOption onlyOption(QStringLiteral("only"), QStringLiteral("One figure: arena, convert, header, report."),
                                        QStringLiteral("what"));
    parser.addOption(onlyOption);
    parser.process(app);
    const QString only = parser.value(onlyOption);
    const auto wanted = [&only](const char *what) { return only.isEmpty() || only == QLatin1String(what); };
    const qint64 rows = parser.value(rowsOption).toLongLong();
    if (rows <= 0) {
        std::fprintf(stderr, "bench_analysis: --rows must be a positive number\n");
        return 2;
    }

    const QList<SourceRow> clean = makeRows(false);
    const QList<SourceRow> messy = makeRows(true);

    // Arena append of converted records.
    if (wanted("arena")) {
        const ColumnMapping mapping = ColumnGuess::guess(StudentColumns::chineseHeaderRow());
        const RowConverter converter(mapping, QDate(2025, 6, 1));
        QList<StudentRecord> records;
        for (const SourceRow &row : clean)
            records.append(converter.convert(row).record);
        StudentArena arena;
        Timer timer;
        arena.reserve(rows);
        for (qint64 i = 0; i < rows; ++i)
            arena.append(records.at(i % kPool));
        const qint64 ns = timer.cpuNsElapsed();
        std::printf("arena append        %9lld rows  cpu %7.3f s  %10.0f rows/s  wall %7.3f s  %.1f MB (%.0f bytes/row)\n",
                    static_cast<long long>(rows), double(ns) / 1e9, perSecond(rows, ns), double(timer.wallNs()) / 1e9,
                    double(arena.bytesUsed()) / 1e6, double(arena.bytesUsed()) / double(rows));
        // The same amount of new memory written with memset: what the machine charges for the
        // memory alone (page faults, zeroing), to read the figure above against.
        timer.restart();
        const std::size_t bytes = std::size_t(arena.bytesUsed());
        char *plain = static_cast<char *>(std::malloc(bytes));
        std::memset(plain, 1, bytes);
        std::printf("  baseline: memset of as much new memory: cpu %.3f s (%d)\n", double(timer.cpuNsElapsed()) / 1e9,
                    plain[bytes / 2]);
        std::free(plain);
        quint64 sum = 0;
        timer.restart();
        for (qint64 i = 0; i < arena.size(); ++i)
            sum += arena.text(i, StudentField::IdNumber).size() + arena.identityHash(i);
        std::printf("arena read          %9lld rows  cpu %7.3f s  (checksum %llu)\n", static_cast<long long>(rows),
                    double(timer.cpuNsElapsed()) / 1e9, static_cast<unsigned long long>(sum % 1000));
    }

    if (wanted("convert")) {
        benchConverter("clean", clean, rows);
        benchConverter("messy", messy, rows);
    }

    // Header detection over the first 30 rows, as the preview does.
    if (wanted("header")) {
        QList<SourceRow> first;
        first.append(SourceRow {{s("2025年秋季学籍名单")}, {}, 1});
        first.append(SourceRow {{}, {}, 2});
        SourceRow header;
        header.cells = StudentColumns::chineseHeaderRow();
        header.line = 3;
        first.append(header);
        first.append(clean.mid(0, 27));
        constexpr int calls = 2000;
        int found = 0;
        Timer timer;
        for (int i = 0; i < calls; ++i)
            found += detectHeader(first).rowIndex == 2 ? 1 : 0;
        const qint64 ns = timer.cpuNsElapsed();
        std::printf("detectHeader        %9d calls cpu %7.3f s  %10.1f us/call (30 rows, found %d)\n", calls,
                    double(ns) / 1e9, double(ns) / 1e3 / calls, found);
        qint64 skipped = 0;
        timer.restart();
        for (qint64 i = 0; i < rows; ++i)
            skipped += classifyRow(clean.at(i % kPool), header.cells, 3) != RowSkip::None ? 1 : 0;
        const qint64 classifyNs = timer.cpuNsElapsed();
        std::printf("classifyRow         %9lld rows  cpu %7.3f s  %10.0f rows/s (%lld skipped)\n",
                    static_cast<long long>(rows), double(classifyNs) / 1e9, perSecond(rows, classifyNs),
                    static_cast<long long>(skipped));
    }

    // The report: one problem on every tenth row, then the grouping.
    if (wanted("report")) {
        ImportReport report;
        RowProblem problem;
        problem.code = QStringLiteral("id.check_char");
        problem.message = QStringLiteral("The last character of the ID number should be 5, not 6.");
        Timer timer;
        for (qint64 line = 2; line < rows + 2; line += 10) {
            problem.line = line;
            report.addProblem(problem);
        }
        const qint64 addNs = timer.cpuNsElapsed();
        timer.restart();
        const auto groups = report.groups();
        std::printf("report              %9lld problems cpu %5.3f s to add, %.3f s to group (%lld lines)\n",
                    static_cast<long long>(rows / 10), double(addNs) / 1e9, double(timer.cpuNsElapsed()) / 1e9,
                    static_cast<long long>(groups.isEmpty() ? 0 : groups.first().count));
    }
    return 0;
}
