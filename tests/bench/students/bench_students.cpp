// bench_students: the Students page's queries over a large generated roster.
//   bench_students [--rows N] [--db PATH] [--fresh]
// Reuses PATH when it already holds N students; otherwise (re)creates it.
#include "Database.h"
#include "StudentRepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace cet;

namespace {

QString u(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

// A valid-looking resident ID: region, birth date, sequence, ISO 7064 MOD 11-2 check character.
QString residentId(const QString &region, int year, int month, int day, int seq)
{
    QString s = region + QStringLiteral("%1%2%3%4")
                             .arg(year, 4, 10, QLatin1Char('0'))
                             .arg(month, 2, 10, QLatin1Char('0'))
                             .arg(day, 2, 10, QLatin1Char('0'))
                             .arg(seq, 3, 10, QLatin1Char('0'));
    static const int weights[] = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += (s.at(i).unicode() - '0') * weights[i];
    return s + QLatin1Char("10X98765432"[sum % 11]);
}

QList<StudentRecord> generate(qint64 first, int n, QRandomGenerator &rng)
{
    static const QStringList surnames = u("王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 朱 胡 郭 何 高 林 罗 郑 梁 谢 宋 唐 许 韩 冯 邓 曹 欧阳 司马").split(QLatin1Char(' '));
    static const QStringList givenChars = u("伟 芳 娜 秀 英 敏 静 丽 强 磊 军 洋 勇 艳 杰 娟 涛 明 超 霞 平 刚 桂 华 建 文 辉 玲 鹏 飞 宇 浩 然 子 轩 欣 怡 思 雨 晨 博 嘉 佳 琪 梓 涵 一 诺 俊 凯").split(QLatin1Char(' '));
    static const QStringList regions = { QStringLiteral("110101"), QStringLiteral("110105"), QStringLiteral("310104"),
                                         QStringLiteral("320102"), QStringLiteral("330106"), QStringLiteral("370102"),
                                         QStringLiteral("420106"), QStringLiteral("440305"), QStringLiteral("510107"),
                                         QStringLiteral("610113"), QStringLiteral("130102"), QStringLiteral("410105"),
                                         QStringLiteral("430104"), QStringLiteral("500103"), QStringLiteral("210102"),
                                         QStringLiteral("350203"), QStringLiteral("360102"), QStringLiteral("450103"),
                                         QStringLiteral("520102"), QStringLiteral("530102") };
    static const QStringList campuses = { QStringLiteral("100011"), QStringLiteral("100012"), QStringLiteral("100013") };
    static const QStringList departments = u("计算机学院 外国语学院 数学科学学院 物理学院 经济管理学院 法学院 医学院 艺术学院").split(QLatin1Char(' '));
    static const QStringList majors = u("软件工程 英语 应用数学 物理学 会计学 法学 临床医学 美术学").split(QLatin1Char(' '));
    QList<StudentRecord> out;
    out.reserve(n);
    for (int i = 0; i < n; ++i) {
        const qint64 k = first + i;
        StudentRecord r;
        // Surnames follow a rough frequency curve: the first ones are much more common.
        const int si = int(std::min<quint32>(rng.bounded(surnames.size()), rng.bounded(surnames.size())));
        r.name = surnames.at(si) + givenChars.at(rng.bounded(givenChars.size()));
        if (rng.bounded(3) != 0)
            r.name += givenChars.at(rng.bounded(givenChars.size()));
        r.gender = rng.bounded(2) ? Gender::Male : Gender::Female;
        r.idType = IdType::ResidentId;
        const int gradeYear = 2019 + int(rng.bounded(7));
        // Unique by construction: the sequence and day encode k.
        r.idNumber = residentId(regions.at(int(k % regions.size())), gradeYear - 18 - int(rng.bounded(3)),
                                1 + int((k / 20) % 12), 1 + int((k / 240) % 28), int((k / 6720) % 1000));
        r.schoolCode = QStringLiteral("10001");
        r.campusCode = campuses.at(rng.bounded(campuses.size()));
        const quint32 e = rng.bounded(100);
        r.education = e < 10 ? Education::JuniorCollege : e < 80 ? Education::Bachelor : e < 96 ? Education::Master
                                                                                                : Education::Doctorate;
        r.programYears = r.education == Education::JuniorCollege ? 3 : r.education == Education::Bachelor ? 4 : 3;
        r.enrolYear = gradeYear;
        r.grade = QString::number(gradeYear);
        const int d = int(rng.bounded(departments.size()));
        r.department = departments.at(d);
        r.major = majors.at(d);
        r.className = r.major + QString::number(gradeYear % 100) + QStringLiteral("%1班").arg(1 + rng.bounded(6));
        r.studentNo = QStringLiteral("%1%2").arg(gradeYear).arg(k, 8, 10, QLatin1Char('0'));
        out.append(r);
    }
    return out;
}

double peakRssMb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1;
}

void die(const Error &e)
{
    std::fprintf(stderr, "error: %s: %s (%s)\n", qPrintable(e.code), qPrintable(e.message), qPrintable(e.detail));
    std::exit(1);
}

// Runs `fn` `times` times; prints min and median.
void measure(const char *what, const char *target, int times, const std::function<QString()> &fn)
{
    QList<double> ms;
    QString info;
    for (int i = 0; i < times; ++i) {
        QElapsedTimer t;
        t.start();
        info = fn();
        ms << t.nsecsElapsed() / 1e6;
    }
    std::sort(ms.begin(), ms.end());
    std::printf("  %-44s min %8.2f  median %8.2f ms   target %-8s %s\n", what, ms.first(), ms.at(ms.size() / 2), target,
                qPrintable(info));
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({ QStringLiteral("rows"), QStringLiteral("Number of students."), QStringLiteral("N"),
                       QStringLiteral("1000000") });
    parser.addOption({ QStringLiteral("db"), QStringLiteral("Database file (reused if it has N rows)."),
                       QStringLiteral("PATH") });
    parser.addOption({ QStringLiteral("fresh"), QStringLiteral("Always refill, never reuse the database.") });
    parser.process(app);
    const qint64 rows = parser.value(QStringLiteral("rows")).toLongLong();
    QTemporaryDir tmp;
    const QString path = parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db"))
                                                            : tmp.filePath(QStringLiteral("bench.sqlite"));
    std::printf("bench_students: %lld rows, %s\n", rows, qPrintable(path));

    // Fill (or reuse).
    {
        bool reuse = false;
        if (QFile::exists(path) && !parser.isSet(QStringLiteral("fresh"))) {
            auto db = Database::open(path);
            if (db && StudentRepository(*db.value()).count().value() == rows)
                reuse = true;
        }
        if (!reuse) {
            for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
                QFile::remove(path + suffix);
            auto db = Database::open(path);
            if (!db)
                die(db.error());
            StudentRepository repo(*db.value());
            QRandomGenerator rng(12345);
            QElapsedTimer t;
            t.start();
            constexpr int chunk = 50000;
            for (qint64 done = 0; done < rows; done += chunk) {
                QList<StudentRecord> batch = generate(done, int(std::min<qint64>(chunk, rows - done)), rng);
                if (auto r = repo.insert(batch); !r)
                    die(r.error());
            }
            std::printf("  fill: %lld rows in %.1f s (%.0f rows/s, generation included)\n", rows, t.elapsed() / 1000.0,
                        rows / (t.elapsed() / 1000.0));
        } else {
            std::printf("  fill: reusing the existing database\n");
        }
    }

    const auto window = [&](Database &db, const StudentQuery &q, qint64 offset = 0) {
        StudentRepository repo(db);
        auto n = repo.count(q.filter);
        if (!n)
            die(n.error());
        auto rowsGot = repo.fetch(q, offset, 200);
        if (!rowsGot)
            die(rowsGot.error());
        return QStringLiteral("(%1 matches, %2 rows, first %3)")
            .arg(n.value())
            .arg(rowsGot.value().size())
            .arg(rowsGot.value().isEmpty() ? QString() : rowsGot.value().first().name);
    };

    std::printf("Students page (count + first window of 200; fresh repository each time, so no cached counts):\n");
    measure("open + count + first window", "200", 5, [&] {
        auto db = Database::open(path);
        if (!db)
            die(db.error());
        return window(*db.value(), {});
    });

    auto opened = Database::open(path);
    if (!opened)
        die(opened.error());
    Database &db = *opened.value();
    const auto search = [](const QString &s) { return StudentQuery{ { s, {}, {}, {}, {} }, std::nullopt, false }; };
    measure("name search \"王\"", "50", 7, [&] { return window(db, search(u("王"))); });
    measure("name prefix \"李芳\"", "50", 7, [&] { return window(db, search(u("李芳"))); });
    measure("ID prefix \"110101\"", "50", 7, [&] { return window(db, search(QStringLiteral("110101"))); });
    measure("ID prefix \"4403052001\"", "50", 7, [&] { return window(db, search(QStringLiteral("4403052001"))); });
    measure("student-no prefix \"20230001\"", "50", 7, [&] { return window(db, search(QStringLiteral("20230001"))); });
    measure("campus = 100012", "50", 7, [&] {
        return window(db, { { {}, QStringLiteral("100012"), {}, {}, {} }, std::nullopt, false });
    });
    measure("department + grade", "50", 7, [&] {
        return window(db, { { {}, {}, u("法学院"), QStringLiteral("2021"), {} }, std::nullopt, false });
    });
    measure("education = doctorate", "50", 7, [&] {
        return window(db, { { {}, {}, {}, {}, Education::Doctorate }, std::nullopt, false });
    });
    measure("campus + dept + grade + education", "50", 7, [&] {
        return window(db, { { {}, QStringLiteral("100011"), u("医学院"), QStringLiteral("2020"), Education::Master },
                            std::nullopt, false });
    });
    measure("name search \"王\" + campus", "-", 7, [&] {
        return window(db, { { u("王"), QStringLiteral("100011"), {}, {}, {} }, std::nullopt, false });
    });
    measure("sorted by name, first window", "50", 7, [&] { return window(db, { {}, StudentField::Name, false }); });
    measure("sorted by name desc, first window", "50", 7, [&] { return window(db, { {}, StudentField::Name, true }); });
    measure("campus filter sorted by name", "-", 7, [&] {
        return window(db, { { {}, QStringLiteral("100012"), {}, {}, {} }, StudentField::Name, false });
    });
    measure("sorted by major (no index), first window", "-", 3, [&] {
        return window(db, { {}, StudentField::Major, false });
    });
    measure("deep window, offset 900000", "-", 5, [&] { return window(db, {}, std::min<qint64>(900000, rows - 200)); });
    measure("deep window sorted by name, offset 900000", "-", 5, [&] {
        return window(db, { {}, StudentField::Name, false }, std::min<qint64>(900000, rows - 200));
    });
    for (auto [field, label] : { std::pair{ StudentField::CampusCode, "distinctValues(campus)" },
                                 std::pair{ StudentField::Department, "distinctValues(department)" },
                                 std::pair{ StudentField::Grade, "distinctValues(grade)" } }) {
        measure(label, "-", 7, [&, field = field] {
            auto v = StudentRepository(db).distinctValues(field);
            if (!v)
                die(v.error());
            return QStringLiteral("(%1 values)").arg(v.value().size());
        });
    }
    std::printf("  peak RSS (VmHWM): %.1f MB\n", peakRssMb());
    return 0;
}
