#include "TableSource.h"

#include <QTemporaryDir>
#include <QTest>

using namespace cet;

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(CETDESK_TEST_DATA_DIR "/import/") + name;
}

struct Table
{
    QList<SourceRow> rows;
    std::optional<Error> error;
};

Table readAll(const QString &path, const TableOptions &options = {}, const ReaderLimits &limits = {})
{
    Table t;
    const auto format = TableFiles::detect(path, options, limits);
    if (!format) {
        t.error = format.error();
        return t;
    }
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
    return t;
}

QStringList cells(std::initializer_list<const char16_t *> list)
{
    QStringList out;
    for (const char16_t *s : list)
        out.append(QString::fromUtf16(s));
    return out;
}

const QStringList Header = cells({u"姓名", u"性别", u"证件类型", u"证件号码", u"学号"});
const QStringList Zhang = cells({u"张三", u"男", u"中华人民共和国居民身份证", u"11010519491231002X", u"0190001"});
const QStringList Wang = cells({u"Wang Wu", u"男", u"护照", u"E12345678", u"0190003"});

QString writeTemp(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

} // namespace

class TestTableFiles : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void encodingNames()
    {
        for (const TextEncoding e : {TextEncoding::Utf8, TextEncoding::Utf16LE, TextEncoding::Utf16BE, TextEncoding::Gb18030})
            QCOMPARE(textEncodingFromName(textEncodingName(e)), e);
        QCOMPARE(textEncodingFromName(QStringLiteral("utf-8-sig")), TextEncoding::Utf8);
        QCOMPARE(textEncodingFromName(QStringLiteral("GBK")), TextEncoding::Gb18030);
        QCOMPARE(textEncodingFromName(QStringLiteral("gb2312")), TextEncoding::Gb18030);
        QCOMPARE(textEncodingFromName(QStringLiteral("CP936")), TextEncoding::Gb18030);
        QCOMPARE(textEncodingFromName(QStringLiteral("unicode")), TextEncoding::Utf16LE);
        QCOMPARE(textEncodingFromName(QStringLiteral("utf16be")), TextEncoding::Utf16BE);
        QVERIFY(!textEncodingFromName(QStringLiteral("latin1")));
    }

    void detectText_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("encoding");
        QTest::addColumn<bool>("bom");
        QTest::addColumn<bool>("certain");
        QTest::addColumn<QChar>("separator");
        QTest::newRow("utf8") << "utf8.csv" << int(TextEncoding::Utf8) << false << true << QChar(u',');
        QTest::newRow("utf8 bom") << "utf8-bom.csv" << int(TextEncoding::Utf8) << true << true << QChar(u',');
        QTest::newRow("gbk") << "gbk.csv" << int(TextEncoding::Gb18030) << false << false << QChar(u',');
        QTest::newRow("utf16le") << "utf16le.tsv" << int(TextEncoding::Utf16LE) << true << true << QChar(u'\t');
        QTest::newRow("utf16be") << "utf16be.tsv" << int(TextEncoding::Utf16BE) << true << true << QChar(u'\t');
        QTest::newRow("semicolon") << "semicolon.csv" << int(TextEncoding::Utf8) << false << true << QChar(u';');
        QTest::newRow("cr only") << "cr-only.csv" << int(TextEncoding::Utf8) << false << true << QChar(u',');
        QTest::newRow("multiline") << "multiline.csv" << int(TextEncoding::Utf8) << false << true << QChar(u',');
        QTest::newRow("title rows") << "title-rows.csv" << int(TextEncoding::Utf8) << true << true << QChar(u',');
    }
    void detectText()
    {
        QFETCH(QString, file);
        QFETCH(int, encoding);
        QFETCH(bool, bom);
        QFETCH(bool, certain);
        QFETCH(QChar, separator);
        const auto format = TableFiles::detect(fixture(file));
        QVERIFY2(format, qPrintable(format ? QString() : format.error().message));
        QCOMPARE(format.value().kind, TableKind::Delimited);
        QCOMPARE(int(format.value().encoding), encoding);
        QCOMPARE(format.value().hasBom, bom);
        QCOMPARE(format.value().encodingCertain, certain);
        QCOMPARE(format.value().separator, separator);
    }

    void readsEveryEncodingTheSame_data()
    {
        QTest::addColumn<QString>("file");
        for (const char *f : {"utf8.csv", "utf8-bom.csv", "gbk.csv", "utf16le.tsv", "utf16be.tsv", "cr-only.csv"})
            QTest::newRow(f) << QString::fromLatin1(f);
    }
    void readsEveryEncodingTheSame()
    {
        QFETCH(QString, file);
        const Table t = readAll(fixture(file));
        QVERIFY2(!t.error, qPrintable(t.error ? t.error->message : QString()));
        QCOMPARE(t.rows.size(), 4);
        QCOMPARE(t.rows.at(0).cells, Header);
        QCOMPARE(t.rows.at(1).cells, Zhang);
        QCOMPARE(t.rows.at(3).cells, Wang);
        for (int i = 0; i < 4; ++i) {
            QCOMPARE(t.rows.at(i).line, i + 1);
            QVERIFY(t.rows.at(i).kinds.isEmpty());
            QCOMPARE(t.rows.at(i).kind(0), CellKind::Text);
            QCOMPARE(t.rows.at(i).kind(9), CellKind::Empty);
        }
    }

    void semicolonKeepsCommas()
    {
        const Table t = readAll(fixture(QStringLiteral("semicolon.csv")));
        QVERIFY(!t.error);
        QCOMPARE(t.rows.size(), 4);
        QCOMPARE(t.rows.at(1).cells, Zhang + QStringList{QStringLiteral("a,b")});
    }

    void multilineFields()
    {
        const Table t = readAll(fixture(QStringLiteral("multiline.csv")));
        QVERIFY(!t.error);
        QCOMPARE(t.rows.size(), 5);
        QCOMPARE(t.rows.at(1).cells, cells({u"张三", u"11010519491231002X", u"第一行\r\n第二行"}));
        QCOMPARE(t.rows.at(1).line, 2);
        QCOMPARE(t.rows.at(2).cells, cells({u"李\"四\"", u"330106200001011227", u"含,逗号"}));
        QCOMPARE(t.rows.at(2).line, 4);
        QCOMPARE(t.rows.at(3).cells, cells({u"Wang Wu", u"E12345678", u"a\nb\nc"}));
        QCOMPARE(t.rows.at(3).line, 6); // line 5 is blank
        QCOMPARE(t.rows.at(4).cells, cells({u"last", u"1"})); // the trailing empty field is dropped
        QCOMPARE(t.rows.at(4).line, 9);
    }

    void titleRowsAndTotals()
    {
        const Table t = readAll(fixture(QStringLiteral("title-rows.csv")));
        QVERIFY(!t.error);
        QCOMPARE(t.rows.size(), 7);
        QCOMPARE(t.rows.at(0).cells, cells({u"2024年秋季学期学生名单"}));
        QCOMPARE(t.rows.at(1).line, 2);
        QCOMPARE(t.rows.at(2).cells, Header); // ",,,," on line 3 is skipped
        QCOMPARE(t.rows.at(2).line, 4);
        QCOMPARE(t.rows.at(5).cells, Wang);
        QCOMPARE(t.rows.at(6).cells, cells({u"合计", u"3人"}));
        QCOMPARE(t.rows.at(6).line, 9);
    }

    void englishHeaders()
    {
        const Table t = readAll(fixture(QStringLiteral("english-headers.csv")));
        QVERIFY(!t.error);
        QCOMPARE(t.rows.at(0).cells, QStringList({QStringLiteral("Name"), QStringLiteral("Gender"), QStringLiteral("ID Type"),
                                                 QStringLiteral("ID Number"), QStringLiteral("Student No.")}));
        QCOMPARE(t.rows.size(), 4);
    }

    void overrides()
    {
        TableOptions options;
        options.separator = u';';
        const auto format = TableFiles::detect(fixture(QStringLiteral("utf8.csv")), options);
        QVERIFY(format);
        QCOMPARE(format.value().separator, QChar(u';'));
        Table t = readAll(fixture(QStringLiteral("utf8.csv")), options);
        QVERIFY(!t.error);
        QCOMPARE(t.rows.at(0).cells.size(), 1);

        options = {};
        options.encoding = TextEncoding::Utf8;
        t = readAll(fixture(QStringLiteral("gbk.csv")), options);
        QVERIFY(t.error);
        QCOMPARE(t.error->code, QStringLiteral("csv.encoding"));
        QVERIFY2(t.error->message.contains(QStringLiteral("gbk.csv")), qPrintable(t.error->message));
        QVERIFY2(t.error->message.contains(QStringLiteral("line 1")), qPrintable(t.error->message));

        options.encoding = TextEncoding::Gb18030;
        const auto gbk = TableFiles::detect(fixture(QStringLiteral("gbk.csv")), options);
        QVERIFY(gbk);
        QVERIFY(gbk.value().encodingCertain);
    }

    void asciiHeadThenGbk()
    {
        // The first megabyte is plain ASCII; the first Chinese characters come later.
        QTemporaryDir dir;
        QByteArray bytes = "id,name\r\n";
        while (bytes.size() < 1100 * 1024)
            bytes += "1234567890,abcdefghij\r\n";
        bytes += QByteArray("1,\xD5\xC5\xC8\xFD\r\n");
        const QString path = writeTemp(dir, QStringLiteral("late.csv"), bytes);
        const auto format = TableFiles::detect(path);
        QVERIFY(format);
        QCOMPARE(format.value().encoding, TextEncoding::Gb18030);
        const Table t = readAll(path);
        QVERIFY(!t.error);
        QCOMPARE(t.rows.constLast().cells, cells({u"1", u"张三"}));
    }

    void tsvPrefersTab()
    {
        QTemporaryDir dir;
        const QString path = writeTemp(dir, QStringLiteral("a.tsv"), "a\tb,c\r\nd\te,f\r\n");
        const auto format = TableFiles::detect(path);
        QVERIFY(format);
        QCOMPARE(format.value().separator, QChar(u'\t'));
        const QString one = writeTemp(dir, QStringLiteral("one.tsv"), "name\r\nx\r\n");
        QCOMPARE(TableFiles::detect(one).value().separator, QChar(u'\t'));
        const QString csv = writeTemp(dir, QStringLiteral("one.csv"), "name\r\nx\r\n");
        QCOMPARE(TableFiles::detect(csv).value().separator, QChar(u','));
        const QString pipes = writeTemp(dir, QStringLiteral("p.txt"), "a|b|c\r\n1|2|3\r\n\"x|y\"|2|3\r\n");
        QCOMPARE(TableFiles::detect(pipes).value().separator, QChar(u'|'));
    }

    void unknownFormats_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("mention");
        QTest::newRow("empty") << "empty.csv" << "file.empty" << "empty.csv";
        QTest::newRow("xls") << "old-excel.xls" << "file.unknown_format" << ".xls";
        QTest::newRow("encrypted") << "encrypted.xlsx" << "xlsx.encrypted" << "password";
        QTest::newRow("pdf") << "document.pdf" << "file.unknown_format" << "PDF";
        QTest::newRow("binary") << "binary.csv" << "file.unknown_format" << "binary";
        QTest::newRow("html") << "webpage.xls" << "file.unknown_format" << "HTML";
        QTest::newRow("docx") << "word.docx" << "file.unknown_format" << "Word";
        QTest::newRow("missing") << "no-such-file.csv" << "file.read" << "no-such-file.csv";
    }
    void unknownFormats()
    {
        QFETCH(QString, file);
        QFETCH(QString, code);
        QFETCH(QString, mention);
        const auto format = TableFiles::detect(fixture(file));
        QVERIFY(!format);
        QCOMPARE(format.error().code, code);
        QVERIFY2(format.error().message.contains(mention), qPrintable(format.error().message));
        QVERIFY2(format.error().message.contains(file), qPrintable(format.error().message));
    }

    void unterminatedQuote()
    {
        const Table t = readAll(fixture(QStringLiteral("unterminated.csv")));
        QVERIFY(t.error);
        QCOMPARE(t.error->code, QStringLiteral("csv.unterminated_quote"));
        QVERIFY2(t.error->message.contains(QStringLiteral("unterminated.csv\", line 2")), qPrintable(t.error->message));
        QCOMPARE(t.rows.size(), 1);
    }

    void limits()
    {
        ReaderLimits limits;
        limits.maxRows = 2;
        Table t = readAll(fixture(QStringLiteral("utf8.csv")), {}, limits);
        QCOMPARE(t.error->code, QStringLiteral("import.limit_rows"));
        QCOMPARE(t.rows.size(), 2);
        limits = {};
        limits.maxColumns = 4;
        QCOMPARE(readAll(fixture(QStringLiteral("utf8.csv")), {}, limits).error->code, QStringLiteral("import.limit_columns"));
        limits = {};
        limits.maxCellChars = 10;
        QCOMPARE(readAll(fixture(QStringLiteral("utf8.csv")), {}, limits).error->code, QStringLiteral("import.limit_cell_chars"));
        limits = {};
        limits.maxRecordChars = 20;
        QCOMPARE(readAll(fixture(QStringLiteral("utf8.csv")), {}, limits).error->code, QStringLiteral("import.limit_record_chars"));
    }

    void unterminatedQuoteInBigFileHitsRecordLimit()
    {
        QTemporaryDir dir;
        QByteArray bytes = "a,\"open\r\n";
        bytes += QByteArray(3 * 1024 * 1024, 'x');
        const QString path = writeTemp(dir, QStringLiteral("open.csv"), bytes);
        const Table t = readAll(path);
        QVERIFY(t.error);
        QCOMPARE(t.error->code, QStringLiteral("import.limit_record_chars"));
        QVERIFY2(t.error->message.contains(QStringLiteral("line 1")), qPrintable(t.error->message));
    }

    void progress()
    {
        const QString path = fixture(QStringLiteral("utf8.csv"));
        auto source = TableFiles::open(path, TableFiles::detect(path).value());
        QVERIFY(source);
        QCOMPARE(source.value()->progressTotal(), QFileInfo(path).size());
        SourceRow row;
        while (source.value()->next(row).value()) { }
        QCOMPARE(source.value()->progressDone(), source.value()->progressTotal());
    }
};

QTEST_GUILESS_MAIN(TestTableFiles)
#include "tst_tablefiles.moc"
