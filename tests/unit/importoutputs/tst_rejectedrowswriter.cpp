// RejectedRowsWriter on real analyses: the file's header and original cells plus the added line
// and reason columns, as CSV and XLSX, read back with the importer's readers; fixed and imported
// again; cancel and write errors leave no file behind.
#include "Database.h"
#include "ImportTestFiles.h"
#include "RejectedRowSpool.h"
#include "RejectedRowsWriter.h"
#include "StudentColumns.h"
#include "StudentImport.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace cet;
using namespace importtest;

class TestRejectedRowsWriter : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;

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

    // Two good rows and three bad ones: a wrong check character, a military card (with a comma
    // and a quote in 备注), a row with three problems. Line 4 spans two lines (a quoted line break).
    QString roster()
    {
        const QString path = m_dir.filePath(QStringLiteral("roster.csv"));
        QString bad = idOf(2);
        bad[17] = bad.at(17) == u'0' ? u'1' : u'0';
        const QStringList lines{
            header(),
            row(1),
            QStringLiteral("坏校验,女,身份证,%1,10335,103351,本科,4,2023,2023级,外语学院,英语,英语2301,0023002,").arg(bad),
            QStringLiteral("军官,女,军官证,%1,10335,103351,本科,4,2023,2023级,外语学院,英语,英语2301,0023003,"
                           "\"备注, 含\"\"引号\"\"\n第二行\"").arg(idOf(3)),
            QStringLiteral(",男,身份证,%1,10335,103351,小学,4,2023,2023级,外语学院,英语,英语2301,0023004,").arg(idOf(4)),
            row(5),
        };
        if (!writeCsv(path, lines))
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    static void checkRows(const QList<SourceRow> &rows, const QStringList &expectedHeader)
    {
        QCOMPARE(rows.size(), 4);
        QCOMPARE(rows.at(0).cells, expectedHeader);
        QCOMPARE(rows.at(1).cells.value(0), QStringLiteral("3"));
        QCOMPARE(rows.at(2).cells.value(0), QStringLiteral("4"));
        QCOMPARE(rows.at(3).cells.value(0), QStringLiteral("6"));
        QVERIFY2(!rows.at(1).cells.value(1).isEmpty(), "a reason for each row");
        // Three problems, three reasons in one cell.
        QCOMPARE(rows.at(3).cells.value(1).count(RejectedRowsWriter::reasonSeparator()), 2);
        // The original cells, unchanged: leading zeros, the ID number, the quoted note.
        QCOMPARE(rows.at(2).cells.value(2), QStringLiteral("军官"));
        QCOMPARE(rows.at(2).cells.value(2 + 3), idOf(3));
        QCOMPARE(rows.at(2).cells.value(2 + 13), QStringLiteral("0023003"));
        QCOMPARE(rows.at(2).cells.value(2 + 14), QStringLiteral("备注, 含\"引号\"\n第二行"));
        QCOMPARE(rows.at(3).cells.value(2 + 6), QStringLiteral("小学"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto db = Database::open(m_dir.filePath(QStringLiteral("outputs.sqlite")));
        QVERIFY2(db, db ? "" : qPrintable(db.error().message));
        m_db = std::move(db.value());
    }

    void addedHeadersNameNoField()
    {
        QVERIFY(!StudentColumns::fieldForHeader(RejectedRowsWriter::lineHeader()));
        QVERIFY(!StudentColumns::fieldForHeader(RejectedRowsWriter::reasonHeader()));
    }

    void csv()
    {
        const auto analysis = analyse(roster());
        QCOMPARE(analysis->rejected, qint64(3));
        const QString out = m_dir.filePath(QStringLiteral("rejected.csv"));
        ImportProgress progress;
        const auto written = RejectedRowsWriter::write(*analysis, out, &progress);
        QVERIFY2(written, written ? "" : qPrintable(written.error().message));
        QCOMPARE(written.value(), qint64(3));
        QCOMPARE(progress.done.load(), qint64(3));
        QVERIFY(!QFile::exists(out + QStringLiteral(".part")));

        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF\xE5\x8E\x9F")); // BOM, then 原
        QCOMPARE(bytes.count("\r\n"), 4);                      // the note's own line break stays LF
        QVERIFY(bytes.contains("\"\xE5\xA4\x87\xE6\xB3\xA8, \xE5\x90\xAB\"\"")); // "备注, 含"" quoted

        const auto rows = readTable(out);
        QVERIFY2(rows, rows ? "" : qPrintable(rows.error().message));
        checkRows(rows.value(), QStringList{QStringLiteral("原行号"), QStringLiteral("错误原因")}
                                    + StudentColumns::chineseHeaderRow());
        // Padded to the header's width, so every record has the same number of fields.
        QCOMPARE(rows.value().at(1).cells.size(), 2 + 15 - 1); // trailing empty 备注 dropped by the reader
    }

    void xlsx()
    {
        const auto analysis = analyse(roster());
        const QString out = m_dir.filePath(QStringLiteral("rejected.xlsx"));
        const auto written = RejectedRowsWriter::write(*analysis, out);
        QVERIFY2(written, written ? "" : qPrintable(written.error().message));
        const auto rows = readTable(out);
        QVERIFY2(rows, rows ? "" : qPrintable(rows.error().message));
        checkRows(rows.value(), QStringList{QStringLiteral("原行号"), QStringLiteral("错误原因")}
                                    + StudentColumns::chineseHeaderRow());
        // Data cells are text cells: nothing for a spreadsheet to turn into a number.
        QCOMPARE(rows.value().at(2).kind(2 + 3), CellKind::Text);
        QCOMPARE(rows.value().at(2).kind(2 + 13), CellKind::Text);
    }

    void fixedFileImportsAgain()
    {
        const auto analysis = analyse(roster());
        const QString out = m_dir.filePath(QStringLiteral("to-fix.csv"));
        QVERIFY(RejectedRowsWriter::write(*analysis, out).ok());

        // The coordinator fixes the military card row and leaves the others.
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QString text = QString::fromUtf8(file.readAll());
        file.close();
        QVERIFY(text.contains(QStringLiteral(",军官证,")));
        text.replace(QStringLiteral(",军官证,"), QStringLiteral(",身份证,"));
        QVERIFY(writeBytes(out, text.toUtf8()));

        auto preview = StudentImport::preview(out);
        QVERIFY2(preview, preview ? "" : qPrintable(preview.error().message));
        const ColumnMapping &mapping = preview.value().request.mapping;
        QVERIFY(!mapping.fields.at(0).has_value());
        QVERIFY(!mapping.fields.at(1).has_value());
        QVERIFY(mapping.missingRequired().isEmpty());
        QCOMPARE(mapping.columnOf(StudentField::IdNumber), std::optional<qsizetype>(2 + 3));

        const auto again = analyse(out);
        QCOMPARE(again->rowsRead, qint64(3));
        QCOMPARE(again->rejected, qint64(2));
        QCOMPARE(again->inserts, qint64(1));
        QCOMPARE(again->arena.record(0).name, QStringLiteral("军官"));
    }

    void noRejectedRowsWritesTheHeader()
    {
        const QString path = m_dir.filePath(QStringLiteral("good.csv"));
        QVERIFY(writeCsv(path, {header(), row(7), row(8)}));
        const auto analysis = analyse(path);
        QCOMPARE(analysis->rejected, qint64(0));
        const QString out = m_dir.filePath(QStringLiteral("none.xlsx"));
        const auto written = RejectedRowsWriter::write(*analysis, out);
        QVERIFY(written);
        QCOMPARE(written.value(), qint64(0));
        const auto rows = readTable(out);
        QVERIFY(rows);
        QCOMPARE(rows.value().size(), 1);
    }

    void cancelLeavesNoFile_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("csv") << QStringLiteral("cancelled.csv");
        QTest::newRow("xlsx") << QStringLiteral("cancelled.xlsx");
    }
    void cancelLeavesNoFile()
    {
        QFETCH(QString, name);
        const auto analysis = analyse(roster());
        const QString out = m_dir.filePath(name);
        QVERIFY(writeBytes(out, "the file that was there"));
        ImportProgress progress;
        progress.cancelRequested = true;
        const auto written = RejectedRowsWriter::write(*analysis, out, &progress);
        QVERIFY(!written);
        QCOMPARE(written.error().code, QStringLiteral("import.cancelled"));
        QVERIFY(!QFile::exists(out + QStringLiteral(".part")));
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("the file that was there"));
    }

    void unwritableFolder_data()
    {
        cancelLeavesNoFile_data();
    }
    void unwritableFolder()
    {
        QFETCH(QString, name);
        const auto analysis = analyse(roster());
        const QString out = m_dir.filePath(QStringLiteral("no-such-folder/") + name);
        const auto written = RejectedRowsWriter::write(*analysis, out);
        QVERIFY(!written);
        QCOMPARE(written.error().code, QStringLiteral("export.write_failed"));
        QVERIFY2(written.error().message.contains(name), qPrintable(written.error().message));
    }
};

QTEST_GUILESS_MAIN(TestRejectedRowsWriter)
#include "tst_rejectedrowswriter.moc"
