// The client store's clock: a test sets "now" and what the store stamps follows it, on the
// writer's thread too; clearing it brings back the system clock.
#include "Clock.h"
#include "DatabaseWriter.h"
#include "StoreSql.h"
#include "SyncStore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace cet;

class TestClock : public QObject
{
    Q_OBJECT

    const QDateTime m_fixed = QDateTime(QDate(2026, 3, 1), QTime(8, 0, 0, 250), Qt::UTC);

private slots:
    void cleanup() { clock::set({}); }

    void setClockIsNow()
    {
        clock::set([this] { return m_fixed; });
        QCOMPARE(clock::now(), m_fixed);
        QCOMPARE(sql::nowText(), u"2026-03-01T08:00:00.250Z"_qs);
        // A clock in another time zone still gives UTC.
        clock::set([this] { return m_fixed.toOffsetFromUtc(8 * 3600); });
        QCOMPARE(clock::now().timeSpec(), Qt::UTC);
        QCOMPARE(sql::nowText(), u"2026-03-01T08:00:00.250Z"_qs);
    }

    void storeStampsWithTheClockOnTheWriter()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"clock.sqlite"_qs);
        clock::set([this] { return m_fixed; });
        auto writer = DatabaseWriter::forPath(path);
        auto synced = writer->call<void>([](Database &db) -> Result<void> {
            SyncStore store(db);
            if (auto r = store.log(u"info"_qs, u"stamped"_qs); !r)
                return r;
            return store.markSynced();
        });
        QVERIFY2(synced, qPrintable(synced ? QString() : synced.error().detail));
        auto reader = Database::open(path, Database::Mode::ReadOnly);
        QVERIFY(reader);
        SyncStore store(*reader.value());
        QCOMPARE(store.state().value().lastSyncAt, m_fixed);
        const QList<SyncLogEntry> log = store.logEntries(10).value();
        QCOMPARE(log.size(), 1);
        QCOMPARE(log.first().at, m_fixed);
    }

    void emptyClockIsTheSystemClock()
    {
        clock::set([this] { return m_fixed; });
        clock::set({});
        const QDateTime before = QDateTime::currentDateTimeUtc();
        const QDateTime now = clock::now();
        QVERIFY(now >= before);
        QVERIFY(now <= QDateTime::currentDateTimeUtc());
        QCOMPARE(now.timeSpec(), Qt::UTC);
    }
};

QTEST_GUILESS_MAIN(TestClock)
#include "tst_clock.moc"
