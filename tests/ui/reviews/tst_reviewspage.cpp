// The 复核 page: the queue in order with a model tester, the case side by side with the ID
// numbers' differences marked, deciding by keyboard (P, F with a reason, N), undo, a batch
// decision over a selection, and the summary with its XLSX export.
#include "AppSettings.h"
#include "FileReviewDialog.h"
#include "StudentRepository.h"
#include "OutboxRepository.h"
#include "ReviewCaseView.h"
#include "ReviewFixtures.h"
#include "ReviewQueueModel.h"
#include "ReviewsPage.h"
#include "ReviewSummaryView.h"
#include "Translations.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <zip.h>

using namespace cet;
using namespace cet::testing;

class TestReviewsPage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Database> m_reader; // the page's, read-only as in the application
    std::unique_ptr<AppSettings> m_settings;

    int queued()
    {
        auto ops = OutboxRepository(*m_db).nextBatch(100, {});
        return ops ? int(ops.value().size()) : -1;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString path = m_dir.filePath(u"page.sqlite"_qs);
        auto db = Database::open(path);
        QVERIFY(db);
        m_db = std::move(db.value());
        QList<ServerChange> changes;
        for (int i = 1; i <= 6; ++i) {
            ReviewSpec s;
            s.id = i;
            s.name = QStringLiteral("考生%1").arg(i);
            s.submittedAt = s.submittedAt.addSecs(3600 * i);
            s.resubmissions = i == 2 ? 3 : 0;
            if (i == 6) {
                s.state = u"passed"_qs;
                s.decidedBy = u"coord1"_qs;
            }
            changes << reviewChange(i, 1, s);
        }
        QVERIFY(SyncStore(*m_db).applyPage(changes, 6, u"e1"_qs));
        QList<StudentRecord> students;
        for (const auto &[name, id] : { std::pair{ u"李四"_qs, u"110101198001010011"_qs },
                                        std::pair{ u"李明"_qs, u"110101198001010038"_qs } }) {
            StudentRecord s;
            s.name = name;
            s.idType = IdType::ResidentId;
            s.idNumber = id;
            s.schoolCode = u"10001"_qs;
            s.campusCode = u"100011"_qs;
            students << s;
        }
        QVERIFY(StudentRepository(*m_db).insert(students));
        auto reader = Database::open(path, Database::Mode::ReadOnly);
        QVERIFY(reader);
        m_reader = std::move(reader.value());
        m_settings = std::make_unique<AppSettings>(m_dir.filePath(u"settings.ini"_qs));
        m_settings->setReviewWindowClosesAt(QDateTime(QDate(2026, 12, 10), QTime(0, 0), Qt::UTC));
    }

    void queueAndCase()
    {
        ReviewsPage page(*m_reader, *m_settings);
        page.setClock([] { return QDateTime(QDate(2026, 12, 8), QTime(0, 0), Qt::UTC); });
        QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QCOMPARE(page.model()->rowCount(), 5); // pending only, at first
        QCOMPARE(page.model()->rows().first().key, u"1"_qs);
        QCOMPARE(page.currentKey(), u"1"_qs);
        // The ID numbers differ at two places: both are marked in the typed and the student record.
        QCOMPARE(page.caseView()->typedText().count(u"<b style"_qs), 2);
        QVERIFY(page.caseView()->scoreText().contains(u"480"_qs));
        QVERIFY(page.findChild<QComboBox *>() != nullptr);
        const QModelIndex flags = page.model()->index(1, ReviewQueueModel::Flags);
        QVERIFY(flags.data().toString().contains(u"3"_qs)); // resubmitted three times
    }

    void decideByKeyboardAndUndo()
    {
        ReviewsPage page(*m_reader, *m_settings);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.queueView()->setFocus();
        const int before = queued();
        QSignalSpy decided(&page, &ReviewsPage::decided);
        QTest::keyClick(page.queueView(), Qt::Key_P);
        QTRY_COMPARE(queued(), before + 1);
        QTRY_COMPARE(page.currentKey(), u"2"_qs); // the next undecided review
        QCOMPARE(page.model()->rowAt(0)->localDecision, u"pass"_qs);

        // F without a reason asks for one; Enter in the reason box fails the review.
        QTest::keyClick(page.queueView(), Qt::Key_F);
        QCOMPARE(queued(), before + 1);
        auto *reason = page.findChild<QComboBox *>(u"reviewReason"_qs);
        QVERIFY(reason);
        QVERIFY(reason->isEditable());
        reason->setEditText(u"证明不清晰"_qs);
        QTest::keyClick(reason->lineEdit(), Qt::Key_Return);
        QTRY_COMPARE(queued(), before + 2);
        QTRY_COMPARE(page.model()->rowAt(1)->localDecision, u"fail"_qs);

        // Back to review 2 and undo.
        page.queueView()->setCurrentIndex(page.model()->index(1, 0));
        QTest::keyClick(page.queueView(), Qt::Key_Z, Qt::ControlModifier);
        QTRY_COMPARE(queued(), before + 1);
        QTRY_VERIFY(!page.model()->rowAt(1)->decidedHere());
        // One Enter is one decision: pass, fail, undo. The writer answers in order, so a second
        // decision from the same Enter would have been counted before the undo.
        QCOMPARE(decided.count(), 3);
        QTest::keyClick(page.queueView(), Qt::Key_N);
        QCOMPARE(page.currentKey(), u"3"_qs);
    }

    void batchDecisionAndSummary()
    {
        ReviewsPage page(*m_reader, *m_settings);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        const int before = queued();
        page.queueView()->selectRow(2);
        page.queueView()->selectionModel()->select(page.model()->index(3, 0),
                                                   QItemSelectionModel::Select | QItemSelectionModel::Rows);
        page.queueView()->selectionModel()->select(page.model()->index(4, 0),
                                                   QItemSelectionModel::Select | QItemSelectionModel::Rows);
        page.decide(u"pass"_qs);
        QTRY_COMPARE(queued(), before + 3);
        QTRY_VERIFY(page.messageText().contains(u"3"_qs));

        auto *summary = page.findChild<ReviewSummaryView *>();
        QVERIFY(summary);
        page.showSummary();
        QTRY_VERIFY(summary->countsText().contains(u"not synced 4"_qs));
        const QString out = m_dir.filePath(u"decisions.xlsx"_qs);
        summary->setSaveFileAnswer([out] { return out; });
        summary->exportDecisions();
        QVERIFY(QFile::exists(out));
        QVERIFY(summary->exportMessage().contains(u"5"_qs)); // 4 decided here + 1 passed on the server
        int error = 0;
        zip_t *zip = zip_open(QFile::encodeName(out).constData(), ZIP_RDONLY, &error);
        QVERIFY(zip);
        QVERIFY(zip_name_locate(zip, "xl/worksheets/sheet1.xml", 0) >= 0);
        zip_close(zip);
    }

    // 登记复核: the student found in the roster (masked ID numbers), the form says what is missing,
    // and the filing shows in the queue under "filed by the school" with the decision made here.
    void filingForm()
    {
        ReviewService service(*m_reader);
        FileReviewDialog dialog(service, m_settings->reviewReasonTemplates());
        QVERIFY(!dialog.problem().isEmpty());
        dialog.searchBox()->setText(u"李"_qs);
        QCOMPARE(dialog.students()->count(), 2);
        QVERIFY(dialog.students()->item(0)->text().contains(u"********"_qs));
        QVERIFY(!dialog.problem().isEmpty()); // two found: pick one
        dialog.students()->setCurrentRow(1);
        QVERIFY(dialog.problem().isEmpty());
        // The scan: a file too large or unreadable holds the form back; a readable one goes with it.
        QVERIFY(!dialog.setScan(m_dir.filePath(u"missing.jpg"_qs)));
        QVERIFY(!dialog.problem().isEmpty());
        QFile scan(m_dir.filePath(u"scan.jpg"_qs));
        QVERIFY(scan.open(QIODevice::WriteOnly));
        scan.write("\xFF\xD8\xFF\xE0 scan");
        scan.close();
        QVERIFY(dialog.setScan(scan.fileName()));
        QVERIFY(dialog.problem().isEmpty());
        ReviewFiling f = dialog.filing();
        QCOMPARE(f.scan.left(3), QByteArray("\xFF\xD8\xFF"));
        QCOMPARE(f.studentIdNumber, dialog.students()->item(1)->text().contains(u"0038"_qs) ? u"110101198001010038"_qs : u"110101198001010011"_qs);
        QCOMPARE(f.decision, u"pass"_qs);
        f.filedBy = u"coord9"_qs;
        auto key = ReviewService(*m_db).fileAndWait(f);
        QVERIFY(key);
        ReviewsPage page(*m_reader, *m_settings, u"coord9"_qs);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *state = page.findChild<QComboBox *>(u"reviewState"_qs);
        QVERIFY(state);
        state->setCurrentIndex(state->findData(u"filed"_qs));
        QCOMPARE(page.model()->rowCount(), 1);
        QCOMPARE(page.model()->rows().first().key, key.value());
        QVERIFY(ReviewService(*m_db).undoAndWait(key.value()));
        page.refresh();
        QCOMPARE(page.model()->rowCount(), 0);
    }

    // In Chinese: the page's words come from the catalogue. With CETDESK_SHOTS_DIR set, the queue
    // and the summary are saved there as PNG files to be looked at.
    void inChinese()
    {
        QCOMPARE(Translations::apply(u"zh_CN"_qs), u"zh_CN"_qs);
        {
            ReviewsPage page(*m_reader, *m_settings);
            page.setClock([] { return QDateTime(QDate(2026, 12, 8), QTime(6, 0), Qt::UTC); });
            page.resize(1366, 740);
            page.show();
            QVERIFY(QTest::qWaitForWindowExposed(&page));
            page.queueView()->setFocus();
            QVERIFY(page.findChild<QPushButton *>(u"reviewPass"_qs)->text() == u"通过 (P)"_qs);
            QCOMPARE(page.model()->headerData(ReviewQueueModel::Name, Qt::Horizontal).toString(), u"姓名"_qs);
            const QString shots = qEnvironmentVariable("CETDESK_SHOTS_DIR");
            if (!shots.isEmpty())
                QVERIFY(page.grab().save(shots + u"/reviews-queue-zh_CN.png"_qs));
            page.showSummary();
            if (!shots.isEmpty())
                QVERIFY(page.grab().save(shots + u"/reviews-summary-zh_CN.png"_qs));
        }
        Translations::apply(u"en"_qs);
    }
};

QTEST_MAIN(TestReviewsPage)
#include "tst_reviewspage.moc"
