// The 通告 page: pick a scope, edit with a live count and preview, save (queued for sync), and a
// conflict shown side by side with "keep mine" and "take theirs".
#include "NoticeService.h"
#include "NoticesPage.h"
#include "OutboxRepository.h"
#include "SyncStore.h"

#include <QDateEdit>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace cet;

class TestNoticesPage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    // The page's connection, read-only as in the application: its writes must go through the writer.
    std::unique_ptr<Database> m_reader;

    template<typename T>
    static T *child(QWidget &page, const char *name)
    {
        T *w = page.findChild<T *>(QString::fromLatin1(name));
        if (!w)
            qFatal("no child %s", name);
        return w;
    }

    QList<OutboxOp> schoolOps()
    {
        auto ops = OutboxRepository(*m_db).nextBatch(10, {});
        QList<OutboxOp> out;
        for (const OutboxOp &op : ops.value())
            if (op.key == u"10001")
                out << op;
        return out;
    }

    // The server answers the school notice's pending op with a conflict: it holds `theirs` at version 5.
    void answerWithConflict(const NoticeText &theirs)
    {
        const QList<OutboxOp> ops = schoolOps();
        QCOMPARE(ops.size(), 1);
        OutboxOpResult r;
        r.opId = ops.first().opId;
        r.status = QStringLiteral("conflict");
        r.version = 5;
        r.record = theirs.toJson();
        r.conflicts.append(QJsonObject{ { u"field"_qs, u"title"_qs }, { u"changed_by"_qs, u"coord2"_qs } });
        QVERIFY(OutboxRepository(*m_db).applyResults(ops, { r }));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto db = Database::open(m_dir.filePath(u"page.sqlite"_qs));
        QVERIFY(db);
        m_db = std::move(db.value());
        QVERIFY(SyncStore(*m_db).saveAccount(u"http://127.0.0.1:9"_qs, u"coord1"_qs, u"Coordinator"_qs,
                                             u"coordinator"_qs, u"10001"_qs));
        // A campus known from an earlier notice.
        QVERIFY(NoticeService(*m_db).saveAndWait(u"100012"_qs, { u"二校区"_qs, u"正文"_qs, QDate(2026, 1, 1) }));
        auto reader = Database::open(m_dir.filePath(u"page.sqlite"_qs), Database::Mode::ReadOnly);
        QVERIFY(reader);
        m_reader = std::move(reader.value());
    }

    void listsSchoolAndCampuses()
    {
        NoticesPage page(*m_reader);
        page.show();
        auto *list = child<QListWidget>(page, "noticeScopes");
        QCOMPARE(list->count(), 2);
        QVERIFY(list->item(0)->text().contains(u"10001"_qs));
        QVERIFY(list->item(1)->text().contains(u"100012"_qs));
        QCOMPARE(list->currentRow(), 0);
    }

    void editCountsPreviewsAndSaves()
    {
        NoticesPage page(*m_reader);
        page.show();
        auto *title = child<QLineEdit>(page, "noticeTitle");
        auto *body = child<QPlainTextEdit>(page, "noticeBody");
        auto *count = child<QLabel>(page, "noticeCount");
        auto *save = child<QPushButton>(page, "noticeSave");
        auto *preview = child<QTextBrowser>(page, "noticePreview");
        QVERIFY(!save->isEnabled());
        QTest::keyClicks(title, u" Exam notice "_qs); // typed (keyClicks takes ASCII only)
        body->setPlainText(u"请按时缴费😀"_qs); // the emoji is one character
        QVERIFY2(count->text().startsWith(u"6 "_qs), qPrintable(count->text()));
        QVERIFY(preview->toPlainText().contains(u"Exam notice"_qs));
        QVERIFY(preview->toPlainText().contains(u"请按时缴费"_qs));
        QVERIFY(save->isEnabled());
        // Too long: not saved.
        body->setPlainText(QString(NoticeService::kMaxBody + 1, u'字'));
        QVERIFY(!save->isEnabled());
        body->setPlainText(u"请按时缴费"_qs);
        // Unsaved: another scope can not be picked.
        auto *list = child<QListWidget>(page, "noticeScopes");
        list->setCurrentRow(1);
        QCOMPARE(list->currentRow(), 0);
        QVERIFY(child<QLabel>(page, "noticeMessage")->isVisible());
        QCOMPARE(title->text(), u" Exam notice "_qs);
        QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY(!save->isEnabled()); // one save at a time
        QTRY_VERIFY(child<QLabel>(page, "noticeMessage")->text().contains(u"next sync"_qs));
        auto n = NoticeService(*m_db).find(u"10001"_qs);
        QVERIFY(n && n.value());
        QCOMPARE(n.value()->text.title, u"Exam notice"_qs); // trimmed
        QVERIFY(n.value()->pending);
        QVERIFY(!save->isEnabled());
        QVERIFY(child<QListWidget>(page, "noticeScopes")->item(0)->text().contains(u"10001"_qs));
    }

    void conflictKeepMine()
    {
        answerWithConflict({ u"他们的标题"_qs, u"他们的正文"_qs, QDate(2026, 2, 1) });
        NoticesPage page(*m_reader);
        page.show();
        auto *conflict = child<QWidget>(page, "noticeConflict");
        QVERIFY(conflict->isVisible());
        QVERIFY(child<QTextBrowser>(page, "conflictMine")->toPlainText().contains(u"Exam notice"_qs));
        QVERIFY(child<QTextBrowser>(page, "conflictTheirs")->toPlainText().contains(u"他们的正文"_qs));
        QTest::mouseClick(child<QPushButton>(page, "keepMine"), Qt::LeftButton);
        QTRY_VERIFY(!conflict->isVisible());
        QCOMPARE(SyncStore(*m_db).openConflictCount().value(), 0);
        const QList<OutboxOp> ops = schoolOps();
        QCOMPARE(ops.size(), 1);
        QCOMPARE(ops.first().baseVersion, 5);
        QCOMPARE(NoticeService(*m_db).find(u"10001"_qs).value()->text.title, u"Exam notice"_qs);
    }

    void conflictTakeTheirs()
    {
        answerWithConflict({ u"服务器的标题"_qs, u"服务器的正文"_qs, QDate(2026, 2, 2) });
        NoticesPage page(*m_reader);
        page.show();
        QVERIFY(child<QWidget>(page, "noticeConflict")->isVisible());
        QTest::mouseClick(child<QPushButton>(page, "takeTheirs"), Qt::LeftButton);
        QTRY_VERIFY(!child<QWidget>(page, "noticeConflict")->isVisible());
        QCOMPARE(child<QLineEdit>(page, "noticeTitle")->text(), u"服务器的标题"_qs);
        QCOMPARE(child<QDateEdit>(page, "noticeShownFrom")->date(), QDate(2026, 2, 2));
        QVERIFY(schoolOps().isEmpty());
    }

    void withoutSchoolExplains()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(u"none.sqlite"_qs));
        QVERIFY(db);
        NoticesPage page(*db.value());
        page.show();
        QVERIFY(child<QLabel>(page, "noticeMessage")->isVisible());
        QVERIFY(!child<QLineEdit>(page, "noticeTitle")->isEnabled());
    }
};

QTEST_MAIN(TestNoticesPage)
#include "tst_noticespage.moc"
