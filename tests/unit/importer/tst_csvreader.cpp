#include "CsvReader.h"

#include <QBuffer>
#include <QTest>

using namespace cet;

namespace {

struct Parsed
{
    QList<CsvRecord> records;
    std::optional<Error> error;
};

Parsed parse(const QByteArray &bytes, QChar separator = u',')
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, separator);
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

QStringList fields(std::initializer_list<const char16_t *> list)
{
    QStringList out;
    for (const char16_t *s : list)
        out.append(QString::fromUtf16(s));
    return out;
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
