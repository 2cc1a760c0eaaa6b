// ImportReportWriter on a real analysis against a real database: the four sheets (summary,
// problems, duplicates, changes) read back with the importer's XLSX reader.
#include "Database.h"
#include "ImportReportWriter.h"
#include "ImportTestFiles.h"
#include "StudentImport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace cet;
using namespace importtest;

namespace {

// The rows of a sheet as "cell|cell|…" lines, for readable comparisons.
QStringList lines(const QList<SourceRow> &rows)
{
    QStringList out;
    for (const SourceRow &r : rows)
        out.append(r.cells.join(u'|'));
    return out;
}

bool containsLine(const QStringList &lines, const QString &prefix)
{
    for (const QString &line : lines) {
        if (line.startsWith(prefix))
            return true;
    }
    return false;
}

} // namespace

class TestImportReportWriter : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::shared_ptr<ImportAnalysis> m_analysis;
    QString m_report;

    std::shared_ptr<ImportAnalysis> analyse(const QString &path)
    {
        auto preview = StudentImport::preview(path);
        if (!preview)
            qFatal("preview: %s", qPrintable(preview.error().message));
        ImportProgress progress;
        auto analysis = StudentImport::analyse(*m_db, preview.value().request, progress);
        if (!analysis)
            qFatal("analyse: %s", qPrintable(analysis.error().message));
        return analysis.value();
    }

    QList<SourceRow> sheet(int index)
    {
        const auto rows = readTable(m_report, index);
        if (!rows)
            qFatal("read sheet %d: %s", index, qPrintable(rows.error().message));
        return rows.value();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto db = Database::open(m_dir.filePath(QStringLiteral("report.sqlite")));
        QVERIFY(db);
        m_db = std::move(db.value());

        // In the database: students 1-4.
        const QString first = m_dir.filePath(QStringLiteral("first.csv"));
        QVERIFY(writeCsv(first, {header(), row(1), row(2), row(3), row(4)}));
        const auto base = analyse(first);
        ImportProgress progress;
        QVERIFY(StudentImport::commit(*m_db, *base, {}, QStringLiteral("test"), progress));

        // The next file: 1 unchanged, 2 changed (major), 3 twice, 4 missing, 5 new, one bad row.
        const QString next = m_dir.filePath(QStringLiteral("next.csv"));
        QVERIFY(writeCsv(next, {header(), row(1), row(2, QStringLiteral("日语")), row(3), row(3), row(5),
                                QStringLiteral("无证件,女,军官证,12345,10335,103351,本科,4,2023,2023级,外语学院,英语,"
                                               "英语2301,0023999,")}));
        m_analysis = analyse(next);
        QCOMPARE(m_analysis->updates, qint64(1));
        QCOMPARE(m_analysis->rejected, qint64(2));

        m_report = m_dir.filePath(QStringLiteral("report.xlsx"));
        const auto written = ImportReportWriter::write(*m_db, *m_analysis, m_report);
        QVERIFY2(written, written ? "" : qPrintable(written.error().message));
    }

    void fourSheets()
    {
        QCOMPARE(sheetNames(m_report),
                 (QStringList{QStringLiteral("Summary"), QStringLiteral("Problems"), QStringLiteral("Duplicates"),
                              QStringLiteral("Changes")}));
    }

    void summary()
    {
        const QList<SourceRow> rows = sheet(0);
        const QStringList text = lines(rows);
        QVERIFY2(text.contains(QStringLiteral("File|next.csv")), qPrintable(text.join(u'\n')));
        QVERIFY(text.contains(QStringLiteral("SHA-256|") + m_analysis->fileSha256));
        QVERIFY(text.contains(QStringLiteral("Rows read|6")));
        QVERIFY(text.contains(QStringLiteral("New|1")));
        QVERIFY(text.contains(QStringLiteral("Changed|1")));
        QVERIFY(text.contains(QStringLiteral("Unchanged|2")));
        QVERIFY(text.contains(QStringLiteral("Rejected|2")));
        QVERIFY(text.contains(QStringLiteral("In the database but not in the file|1")));
        // Counts are number cells, so that a spreadsheet can add them up.
        for (const SourceRow &r : rows) {
            if (r.cells.value(0) == u"Rejected")
                QCOMPARE(r.kind(1), CellKind::Number);
        }
        // One row per rule group: title, severity, code, rows, lines.
        QVERIFY2(containsLine(text, m_analysis->report.ruleTitle(QStringLiteral("duplicate.in_file"))
                                        + QStringLiteral("|Error|duplicate.in_file|1|5")),
                 qPrintable(text.join(u'\n')));
        QVERIFY(containsLine(text, m_analysis->report.ruleTitle(QStringLiteral("id.type_not_accepted"))
                                       + QStringLiteral("|Error|id.type_not_accepted|1|7")));
    }

    void problems()
    {
        const QStringList text = lines(sheet(1));
        QCOMPARE(text.value(0), QStringLiteral("Line|Field|Severity|Code|Message|Value"));
        QCOMPARE(text.size(), 1 + int(m_analysis->report.problems().size()));
        QVERIFY2(containsLine(text, QStringLiteral("5|ID number|Error|duplicate.in_file|")), qPrintable(text.join(u'\n')));
        // The message, then the value as the file had it.
        QVERIFY2(text.contains(QStringLiteral("7|ID type|Error|id.type_not_accepted|")
                               + m_analysis->report.problemsOfLine(7).value(0).message + QStringLiteral("|军官证")),
                 qPrintable(text.join(u'\n')));
    }

    void duplicates()
    {
        const QList<SourceRow> rows = sheet(2);
        QCOMPARE(rows.size(), 2);
        const QStringList &pair = rows.at(1).cells;
        QCOMPARE(pair.value(0), QStringLiteral("duplicate.in_file"));
        QCOMPARE(pair.value(1), QStringLiteral("5"));
        QCOMPARE(pair.value(2), QStringLiteral("学生3"));
        QCOMPARE(pair.value(4), idOf(3));
        // The other row of the pair beside it.
        QCOMPARE(pair.value(9), QStringLiteral("4"));
        QCOMPARE(pair.value(10), QStringLiteral("学生3"));
        QCOMPARE(pair.value(12), idOf(3));
        QCOMPARE(rows.at(1).kind(4), CellKind::Text);
    }

    void changes()
    {
        const QStringList text = lines(sheet(3));
        QCOMPARE(text, (QStringList{QStringLiteral("Line|Name|ID number|Field|Before|After"),
                                    QStringLiteral("3|学生2|") + idOf(2) + QStringLiteral("|Major|英语|日语")}));
    }

    void cancelledLeavesNoFile()
    {
        const QString out = m_dir.filePath(QStringLiteral("cancelled.xlsx"));
        ImportProgress progress;
        progress.cancelRequested = true;
        const auto written = ImportReportWriter::write(*m_db, *m_analysis, out, &progress);
        QVERIFY(!written);
        QCOMPARE(written.error().code, QStringLiteral("import.cancelled"));
        QVERIFY(!QFile::exists(out));
        QVERIFY(!QFile::exists(out + QStringLiteral(".part")));
    }

    void unwritable()
    {
        const QString out = m_dir.filePath(QStringLiteral("missing-folder/report.xlsx"));
        const auto written = ImportReportWriter::write(*m_db, *m_analysis, out);
        QVERIFY(!written);
        QCOMPARE(written.error().code, QStringLiteral("export.write_failed"));
        QVERIFY(written.error().message.contains(QStringLiteral("report.xlsx")));
    }
};

QTEST_GUILESS_MAIN(TestImportReportWriter)
#include "tst_importreportwriter.moc"
