// The offers grid: one row per campus and subject, edits as undoable steps, copy-down, paste of
// Excel text (all or nothing), and the offer rules marking the cell they are about.
#include "OfferGridModel.h"

#include <QTest>
#include <QUndoStack>

using namespace cet;

namespace {

QList<Campus> twoCampuses()
{
    return { Campus{ { u"100011"_qs, u"主校区"_qs, QString() } }, Campus{ { u"100012"_qs, u"东校区"_qs, QString() } } };
}

Offer savedWritten(int taken)
{
    Offer o;
    o.settings.campusCode = u"100011"_qs;
    o.settings.subject = u"1"_qs;
    o.settings.capacity = 100;
    o.settings.feeFen = 3000;
    o.settings.windowStart = QDateTime(QDate(2026, 3, 1), QTime(0, 0), Qt::UTC);
    o.settings.windowEnd = QDateTime(QDate(2026, 3, 20), QTime(0, 0), Qt::UTC);
    o.taken = taken;
    o.serverVersion = 3;
    return o;
}

} // namespace

class TestOfferGrid : public QObject
{
    Q_OBJECT

private slots:
    void rowsPerCampusAndSubject()
    {
        OfferGridModel m;
        m.load(twoCampuses(), { savedWritten(17) });
        QCOMPARE(m.rowCount(), 22); // 11 subjects × 2 campuses
        const QModelIndex taken = m.indexOf(u"100011"_qs, u"1"_qs, OfferGridModel::TakenCol);
        QCOMPARE(m.data(taken).toInt(), 17);
        QVERIFY(!(m.flags(taken) & Qt::ItemIsEditable)); // the server's count
        QCOMPARE(m.changedCount(), 0);
    }

    void editUndoRedo()
    {
        OfferGridModel m;
        m.load(twoCampuses(), { savedWritten(0) });
        const QModelIndex cap = m.indexOf(u"100011"_qs, u"1"_qs, OfferGridModel::CapacityCol);
        QVERIFY(m.setData(cap, u"150"_qs));
        QCOMPARE(m.changedOffers().size(), 1);
        QCOMPARE(m.changedOffers().first().capacity, 150);
        m.undoStack()->undo();
        QCOMPARE(m.data(cap).toString(), u"100"_qs);
        QCOMPARE(m.changedCount(), 0);
        m.undoStack()->redo();
        QCOMPARE(m.data(cap).toString(), u"150"_qs);
        // Bad text: refused, the value stays, the cell is marked with the reason.
        QVERIFY(!m.setData(cap, u"many"_qs));
        QCOMPARE(m.data(cap).toString(), u"150"_qs);
        QVERIFY(m.data(cap, Qt::ToolTipRole).toString().contains(u"many"_qs));
    }

    void rulesMarkTheCell()
    {
        OfferGridModel m;
        m.load(twoCampuses(), { savedWritten(40) });
        const QModelIndex cap = m.indexOf(u"100011"_qs, u"1"_qs, OfferGridModel::CapacityCol);
        QVERIFY(m.setData(cap, u"30"_qs));
        QVERIFY(m.firstProblem());
        QCOMPARE(m.firstProblem()->code, u"offer.capacity_below_taken"_qs);
        QVERIFY(m.data(cap, Qt::ToolTipRole).toString().contains(u"40"_qs));
        QVERIFY(m.data(cap, Qt::BackgroundRole).isValid());
        m.undoStack()->undo();
        QVERIFY(!m.firstProblem());
        // The oral F ticked at a campus without written 1: marked on "offered".
        const QModelIndex oral = m.indexOf(u"100012"_qs, u"F"_qs, OfferGridModel::OfferedCol);
        QVERIFY(m.paste(m.indexOf(u"100012"_qs, u"F"_qs, OfferGridModel::FeeCol),
                        u"50\t2026-03-01 08:00\t2026-03-20 08:00"_qs));
        QVERIFY(m.setData(oral, Qt::Checked, Qt::CheckStateRole));
        QVERIFY(m.firstProblem());
        QCOMPARE(m.firstProblem()->code, u"offer.oral_without_written"_qs);
        QVERIFY(!m.data(oral, Qt::ToolTipRole).toString().isEmpty());
    }

    void copyDownIsOneStep()
    {
        OfferGridModel m;
        m.load(twoCampuses(), { savedWritten(0) });
        const int top = m.indexOf(u"100011"_qs, u"1"_qs, 0).row();
        QModelIndexList sel;
        for (int r = top; r < top + 4; ++r)
            sel << m.index(r, OfferGridModel::FeeCol) << m.index(r, OfferGridModel::WindowEndCol);
        auto n = m.copyDown(sel);
        QVERIFY(n);
        QCOMPARE(n.value(), 6); // 3 rows below × 2 columns
        QCOMPARE(m.data(m.index(top + 3, OfferGridModel::FeeCol)).toString(), u"30.00"_qs);
        QCOMPARE(m.undoStack()->count(), 1);
        m.undoStack()->undo();
        QCOMPARE(m.data(m.index(top + 3, OfferGridModel::FeeCol)).toString(), u"0.00"_qs);
    }

    void pasteFromExcelAllOrNothing()
    {
        OfferGridModel m;
        m.load(twoCampuses(), {});
        const QModelIndex start = m.indexOf(u"100012"_qs, u"1"_qs, OfferGridModel::OfferedCol);
        auto n = m.paste(start, u"是\t120\t30\r\n是\t80\t30\r\n"_qs);
        QVERIFY2(n, qPrintable(n ? QString() : n.error().message));
        QCOMPARE(n.value(), 6);
        QCOMPARE(m.changedOffers().size(), 2);
        QCOMPARE(m.changedOffers().at(1).capacity, 80);
        QCOMPARE(m.changedOffers().at(1).feeFen, 3000);
        // A bad cell anywhere: nothing changes and the message names the cell.
        auto bad = m.paste(start, u"否\t10\n是\tzehn\n"_qs);
        QVERIFY(!bad);
        QVERIFY2(bad.error().message.contains(u"zehn"_qs), qPrintable(bad.error().message));
        QCOMPARE(m.changedOffers().at(0).capacity, 120);
        QVERIFY(m.changedOffers().at(0).offered);
        // Beyond the last column: refused.
        auto wide = m.paste(m.indexOf(u"100012"_qs, u"1"_qs, OfferGridModel::OpenCol), u"是\t1\t2"_qs);
        QVERIFY(!wide);
        QCOMPARE(m.undoStack()->count(), 1);
    }
};

QTEST_MAIN(TestOfferGrid)
#include "tst_offergrid.moc"
