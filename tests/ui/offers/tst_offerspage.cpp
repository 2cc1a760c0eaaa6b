// The 考点与容量 page on a real SQLite file: the readiness list says what is missing and jumps to
// it, grid edits are saved offline as one outbox op per offer (and not while a rule is broken),
// "same as last sitting" fills the grid as one undoable step, the Seats tab shows the server's
// counts with a warning for nearly full oral tests and raises seats, and seats are watched (a
// sync asked for) only while that tab is shown.
#include "CampusDialog.h"
#include "OfferGridModel.h"
#include "OfferRepository.h"
#include "OfferService.h"
#include "OffersPage.h"
#include "OutboxRepository.h"
#include "SeatsView.h"
#include "StudentRepository.h"
#include "SyncStore.h"

#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace cet;

namespace {

const QString kMain = QStringLiteral("100011");
const QString kEast = QStringLiteral("100012");

ServerChange offerChange(qint64 seq, const OfferSettings &s, qint64 version, int taken, int paid)
{
    ServerChange c;
    c.seq = seq;
    c.entity = QStringLiteral("offer");
    c.key = offerKey(s.campusCode, s.subject);
    c.version = version;
    c.data = offerToJson(s);
    c.data.insert(QStringLiteral("taken"), taken);
    c.data.insert(QStringLiteral("paid"), paid);
    return c;
}

OfferSettings complete(const QString &campus, const QString &subject, int capacity)
{
    OfferSettings s;
    s.campusCode = campus;
    s.subject = subject;
    s.capacity = capacity;
    s.feeFen = 3000;
    s.windowStart = QDateTime(QDate(2026, 3, 1), QTime(0, 0), Qt::UTC);
    s.windowEnd = QDateTime(QDate(2026, 3, 20), QTime(9, 0), Qt::UTC);
    s.examAt = QDateTime(QDate(2026, 6, 13), QTime(1, 0), Qt::UTC);
    return s;
}

} // namespace

class TestOffersPage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_n = 0;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Database> m_reader; // the page's connection, read-only as in the application

    template<typename T>
    static T *child(QWidget &page, const char *name)
    {
        T *w = page.findChild<T *>(QString::fromLatin1(name));
        if (!w)
            qFatal("no child %s", name);
        return w;
    }

    QList<OutboxOp> offerOps()
    {
        QList<OutboxOp> out;
        auto ops = OutboxRepository(*m_db).nextBatch(100, {});
        for (const OutboxOp &op : ops.value())
            if (op.entity == u"offer")
                out << op;
        return out;
    }

    OfferService service() { return OfferService(*m_db); }

private slots:
    void init()
    {
        const QString path = m_dir.filePath(QStringLiteral("page%1.sqlite").arg(++m_n));
        auto db = Database::open(path);
        QVERIFY(db);
        m_db = std::move(db.value());
        QVERIFY(SyncStore(*m_db).saveAccount(u"http://127.0.0.1:9"_qs, u"coord1"_qs, u"Coordinator"_qs,
                                             u"coordinator"_qs, u"10001"_qs));
        QList<StudentRecord> students;
        for (int i = 0; i < 50; ++i) {
            StudentRecord s;
            s.name = u"学生%1"_qs.arg(i);
            s.idType = IdType::Passport;
            s.idNumber = u"E%1"_qs.arg(i, 6, 10, QLatin1Char('0'));
            s.schoolCode = u"10001"_qs;
            s.campusCode = kMain;
            students << s;
        }
        QVERIFY(StudentRepository(*m_db).insert(students));
        auto reader = Database::open(path, Database::Mode::ReadOnly);
        QVERIFY(reader);
        m_reader = std::move(reader.value());
    }

    void cleanup()
    {
        m_reader.reset();
        m_db.reset();
    }

    void readinessJumpsToWhatIsMissing()
    {
        OffersPage page(*m_reader);
        page.show();
        auto *list = child<QListWidget>(page, "readinessList");
        QCOMPARE(list->count(), 1);
        QVERIFY2(list->item(0)->text().contains(kMain), qPrintable(list->item(0)->text()));
        QCOMPARE(page.grid()->rowCount(), 0);

        // The missing campus: activating the finding opens the campus dialog with its code.
        emit list->itemActivated(list->item(0));
        auto *dialog = page.findChild<CampusDialog *>();
        QVERIFY(dialog);
        QCOMPARE(dialog->campus().code, kMain);
        dialog->reject();

        QVERIFY(service().saveCampusAndWait({ kMain, u"主校区"_qs, u"学院路1号"_qs }));
        page.refresh();
        QCOMPARE(page.grid()->rowCount(), 11); // one row per catalogue subject
        QVERIFY(list->item(0)->text().contains(kMain));
        emit list->itemActivated(list->item(0)); // no subject offered: to the written CET-4 row
        const QModelIndex current = child<QTableView>(page, "offersGrid")->currentIndex();
        QCOMPARE(page.grid()->settingsAt(current.row()).subject, u"1"_qs);
        QCOMPARE(current.column(), int(OfferGridModel::OfferedCol));
    }

    void editsAreSavedAsOneOpPerOffer()
    {
        QVERIFY(service().saveCampusAndWait({ kMain, u"主校区"_qs, QString() }));
        OffersPage page(*m_reader);
        page.show();
        OfferGridModel *grid = page.grid();
        const auto cell = [&](int column) { return grid->indexOf(kMain, u"1"_qs, column); };
        QVERIFY(grid->setData(cell(OfferGridModel::OfferedCol), int(Qt::Checked), Qt::CheckStateRole));
        QVERIFY(grid->setData(cell(OfferGridModel::CapacityCol), u"120"_qs, Qt::EditRole));
        QVERIFY(grid->setData(cell(OfferGridModel::FeeCol), u"30"_qs, Qt::EditRole));
        QVERIFY(grid->setData(cell(OfferGridModel::WindowStartCol), u"2026-03-01 08:00"_qs, Qt::EditRole));
        QVERIFY(grid->setData(cell(OfferGridModel::WindowEndCol), u"2026-03-20 17:00"_qs, Qt::EditRole));
        QVERIFY(grid->setData(cell(OfferGridModel::ExamAtCol), u"2026-06-13 09:00"_qs, Qt::EditRole));
        QVERIFY(child<QLabel>(page, "offersState")->text().contains(u"1"_qs));
        QVERIFY(child<QPushButton>(page, "saveOffers")->isEnabled());
        QCOMPARE(page.undoStack()->count(), 6);

        page.save();
        QTRY_COMPARE(grid->changedCount(), 0);
        const QList<Offer> saved = service().offers().value();
        QCOMPARE(saved.size(), 1);
        QCOMPARE(saved.first().settings.capacity, 120);
        QCOMPARE(saved.first().settings.feeFen, 3000);
        QVERIFY(saved.first().pending);
        QCOMPARE(offerOps().size(), 1);
        QCOMPARE(page.undoStack()->count(), 0); // saved: nothing left to undo here
        QVERIFY(!child<QPushButton>(page, "saveOffers")->isEnabled());
        // 120 seats cover the 50 students: only the notice is left to do.
        auto *list = child<QListWidget>(page, "readinessList");
        QCOMPARE(list->count(), 1);
        QVERIFY2(list->item(0)->text().contains(u"notice"_qs, Qt::CaseInsensitive), qPrintable(list->item(0)->text()));
    }

    void brokenRuleIsNotSaved()
    {
        QVERIFY(service().saveCampusAndWait({ kMain, u"主校区"_qs, QString() }));
        OffersPage page(*m_reader);
        // The oral CET-4 test where the written one is not offered.
        QVERIFY(page.grid()->setData(page.grid()->indexOf(kMain, u"F"_qs, OfferGridModel::OfferedCol), int(Qt::Checked),
                                     Qt::CheckStateRole));
        QVERIFY(page.grid()->firstProblem());
        QVERIFY(!child<QPushButton>(page, "saveOffers")->isEnabled());
        page.save();
        QVERIFY(child<QLabel>(page, "offersMessage")->text().contains(page.grid()->firstProblem()->message));
        QTest::qWait(100);
        QVERIFY(offerOps().isEmpty());
        QVERIFY(service().offers().value().isEmpty());
    }

    void sameAsLastSittingIsOneUndoableStep()
    {
        QVERIFY(service().saveCampusAndWait({ kMain, u"主校区"_qs, QString() }));
        QVERIFY(service().saveCampusAndWait({ kEast, u"东校区"_qs, QString() }));
        QCOMPARE(service().setOffersAndWait({ complete(kMain, u"1"_qs, 120), complete(kMain, u"2"_qs, 80) }).value(), 2);
        OffersPage page(*m_reader);
        QCOMPARE(page.grid()->changedCount(), 0);
        child<QPushButton>(page, "sameAsLastSitting")->click();
        QCOMPARE(page.grid()->changedCount(), 2);
        QCOMPARE(page.grid()->settingsAt(page.grid()->indexOf(kEast, u"2"_qs, 0).row()).capacity, 80);
        QCOMPARE(page.undoStack()->count(), 1);
        page.undoStack()->undo();
        QCOMPARE(page.grid()->changedCount(), 0);
        page.undoStack()->redo();
        page.save();
        QTRY_COMPARE(service().offers().value().size(), 4);
    }

    void seatsWarnAndRaise()
    {
        QVERIFY(service().saveCampusAndWait({ kMain, u"主校区"_qs, QString() }));
        OfferSettings oral = complete(kMain, u"F"_qs, 30);
        oral.feeFen = 5000;
        auto applied = SyncStore(*m_db).applyPage(
            { offerChange(1, complete(kMain, u"1"_qs, 100), 2, 60, 50), offerChange(2, oral, 4, 28, 20) }, 2,
            u"e1"_qs);
        QVERIFY2(applied, qPrintable(applied ? QString() : applied.error().message));
        OffersPage page(*m_reader);
        page.show();
        SeatsView *seats = page.seats();
        QCOMPARE(seats->rowCount(), 2);
        QCOMPARE(seats->nearlyFullOral(), QStringList{ offerKey(kMain, u"F"_qs) });
        QVERIFY2(seats->warningText().contains(kMain), qPrintable(seats->warningText()));
        QVERIFY(child<QLabel>(page, "seatsSummary")->text().contains(u"88"_qs)); // taken in all

        page.findChild<QTabWidget *>()->setCurrentWidget(seats);
        seats->selectRow(1);
        QCOMPARE(seats->selectedOffer()->settings.subject, u"F"_qs);
        child<QPushButton>(page, "raiseSeats")->click();
        auto *ask = page.findChild<QInputDialog *>(QStringLiteral("raiseSeatsDialog"));
        QVERIFY(ask);
        QCOMPARE(ask->intMinimum(), 28); // never below the seats taken
        QCOMPARE(ask->intValue(), 33);   // 10 % more, at least 5 above taken
        ask->setIntValue(40);
        ask->accept();
        QTRY_COMPARE(service().offers().value().at(1).settings.capacity, 40);
        QCOMPARE(service().offers().value().at(1).taken, 28); // the server's count stays
        QCOMPARE(offerOps().size(), 1);
        QTRY_VERIFY(seats->nearlyFullOral().isEmpty());
    }

    // Bookings do not change the offers' records: the counts fetched after a sync replace the
    // record's, the filling chart shows the selected offer with the pace of the last day, and the
    // export holds the configuration, the seats and the bookings per hour.
    void fetchedCountsFillingAndExport()
    {
        QVERIFY(service().saveCampusAndWait({ kMain, u"主校区"_qs, u"一号路"_qs }));
        OfferSettings oral = complete(kMain, u"F"_qs, 40);
        oral.feeFen = 5000;
        auto applied = SyncStore(*m_db).applyPage(
            { offerChange(1, complete(kMain, u"1"_qs, 100), 2, 5, 5), offerChange(2, oral, 4, 0, 0) }, 2, u"e1"_qs);
        QVERIFY(applied);
        const QDateTime at = QDateTime::currentDateTimeUtc();
        const QDateTime hour = QDateTime(at.date(), QTime(at.time().hour(), 0), Qt::UTC).addSecs(-3600);
        QVERIFY(OfferRepository(*m_db).storeUsage(
            at, { OfferUsage{ kMain, u"1"_qs, 100, 7, 6, true }, OfferUsage{ kMain, u"F"_qs, 40, 16, 10, true } },
            { BookingHour{ kMain, u"F"_qs, hour.addSecs(-7200), 4 }, BookingHour{ kMain, u"F"_qs, hour, 12 } }));
        const auto offers = service().offers().value();
        QCOMPARE(offers.at(0).taken, 7); // the fetched count, not the record's 5
        QCOMPARE(offers.at(1).taken, 16);
        QCOMPARE(offers.at(1).paid, 10);

        OffersPage page(*m_reader);
        page.show();
        SeatsView *seats = page.seats();
        seats->selectRow(1);
        // 16 booked in the last day: 24 seats left fill in about 36 hours.
        QVERIFY2(seats->fillingText().contains(u"16 of 40"_qs), qPrintable(seats->fillingText()));
        QVERIFY2(seats->fillingText().contains(u"16 booked in the last 24 hours"_qs), qPrintable(seats->fillingText()));
        seats->selectRow(0);
        QVERIFY2(seats->fillingText().contains(u"no bookings in the last 24 hours"_qs),
                 qPrintable(seats->fillingText()));

        const QString file = m_dir.filePath(u"seats%1.xlsx"_qs.arg(m_n));
        QVERIFY(page.exportTo(file));
        QFile xlsx(file);
        QVERIFY(xlsx.open(QIODevice::ReadOnly));
        QVERIFY(xlsx.read(2) == "PK"); // a zip container
        QVERIFY(!QFile::exists(file + u".part"_qs));
        // A folder that does not exist: a clear message, no file.
        QVERIFY(!page.exportTo(m_dir.filePath(u"missing/seats.xlsx"_qs)));
        QVERIFY(child<QLabel>(page, "offersMessage")->text().contains(u"seats.xlsx"_qs));
    }

    void seatsAreWatchedOnlyWhileShown()
    {
        OffersPage page(*m_reader);
        int asked = 0;
        page.setSyncNow([&asked] { ++asked; });
        page.show();
        auto *tabs = page.findChild<QTabWidget *>();
        QVERIFY(tabs);
        QVERIFY(!page.isWatchingSeats());
        tabs->setCurrentWidget(page.seats());
        QVERIFY(page.isWatchingSeats());
        page.hide();
        QVERIFY(!page.isWatchingSeats());
        page.show();
        QVERIFY(page.isWatchingSeats());
        tabs->setCurrentIndex(0);
        QVERIFY(!page.isWatchingSeats());
        QCOMPARE(asked, 0);
    }
};

QTEST_MAIN(TestOffersPage)
#include "tst_offerspage.moc"
