// Customer-service rebinding on SQLite and PostgreSQL, below HTTP: the checks of a filing, four
// eyes, the rebinding time (22:00 in China by default, or at once), holding back, the batch's
// idempotence (a batch interrupted after some requests and run again applies each once, mails each
// address once) and a new passport bound elsewhere meanwhile (failed, nothing moved), and the audit
// of every lookup with its reason.

#include "AccountLookup.h"
#include "CandidateSetup.h"
#include "CentralFixture.h"
#include "CsMessages.h"
#include "DemoRoster.h"
#include "IdDocument.h"
#include "OutboxSql.h"
#include "PassportService.h"
#include "RebindBatch.h"
#include "RebindService.h"
#include "RebindSql.h"
#include "RegistrationService.h"
#include "RegistrationSql.h"

#include <QJsonArray>
#include <QTest>

using namespace cet;
using namespace cet::central;
using namespace cet::central::cs;
using namespace cet::central::test;

namespace {
const CsStaff kAgent1 { QStringLiteral("agent1"), kAgentRole };
const CsStaff kAgent2 { QStringLiteral("agent2"), kAgentRole };
const CsStaff kSuper1 { QStringLiteral("super1"), kSupervisorRole };
const CsStaff kSuper2 { QStringLiteral("super2"), kSupervisorRole };
const CsStaff kCoordinator { QStringLiteral("coord1"), QStringLiteral("coordinator") };
const QString kPassword = QStringLiteral("secret-pass-1");
} // namespace

class TstRebindService : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { addBackendRows(); }
    void initTestCase() { CentralService::setFastPasswordHashing(true); }

    void init()
    {
        m_db = backendDatabase();
        if (!m_db->skipReason().isEmpty())
            QSKIP(qPrintable(m_db->skipReason()));
        // 10:00 UTC = 18:00 in China: the day's rebinding time (22:00 China) is 14:00 UTC.
        m_now = QDateTime(QDate(2026, 11, 23), QTime(10, 0), Qt::UTC);
        m_svc = openMigrated(*m_db, &m_now);
        QVERIFY(m_svc);
        QVERIFY(m_svc->seedDemo(10).ok());
    }

    void cleanup()
    {
        m_svc.reset();
        m_db.reset();
    }

    void filingChecks()
    {
        const QString old = boundCandidate(context(), QStringLiteral("old0@example.com"), 0);
        QVERIFY(!old.isEmpty());
        const QString fresh = newPassport(QStringLiteral("new0@example.com"));
        const QString other = boundCandidate(context(), QStringLiteral("old1@example.com"), 1);
        RebindFiling f = filing(0, fresh, QStringLiteral("New0@Example.com"));
        auto codeOf = [&](const CsStaff &who, const RebindFiling &x) {
            auto r = service().file(who, x);
            return r.ok() ? QString() : r.error().code;
        };
        QCOMPARE(codeOf(kCoordinator, f), codes::forbidden);
        RebindFiling bad = f;
        bad.checks.clear();
        QCOMPARE(codeOf(kAgent1, bad), codes::checksRequired);
        bad = f;
        bad.checks = { QStringLiteral("looked_honest") };
        QCOMPARE(codeOf(kAgent1, bad), codes::unknownCheck);
        bad = f;
        bad.newPassportId = QStringLiteral("NOT-HEX");
        QCOMPARE(codeOf(kAgent1, bad), codes::badPassportId);
        bad.newPassportId = QStringLiteral("0123456789ABCDEF0123456789ABCDEF"); // well formed, nobody's
        QCOMPARE(codeOf(kAgent1, bad), codes::badPassportId);
        bad = f;
        bad.newPassportId = other;
        bad.newEmail = QStringLiteral("old1@example.com");
        QCOMPARE(codeOf(kAgent1, bad), codes::passportBound);
        bad = f;
        bad.newEmail = QStringLiteral("someone-else@example.com");
        QCOMPARE(codeOf(kAgent1, bad), codes::emailMismatch);
        bad = f;
        bad.name = QStringLiteral("不是本人");
        QCOMPARE(codeOf(kAgent1, bad), codes::notFound);
        QCOMPARE(codeOf(kAgent1, filing(2, fresh, QStringLiteral("new0@example.com"))), codes::notBound);
        QCOMPARE(count(QStringLiteral("rebind_requests")), 0);

        // Lower-case hex and the email in another case are the same passport and address.
        f.newPassportId = fresh.toLower();
        auto filed = service().file(kAgent1, f);
        QVERIFY2(filed.ok(), qPrintable(filed.ok() ? QString() : filed.error().code));
        QCOMPARE(filed.value().state, QStringLiteral("submitted"));
        QCOMPARE(filed.value().oldPassportId, old);
        QCOMPARE(filed.value().newPassportId, fresh);
        QCOMPARE(codeOf(kAgent2, f), codes::requestOpen);
        // Withdrawn by its filer only; then a new request may be filed.
        QCOMPARE(service().withdraw(kAgent2, filed.value().id).error().code, codes::notFiler);
        QVERIFY(service().withdraw(kAgent1, filed.value().id).ok());
        QCOMPARE(service().withdraw(kAgent1, filed.value().id).error().code, codes::badState);
        QVERIFY(service().file(kAgent2, f).ok());
    }

    void fourEyesAndRebindTime()
    {
        const qint64 id = filedRequest(0, kSuper1);
        QVERIFY(id > 0);
        QCOMPARE(service().approve(kAgent2, id, {}).error().code, codes::forbidden);
        QCOMPARE(service().approve(kCoordinator, id, {}).error().code, codes::forbidden);
        QCOMPARE(service().approve(kSuper1, id, {}).error().code, codes::fourEyes);
        QCOMPARE(service().refuse(kSuper2, id, QStringLiteral(" ")).error().code, codes::reasonRequired);
        auto approved = service().approve(kSuper2, id, QStringLiteral("核验无误"));
        QVERIFY(approved.ok());
        QCOMPARE(approved.value().state, QStringLiteral("approved"));
        QCOMPARE(approved.value().decidedBy, QStringLiteral("super2"));
        QCOMPARE(*approved.value().applyAt, QDateTime(QDate(2026, 11, 23), QTime(14, 0), Qt::UTC));
        QCOMPARE(service().approve(kSuper2, id, {}).error().code, codes::badState);
        QCOMPARE(service().refuse(kSuper2, id, QStringLiteral("x")).error().code, codes::badState);

        // Approved after 22:00 in China: due at once (that evening's time has passed).
        QCOMPARE(RebindService::applyTime(QDateTime(QDate(2026, 11, 23), QTime(15, 30), Qt::UTC), 22 * 60),
                 QDateTime(QDate(2026, 11, 23), QTime(14, 0), Qt::UTC));
        // 01:00 in China is already the next day there.
        QCOMPARE(RebindService::applyTime(QDateTime(QDate(2026, 11, 23), QTime(17, 0), Qt::UTC), 22 * 60),
                 QDateTime(QDate(2026, 11, 24), QTime(14, 0), Qt::UTC));
        // The session's "at once".
        QVERIFY(rebindsql::setRebindAt(m_svc->store(), rebindsql::kAtOnce).ok());
        const qint64 second = filedRequest(1, kAgent1);
        auto now = service().approve(kSuper1, second, {});
        QVERIFY(now.ok());
        QCOMPARE(*now.value().applyAt, m_now);
    }

    void refuseAndHold()
    {
        const qint64 a = filedRequest(0, kAgent1);
        const qint64 b = filedRequest(1, kAgent1);
        auto refused = service().refuse(kSuper1, a, QStringLiteral("身份核验不足"));
        QVERIFY(refused.ok());
        QCOMPARE(refused.value().state, QStringLiteral("refused"));
        QCOMPARE(refused.value().decisionNote, QStringLiteral("身份核验不足"));
        QCOMPARE(service().hold(kSuper1, b).error().code, codes::badState);
        QVERIFY(service().approve(kSuper1, b, {}).ok());
        QCOMPARE(service().hold(kAgent1, b).error().code, codes::forbidden);
        QVERIFY(service().hold(kSuper1, b).ok());
        m_now = m_now.addSecs(5 * 3600);
        QCOMPARE(batch().runDue().value().applied, 0);
        QCOMPARE(stateOf(b), QStringLiteral("held"));
        QVERIFY(service().release(kSuper1, b).ok());
        QCOMPARE(batch().runDue().value().applied, 1);
        QCOMPARE(stateOf(a), QStringLiteral("refused"));
        QCOMPARE(stateOf(b), QStringLiteral("applied"));
    }

    void batchIsIdempotent()
    {
        QList<qint64> ids;
        for (int i = 0; i < 4; ++i) {
            ids.append(filedRequest(i == 2 ? 4 : i, kAgent1));
            QVERIFY(ids.last() > 0);
            QVERIFY(service().approve(kSuper1, ids.last(), {}).ok());
        }
        // Before the evening: nothing is due.
        m_now = QDateTime(QDate(2026, 11, 23), QTime(13, 59), Qt::UTC);
        QCOMPARE(batch().runDue().value().applied, 0);
        m_now = QDateTime(QDate(2026, 11, 23), QTime(14, 1), Qt::UTC);
        // A batch that stopped after one request, then the whole batch again, then once more.
        QCOMPARE(batch().applyOne(ids.at(0)).value(), RebindBatch::Outcome::Applied);
        auto run = batch().runDue();
        QVERIFY(run.ok());
        QCOMPARE(run.value().applied, 3);
        QCOMPARE(batch().runDue().value().applied, 0);
        QCOMPARE(batch().applyOne(ids.at(0)).value(), RebindBatch::Outcome::Skipped);
        for (int i = 0; i < 4; ++i) {
            const int student = i == 2 ? 4 : i;
            QCOMPARE(stateOf(ids.at(i)), QStringLiteral("applied"));
            QCOMPARE(holderOf(student), passportOf(QStringLiteral("new%1@example.com").arg(student)));
            QCOMPARE(mails(QStringLiteral("old%1@example.com").arg(student), QStringLiteral("rebind_old")), 1);
            QCOMPARE(mails(QStringLiteral("new%1@example.com").arg(student), QStringLiteral("rebind_new")), 1);
        }
        QCOMPARE(count(QStringLiteral("audit_log"), QStringLiteral("action = 'cs.rebind_apply'")), 4);
    }

    void newPassportBoundMeanwhile()
    {
        const qint64 id = filedRequest(0, kAgent1);
        QVERIFY(service().approve(kSuper1, id, {}).ok());
        // The new passport binds another record before the evening.
        const QString fresh = passportOf(QStringLiteral("new0@example.com"));
        const StudentRecord s = demoStudent(kDemoSchool, 5);
        QVERIFY(candidate::RegistrationService(context())
                    .bind(fresh, candidate::StudentKey { QString::number(idTypeCode(s.idType)), s.idNumber, s.name }, true)
                    .ok());
        m_now = m_now.addSecs(5 * 3600);
        auto run = batch().runDue();
        QVERIFY(run.ok());
        QCOMPARE(run.value().applied, 0);
        QCOMPARE(run.value().failed, 1);
        auto row = service().get(kSuper1, id);
        QCOMPARE(row.value().state, QStringLiteral("failed"));
        QCOMPARE(row.value().failureCode, codes::passportBound);
        QVERIFY(!row.value().failureReason.isEmpty());
        QCOMPARE(holderOf(0), passportOf(QStringLiteral("old0@example.com")));
        QCOMPARE(mails(QStringLiteral("old0@example.com"), QStringLiteral("rebind_old")), 0);
        QCOMPARE(batch().runDue().value().failed, 0);
        // Failed is closed: the candidate may get a new request.
        QVERIFY(service().file(kAgent1, filing(0, newPassport(QStringLiteral("newer0@example.com")),
                                               QStringLiteral("newer0@example.com")))
                    .ok());
    }

    // Two approved requests naming one new passport are due in the same evening: the batch applies
    // the older, and the other fails as bound, whole (nothing moved, no notice).
    void twoRequestsForOneNewPassport()
    {
        const qint64 first = filedRequest(0, kAgent1);
        QVERIFY(first > 0);
        QVERIFY(!boundCandidate(context(), QStringLiteral("old1@example.com"), 1).isEmpty());
        const QString shared = passportOf(QStringLiteral("new0@example.com"));
        auto second = service().file(kAgent1, filing(1, shared, QStringLiteral("new0@example.com")));
        QVERIFY2(second.ok(), second.ok() ? "" : qPrintable(second.error().code));
        QVERIFY(service().approve(kSuper1, first, {}).ok());
        QVERIFY(service().approve(kSuper1, second.value().id, {}).ok());
        m_now = m_now.addSecs(5 * 3600);
        auto run = batch().runDue();
        QVERIFY(run.ok());
        QCOMPARE(run.value().applied, 1);
        QCOMPARE(run.value().failed, 1);
        QCOMPARE(stateOf(first), QStringLiteral("applied"));
        QCOMPARE(stateOf(second.value().id), QStringLiteral("failed"));
        QCOMPARE(service().get(kSuper1, second.value().id).value().failureCode, codes::passportBound);
        QCOMPARE(holderOf(0), shared);
        QCOMPARE(holderOf(1), passportOf(QStringLiteral("old1@example.com")));
        QCOMPARE(mails(QStringLiteral("old1@example.com"), QStringLiteral("rebind_old")), 0);
        QCOMPARE(mails(QStringLiteral("new0@example.com"), QStringLiteral("rebind_new")), 1);
        QCOMPARE(count(QStringLiteral("audit_log"), QStringLiteral("action = 'cs.rebind_apply'")), 1);
        QCOMPARE(count(QStringLiteral("audit_log"), QStringLiteral("action = 'cs.rebind_fail'")), 1);
    }

    void lookupIsAudited()
    {
        QVERIFY(!boundCandidate(context(), QStringLiteral("old0@example.com"), 0).isEmpty());
        const StudentRecord s = demoStudent(kDemoSchool, 0);
        AccountLookup lookup(m_svc->store(), [this] { return m_now; });
        const qint64 before = count(QStringLiteral("audit_log"), QStringLiteral("action = 'cs.lookup'"));
        LookupQuery q { idTypeCode(s.idType), s.idNumber, s.name, QStringLiteral("来电：忘记邮箱") };
        QCOMPARE(lookup.lookup(kCoordinator, q).error().code, codes::forbidden);
        LookupQuery noReason = q;
        noReason.reason = QStringLiteral("  ");
        QCOMPARE(lookup.lookup(kAgent1, noReason).error().code, codes::reasonRequired);
        auto found = lookup.lookup(kAgent1, q);
        QVERIFY(found.ok());
        const QJsonObject passport = found.value().value(QStringLiteral("passport")).toObject();
        QCOMPARE(passport.value(QStringLiteral("passport_id")).toString(), passportOf(QStringLiteral("old0@example.com")));
        QCOMPARE(passport.value(QStringLiteral("email_masked")).toString(), QStringLiteral("o***@example.com"));
        // Signed in (boundCandidate does not sign in): the account is unreachable → rebind.
        QCOMPARE(found.value().value(QStringLiteral("guidance")).toString(), QStringLiteral("rebind"));
        QVERIFY(candidate::PassportService(context()).login(QStringLiteral("old0@example.com"), kPassword).ok());
        QCOMPARE(lookup.lookup(kAgent1, q).value().value(QStringLiteral("guidance")).toString(),
                 QStringLiteral("change_email_self"));
        const StudentRecord unbound = demoStudent(kDemoSchool, 2);
        auto anew = lookup.lookup(kSuper1, { idTypeCode(unbound.idType), unbound.idNumber, unbound.name, q.reason });
        QVERIFY(anew.ok());
        QVERIFY(anew.value().value(QStringLiteral("passport")).isNull());
        QCOMPARE(anew.value().value(QStringLiteral("guidance")).toString(), QStringLiteral("register_anew"));
        LookupQuery wrongName = q;
        wrongName.name = QStringLiteral("别人");
        QCOMPARE(lookup.lookup(kAgent1, wrongName).error().code, codes::notFound);
        LookupQuery unknown = q;
        unknown.idNumber = QStringLiteral("110101199001011237");
        QCOMPARE(lookup.lookup(kAgent1, unknown).error().code, codes::notFound);
        // Found or not, each lookup by a desk role is in the audit log with its reason.
        QCOMPARE(count(QStringLiteral("audit_log"), QStringLiteral("action = 'cs.lookup'")), before + 5);
        QCOMPARE(count(QStringLiteral("audit_log"),
                       QStringLiteral("action = 'cs.lookup' AND reason = '来电：忘记邮箱' AND actor = 'agent1'")),
                 before + 4);
    }

private:
    candidate::CandidateContext context() { return { m_svc->store(), [this] { return m_now; } }; }
    RebindService service() { return RebindService(m_svc->store(), [this] { return m_now; }); }
    RebindBatch batch() { return RebindBatch(m_svc->store(), [this] { return m_now; }); }

    QString newPassport(const QString &email)
    {
        auto id = candidate::PassportService(context()).registerPassport(email, kPassword, {});
        return id.ok() ? id.value() : QString();
    }

    RebindFiling filing(int student, const QString &newId, const QString &email)
    {
        const StudentRecord s = demoStudent(kDemoSchool, student);
        RebindFiling f;
        f.idType = idTypeCode(s.idType);
        f.idNumber = s.idNumber;
        f.name = s.name;
        f.newPassportId = newId;
        f.newEmail = email;
        f.checks = { QStringLiteral("id_card_photo") };
        f.notes = QStringLiteral("来电");
        return f;
    }

    // Student i bound to old<i>@example.com, a new passport new<i>@example.com, a request filed by `who`.
    qint64 filedRequest(int student, const CsStaff &who)
    {
        if (boundCandidate(context(), QStringLiteral("old%1@example.com").arg(student), student).isEmpty())
            return 0;
        const QString email = QStringLiteral("new%1@example.com").arg(student);
        auto r = service().file(who, filing(student, newPassport(email), email));
        if (!r)
            qWarning("file %d: %s", student, qPrintable(r.error().code));
        return r.ok() ? r.value().id : 0;
    }

    QString stateOf(qint64 id) { return service().get(kAgent1, id).value().state; }

    QString passportOf(const QString &email)
    {
        auto p = candidate::PassportService(context()).login(email, kPassword);
        return p.ok() ? p.value().passportId : QString();
    }

    QString holderOf(int student)
    {
        const StudentRecord s = demoStudent(kDemoSchool, student);
        auto r = registrationsql::findByStudent(m_svc->store(), idTypeCode(s.idType), s.idNumber);
        return r.ok() && r.value() ? r.value()->passportId : QString();
    }

    int mails(const QString &to, const QString &kind)
    {
        auto all = outboxsql::forRecipient(m_svc->store(), to);
        return int(std::count_if(all.value().cbegin(), all.value().cend(),
                                 [&](const outboxsql::Message &m) { return m.kind == kind; }));
    }

    qint64 count(const QString &table, const QString &where = QStringLiteral("1 = 1"))
    {
        auto n = m_svc->store().scalar(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE %2").arg(table, where));
        return n.ok() ? n.value().toLongLong() : -1;
    }

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<CentralService> m_svc;
    QDateTime m_now;
};

QTEST_GUILESS_MAIN(TstRebindService)
#include "tst_rebindservice.moc"
