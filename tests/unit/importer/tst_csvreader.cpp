#include "CsvReader.h"

#include <QBuffer>
#include <QStringEncoder>
#include <QTest>

using namespace cet;

namespace {

struct Parsed
{
    QList<CsvRecord> records;
    std::optional<Error> error;
};

Parsed parseWith(const QByteArray &bytes, const CsvOptions &options)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, options);
    Parsed p;
    for (;;) {
        CsvRecord record;
        const auto next = reader.readRecord(record);
        if (!next) {
            p.error = next.error();
            break;
        }
        if (!next.value())
            break;
        p.records.append(record);
    }
    return p;
}

Parsed parse(const QByteArray &bytes, QChar separator = u',')
{
    CsvOptions options;
    options.separator = separator;
    return parseWith(bytes, options);
}

QByteArray encode(const QString &text, const char *encoding)
{
    QStringEncoder encoder(encoding);
    return encoder.encode(text);
}

QStringList fields(std::initializer_list<const char16_t *> list)
{
    QStringList out;
    for (const char16_t *s : list)
        out.append(QString::fromUtf16(s));
    return out;
}

QStringList cells(std::initializer_list<const char16_t *> list)
{
    return fields(list);
}

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void simpleLf()
    {
        const Parsed p = parse("a,b,c\n1,2,3\n");
        QVERIFY(!p.error);
        QCOMPARE(p.records.size(), 2);
        QCOMPARE(p.records.at(0).fields, fields({u"a", u"b", u"c"}));
        QCOMPARE(p.records.at(1).fields, fields({u"1", u"2", u"3"}));
        QCOMPARE(p.records.at(1).line, 2);
    }
    void crlfAndNoFinalNewline()
    {
        const Parsed p = parse("a,b\r\n1,2\r\n3,4");
        QVERIFY(!p.error);
        QCOMPARE(p.records.size(), 3);
        QCOMPARE(p.records.at(2).fields, fields({u"3", u"4"}));
        QCOMPARE(p.records.at(2).line, 3);
    }
    void bomIsSkipped()
    {
        const Parsed p = parse("\xEF\xBB\xBF\xE5\xA7\x93\xE5\x90\x8D,x\n");
        QVERIFY(!p.error);
        QCOMPARE(p.records.size(), 1);
        QCOMPARE(p.records.at(0).fields, fields({u"姓名", u"x"}));
    }
    void quotedFields()
    {
        const Parsed p = parse("\"a,b\",\"say \"\"hi\"\"\",\"\",plain\n");
        QVERIFY(!p.error);
        QCOMPARE(p.records.size(), 1);
        QCOMPARE(p.records.at(0).fields, fields({u"a,b", u"say \"hi\"", u"", u"plain"}));
    }
    void embeddedLineBreaksAndLineNumbers()
    {
        const Parsed p = parse("h1,h2\r\n\"one\r\ntwo\",x\r\n\"a\nb\nc\",y\nlast,z\n");
        QVERIFY(!p.error);
        QCOMPARE(p.records.size(), 4);
        QCOMPARE(p.records.at(1).fields.at(0), QStringLiteral("one\r\ntwo"));
        QCOMPARE(p.records.at(1).line, 2);
        QCOMPARE(p.records.at(2).fields.at(0), QStringLiteral("a\nb\nc"));
        QCOMPARE(p.records.at(2).line, 4);
        QCOMPARE(p.records.at(3).line, 7);
    }
    void emptyFieldsAndEmptyLines()
    {
        const Parsed p = parse("a,,c\n\n\r\n,\n,,\nx\n");
        QVERIFY(!p.error);
        QCOMPARE(p.records.size(), 4);
        QCOMPARE(p.records.at(0).fields, fields({u"a", u"", u"c"}));
        QCOMPARE(p.records.at(1).fields, fields({u"", u""}));
        QCOMPARE(p.records.at(1).line, 4);
        QCOMPARE(p.records.at(2).fields, fields({u"", u"", u""}));
        QCOMPARE(p.records.at(3).fields, fields({u"x"}));
        QCOMPARE(p.records.at(3).line, 6);
    }
    void otherSeparator()
    {
        const Parsed p = parse("a;\"b;c\";d,e\n", u';');
        QVERIFY(!p.error);
        QCOMPARE(p.records.at(0).fields, fields({u"a", u"b;c", u"d,e"}));
    }
    void emptyInput()
    {
        QVERIFY(parse("").records.isEmpty());
        QVERIFY(parse("\xEF\xBB\xBF").records.isEmpty());
        QVERIFY(parse("\n\n").records.isEmpty());
    }
    void unterminatedQuote()
    {
        const Parsed p = parse("a,b\nc,\"open\nstill open\n");
        QCOMPARE(p.records.size(), 1);
        QVERIFY(p.error);
        QCOMPARE(p.error->code, QStringLiteral("csv.unterminated_quote"));
        QVERIFY2(p.error->message.contains(u'2'), qPrintable(p.error->message));
        QCOMPARE(p.error->detail, QStringLiteral("line 2"));
    }
    void textAfterClosingQuote()
    {
        const Parsed p = parse("a\n\"x\"y,z\n");
        QVERIFY(p.error);
        QCOMPARE(p.error->code, QStringLiteral("csv.text_after_quote"));
        QCOMPARE(p.error->detail, QStringLiteral("line 2"));
    }
    void invalidUtf8()
    {
        const Parsed p = parse("\xD0\xD5\xC3\xFB,x\n"); // 姓名 in GBK
        QVERIFY(p.error);
        QCOMPARE(p.error->code, QStringLiteral("csv.encoding"));
    }
    // Every block size from 1 byte up splits multi-byte characters, CRLF pairs and doubled quotes
    // across blocks somewhere; the records must not change.
    void blockBoundaries_data()
    {
        QTest::addColumn<int>("encoding");
        QTest::addColumn<QByteArray>("codec");
        QTest::newRow("utf8") << int(TextEncoding::Utf8) << QByteArray("UTF-8");
        QTest::newRow("gb18030") << int(TextEncoding::Gb18030) << QByteArray("GB18030");
        QTest::newRow("utf16le") << int(TextEncoding::Utf16LE) << QByteArray("UTF-16LE");
        QTest::newRow("utf16be") << int(TextEncoding::Utf16BE) << QByteArray("UTF-16BE");
    }
    void blockBoundaries()
    {
        QFETCH(int, encoding);
        QFETCH(QByteArray, codec);
        const QString text = QStringLiteral("姓名,备注\r\n张三,\"第一行\r\n第二\"\"行\"\r\n\r\n李四,𠀀😀\r王五,\"a,b\"\n赵六,x");
        const QByteArray bytes = encode(text, codec.constData());
        const QList<QStringList> expected = {cells({u"姓名", u"备注"}), cells({u"张三", u"第一行\r\n第二\"行"}),
                                             cells({u"李四", u"𠀀😀"}), cells({u"王五", u"a,b"}), cells({u"赵六", u"x"})};
        const QList<qint64> lines = {1, 2, 5, 6, 7};
        for (int block = 1; block <= 9; ++block) {
            CsvOptions options;
            options.encoding = TextEncoding(encoding);
            options.blockSize = block;
            const Parsed p = parseWith(bytes, options);
            QVERIFY2(!p.error, qPrintable(QStringLiteral("block %1: %2").arg(block).arg(p.error ? p.error->message : QString())));
            QCOMPARE(p.records.size(), expected.size());
            for (int i = 0; i < expected.size(); ++i) {
                QCOMPARE(p.records.at(i).fields, expected.at(i));
                QCOMPARE(p.records.at(i).line, lines.at(i));
            }
        }
    }
    void decodingErrorNamesItsLine()
    {
        CsvOptions options;
        options.blockSize = 3;
        options.fileName = QStringLiteral("x.csv");
        const Parsed p = parseWith("a,b\r\nc,d\r\n\"e\r\n\xFF\",f\r\n", options);
        QCOMPARE(p.records.size(), 2);
        QVERIFY(p.error);
        QCOMPARE(p.error->code, QStringLiteral("csv.encoding"));
        QVERIFY2(p.error->message.contains(QStringLiteral("\"x.csv\", line 4")), qPrintable(p.error->message));
        const Parsed cut = parse("a,b\r\n\xE5\xBC");
        QCOMPARE(cut.records.size(), 1);
        QCOMPARE(cut.error->code, QStringLiteral("csv.encoding"));
    }
    // A GB18030 file that ends in the middle of a character (a cut-off download or copy) is an
    // error, like UTF-8's, not a last character silently dropped: "中" is D6 D0, "𠀀" is
    // 95 32 82 36. Every block size, so that the cut also falls at a block's end.
    void gb18030CutOffCharacter_data()
    {
        QTest::addColumn<QByteArray>("tail");
        QTest::addColumn<bool>("cut");
        QTest::newRow("whole two-byte character") << QByteArray("\xD6\xD0") << false;
        QTest::newRow("whole four-byte character") << QByteArray("\x95\x32\x82\x36") << false;
        QTest::newRow("one byte of two") << QByteArray("\xD6") << true;
        QTest::newRow("one byte of four") << QByteArray("\x95") << true;
        QTest::newRow("two bytes of four") << QByteArray("\x95\x32") << true;
        QTest::newRow("three bytes of four") << QByteArray("\x95\x32\x82") << true;
        QTest::newRow("not GB18030 (FF)") << QByteArray("\xFF\r\nd,e") << true;
        QTest::newRow("lead byte before a line feed") << QByteArray("\xD6\nd,e") << true;
    }
    void gb18030CutOffCharacter()
    {
        QFETCH(QByteArray, tail);
        QFETCH(bool, cut);
        for (int block = 1; block <= 6; ++block) {
            CsvOptions options;
            options.encoding = TextEncoding::Gb18030;
            options.blockSize = block;
            const Parsed p = parseWith(QByteArray("a,b\r\nc,") + tail, options);
            if (cut) {
                QVERIFY2(p.error, qPrintable(QStringLiteral("block %1").arg(block)));
                QCOMPARE(p.error->code, QStringLiteral("csv.encoding"));
                QCOMPARE(p.records.size(), 1);
            } else {
                QVERIFY2(!p.error, qPrintable(QStringLiteral("block %1: %2").arg(block).arg(p.error ? p.error->message : QString())));
                QCOMPARE(p.records.size(), 2);
                QCOMPARE(p.records.at(1).fields.at(1), QStringDecoder("GB18030").decode(tail).operator QString());
            }
        }
    }
    void crOnlyAndTrailingSeparator()
    {
        const Parsed p = parse("a,b,\rc,d\r\re");
        QVERIFY(!p.error);
        QCOMPARE(p.records.size(), 3);
        QCOMPARE(p.records.at(0).fields, fields({u"a", u"b", u""}));
        QCOMPARE(p.records.at(1).line, 2);
        QCOMPARE(p.records.at(2).line, 4);
    }
    void blanksAfterClosingQuote()
    {
        const Parsed p = parse("\"a\"  ,b\n");
        QVERIFY(!p.error);
        QCOMPARE(p.records.at(0).fields, fields({u"a", u"b"}));
    }
    void limits()
    {
        CsvOptions options;
        options.limits.maxCellChars = 3;
        QCOMPARE(parseWith("abcd\n", options).error->code, QStringLiteral("import.limit_cell_chars"));
        options = {};
        options.limits.maxColumns = 2;
        QCOMPARE(parseWith("a,b,c\n", options).error->code, QStringLiteral("import.limit_columns"));
        options = {};
        options.limits.maxRows = 1;
        QCOMPARE(parseWith("a\nb\n", options).error->code, QStringLiteral("import.limit_rows"));
        options = {};
        options.limits.maxRecordChars = 10;
        options.blockSize = 4;
        const Parsed p = parseWith("ok\n\"0123456789abc", options);
        QCOMPARE(p.records.size(), 1);
        QCOMPARE(p.error->code, QStringLiteral("import.limit_record_chars"));
    }
    void largeInputAcrossBlocks()
    {
        QByteArray bytes;
        for (int i = 0; i < 20000; ++i)
            bytes += "\xE5\xBC\xA0\xE4\xB8\x89," + QByteArray::number(i) + ",\"q,\"\"" + QByteArray::number(i) + "\"\r\n";
        const Parsed p = parse(bytes);
        QVERIFY(!p.error);
        QCOMPARE(p.records.size(), 20000);
        QCOMPARE(p.records.at(12345).fields, QStringList({QStringLiteral("张三"), QStringLiteral("12345"),
                                                          QStringLiteral("q,\"12345")}));
        QCOMPARE(p.records.at(19999).line, 20000);
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
