// The customer-service desk in the desktop, offscreen, against a real cet-central (the demo's
// callers): an agent looks up the three cases of the seeds by keyboard, files a rebinding request
// through the form, sees it under "My requests" and withdraws it, files again; the supervisor's
// queue marks their own request and keeps it from being approved, approves the agent's, and holds
// it back and releases it under "Approved today". With CETDESK_CS_SHOTS=DIR set it also saves
// screenshots of both pages in zh_CN there.
#include "TestApiClient.h"
#include "AppSettings.h"
#include "CsApprovedPanel.h"
#include "CsDemoCallers.h"
#include "CsLookupPanel.h"
#include "CsMyRequestsPanel.h"
#include "CsQueuePanel.h"
#include "CsRequestForm.h"
#include "CsRequestTable.h"
#include "CsRequestsModel.h"
#include "CsService.h"
#include "CustomerServicePage.h"
#include "Database.h"
#include "IconTheme.h"
#include "MainWindow.h"
#include "SyncService.h"
#include "TestServer.h"
#include "Translations.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace cet;
using namespace cet::test;

namespace {
struct Desk
{
    std::unique_ptr<Database> db;
    std::unique_ptr<AppSettings> settings;
    std::unique_ptr<SyncService> service;
    std::unique_ptr<MainWindow> window;
    CustomerServicePage *page = nullptr;

    ~Desk()
    {
        window.reset();
        service.reset();
    }
};

bool waitFor(const std::function<bool()> &done, int ms = 20000)
{
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < ms)
        QTest::qWait(30);
    return done();
}

int rowOf(const CsRequestTable &table, qint64 id)
{
    for (int row = 0; row < table.model()->rowCount(); ++row) {
        if (table.model()->at(row)->id == id)
            return row;
    }
    return -1;
}
} // namespace

class tst_CsPages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void modelMarksOwnRequests();
    void agentLooksUpFilesAndWithdraws();
    void supervisorDecides();

private:
    std::unique_ptr<Desk> openDesk(const QString &user, const QString &password);
    void lookUp(CsLookupPanel &panel, const CsDemoCaller &caller);
    void shoot(QWidget *window, const QString &name);

    QTemporaryDir m_dir;
    TestServer m_server;
    CsDemoCallers m_callers;
    qint64 m_agentRequest = 0;
};

void tst_CsPages::initTestCase()
{
    QVERIFY(m_dir.isValid());
    setupIconTheme(QStringLiteral(CETDESK_BIN_DIR));
    Translations::apply(QStringLiteral("en"));
    m_server.setArguments({ QStringLiteral("demo"), QStringLiteral("--db"), QStringLiteral("{db}"),
                            QStringLiteral("--roster"), QStringLiteral("20"), QStringLiteral("--listen"),
                            QStringLiteral("{listen}") });
    m_server.setDatabaseUrl(QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("central.sqlite")));
    QVERIFY2(m_server.start(0, 60000), qPrintable(m_server.errorString() + m_server.output()));
    QString error;
    QVERIFY2(m_callers.load(m_server.output(), m_server.baseUrl(), &error), qPrintable(error));
}

std::unique_ptr<Desk> tst_CsPages::openDesk(const QString &user, const QString &password)
{
    auto desk = std::make_unique<Desk>();
    const QString path = m_dir.filePath(user + QStringLiteral(".sqlite"));
    auto db = Database::open(path);
    if (!db)
        return nullptr;
    desk->db = std::move(db).value();
    desk->settings = std::make_unique<AppSettings>(m_dir.filePath(user + QStringLiteral(".ini")));
    desk->service = std::make_unique<SyncService>(path);
    desk->window = std::make_unique<MainWindow>(*desk->db, *desk->settings, QStringLiteral("tester"));
    desk->window->attachSync(*desk->service);
    desk->window->resize(1366, 768);
    desk->window->show();
    QSignalSpy signedIn(desk->service.get(), &SyncService::signedIn);
    desk->service->signIn(m_server.baseUrl(), user, password);
    if (!signedIn.wait(30000))
        return nullptr;
    if (!waitFor([&] { return desk->window->page<CustomerServicePage>() != nullptr; }))
        return nullptr;
    desk->page = desk->window->page<CustomerServicePage>();
    return desk;
}

void tst_CsPages::lookUp(CsLookupPanel &panel, const CsDemoCaller &caller)
{
    panel.idTypeCombo()->setCurrentIndex(panel.idTypeCombo()->findData(caller.idType));
    for (QLineEdit *e : { panel.idNumberEdit(), panel.nameEdit(), panel.reasonEdit() })
        e->clear();
    QTest::keyClicks(panel.idNumberEdit(), caller.idNumber);
    // A Chinese name comes from an input method, not key by key (QTest types Latin-1 only).
    panel.nameEdit()->insert(caller.name);
    QVERIFY(!panel.lookupButton()->isEnabled()); // the reason is required
    QTest::keyClicks(panel.reasonEdit(), QStringLiteral("caller asks about the login email"));
    QVERIFY(panel.lookupButton()->isEnabled());
    const QString before = panel.resultText();
    QTest::keyClick(panel.reasonEdit(), Qt::Key_Return);
    QVERIFY2(waitFor([&] { return !panel.lookupButton()->isEnabled() ? false : panel.resultText() != before
                                                                        || !panel.messageText().isEmpty(); }),
             qPrintable(panel.messageText()));
}

void tst_CsPages::shoot(QWidget *window, const QString &name)
{
    const QString dir = qEnvironmentVariable("CETDESK_CS_SHOTS");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    Translations::apply(QStringLiteral("zh_CN"));
    QTest::qWait(300);
    QVERIFY(window->grab().save(dir + u'/' + name + QStringLiteral(".png")));
    Translations::apply(QStringLiteral("en"));
    QTest::qWait(100);
}

void tst_CsPages::modelMarksOwnRequests()
{
    CsRequestsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    CsRequest mine, theirs;
    mine.id = 1;
    mine.state = QStringLiteral("submitted");
    mine.filedBy = QStringLiteral("super1");
    theirs.id = 2;
    theirs.state = QStringLiteral("approved");
    theirs.filedBy = QStringLiteral("agent1");
    theirs.applyAt = QDateTime(QDate(2026, 3, 1), QTime(22, 0));
    model.setRequests({ mine, theirs });
    model.setOwnUser(QStringLiteral("super1"));
    QVERIFY(model.isOwn(0));
    QVERIFY(!model.isOwn(1));
    QVERIFY(model.data(model.index(0, CsRequestsModel::FiledBy)).toString().contains(QStringLiteral("(you)")));
    QVERIFY(model.data(model.index(0, CsRequestsModel::Id), Qt::FontRole).value<QFont>().italic());
    QCOMPARE(model.data(model.index(1, CsRequestsModel::State)).toString(), QStringLiteral("approved"));
    QCOMPARE(model.data(model.index(1, CsRequestsModel::ApplyAt)).toString(), QStringLiteral("2026-03-01 22:00"));
}

void tst_CsPages::agentLooksUpFilesAndWithdraws()
{
    auto desk = openDesk(QStringLiteral("agent1"), QStringLiteral("demo-cs_agent"));
    QVERIFY(desk);
    CustomerServicePage &page = *desk->page;
    QTabWidget *tabs = page.tabs();
    QVERIFY(!tabs->isTabVisible(tabs->indexOf(page.queuePanel())));
    QVERIFY(!tabs->isTabVisible(tabs->indexOf(page.approvedPanel())));
    QCOMPARE(tabs->currentWidget(), page.lookupPanel());
    CsLookupPanel &lookup = *page.lookupPanel();

    // Never bound: nothing to move, no form.
    lookUp(lookup, m_callers.neverBound);
    QVERIFY2(lookup.guidanceText().contains(QStringLiteral("nothing to move")), qPrintable(lookup.guidanceText()));
    QVERIFY(lookup.resultText().contains(QStringLiteral("Never bound")));
    QVERIFY(lookup.requestForm()->isHidden());
    // Bound and reachable: change the email themselves.
    lookUp(lookup, m_callers.reachable);
    QVERIFY2(lookup.guidanceText().contains(QStringLiteral("change the email")), qPrintable(lookup.guidanceText()));
    QVERIFY(lookup.requestForm()->isHidden());
    // A wrong name: the desk's message, nothing shown.
    CsDemoCaller wrong = m_callers.lostEmail;
    wrong.name += QStringLiteral("X");
    lookUp(lookup, wrong);
    QVERIFY2(lookup.messageText().contains(QStringLiteral("No verified registration")), qPrintable(lookup.messageText()));
    QVERIFY(lookup.resultText().isEmpty());
    // Lost email: the card (masked email, never the address) and the form.
    lookUp(lookup, m_callers.lostEmail);
    QVERIFY2(lookup.guidanceText().contains(QStringLiteral("rebinding request")), qPrintable(lookup.guidanceText()));
    QVERIFY(lookup.resultText().contains(m_callers.lostEmail.name));
    QVERIFY(!lookup.resultText().contains(QStringLiteral("cs-old0@example.com")));
    CsRequestForm &form = *lookup.requestForm();
    QVERIFY(form.isVisible());

    // The passport ID takes hexadecimal characters only, 32 of them.
    QTest::keyClicks(form.passportEdit(), QStringLiteral("xyz "));
    QCOMPARE(form.passportEdit()->text(), QString());
    QTest::keyClicks(form.passportEdit(), m_callers.newPassportId.left(31));
    QTest::keyClicks(form.emailEdit(), m_callers.newEmail);
    form.checkBoxes().at(0)->setChecked(true);
    QVERIFY(!form.submitButton()->isEnabled());
    QTest::keyClicks(form.passportEdit(), m_callers.newPassportId.right(1));
    QVERIFY(form.submitButton()->isEnabled());
    form.checkBoxes().at(0)->setChecked(false);
    QVERIFY(!form.submitButton()->isEnabled()); // at least one check
    QTest::keyClick(form.checkBoxes().at(1), Qt::Key_Space);
    QVERIFY(form.checkBoxes().at(1)->isChecked());
    QTest::keyClicks(form.notesEdit(), QStringLiteral("old mailbox closed"));

    // A wrong email: the server's check, and the form keeps what was typed.
    form.emailEdit()->setText(QStringLiteral("someone.else@example.com"));
    QSignalSpy filed(&form, &CsRequestForm::filed);
    QTest::mouseClick(form.submitButton(), Qt::LeftButton);
    QVERIFY(waitFor([&] { return form.messageText().contains(QStringLiteral("not the email")); }));
    QCOMPARE(form.passportEdit()->text(), m_callers.newPassportId);
    form.emailEdit()->setText(m_callers.newEmail);
    QTest::mouseClick(form.submitButton(), Qt::LeftButton);
    QVERIFY2(filed.wait(20000), qPrintable(form.messageText()));
    const qint64 first = filed.at(0).at(0).value<CsRequest>().id;
    QVERIFY(first > 0);
    shoot(desk->window.get(), QStringLiteral("cs-agent-lookup"));

    // My requests: the request, submitted; withdraw it.
    tabs->setCurrentWidget(page.myRequestsPanel());
    CsMyRequestsPanel &mine = *page.myRequestsPanel();
    QVERIFY(waitFor([&] { return rowOf(*mine.table(), first) >= 0; }));
    mine.table()->view()->selectRow(rowOf(*mine.table(), first));
    QVERIFY(mine.withdrawButton()->isEnabled());
    QVERIFY(mine.detailText().contains(QStringLiteral("old mailbox closed")));
    shoot(desk->window.get(), QStringLiteral("cs-agent-requests"));
    mine.table()->view()->selectRow(rowOf(*mine.table(), first));
    QVERIFY(mine.withdrawButton()->isEnabled());
    QTest::mouseClick(mine.withdrawButton(), Qt::LeftButton);
    QVERIFY2(waitFor([&] {
        const int row = rowOf(*mine.table(), first);
        return row >= 0 && mine.table()->model()->at(row)->state == u"withdrawn";
    }), qPrintable(mine.detailText()));

    // Filed again (the withdrawn one is no longer open), for the supervisor.
    tabs->setCurrentWidget(page.lookupPanel());
    lookUp(lookup, m_callers.lostEmail);
    form.passportEdit()->setText(m_callers.newPassportId);
    form.emailEdit()->setText(m_callers.newEmail);
    form.checkBoxes().at(2)->setChecked(true);
    QTest::mouseClick(form.submitButton(), Qt::LeftButton);
    QVERIFY2(filed.wait(20000), qPrintable(form.messageText()));
    m_agentRequest = filed.last().at(0).value<CsRequest>().id;
    QVERIFY(m_agentRequest != first);
}

void tst_CsPages::supervisorDecides()
{
    QVERIFY(m_agentRequest > 0);
    auto desk = openDesk(QStringLiteral("super1"), QStringLiteral("demo-cs_supervisor"));
    QVERIFY(desk);
    CustomerServicePage &page = *desk->page;
    QCOMPARE(page.tabs()->currentWidget(), page.queuePanel());

    // super1 files one too (the reachable caller to a fresh passport): in the queue it is theirs.
    ApiClient api{ QUrl(m_server.baseUrl()) };
    CandidateClient candidates(api);
    const ApiResponse reg = candidates.registerPassport(QStringLiteral("cs-super-own@example.com"),
                                                        QStringLiteral("secret-pass-1"));
    const QString freshPassport = reg.json.value(QStringLiteral("passport_id")).toString();
    QVERIFY2(!freshPassport.isEmpty(), qPrintable(reg.describe()));
    CsNewRequest own;
    own.idType = m_callers.reachable.idType;
    own.idNumber = m_callers.reachable.idNumber;
    own.name = m_callers.reachable.name;
    own.newPassportId = freshPassport;
    own.newEmail = QStringLiteral("cs-super-own@example.com");
    own.checks = { QStringLiteral("callback_number") };
    std::optional<Result<CsRequest>> ownFiled;
    page.service().file(own, this, [&](const Result<CsRequest> &r) { ownFiled = r; });
    QVERIFY(waitFor([&] { return ownFiled.has_value(); }));
    QVERIFY2(ownFiled->ok(), qPrintable(ownFiled->ok() ? QString() : ownFiled->error().message));
    const qint64 ownId = ownFiled->value().id;

    CsQueuePanel &queue = *page.queuePanel();
    CsRequestTable &table = *queue.table();
    QVERIFY(waitFor([&] { return rowOf(table, ownId) >= 0 && rowOf(table, m_agentRequest) >= 0; }));
    table.view()->selectRow(rowOf(table, ownId));
    QVERIFY(table.model()->isOwn(rowOf(table, ownId)));
    QVERIFY(queue.caseText().contains(QStringLiteral("another supervisor decides it")));
    QVERIFY(!queue.approveButton()->isEnabled());

    table.view()->selectRow(rowOf(table, m_agentRequest));
    QVERIFY2(queue.caseText().contains(QStringLiteral("agent1")), qPrintable(queue.caseText()));
    QVERIFY(queue.approveButton()->isEnabled());
    QVERIFY(!queue.refuseButton()->isEnabled()); // a refusal needs its reason
    shoot(desk->window.get(), QStringLiteral("cs-supervisor-queue"));
    QTest::keyClicks(queue.noteEdit(), QStringLiteral("checked by phone"));
    QTest::mouseClick(queue.approveButton(), Qt::LeftButton);
    QVERIFY(waitFor([&] { return queue.messageText().contains(QStringLiteral("approved")); }));
    QVERIFY(waitFor([&] { return rowOf(table, m_agentRequest) < 0; }));
    QVERIFY(rowOf(table, ownId) >= 0);

    // Approved today: with the time the batch applies it; hold back, release.
    page.tabs()->setCurrentWidget(page.approvedPanel());
    CsApprovedPanel &approved = *page.approvedPanel();
    CsRequestTable &today = *approved.table();
    QVERIFY(waitFor([&] { return rowOf(today, m_agentRequest) >= 0; }));
    const int row = rowOf(today, m_agentRequest);
    QVERIFY(!today.model()->data(today.model()->index(row, CsRequestsModel::ApplyAt)).toString().isEmpty());
    today.view()->selectRow(row);
    QVERIFY(approved.holdButton()->isEnabled());
    QVERIFY(!approved.releaseButton()->isEnabled());
    QTest::mouseClick(approved.holdButton(), Qt::LeftButton);
    QVERIFY(waitFor([&] {
        const int r = rowOf(today, m_agentRequest);
        return r >= 0 && today.model()->at(r)->state == u"held";
    }));
    today.view()->selectRow(rowOf(today, m_agentRequest));
    QVERIFY(approved.releaseButton()->isEnabled());
    shoot(desk->window.get(), QStringLiteral("cs-supervisor-approved"));
    QTest::mouseClick(approved.releaseButton(), Qt::LeftButton);
    QVERIFY(waitFor([&] {
        const int r = rowOf(today, m_agentRequest);
        return r >= 0 && today.model()->at(r)->state == u"approved";
    }));
}

QTEST_MAIN(tst_CsPages)
#include "tst_cspages.moc"
