#include "FirstSeenIndex.h"

#include <QHash>
#include <QRandomGenerator>
#include <QTest>

using namespace cet;

class TestFirstSeenIndex : public QObject
{
    Q_OBJECT

private slots:
    void firstValueWins()
    {
        FirstSeenIndex index;
        QCOMPARE(index.findOrInsert(42, 0), -1);
        QCOMPARE(index.findOrInsert(42, 7), 0);
        QCOMPARE(index.find(42), 0);
        QCOMPARE(index.find(43), -1);
        QCOMPARE(index.size(), qsizetype(1));
    }

    // Keys that differ only in their high or low half, zero and all ones are distinct keys.
    void keysDifferingInOneHalf()
    {
        FirstSeenIndex index;
        const quint64 keys[] = { 0, ~quint64(0), quint64(1) << 32, 1, (quint64(1) << 32) | 1, 0xFFFFFFFFull,
                                 0xFFFFFFFF00000000ull };
        qint32 value = 0;
        for (quint64 key : keys)
            QCOMPARE(index.findOrInsert(key, value++), -1);
        value = 0;
        for (quint64 key : keys)
            QCOMPARE(index.find(key), value++);
    }

    // Agrees with QHash over growth, repeated keys and keys that share their low bits (which a
    // table indexed by the low bits alone would pile into one run).
    void agreesWithQHash()
    {
        QRandomGenerator rng(20261202);
        FirstSeenIndex index;
        QHash<quint64, qint32> reference;
        for (qint32 i = 0; i < 300000; ++i) {
            quint64 key;
            switch (i % 4) {
            case 0: key = rng.generate64(); break;
            case 1: key = quint64(rng.bounded(100000)) << 40; break; // low bits all zero
            case 2: key = rng.bounded(50000); break;                 // small, repeats
            default: key = quint64(rng.bounded(i + 1)) * 0x9E3779B97F4A7C15ULL; break;
            }
            const auto it = reference.constFind(key);
            const qint32 expected = it == reference.cend() ? -1 : it.value();
            if (expected < 0)
                reference.insert(key, i);
            QCOMPARE(index.findOrInsert(key, i), expected);
        }
        QCOMPARE(index.size(), reference.size());
        for (auto it = reference.cbegin(); it != reference.cend(); ++it)
            QCOMPARE(index.find(it.key()), it.value());
        QCOMPARE(index.find(quint64(0xDEADBEEF) << 20 | 1), reference.value(quint64(0xDEADBEEF) << 20 | 1, -1));
    }
};

QTEST_APPLESS_MAIN(TestFirstSeenIndex)
#include "tst_firstseenindex.moc"
