// The import use case end to end on real files and a real SQLite database: preview, analyse
// (report + plan), commit, re-import, all-or-nothing, deletes, cancel, profiles.
#include "Database.h"
#include "IdMask.h"
#include "RejectedRowSpool.h"
#include "StudentImport.h"
#include "StudentRepository.h"

#include <QFile>
#include <QMap>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace cet;

namespace {

const QDate kToday(2026, 9, 1);

QString residentId(const QString &first17)
{
    static const int weights[] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += (first17.at(i).unicode() - '0') * weights[i];
    return first17 + QLatin1Char("10X98765432"[sum % 11]);
}

// Student k: a male resident (odd sequence digit) born 2004, 学号 with leading zeros.
QString idOf(int k)
{
    return residentId(u"11010120040101"_qs + QString::number(100 + k * 2 + 1).right(3));
}

QString rowOf(int k, const QString &name = {}, const QString &major = u"软件工程"_qs)
{
    return (name.isEmpty() ? u"学生%1"_qs.arg(k) : name) + u",男,居民身份证,"_qs + idOf(k)
        + u",10335,103351,本科,4,2022,2022级,计算机学院,"_qs + major + u",软件2201,00%1,"_qs.arg(22000 + k);
}

const QString kHeader = u"姓名,性别,证件类型,证件号码,学校代码,校区代码,学历,学制,入学年份,年级,院系,专业,班级,学号,备注"_qs;

} // namespace

class TestStudentImport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;

    QString writeFile(const QString &name, const QStringList &lines)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            qFatal("cannot write %s", qPrintable(path));
        file.write((lines.join(u"\r\n"_qs) + u"\r\n"_qs).toUtf8());
        return path;
    }

    std::shared_ptr<ImportAnalysis> analyse(const QString &path)
    {
        auto preview = StudentImport::preview(path);
        if (!preview) {
            qWarning() << preview.error().code << preview.error().message;
            return {};
        }
        ImportProgress progress;
        auto analysis = StudentImport::analyse(*m_db, preview.value().request, progress, kToday);
        if (!analysis) {
            qWarning() << analysis.error().code << analysis.error().message;
            return {};
        }
        return analysis.value();
    }

    qint64 liveCount()
    {
        StudentRepository students(*m_db);
        return students.count().value();
    }

private slots:
    void initTestCase()
    {
        // Profiles from an earlier run of this test would make the first preview remembered.
        QSettings().remove(u"importProfiles"_qs);
    }

    void init()
    {
        QVERIFY(m_dir.isValid());
        QFile::remove(m_dir.filePath(u"db.sqlite"_qs));
        auto db = Database::open(m_dir.filePath(u"db.sqlite"_qs));
        QVERIFY2(db, qPrintable(db ? QString() : db.error().message));
        m_db = std::move(db.value());
    }

    void cleanup() { m_db.reset(); }

    void previewFindsHeaderBelowTitleRows()
    {
        const QString path = writeFile(u"titled.csv"_qs, {u"2026年秋季学籍名单"_qs, QString(), kHeader, rowOf(1), rowOf(2)});
        auto preview = StudentImport::preview(path);
        QVERIFY2(preview, qPrintable(preview ? QString() : preview.error().message));
        QCOMPARE(preview.value().request.headerLine, 3);
        QVERIFY(preview.value().request.mapping.missingRequired().isEmpty());
        QCOMPARE(preview.value().request.mapping.columnOf(StudentField::IdNumber), std::optional<qsizetype>(3));
    }

    // The workbook LibreOffice 7.4 wrote (tests/data/import/libreoffice.xlsx): instructions on
    // the first sheet, the roster on the second below a merged title, a totals row at the end.
    void libreOfficeWorkbook()
    {
        const QString path = QStringLiteral(CETDESK_TEST_DATA_DIR "/import/libreoffice.xlsx");
        auto preview = StudentImport::preview(path);
        QVERIFY2(preview, qPrintable(preview ? QString() : preview.error().message));
        QCOMPARE(preview.value().request.format.sheet, 1);
        QCOMPARE(preview.value().request.headerLine, 2);
        QVERIFY(preview.value().request.mapping.missingRequired().isEmpty());
        auto a = analyse(path);
        QVERIFY(a);
        QCOMPARE(a->rowsRead, 3); // the totals row is skipped
        QCOMPARE(a->inserts, 2);
        QCOMPARE(a->rejected, 1);
        QMap<QString, QList<qint64>> lines;
        for (const ReportGroup &group : a->report.groups())
            lines.insert(group.code, group.lines);
        // 王芳's ID number was typed as a number and lost its last digits: an error on its line.
        QCOMPARE(lines.value(u"id.scientific_notation"_qs), QList<qint64> {5});
        // 李刚's 学号 was typed as a number: imported, with a warning that leading zeros may be gone.
        QCOMPARE(lines.value(u"student_no.number_cell"_qs), QList<qint64> {4});
        QCOMPARE(lines.size(), 2);
        ImportProgress progress;
        auto outcome = StudentImport::commit(*m_db, *a, {}, u"tester"_qs, progress);
        QVERIFY2(outcome, qPrintable(outcome ? QString() : outcome.error().message));
        QCOMPARE(outcome.value().commit.inserted, 2);
        StudentRepository students(*m_db);
        const auto zhang = students.byIdentity(IdType::ResidentId, u"11010519491231002X"_qs).value();
        QVERIFY(zhang);
        QCOMPARE(zhang->studentNo, u"0012345"_qs);
        QCOMPARE(zhang->note, u"转专业 & 复学"_qs);
        QCOMPARE(zhang->programYears, 4);
        QCOMPARE(zhang->gender, Gender::Female);
        const auto li = students.byIdentity(IdType::ResidentId, u"440305200102031235"_qs).value();
        QVERIFY(li);
        QCOMPARE(li->studentNo, u"190001"_qs);
        QCOMPARE(li->education, Education::Master);
    }

    void firstImportThenUnchangedReimport()
    {
        QStringList lines {kHeader};
        for (int k = 0; k < 50; ++k)
            lines << rowOf(k);
        const QString path = writeFile(u"roster.csv"_qs, lines);
        auto a = analyse(path);
        QVERIFY(a);
        QCOMPARE(a->rowsRead, 50);
        QCOMPARE(a->inserts, 50);
        QCOMPARE(a->rejected, 0);
        QCOMPARE(a->fileSha256.size(), 64);
        ImportProgress progress;
        auto outcome = StudentImport::commit(*m_db, *a, {}, u"tester"_qs, progress);
        QVERIFY2(outcome, qPrintable(outcome ? QString() : outcome.error().message));
        QCOMPARE(outcome.value().commit.inserted, 50);
        QCOMPARE(liveCount(), 50);
        StudentRepository students(*m_db);
        const auto stored = students.byIdentity(IdType::ResidentId, idOf(7)).value();
        QVERIFY(stored);
        QCOMPARE(stored->studentNo, u"0022007"_qs); // leading zeros kept

        auto again = analyse(path);
        QVERIFY(again);
        QCOMPARE(again->unchanged, 50);
        QCOMPARE(again->inserts + again->updates, 0);
        QVERIFY(again->missingIds.isEmpty());
    }

    void planShowsChangesMissingRejectedAndDuplicates()
    {
        QStringList lines {kHeader};
        for (int k = 0; k < 10; ++k)
            lines << rowOf(k);
        auto first = analyse(writeFile(u"v1.csv"_qs, lines));
        QVERIFY(first);
        ImportProgress progress;
        QVERIFY(StudentImport::commit(*m_db, *first, {}, u"tester"_qs, progress));

        QStringList v2 {kHeader};
        for (int k = 0; k < 9; ++k) // student 9 left out
            v2 << rowOf(k, {}, k == 3 ? u"人工智能"_qs : u"软件工程"_qs);
        v2 << rowOf(10);                                           // new
        v2 << rowOf(4);                                            // duplicate of line 6
        QString wrongCheck = idOf(11);
        wrongCheck[17] = wrongCheck.at(17) == u'0' ? u'1' : u'0';
        v2 << QString(rowOf(11)).replace(idOf(11), wrongCheck); // wrong check character
        auto a = analyse(writeFile(u"v2.csv"_qs, v2));
        QVERIFY(a);
        QCOMPARE(a->updates, 1);
        QCOMPARE(a->inserts, 1);
        QCOMPARE(a->unchanged, 8);
        QCOMPARE(a->missingIds.size(), 1);
        QVERIFY(a->rejected >= 1);
        QCOMPARE(a->rejectedRows->size(), a->rejected);

        bool duplicateShown = false;
        for (const DuplicatePair &pair : a->report.duplicates()) {
            if (pair.code == u"duplicate.in_file"_qs) {
                QCOMPARE(pair.line, 12);
                QCOMPARE(pair.otherLine, 6);
                duplicateShown = true;
            }
        }
        QVERIFY(duplicateShown);
        bool grouped = false;
        for (const ReportGroup &group : a->report.groups()) {
            if (group.code == u"duplicate.in_file"_qs) {
                QCOMPARE(group.lines, QList<qint64> {12});
                grouped = true;
            }
        }
        QVERIFY(grouped);
        bool masked = false;
        for (const RowProblem &problem : a->report.problems()) {
            if (problem.code == u"duplicate.in_file"_qs) {
                QVERIFY2(!problem.message.contains(idOf(4)), qPrintable(problem.message));
                masked = problem.message.contains(maskIdNumber(IdType::ResidentId, idOf(4)));
            }
        }
        QVERIFY(masked);

        auto changes = StudentImport::changedRows(*m_db, *a, 0, 10);
        QVERIFY(changes);
        QCOMPARE(changes.value().size(), 1);
        QCOMPARE(changes.value().first().line, 5);
        QCOMPARE(changes.value().first().changedFields, QList<StudentField> {StudentField::Major});
        QCOMPARE(changes.value().first().before.major, u"软件工程"_qs);
        QCOMPARE(changes.value().first().after.major, u"人工智能"_qs);

        auto missing = StudentImport::missingRecords(*m_db, *a, 0, 10);
        QVERIFY(missing);
        QCOMPARE(missing.value().size(), 1);
        QCOMPARE(missing.value().first().idNumber, idOf(9));

        // All or nothing refuses and writes nothing.
        auto refused = StudentImport::commit(*m_db, *a, {ImportMode::AllOrNothing, false}, u"tester"_qs, progress);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, u"import.has_rejected"_qs);
        QCOMPARE(liveCount(), 10);

        // Valid rows, keeping the missing student: every row the report accepted is written.
        auto outcome = StudentImport::commit(*m_db, *a, {}, u"tester"_qs, progress);
        QVERIFY2(outcome, qPrintable(outcome ? QString() : outcome.error().message));
        QCOMPARE(outcome.value().commit.inserted, a->inserts);
        QCOMPARE(outcome.value().commit.updated, a->updates);
        QCOMPARE(liveCount(), 11);
        StudentRepository students(*m_db);
        QCOMPARE(students.byIdentity(IdType::ResidentId, idOf(3)).value()->major, u"人工智能"_qs);
    }

    void deleteMissingOnlyWhenAsked()
    {
        QStringList lines {kHeader};
        for (int k = 0; k < 5; ++k)
            lines << rowOf(k);
        auto first = analyse(writeFile(u"five.csv"_qs, lines));
        QVERIFY(first);
        ImportProgress progress;
        QVERIFY(StudentImport::commit(*m_db, *first, {}, u"tester"_qs, progress));
        auto fewer = analyse(writeFile(u"three.csv"_qs, lines.mid(0, 4)));
        QVERIFY(fewer);
        QCOMPARE(fewer->missingIds.size(), 2);
        auto outcome = StudentImport::commit(*m_db, *fewer, {ImportMode::ValidRows, true}, u"tester"_qs, progress);
        QVERIFY2(outcome, qPrintable(outcome ? QString() : outcome.error().message));
        QCOMPARE(outcome.value().deleted, 2);
        QCOMPARE(liveCount(), 3);
    }

    void staleAnalysisIsRefusedAtCommit()
    {
        QStringList lines {kHeader};
        for (int k = 0; k < 3; ++k)
            lines << rowOf(k);
        auto first = analyse(writeFile(u"three.csv"_qs, lines));
        QVERIFY(first);
        ImportProgress progress;
        QVERIFY(StudentImport::commit(*m_db, *first, {}, u"tester"_qs, progress));
        lines[1] = rowOf(0, u"改名"_qs);
        auto a = analyse(writeFile(u"changed.csv"_qs, lines));
        QVERIFY(a);
        QCOMPARE(a->updates, 1);
        // Someone edits the same student between the plan and the commit.
        StudentRepository students(*m_db);
        const StudentRecord before = *students.byIdentity(IdType::ResidentId, idOf(0)).value();
        StudentRecord after = before;
        after.note = u"edited meanwhile"_qs;
        QVERIFY(students.update(before, after, u"other"_qs));
        auto outcome = StudentImport::commit(*m_db, *a, {}, u"tester"_qs, progress);
        QVERIFY(!outcome);
        QCOMPARE(outcome.error().code, u"import.stale_plan"_qs);
        QCOMPARE(students.byIdentity(IdType::ResidentId, idOf(0)).value()->name, u"学生0"_qs);
    }

    void cancelledAnalysisChangesNothing()
    {
        QStringList lines {kHeader};
        for (int k = 0; k < 20; ++k)
            lines << rowOf(k);
        auto preview = StudentImport::preview(writeFile(u"cancel.csv"_qs, lines));
        QVERIFY(preview);
        ImportProgress progress;
        progress.cancelRequested = true;
        auto analysis = StudentImport::analyse(*m_db, preview.value().request, progress, kToday);
        QVERIFY(!analysis);
        QCOMPARE(analysis.error().code, u"import.cancelled"_qs);
        QCOMPARE(liveCount(), 0);
    }

    void missingRequiredColumnIsRefused()
    {
        const QString path = writeFile(u"noid.csv"_qs, {u"姓名,性别,学历,年级"_qs, u"张三,男,本科,2022级"_qs});
        auto preview = StudentImport::preview(path);
        QVERIFY(preview);
        QVERIFY(preview.value().request.mapping.missingRequired().contains(StudentField::IdNumber));
        ImportProgress progress;
        auto analysis = StudentImport::analyse(*m_db, preview.value().request, progress, kToday);
        QVERIFY(!analysis);
        QCOMPARE(analysis.error().code, u"import.mapping_incomplete"_qs);
    }

    void rejectedRowsKeepTheirOriginalCells()
    {
        const QString bad = u"张三,男,居民身份证,3.30106E+17,10335,103351,本科,4,2022,2022级,计算机学院,软件工程,软件2201,0022001,"_qs;
        auto a = analyse(writeFile(u"sci.csv"_qs, {kHeader, rowOf(1), bad}));
        QVERIFY(a);
        QCOMPARE(a->rejected, 1);
        int seen = 0;
        QVERIFY(a->rejectedRows->forEach([&](const RejectedRowSpool::Entry &entry) {
            ++seen;
            [&] {
                QCOMPARE(entry.row.line, 3);
                QCOMPARE(entry.row.cells.value(3), u"3.30106E+17"_qs);
                QVERIFY(entry.codes.contains(u"id.scientific_notation"_qs));
            }();
            return true;
        }));
        QCOMPARE(seen, 1);
    }

    void mappingIsRememberedPerSource()
    {
        // An unusual header: "证件" is not a synonym; the user maps it by hand once.
        const QString header = u"姓名,证件,证件类型,学校代码,校区代码,学历,学制,入学年份,年级"_qs;
        const QString row = u"张三,"_qs + idOf(1) + u",居民身份证,10335,103351,本科,4,2022,2022级"_qs;
        const QString path = writeFile(u"custom.csv"_qs, {header, row});
        auto preview = StudentImport::preview(path);
        QVERIFY(preview);
        QVERIFY(!preview.value().profile.has_value());
        ImportRequest request = preview.value().request;
        request.mapping.fields[1] = StudentField::IdNumber;
        ImportProgress progress;
        auto a = StudentImport::analyse(*m_db, request, progress, kToday);
        QVERIFY2(a, qPrintable(a ? QString() : a.error().message));
        QVERIFY(StudentImport::commit(*m_db, *a.value(), {}, u"tester"_qs, progress));
        auto next = StudentImport::preview(path);
        QVERIFY(next);
        QVERIFY(next.value().profile.has_value());
        QCOMPARE(next.value().profile->fileName, u"custom.csv"_qs);
        QVERIFY(next.value().profile->savedAt.isValid());
        QCOMPARE(next.value().request.mapping.columnOf(StudentField::IdNumber), std::optional<qsizetype>(1));
    }
};

QTEST_GUILESS_MAIN(TestStudentImport)
#include "tst_studentimport.moc"
