#include "TableSource.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <zip.h>

using namespace cet;

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(CETDESK_TEST_DATA_DIR "/import/") + name;
}

struct Table
{
    TableFormat format;
    QList<SourceRow> rows;
    std::optional<Error> error;
    qint64 progressDone = -1;
    qint64 progressTotal = -2;
};

Table readAll(const QString &path, const TableOptions &options = {}, const ReaderLimits &limits = {})
{
    Table t;
    const auto format = TableFiles::detect(path, options, limits);
    if (!format) {
        t.error = format.error();
        return t;
    }
    t.format = format.value();
    auto source = TableFiles::open(path, format.value(), limits);
    if (!source) {
        t.error = source.error();
        return t;
    }
    SourceRow row;
    for (;;) {
        const auto next = source.value()->next(row);
        if (!next) {
            t.error = next.error();
            break;
        }
        if (!next.value())
            break;
        t.rows.append(row);
    }
    t.progressDone = source.value()->progressDone();
    t.progressTotal = source.value()->progressTotal();
    return t;
}

QStringList cells(std::initializer_list<const char16_t *> list)
{
    QStringList out;
    for (const char16_t *s : list)
        out.append(QString::fromUtf16(s));
    return out;
}

using Kinds = QList<CellKind>;
constexpr CellKind T = CellKind::Text;
constexpr CellKind N = CellKind::Number;
constexpr CellKind E = CellKind::Empty;
constexpr CellKind D = CellKind::Date;
constexpr CellKind B = CellKind::Boolean;

const char *const Ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

// A workbook of one sheet, written with libzip; `sheetXml` is the whole worksheet part.
void writeWorkbook(const QString &path, const QByteArray &sheetXml, const QByteArray &sharedStrings = {})
{
    QList<QPair<QByteArray, QByteArray>> parts = {
        {"_rels/.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                        "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                        "relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"},
        {"xl/workbook.xml", QByteArray("<workbook xmlns=\"") + Ns
                                + "\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                                  "<sheets><sheet name=\"S\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"},
        {"xl/_rels/workbook.xml.rels",
         "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
         "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
         "Target=\"worksheets/sheet1.xml\"/></Relationships>"},
        {"xl/worksheets/sheet1.xml", sheetXml},
    };
    if (!sharedStrings.isEmpty())
        parts.append({"xl/sharedStrings.xml", sharedStrings});
    int error = 0;
    zip_t *z = zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    QVERIFY(z);
    for (const auto &[name, data] : parts) {
        zip_source_t *source = zip_source_buffer(z, data.constData(), zip_uint64_t(data.size()), 0);
        QVERIFY(zip_file_add(z, name.constData(), source, ZIP_FL_OVERWRITE) >= 0);
    }
    QCOMPARE(zip_close(z), 0); // the buffers are read here, while `parts` still lives
}

QByteArray sheet(const QByteArray &rows)
{
    return QByteArray("<worksheet xmlns=\"") + Ns + "\"><sheetData>" + rows + "</sheetData></worksheet>";
}

// Sets the uncompressed size that the local and central headers declare for `member`.
void patchDeclaredSize(QByteArray &zipBytes, const QByteArray &member, quint32 size)
{
    auto put = [&](qsizetype at) {
        for (int i = 0; i < 4; ++i)
            zipBytes[at + i] = char((size >> (8 * i)) & 0xFF);
    };
    for (qsizetype at = zipBytes.indexOf(member); at >= 0; at = zipBytes.indexOf(member, at + 1)) {
        if (at >= 30 && zipBytes.mid(at - 30, 4) == "PK\x03\x04")
            put(at - 30 + 22);
        if (at >= 46 && zipBytes.mid(at - 46, 4) == "PK\x01\x02")
            put(at - 46 + 24);
    }
}

} // namespace

class TestXlsxReader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sharedStrings()
    {
        const Table t = readAll(fixture(QStringLiteral("shared-strings.xlsx")));
        QVERIFY2(!t.error, qPrintable(t.error ? t.error->message : QString()));
        QCOMPARE(t.format.kind, TableKind::Xlsx);
        QCOMPARE(t.format.sheetNames, cells({u"学籍"}));
        QCOMPARE(t.rows.size(), 5);
        QCOMPARE(t.rows.at(0).cells, cells({u"学生名单"}));
        QCOMPARE(t.rows.at(0).line, 1);
        QCOMPARE(t.rows.at(1).line, 3); // row 2 is not in the file
        QCOMPARE(t.rows.at(1).cells, cells({u"姓名", u"性别", u"证件类型", u"证件号码", u"学号"}));
        // Rich text is joined and the phonetic guide left out.
        QCOMPARE(t.rows.at(2).cells, cells({u"张三", u"男", u"中华人民共和国居民身份证", u"11010519491231002X", u"0190001"}));
        QCOMPARE(t.rows.at(2).kinds, Kinds({T, T, T, T, T}));
        QCOMPARE(t.rows.at(3).line, 6); // row 5 has styled but empty cells only
        QCOMPARE(t.rows.at(4).line, 7);
        QCOMPARE(t.rows.at(4).cells, cells({u"  spaced  ", u"", u"a <b> & \r c"}));
        QCOMPARE(t.rows.at(4).kinds, Kinds({T, E, T}));
        QVERIFY(t.progressTotal > 0);
        QCOMPARE(t.progressDone, t.progressTotal);
    }

    void inlineStrings()
    {
        const Table t = readAll(fixture(QStringLiteral("inline-strings.xlsx")));
        QVERIFY(!t.error);
        QCOMPARE(t.rows.size(), 3);
        QCOMPARE(t.rows.at(1).cells, cells({u"张三", u"男", u"中华人民共和国居民身份证", u"11010519491231002X", u"0190001"}));
        QCOMPARE(t.rows.at(2).cells, cells({u"李四", u"", u"", u"", u"0190002"}));
        QCOMPARE(t.rows.at(2).kinds, Kinds({T, E, E, E, T}));
    }

    void secondSheet()
    {
        Table t = readAll(fixture(QStringLiteral("second-sheet.xlsx")));
        QVERIFY(!t.error);
        QCOMPARE(t.format.sheetNames, cells({u"说明", u"学籍"}));
        QCOMPARE(t.format.sheet, 0);
        QCOMPARE(t.rows.size(), 1);
        TableOptions options;
        options.sheet = 1;
        t = readAll(fixture(QStringLiteral("second-sheet.xlsx")), options);
        QVERIFY(!t.error);
        QCOMPARE(t.format.sheet, 1);
        QCOMPARE(t.rows.size(), 2);
        QCOMPARE(t.rows.at(1).cells, cells({u"张三", u"11010519491231002X"}));
        options.sheet = 2;
        t = readAll(fixture(QStringLiteral("second-sheet.xlsx")), options);
        QCOMPARE(t.error->code, QStringLiteral("xlsx.no_sheet"));
    }

    void datesAndBooleans()
    {
        const Table t = readAll(fixture(QStringLiteral("dates-booleans.xlsx")));
        QVERIFY(!t.error);
        QCOMPARE(t.rows.size(), 3);
        QCOMPARE(t.rows.at(0).cells,
                 cells({u"2024-09-01", u"2024-09-01T08:30:00", u"2000-01-01", u"1900-02-28", u"1900-02-28"}));
        QCOMPARE(t.rows.at(0).kinds, Kinds({D, D, D, D, D}));
        QCOMPARE(t.rows.at(1).cells, cells({u"TRUE", u"FALSE", u"#N/A", u"a&b", u"2024-09-01"}));
        QCOMPARE(t.rows.at(1).kinds, Kinds({B, B, CellKind::Error, T, D}));
        QCOMPARE(t.rows.at(2).cells, cells({u"-1.5", u"42", u"2024-09-01T08:30:00"}));
        QCOMPARE(t.rows.at(2).kinds, Kinds({N, N, D}));
    }

    // A workbook written by LibreOffice 7.4 itself (make_libreoffice_fixture.sh): its own
    // attributes on every row, t="n" on numbers, styled empty cells under a merged title.
    void libreOffice()
    {
        TableOptions options;
        options.sheet = 1; // StudentImport::preview picks it by its headers (tst_studentimport)
        const Table t = readAll(fixture(QStringLiteral("libreoffice.xlsx")), options);
        QVERIFY2(!t.error, qPrintable(t.error ? t.error->message : QString()));
        QCOMPARE(t.format.sheetNames, cells({u"说明", u"学籍名单"}));
        QCOMPARE(t.rows.size(), 6);
        QCOMPARE(t.rows.at(0).line, 1);
        QCOMPARE(t.rows.at(0).cells.value(0), QStringLiteral("2024级学生学籍名单"));
        QCOMPARE(t.rows.at(1).line, 2);
        QCOMPARE(t.rows.at(1).cells,
                 cells({u"姓名", u"性别", u"证件类型", u"证件号码", u"学校代码", u"校区代码", u"学历", u"学制", u"入学年份",
                        u"年级", u"院系", u"专业", u"班级", u"学号", u"备注"}));
        QCOMPARE(t.rows.at(2).cells,
                 cells({u"张丽", u"女", u"中华人民共和国居民身份证", u"11010519491231002X", u"99101", u"991010", u"本科",
                        u"4", u"2024", u"2024", u"计算机学院", u"软件工程", u"1班", u"0012345", u"转专业 & 复学"}));
        QCOMPARE(t.rows.at(2).kinds, Kinds({T, T, T, T, T, T, T, N, N, T, T, T, T, T, T}));
        // 学号 typed as a number, and a date.
        QCOMPARE(t.rows.at(3).cells.value(13), QStringLiteral("190001"));
        QCOMPARE(t.rows.at(3).kinds.value(13), N);
        QCOMPARE(t.rows.at(3).cells.value(14), QStringLiteral("2024-09-01"));
        QCOMPARE(t.rows.at(3).kinds.value(14), D);
        // An ID number typed as a number: its last digits are gone, and the cell says it is a number.
        QCOMPARE(t.rows.at(4).kinds.value(3), N);
        QVERIFY2(t.rows.at(4).cells.value(3) != QStringLiteral("330102199905154561"),
                 qPrintable(t.rows.at(4).cells.value(3)));
        // Row 6 is empty; the totals row keeps its own line number.
        QCOMPARE(t.rows.at(5).line, 7);
        QCOMPARE(t.rows.at(5).cells.mid(0, 2), cells({u"合计", u"共3人"}));
    }

    void numberStoredIds()
    {
        const Table t = readAll(fixture(QStringLiteral("number-id.xlsx")));
        QVERIFY(!t.error);
        QCOMPARE(t.rows.size(), 4);
        QCOMPARE(t.rows.at(1).cells, cells({u"张三", u"3.30101199001011E+17", u"190001"}));
        QCOMPARE(t.rows.at(1).kinds, Kinds({T, N, N}));
        QCOMPARE(t.rows.at(2).cells, cells({u"李四", u"330101199001011000", u"123"}));
        QCOMPARE(t.rows.at(3).cells, cells({u"王五", u"190000", u"0.1"}));
    }

    void noReferences()
    {
        const Table t = readAll(fixture(QStringLiteral("no-r.xlsx")));
        QVERIFY(!t.error);
        QCOMPARE(t.rows.size(), 3);
        QCOMPARE(t.rows.at(1).cells, cells({u"张三", u"11010519491231002X"}));
        QCOMPARE(t.rows.at(1).line, 2);
        QCOMPARE(t.rows.at(2).line, 4); // the empty third row is skipped but counted
        QCOMPARE(t.rows.at(2).cells, cells({u"李四", u"", u"7"}));
        QCOMPARE(t.rows.at(2).kinds, Kinds({T, E, N}));
    }

    void namespacePrefix()
    {
        const Table t = readAll(fixture(QStringLiteral("x-prefix.xlsx")));
        QVERIFY(!t.error);
        QCOMPARE(t.rows.size(), 2);
        QCOMPARE(t.rows.at(1).cells, cells({u"张三", u"5"}));
    }

    void absoluteTargets()
    {
        const Table t = readAll(fixture(QStringLiteral("absolute-targets.xlsx")));
        QVERIFY2(!t.error, qPrintable(t.error ? t.error->message : QString()));
        QCOMPARE(t.rows.size(), 2);
        QCOMPARE(t.rows.at(1).cells, cells({u"张三"}));
    }

    void brokenXml()
    {
        const Table t = readAll(fixture(QStringLiteral("broken-xml.xlsx")));
        QVERIFY(t.error);
        QCOMPARE(t.error->code, QStringLiteral("xlsx.xml"));
        QVERIFY2(t.error->message.contains(QStringLiteral("xl/worksheets/sheet1.xml")), qPrintable(t.error->message));
        QVERIFY2(t.error->message.contains(QStringLiteral("line 3")), qPrintable(t.error->message));
        QCOMPARE(t.rows.size(), 1); // the rows before the damage are read
    }

    void mismatchedTags()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("m.xlsx"));
        writeWorkbook(path, sheet("<row r=\"1\"><c r=\"A1\"><v>1</c></v></row>"));
        const Table t = readAll(path);
        QCOMPARE(t.error->code, QStringLiteral("xlsx.xml"));
        writeWorkbook(path, sheet("<row r=\"1\"><c r=\"A1\"><v>1&nbsp;</v></c></row>"));
        QCOMPARE(readAll(path).error->code, QStringLiteral("xlsx.xml"));
        writeWorkbook(path, "<!DOCTYPE x [<!ENTITY a \"aaaa\">]>" + sheet("<row><c><v>&a;</v></c></row>"));
        QCOMPARE(readAll(path).error->code, QStringLiteral("xlsx.xml"));
    }

    void cellOutOfRange()
    {
        Table t = readAll(fixture(QStringLiteral("out-of-range.xlsx")));
        QCOMPARE(t.error->code, QStringLiteral("xlsx.cell_out_of_range"));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("r.xlsx"));
        writeWorkbook(path, sheet("<row r=\"1048577\"><c><v>1</v></c></row>"));
        QCOMPARE(readAll(path).error->code, QStringLiteral("xlsx.cell_out_of_range"));
        writeWorkbook(path, sheet("<row r=\"1\"><c r=\"XFD1048576\"><v>1</v></c></row>"));
        t = readAll(path);
        QVERIFY(!t.error);
        QCOMPARE(t.rows.at(0).cells.size(), 16384);
    }

    void badSharedStringIndex()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.xlsx"));
        writeWorkbook(path, sheet("<row r=\"1\"><c r=\"B1\" t=\"s\"><v>5</v></c></row>"),
                      QByteArray("<sst xmlns=\"") + Ns + "\"><si><t>a</t></si></sst>");
        const Table t = readAll(path);
        QCOMPARE(t.error->code, QStringLiteral("xlsx.bad_shared_string"));
        QVERIFY2(t.error->message.contains(QStringLiteral("B1")), qPrintable(t.error->message));
    }

    void notAZip()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("t.xlsx")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        QFile original(fixture(QStringLiteral("shared-strings.xlsx")));
        QVERIFY(original.open(QIODevice::ReadOnly));
        file.write(original.readAll().left(300)); // truncated: no central directory
        file.close();
        const Table t = readAll(file.fileName());
        QCOMPARE(t.error->code, QStringLiteral("xlsx.bad_zip"));
        QVERIFY(t.error->message.contains(QStringLiteral("t.xlsx")));
    }

    void limits()
    {
        ReaderLimits limits;
        limits.maxRows = 5;
        Table t = readAll(fixture(QStringLiteral("shared-strings.xlsx")), {}, limits);
        QCOMPARE(t.error->code, QStringLiteral("import.limit_rows"));
        limits = {};
        limits.maxColumns = 4;
        QCOMPARE(readAll(fixture(QStringLiteral("shared-strings.xlsx")), {}, limits).error->code,
                 QStringLiteral("import.limit_columns"));
        limits = {};
        limits.maxSharedStringChars = 20;
        QCOMPARE(readAll(fixture(QStringLiteral("shared-strings.xlsx")), {}, limits).error->code,
                 QStringLiteral("import.limit_shared_string_chars"));
        limits = {};
        limits.maxSharedStrings = 3;
        QCOMPARE(readAll(fixture(QStringLiteral("shared-strings.xlsx")), {}, limits).error->code,
                 QStringLiteral("import.limit_shared_strings"));
        limits = {};
        limits.maxCellChars = 5;
        QCOMPARE(readAll(fixture(QStringLiteral("inline-strings.xlsx")), {}, limits).error->code,
                 QStringLiteral("import.limit_cell_chars"));
    }

    void zipBombs()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bomb.xlsx"));
        // 40 MB of one repeated row: it packs to a few dozen KB.
        QByteArray rows;
        const QByteArray one = "<row><c><v>1</v></c></row>";
        rows.reserve(40 * 1024 * 1024);
        while (rows.size() < 40 * 1024 * 1024)
            rows += one;
        writeWorkbook(path, sheet(rows));
        Table t = readAll(path);
        QCOMPARE(t.error->code, QStringLiteral("import.limit_compression_ratio"));
        QVERIFY(t.rows.isEmpty());

        ReaderLimits limits;
        limits.maxUncompressedBytes = 10 * 1024 * 1024;
        limits.maxCompressionRatio = 1e9;
        t = readAll(path, {}, limits);
        QCOMPARE(t.error->code, QStringLiteral("import.limit_uncompressed_bytes"));

        // A header that claims the part is small must not get past the limits either.
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray bytes = file.readAll();
        file.close();
        patchDeclaredSize(bytes, "xl/worksheets/sheet1.xml", 1000);
        const QString liar = dir.filePath(QStringLiteral("liar.xlsx"));
        QFile out(liar);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(bytes);
        out.close();
        t = readAll(liar);
        QVERIFY(t.error);
        QVERIFY2(t.error->code == u"import.limit_compression_ratio" || t.error->code == u"xlsx.bad_zip",
                 qPrintable(t.error->code));
        QVERIFY(t.rows.size() < 100);
    }
};

QTEST_GUILESS_MAIN(TestXlsxReader)
#include "tst_xlsxreader.moc"
