// Unit tests of the capacity colours shown to candidates.
#include "Capacity.h"

#include <QtTest>

using namespace cet;

class TestCapacity : public QObject
{
    Q_OBJECT

private slots:
    void colour_data();
    void colour();
};

void TestCapacity::colour_data()
{
    QTest::addColumn<int>("seats");
    QTest::addColumn<int>("taken");
    QTest::addColumn<int>("colour");
    QTest::addColumn<int>("remaining");
    const int G = int(CapacityColour::Green), Y = int(CapacityColour::Yellow), R = int(CapacityColour::Red);
    QTest::newRow("empty-room") << 100 << 0 << G << 100;
    QTest::newRow("49-taken") << 100 << 49 << G << 51;
    QTest::newRow("exactly-half") << 100 << 50 << Y << 50;
    QTest::newRow("one-left") << 100 << 99 << Y << 1;
    QTest::newRow("full") << 100 << 100 << R << 0;
    QTest::newRow("overbooked") << 100 << 103 << R << 0;
    QTest::newRow("odd-3-of-7-left") << 7 << 4 << Y << 3;
    QTest::newRow("odd-4-of-7-left") << 7 << 3 << G << 4;
    QTest::newRow("one-seat-free") << 1 << 0 << G << 1;
    QTest::newRow("one-seat-taken") << 1 << 1 << R << 0;
    QTest::newRow("two-seats-one-left") << 2 << 1 << Y << 1;
    QTest::newRow("no-seats") << 0 << 0 << R << 0;
    QTest::newRow("negative-seats") << -5 << 0 << R << 0;
    QTest::newRow("negative-taken") << 10 << -1 << G << 11;
    for (int taken = 0; taken <= 10; ++taken) {
        const int left = 10 - taken;
        QTest::newRow(qPrintable(QStringLiteral("ten-%1").arg(taken))) << 10 << taken
                                                                       << (left > 5          ? G
                                                                                  : left > 0 ? Y
                                                                                             : R)
                                                                       << left;
    }
}

void TestCapacity::colour()
{
    QFETCH(int, seats);
    QFETCH(int, taken);
    QFETCH(int, colour);
    QFETCH(int, remaining);
    QCOMPARE(int(capacityColour(seats, taken)), colour);
    QCOMPARE(remainingSeats(seats, taken), remaining);
    const QString text = capacityDisplayText(seats, taken);
    if (colour == int(CapacityColour::Red))
        QCOMPARE(text, QStringLiteral("None"));
    else
        QCOMPARE(text, QString::number(remaining));
}

QTEST_GUILESS_MAIN(TestCapacity)
#include "tst_capacity.moc"
