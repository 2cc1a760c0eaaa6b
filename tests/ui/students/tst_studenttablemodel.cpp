#include "Database.h"
#include "IdNumber.h"
#include "StudentRepository.h"
#include "StudentTableModel.h"
#include "StudentTestData.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace cet;

class tst_StudentTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void modelTesterThroughQueriesAndSorting();
    void windowsAreFetchedLazily();
    void sortingRequeries();
    void filtersCount();
    void idNumbersMaskedUnlessRevealed();
    void reloadKeepsRowsWhenCountUnchanged();

private:
    std::unique_ptr<Database> openFilled(const QString &name, int total);

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_small; // 450 rows
    std::unique_ptr<Database> m_big;   // 5,000 rows
};

std::unique_ptr<Database> tst_StudentTableModel::openFilled(const QString &name, int total)
{
    auto opened = Database::open(m_dir.filePath(name));
    if (!opened) {
        qWarning("%s", qPrintable(opened.error().message + QLatin1Char(' ') + opened.error().detail));
        return {};
    }
    std::unique_ptr<Database> db = std::move(opened).value();
    StudentRepository repo(*db);
    QList<StudentRecord> records = test::makeStudents(total);
    const Result<void> inserted = repo.insert(records);
    if (!inserted) {
        qWarning("%s", qPrintable(inserted.error().message + QLatin1Char(' ') + inserted.error().detail));
        return {};
    }
    return db;
}

void tst_StudentTableModel::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_small = openFilled(QStringLiteral("small.sqlite"), 450);
    QVERIFY(m_small);
    m_big = openFilled(QStringLiteral("big.sqlite"), 5000);
    QVERIFY(m_big);
}

void tst_StudentTableModel::modelTesterThroughQueriesAndSorting()
{
    StudentRepository repo(*m_small);
    StudentTableModel model(repo);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QCOMPARE(model.rowCount(), 450);
    QCOMPARE(model.columnCount(), int(StudentField::Count_) + 1); // and the registration state

    StudentQuery query;
    query.filter.search = QStringLiteral("张");
    model.setQuery(query);
    QCOMPARE(model.rowCount(), 225);

    query.filter.search = QStringLiteral("nobody-matches-this");
    model.setQuery(query);
    QCOMPARE(model.rowCount(), 0);

    query.filter = {};
    query.filter.department = QStringLiteral("外国语学院");
    model.setQuery(query);
    QCOMPARE(model.rowCount(), 225);

    model.sort(int(StudentField::StudentNo), Qt::DescendingOrder);
    QCOMPARE(model.rowCount(), 225);
    model.sort(int(StudentField::Name), Qt::AscendingOrder);
    model.sort(-1);
    QVERIFY(!model.query().sortField.has_value());

    model.setQuery({});
    QCOMPARE(model.rowCount(), 450);
    model.reload();
    QCOMPARE(model.rowCount(), 450);
}

void tst_StudentTableModel::windowsAreFetchedLazily()
{
    StudentRepository repo(*m_big);
    StudentTableModel model(repo);
    QCOMPARE(model.rowCount(), 5000);
    QCOMPARE(model.windowFetchCount(), 0);

    // Insertion order: row n is student n.
    QCOMPARE(model.data(model.index(4321, int(StudentField::StudentNo))).toString(), QStringLiteral("20234322"));
    QCOMPARE(model.windowFetchCount(), 1);
    // Same window: no new read.
    QCOMPARE(model.data(model.index(4200, int(StudentField::Name))).toString(), QStringLiteral("张同学4201"));
    QCOMPARE(model.data(model.index(4399, int(StudentField::StudentNo))).toString(), QStringLiteral("20234400"));
    QCOMPARE(model.windowFetchCount(), 1);
    // Next window: one more read.
    QCOMPARE(model.data(model.index(4400, int(StudentField::StudentNo))).toString(), QStringLiteral("20234401"));
    QCOMPARE(model.windowFetchCount(), 2);

    // Touch more windows than the cache keeps; the first ones are evicted and read again.
    for (int w = 0; w < StudentTableModel::maxCachedWindows; ++w)
        QVERIFY(model.recordAt(w * StudentTableModel::windowSize).has_value());
    const int before = model.windowFetchCount();
    QCOMPARE(before, 2 + StudentTableModel::maxCachedWindows);
    QCOMPARE(model.recordAt(4321)->studentNo, QStringLiteral("20234322"));
    QCOMPARE(model.windowFetchCount(), before + 1);
    // Far fewer reads than windows in the table.
    QVERIFY(model.windowFetchCount() < 5000 / StudentTableModel::windowSize);
    QVERIFY(!model.recordAt(5000).has_value());
    QVERIFY(!model.recordAt(-1).has_value());
}

void tst_StudentTableModel::sortingRequeries()
{
    StudentRepository repo(*m_small);
    StudentTableModel model(repo);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    model.sort(int(StudentField::StudentNo), Qt::DescendingOrder);
    QCOMPARE(resets.count(), 1);
    QCOMPARE(model.query().sortField, std::optional<StudentField>(StudentField::StudentNo));
    QVERIFY(model.query().descending);
    QCOMPARE(model.recordAt(0)->studentNo, QStringLiteral("20230450"));
    QCOMPARE(model.recordAt(449)->studentNo, QStringLiteral("20230001"));
    model.sort(int(StudentField::StudentNo), Qt::AscendingOrder);
    QCOMPARE(model.recordAt(0)->studentNo, QStringLiteral("20230001"));
}

void tst_StudentTableModel::filtersCount()
{
    StudentRepository repo(*m_small);
    StudentTableModel model(repo);
    StudentQuery query;
    query.filter.campusCode = QStringLiteral("991011");
    model.setQuery(query);
    QCOMPARE(model.rowCount(), 225);
    QCOMPARE(model.recordAt(0)->campusCode, QStringLiteral("991011"));
    query.filter.search = QStringLiteral("2023044");
    model.setQuery(query);
    QCOMPARE(model.rowCount(), 10); // 20230440 .. 20230449
}

void tst_StudentTableModel::idNumbersMaskedUnlessRevealed()
{
    StudentRepository repo(*m_small);
    StudentTableModel model(repo);
    const int column = int(StudentField::IdNumber);
    const StudentRecord first = *model.recordAt(0);
    const QString masked = maskIdNumber(first.idType, first.idNumber);
    QVERIFY(masked != first.idNumber);
    QVERIFY(masked.contains(QLatin1Char('*')));
    QCOMPARE(model.data(model.index(0, column)).toString(), masked);

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setRevealed(first.id, true);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>(), model.index(0, column));
    QCOMPARE(model.data(model.index(0, column)).toString(), first.idNumber);
    // Only that row.
    QVERIFY(model.data(model.index(1, column)).toString().contains(QLatin1Char('*')));

    model.setRevealed(first.id, false);
    QCOMPARE(model.data(model.index(0, column)).toString(), masked);

    // A new filter forgets reveals.
    model.setRevealed(first.id, true);
    StudentQuery query;
    query.filter.grade = QStringLiteral("2023");
    model.setQuery(query);
    QVERIFY(!model.isRevealed(first.id));
    QCOMPARE(model.data(model.index(0, column)).toString(), masked);
}

void tst_StudentTableModel::reloadKeepsRowsWhenCountUnchanged()
{
    StudentRepository repo(*m_small);
    StudentTableModel model(repo);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    StudentRecord before = *model.recordAt(3);
    StudentRecord after = before;
    after.note = QStringLiteral("changed in test");
    const Result<StudentRecord> stored = repo.update(before, after, QStringLiteral("tester"));
    QVERIFY2(stored.ok(), qPrintable(stored ? QString() : stored.error().message));
    QCOMPARE(model.data(model.index(3, int(StudentField::Note))).toString(), QString()); // cached
    model.reload();
    QCOMPARE(resets.count(), 0);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.data(model.index(3, int(StudentField::Note))).toString(), QStringLiteral("changed in test"));
    // Put it back for other tests.
    QVERIFY(repo.update(stored.value(), before, QStringLiteral("tester")).ok());
}

QTEST_MAIN(tst_StudentTableModel)
#include "tst_studenttablemodel.moc"
