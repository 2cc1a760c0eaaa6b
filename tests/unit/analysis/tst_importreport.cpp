#include "HeaderDetection.h"
#include "ImportReport.h"
#include "RowConverter.h"

#include <QTest>

using namespace cet;

namespace {

using Sev = FieldIssue::Severity;

RowProblem problem(qint64 line, const char *code, Sev severity = Sev::Error,
                   std::optional<StudentField> field = StudentField::IdNumber)
{
    RowProblem p;
    p.line = line;
    p.field = field;
    p.severity = severity;
    p.code = QString::fromLatin1(code);
    p.message = QStringLiteral("message %1").arg(line);
    p.value = QStringLiteral("value %1").arg(line);
    return p;
}

} // namespace

class TestImportReport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void groupingAndOrder()
    {
        ImportReport report;
        report.addProblem(problem(2, "student_no.number_cell", Sev::Warning, StudentField::StudentNo));
        report.addProblem(problem(3, "id.check_char"));
        report.addProblem(problem(4, "student.required", Sev::Error, StudentField::Name));
        report.addProblem(problem(4, "student.required", Sev::Error, StudentField::Grade)); // same row: counted once
        report.addProblem(problem(5, "id.check_char"));
        report.addProblem(problem(6, "student_no.number_cell", Sev::Warning, StudentField::StudentNo));
        report.addProblem(problem(7, "id.number_cell", Sev::Warning));
        report.addProblem(problem(7, "id.check_char"));
        report.addProblem(problem(8, "student.required", Sev::Error, StudentField::Name));
        report.addProblem(problem(9, "student_no.number_cell", Sev::Warning, StudentField::StudentNo));
        // Added later, out of file order (student numbers checked against the database).
        report.addProblem(problem(5, "duplicate.student_no_in_db", Sev::Warning, StudentField::StudentNo));
        report.addProblem(problem(1, "duplicate.student_no_in_db", Sev::Warning, StudentField::StudentNo));
        report.addProblem(problem(5, "duplicate.student_no_in_db", Sev::Warning, StudentField::StudentNo));

        const QList<ReportGroup> groups = report.groups();
        QStringList order;
        for (const ReportGroup &g : groups)
            order.append(QStringLiteral("%1=%2").arg(g.code).arg(g.count));
        QCOMPARE(order, (QStringList {QStringLiteral("id.check_char=3"), QStringLiteral("student.required=2"),
                                      QStringLiteral("student_no.number_cell=3"),
                                      QStringLiteral("duplicate.student_no_in_db=2"),
                                      QStringLiteral("id.number_cell=1")}));
        QCOMPARE(groups.at(0).lines, (QList<qint64> {3, 5, 7}));
        QCOMPARE(groups.at(0).severity, Sev::Error);
        QCOMPARE(groups.at(1).lines, (QList<qint64> {4, 8}));
        QCOMPARE(groups.at(2).severity, Sev::Warning);
        QCOMPARE(groups.at(3).lines, (QList<qint64> {1, 5}));
        QVERIFY(!groups.at(0).title.isEmpty() && groups.at(0).title != groups.at(0).code);
        QVERIFY(!groups.at(0).suggestion.isEmpty());

        QCOMPARE(report.problems().size(), 13);
        QCOMPARE(report.errorCount(), 6);
        QCOMPARE(report.warningCount(), 7);
        QCOMPARE(report.truncatedProblems(), 0);
        const QList<RowProblem> seven = report.problemsOfLine(7);
        QCOMPARE(seven.size(), 2);
        QCOMPARE(seven.at(0).code, QStringLiteral("id.number_cell"));
        QCOMPARE(seven.at(1).value, QStringLiteral("value 7"));
        QVERIFY(report.problemsOfLine(100).isEmpty());
    }

    void sameCodeAsErrorAndWarningAreTwoGroups()
    {
        ImportReport report;
        report.addProblem(problem(2, "x.code", Sev::Warning));
        report.addProblem(problem(3, "x.code", Sev::Error));
        const auto groups = report.groups();
        QCOMPARE(groups.size(), 2);
        QCOMPARE(groups.at(0).severity, Sev::Error);
        QCOMPARE(groups.at(1).severity, Sev::Warning);
        QCOMPARE(groups.at(0).title, QStringLiteral("x.code")); // unknown codes show themselves
        QVERIFY(groups.at(0).suggestion.isEmpty());
    }

    void truncationKeepsEveryLine()
    {
        ImportReport report;
        const qint64 total = ImportReport::MaxProblemDetails + 2500;
        for (qint64 line = 2; line < total + 2; ++line)
            report.addProblem(problem(line, line % 2 ? "id.check_char" : "id.area"));
        QCOMPARE(report.problems().size(), ImportReport::MaxProblemDetails);
        QCOMPARE(report.truncatedProblems(), 2500);
        QCOMPARE(report.problems().last().line, ImportReport::MaxProblemDetails + 1);
        qint64 lines = 0;
        for (const ReportGroup &g : report.groups())
            lines += g.lines.size();
        QCOMPARE(lines, total);
        // Equal counts: ordered by code.
        QCOMPARE(report.groups().at(0).code, QStringLiteral("id.area"));
        QCOMPARE(report.groups().at(0).lines.last(), total);
        QCOMPARE(report.groups().at(1).lines.last(), total + 1);
        QVERIFY(report.problemsOfLine(total).isEmpty()); // past the details
        QCOMPARE(report.problemsOfLine(10).size(), 1);
    }

    void duplicatesCapped()
    {
        ImportReport report;
        DuplicatePair pair;
        pair.code = QStringLiteral("duplicate.in_file");
        for (qint64 i = 0; i < ImportReport::MaxDuplicateDetails + 5; ++i) {
            pair.line = i + 10;
            pair.otherLine = 2;
            report.addDuplicate(pair);
        }
        QCOMPARE(report.duplicates().size(), ImportReport::MaxDuplicateDetails);
        QCOMPARE(report.truncatedDuplicates(), 5);
        QCOMPARE(report.duplicates().first().line, 10);
    }

    void normalisations()
    {
        ImportReport report;
        QVERIFY(report.normalisationMessages().isEmpty());
        for (int i = 0; i < 12; ++i)
            report.addNormalisations(quint8(Normalisation::FullWidth));
        report.addNormalisations(quint8(Normalisation::LowerCaseX) | quint8(Normalisation::GenderFromId));
        report.addNormalisations(0);
        const auto counts = report.normalisationCounts();
        QCOMPARE(counts.value(int(Normalisation::FullWidth)), 12);
        QCOMPARE(counts.value(int(Normalisation::LowerCaseX)), 1);
        QCOMPARE(counts.value(int(Normalisation::GenderFromId)), 1);
        QCOMPARE(counts.value(int(Normalisation::Spaces)), 0);
        const QStringList messages = report.normalisationMessages();
        QCOMPARE(messages.size(), 3);
        QVERIFY2(messages.at(0).startsWith(QStringLiteral("12 ")) && messages.at(0).contains(QStringLiteral("full-width")),
                 qPrintable(messages.at(0)));
        QVERIFY2(messages.at(1).startsWith(QStringLiteral("1 ")) && messages.at(1).contains(QStringLiteral("x")),
                 qPrintable(messages.at(1)));
        QVERIFY(!messages.at(1).contains(QStringLiteral("%n")));
        QVERIFY(messages.at(2).contains(QStringLiteral("gender")));

        ImportReport all;
        all.addNormalisations(0x3F);
        QCOMPARE(all.normalisationMessages().size(), 6);
    }

    void skipped()
    {
        ImportReport report;
        report.addSkipped(5, int(RowSkip::Blank));
        report.addSkipped(6, int(RowSkip::Blank));
        report.addSkipped(900, int(RowSkip::Totals));
        QCOMPARE(report.skippedRows(), 3);
        QCOMPARE(report.skippedRows(int(RowSkip::Blank)), 2);
        QCOMPARE(report.skippedRows(int(RowSkip::Totals)), 1);
        QCOMPARE(report.skippedRows(int(RowSkip::Note)), 0);
        QVERIFY(report.groups().isEmpty());
    }

    void everyCodeHasATitleAndSuggestion_data()
    {
        QTest::addColumn<QString>("code");
        for (const char *code :
             {"student.required", "student.school_code", "student.campus_code", "student.campus_school_mismatch",
              "student.program_years", "student.enrol_year", "student.gender_mismatch", "student.gender_unknown",
              "student.education_unknown", "id.type_not_accepted", "id.type_unknown", "id.empty",
              "id.scientific_notation", "id.format", "id.area", "id.birth_date", "id.check_char", "label.gender",
              "label.id_type", "label.education", "id.number_cell", "student_no.number_cell", "number.format",
              "text.too_long", "duplicate.in_file", "duplicate.student_no_in_file", "duplicate.student_no_in_db"})
            QTest::newRow(code) << QString::fromLatin1(code);
    }
    void everyCodeHasATitleAndSuggestion()
    {
        QFETCH(QString, code);
        const QString title = ImportReport::ruleTitle(code);
        QVERIFY(!title.isEmpty());
        QVERIFY2(title != code, qPrintable(code));
        QVERIFY(!ImportReport::ruleSuggestion(code).isEmpty());
    }

    void scientificNotationSuggestionSaysHowToAvoidIt()
    {
        const QString s = ImportReport::ruleSuggestion(QStringLiteral("id.scientific_notation"));
        QVERIFY(s.contains(QStringLiteral("as text")));
    }
};

QTEST_GUILESS_MAIN(TestImportReport)
#include "tst_importreport.moc"
