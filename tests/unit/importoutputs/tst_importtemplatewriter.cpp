// ImportTemplateWriter: the header row, text-formatted columns, drop-down lists that refer to the
// allowed-values sheet, comments on the headers; and the template, filled in the way a
// spreadsheet program saves it, imports without any mapping or error.
#include "ColumnMapping.h"
#include "Database.h"
#include "IdDocument.h"
#include "ImportTemplateWriter.h"
#include "ImportTestFiles.h"
#include "StudentColumns.h"
#include "StudentImport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace cet;
using namespace importtest;

namespace {

QString inlineCell(const QString &ref, const QString &text)
{
    return u"<c r=\"" % ref % u"\" t=\"inlineStr\"><is><t>" % text.toHtmlEscaped() % u"</t></is></c>";
}

// A data row of sheet1.xml, every cell an inline string.
QByteArray sheetRow(int rowNumber, const QStringList &cells)
{
    QString xml = u"<row r=\"" % QString::number(rowNumber) % u"\">";
    for (int c = 0; c < cells.size(); ++c) {
        if (!cells.at(c).isEmpty())
            xml += inlineCell(QChar(u'A' + c) + QString::number(rowNumber), cells.at(c));
    }
    return (xml + u"</row>").toUtf8();
}

} // namespace

class TestImportTemplateWriter : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_template;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_template = m_dir.filePath(QStringLiteral("template.xlsx"));
        const auto written = ImportTemplateWriter::write(m_template);
        QVERIFY2(written, written ? "" : qPrintable(written.error().message));
        QVERIFY(!QFile::exists(m_template + QStringLiteral(".part")));
    }

    void headerRow()
    {
        QCOMPARE(sheetNames(m_template), (QStringList{QStringLiteral("Students"), QStringLiteral("Allowed values")}));
        const auto rows = readTable(m_template, 0);
        QVERIFY(rows);
        QCOMPARE(rows.value().size(), 1);
        QCOMPARE(rows.value().at(0).cells, StudentColumns::chineseHeaderRow());
        // Every header cell names its field: the template needs no mapping.
        const ColumnMapping mapping = ColumnGuess::guess(rows.value().at(0).cells);
        QVERIFY(mapping.missingRequired().isEmpty());
        for (int f = 0; f < int(StudentField::Count_); ++f)
            QCOMPARE(mapping.columnOf(StudentField(f)), std::optional<qsizetype>(f));
    }

    void allowedValues()
    {
        const auto rows = readTable(m_template, 1);
        QVERIFY(rows);
        const QList<SourceRow> &r = rows.value();
        QCOMPARE(r.at(0).cells, (QStringList{QStringLiteral("性别"), QStringLiteral("证件类型"), QStringLiteral("学历")}));
        QStringList idTypes, education, gender;
        for (qsizetype i = 1; i < r.size(); ++i) {
            if (!r.at(i).cells.value(0).isEmpty())
                gender.append(r.at(i).cells.value(0));
            if (!r.at(i).cells.value(1).isEmpty())
                idTypes.append(r.at(i).cells.value(1));
            if (!r.at(i).cells.value(2).isEmpty())
                education.append(r.at(i).cells.value(2));
        }
        QCOMPARE(gender, (QStringList{QStringLiteral("男"), QStringLiteral("女")}));
        QCOMPARE(idTypes.size(), 8);
        QCOMPARE(idTypes.first(), QStringLiteral("中华人民共和国居民身份证"));
        for (const QString &label : std::as_const(idTypes))
            QVERIFY2(idTypeFromLabel(label).ok(), qPrintable(label));
        QCOMPARE(education,
                 (QStringList{QStringLiteral("专科"), QStringLiteral("本科"), QStringLiteral("硕士研究生"),
                              QStringLiteral("博士研究生")}));
    }

    void textColumnsListsAndComments()
    {
        const QByteArray sheet = zipEntry(m_template, "xl/worksheets/sheet1.xml");
        QVERIFY(!sheet.isEmpty());
        // Three drop-down lists, on 性别 (B), 证件类型 (C), 学历 (G), referring to the second sheet.
        QCOMPARE(sheet.count("<dataValidation "), 3);
        QVERIFY(sheet.contains("sqref=\"B2:B1048576\""));
        QVERIFY(sheet.contains("sqref=\"C2:C1048576\""));
        QVERIFY(sheet.contains("sqref=\"G2:G1048576\""));
        QVERIFY2(sheet.contains("<formula1>'Allowed values'!$B$2:$B$9</formula1>"), sheet.constData());
        // Frozen header.
        QVERIFY(sheet.contains("ySplit=\"1\""));
        // Every column has a style, and the workbook's only number format is text (@).
        QCOMPARE(sheet.count("<col "), int(StudentField::Count_));
        QCOMPARE(sheet.count("style=\""), int(StudentField::Count_));
        const QByteArray styles = zipEntry(m_template, "xl/styles.xml");
        QVERIFY2(styles.contains("<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"@\"/>"), styles.constData());
        // A comment on every header, "Required." on the required ones.
        const QByteArray comments = zipEntry(m_template, "xl/comments1.xml");
        QCOMPARE(comments.count("<comment "), int(StudentField::Count_));
        QCOMPARE(comments.count("Required."), int(ColumnMapping::requiredFields().size()));
    }

    // As Excel or WPS would save it after the coordinator typed two students in.
    void filledTemplateImports()
    {
        const QString filled = m_dir.filePath(QStringLiteral("filled.xlsx"));
        QVERIFY(QFile::copy(m_template, filled));
        QByteArray sheet = zipEntry(filled, "xl/worksheets/sheet1.xml");
        const QString xId = residentId(QStringLiteral("11010519491231002"));
        QVERIFY(xId.endsWith(u'X'));
        const QByteArray rows =
            sheetRow(2, {QStringLiteral("张三"), QStringLiteral("女"), QStringLiteral("中华人民共和国居民身份证"), xId,
                         QStringLiteral("10335"), QStringLiteral("103351"), QStringLiteral("本科"), QStringLiteral("4"),
                         QStringLiteral("2023"), QStringLiteral("2023级"), QStringLiteral("外语学院"),
                         QStringLiteral("英语"), QStringLiteral("英语2301"), QStringLiteral("000123")})
            + sheetRow(3, {QStringLiteral("李四"), QString(), QString(), idOf(1), QStringLiteral("10335"),
                           QStringLiteral("103351"), QStringLiteral("硕士研究生"), QStringLiteral("3"),
                           QStringLiteral("2024"), QStringLiteral("2024级"), QString(), QString(), QString(),
                           QStringLiteral("000124"), QStringLiteral("备注")});
        QVERIFY(sheet.contains("</sheetData>"));
        sheet.replace("</sheetData>", QByteArray(rows + "</sheetData>"));
        QVERIFY(replaceZipEntry(filled, "xl/worksheets/sheet1.xml", sheet));

        auto db = Database::open(m_dir.filePath(QStringLiteral("template.sqlite")));
        QVERIFY(db);
        auto preview = StudentImport::preview(filled);
        QVERIFY2(preview, preview ? "" : qPrintable(preview.error().message));
        QCOMPARE(preview.value().request.format.sheet, 0);
        QCOMPARE(preview.value().request.headerLine, qint64(1));
        ImportProgress progress;
        auto analysis = StudentImport::analyse(*db.value(), preview.value().request, progress);
        QVERIFY2(analysis, analysis ? "" : qPrintable(analysis.error().message));
        const ImportAnalysis &a = *analysis.value();
        QCOMPARE(a.rowsRead, qint64(2));
        QCOMPARE(a.rejected, qint64(0));
        QCOMPARE(a.report.errorCount(), qint64(0));
        QCOMPARE(a.inserts, qint64(2));
        QCOMPARE(a.arena.record(0).idNumber, xId);
        QCOMPARE(a.arena.record(0).studentNo, QStringLiteral("000123"));
        QCOMPARE(a.arena.record(1).gender, Gender::Female); // taken from the ID number
        QCOMPARE(a.arena.record(1).idType, IdType::ResidentId);
    }

    void unwritable()
    {
        const auto written = ImportTemplateWriter::write(m_dir.filePath(QStringLiteral("nope/template.xlsx")));
        QVERIFY(!written);
        QCOMPARE(written.error().code, QStringLiteral("export.write_failed"));
        QVERIFY(written.error().message.contains(QStringLiteral("template.xlsx")));
    }
};

QTEST_GUILESS_MAIN(TestImportTemplateWriter)
#include "tst_importtemplatewriter.moc"
