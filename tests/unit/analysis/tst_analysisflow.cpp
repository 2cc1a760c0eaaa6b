// The analysis parts together, the way the import use case strings them: a messy roster with
// a title, notes, English headers, no ID-type column, a repeated header and a totals row.
#include "ColumnMapping.h"
#include "HeaderDetection.h"
#include "IdNumber.h"
#include "ImportReport.h"
#include "RowConverter.h"
#include "StudentArena.h"
#include "StudentHash.h"

#include <QHash>
#include <QTest>

using namespace cet;

namespace {

QString s(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

QString residentId(const char *first17)
{
    const QString f = QString::fromLatin1(first17);
    return f + residentIdCheckChar(f);
}

SourceRow row(qint64 line, const QStringList &cells)
{
    return SourceRow {cells, {}, line};
}

QStringList student(const QString &no, const QString &name, const QString &gender, const QString &id,
                    const QString &studentNo)
{
    return {no, name, gender, id, s("99101"), s("991010"), s("本科"), s("4"), s("2024-09-01"), s("2024级"),
            s("计算机学院"), s("软件工程"), s("1班"), studentNo, QString()};
}

} // namespace

class TestAnalysisFlow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void messyRoster()
    {
        const QString a = residentId("33010620040315123"); // male
        const QString b = residentId("11010520050101002"); // female
        QString bFullWidth;
        for (const QChar c : b)
            bFullWidth.append(c.isDigit() ? QChar(char16_t(c.unicode() + 0xFEE0)) : c);
        const QStringList header {s("No."), s("Student Name"), s("Sex"), s("ID No."), s("School Code"),
                                  s("Campus"), s("Education Level"), s("Years of Study"), s("Enrolment Year"),
                                  s("Grade"), s("College"), s("Major"), s("Class"), s("Student ID"), s("Remarks")};
        const QList<SourceRow> rows {
            row(1, {s("2025年秋季学籍名单")}),
            row(2, {}),
            row(3, {s("导出时间：2025-09-01")}),
            row(4, header),
            row(5, student(s("1"), s("张三"), QString(), a, s("0012345"))),
            row(6, student(s("2"), s("李娜"), s("女"), bFullWidth, s("0012346"))),
            row(7, student(s("3"), s("王伟"), s("男"), s("3.30106E+17"), s("0012347"))),
            row(8, {}),
            row(9, header),
            row(10, student(s("4"), s("张三"), s("男"), a, s("0012348"))), // the same student again
            row(11, {s("Total: 4")}),
        };

        const HeaderGuess guess = detectHeader(rows);
        QCOMPARE(guess.line, 4);
        QCOMPARE(guess.matchedColumns, 14);
        const ColumnMapping mapping = ColumnGuess::guess(rows.at(guess.rowIndex).cells);
        QVERIFY2(mapping.missingRequired().isEmpty(), qPrintable(ColumnGuess::missingMessages(mapping).join(u'\n')));
        QCOMPARE(mapping.columnOf(StudentField::IdType), std::nullopt);

        const RowConverter converter(mapping, QDate(2025, 9, 10));
        const qsizetype idColumn = *mapping.columnOf(StudentField::IdNumber);
        ImportReport report;
        StudentArena arena;
        QHash<quint64, qint64> lineOfIdentity;
        for (qsizetype i = guess.rowIndex + 1; i < rows.size(); ++i) {
            const SourceRow &r = rows.at(i);
            const RowSkip skip = classifyRow(r, header, idColumn);
            if (skip != RowSkip::None) {
                report.addSkipped(r.line, int(skip));
                continue;
            }
            const RowConversion c = converter.convert(r);
            report.addNormalisations(c.normalisations);
            for (const FieldIssue &issue : c.issues)
                report.addProblem({r.line, issue.field, issue.severity, issue.error.code, issue.error.message, {}});
            if (c.hasError())
                continue;
            const quint64 identity = studentIdentityHash(c.record.idType, c.record.idNumber);
            if (lineOfIdentity.contains(identity)) {
                report.addProblem({r.line, StudentField::IdNumber, FieldIssue::Severity::Error,
                                   QStringLiteral("duplicate.in_file"), QString(), c.record.idNumber});
                continue;
            }
            const qsizetype index = arena.append(c.record);
            QCOMPARE(arena.identityHash(index), identity);
            lineOfIdentity.insert(identity, r.line);
        }

        QCOMPARE(report.skippedRows(), 3);
        QCOMPARE(report.skippedRows(int(RowSkip::RepeatedHeader)), 1);
        QCOMPARE(report.skippedRows(int(RowSkip::Totals)), 1);
        QCOMPARE(arena.size(), 2);
        const StudentRecord first = arena.record(0);
        QCOMPARE(first.idType, IdType::ResidentId);
        QCOMPARE(first.gender, Gender::Male);
        QCOMPARE(first.enrolYear, 2024);
        QCOMPARE(first.grade, s("2024级"));
        QCOMPARE(first.studentNo, s("0012345"));
        QCOMPARE(arena.record(1).idNumber, b);

        const QList<ReportGroup> groups = report.groups();
        QCOMPARE(groups.size(), 2);
        QCOMPARE(groups.at(0).code, QStringLiteral("duplicate.in_file"));
        QCOMPARE(groups.at(0).lines, QList<qint64> {10});
        QCOMPARE(groups.at(1).code, QStringLiteral("id.scientific_notation"));
        QCOMPARE(groups.at(1).lines, QList<qint64> {7});

        const auto counts = report.normalisationCounts();
        QCOMPARE(counts.value(int(Normalisation::IdTypeDefaulted)), 3); // rows 5, 6 and 10
        QCOMPARE(counts.value(int(Normalisation::GenderFromId)), 1);
        QCOMPARE(counts.value(int(Normalisation::FullWidth)), 1);
        QCOMPARE(report.normalisationMessages().size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestAnalysisFlow)
#include "tst_analysisflow.moc"
