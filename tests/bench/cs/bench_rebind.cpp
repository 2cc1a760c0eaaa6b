// bench_rebind: the nightly rebinding batch (`cet-central run-jobs`) applying N approved requests
// (default 10,000) — per request: the request locked, the new passport checked, the registration
// moved, the request marked applied, two notices into the outbox, an audit row; in groups of up to
// 500 per transaction, as the batch applies plain cases —
// on SQLite and on PostgreSQL (when CETDESK_TEST_PG_URL is set). The requests are prepared through
// the store layer in one transaction (students, old and new passports, registrations, approved
// requests due at the evening); then the batch runs once, timed. Prints seconds and requests per
// second next to the target (10,000 in ≤ 10 s on PostgreSQL), and checks that every request was
// applied exactly once. Asserts nothing on time.
//
//     bench_rebind [--requests 10000] [--backend sqlite|postgres|both]

#include "CentralProcess.h"
#include "CentralService.h"
#include "CentralStore.h"
#include "DemoRoster.h"
#include "IdDocument.h"
#include "PassportSql.h"
#include "RebindBatch.h"
#include "RebindSql.h"
#include "RegistrationSql.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <cstdio>

using namespace cet;
using namespace cet::central;

namespace {

const QString kSchool = QStringLiteral("10001");
constexpr double kTargetSeconds = 10.0; // for 10,000 requests on PostgreSQL

QString passportId(int n, bool fresh)
{
    return QStringLiteral("%1%2").arg(fresh ? QStringLiteral("B") : QStringLiteral("A")).arg(n, 31, 10, QLatin1Char('0'));
}

// N students bound to old passports, N new passports, N requests approved at `approvedAt`, due at `dueAt`.
Result<void> prepare(CentralService &service, int n, const QDateTime &approvedAt, const QDateTime &dueAt)
{
    if (auto r = service.seedDemo(n); !r)
        return r;
    CentralStore &store = service.store();
    Transaction tx(store);
    if (auto r = tx.begin(true); !r)
        return r;
    for (int i = 0; i < n; ++i) {
        const StudentRecord s = demoStudent(kSchool, i);
        for (bool fresh : { false, true }) {
            passportsql::PassportRow p;
            p.passportId = passportId(i, fresh);
            p.email = QStringLiteral("%1%2@example.com").arg(fresh ? QStringLiteral("new") : QStringLiteral("old")).arg(i);
            p.passwordHash = QStringLiteral("-");
            p.createdAt = approvedAt;
            if (auto r = passportsql::insertPassport(store, p, p.email); !r)
                return r;
        }
        registrationsql::RegistrationRow reg;
        reg.passportId = passportId(i, false);
        reg.school = kSchool;
        reg.campus = s.campusCode;
        reg.idType = idTypeCode(s.idType);
        reg.idNumber = s.idNumber;
        reg.name = s.name;
        reg.savedAt = approvedAt;
        auto regId = registrationsql::insert(store, reg);
        if (!regId)
            return regId.error();
        rebindsql::RequestRow row;
        row.state = QStringLiteral("submitted");
        row.registrationId = regId.value();
        row.school = kSchool;
        row.idType = reg.idType;
        row.idNumber = reg.idNumber;
        row.name = reg.name;
        row.oldPassportId = reg.passportId;
        row.newPassportId = passportId(i, true);
        row.newEmail = QStringLiteral("new%1@example.com").arg(i);
        row.checks = { QStringLiteral("id_card_photo") };
        row.filedBy = QStringLiteral("agent1");
        row.filedAt = approvedAt;
        row.updatedAt = approvedAt;
        auto id = rebindsql::insert(store, row);
        if (!id)
            return id.error();
        row.id = id.value();
        row.state = QStringLiteral("approved");
        row.decidedBy = QStringLiteral("super1");
        row.decidedAt = approvedAt;
        row.applyAt = dueAt;
        if (auto r = rebindsql::update(store, row, QStringLiteral("submitted")); !r)
            return r.error();
    }
    return tx.commit();
}

bool runOn(const QString &label, const QString &url, int n, bool postgres)
{
    auto opened = CentralService::open(url);
    if (!opened || !opened.value()->migrate()) {
        std::printf("%s: can not open %s\n", qPrintable(label), qPrintable(url));
        return false;
    }
    CentralService &service = *opened.value();
    const QDateTime approvedAt(QDate(2026, 11, 23), QTime(6, 0), Qt::UTC);
    const QDateTime dueAt(QDate(2026, 11, 23), QTime(14, 0), Qt::UTC); // 22:00 in China
    QElapsedTimer setup;
    setup.start();
    if (auto r = prepare(service, n, approvedAt, dueAt); !r) {
        std::printf("%s: prepare failed: %s %s\n", qPrintable(label), qPrintable(r.error().code),
                    qPrintable(r.error().message));
        return false;
    }
    std::printf("%s: %d approved requests prepared in %.1f s\n", qPrintable(label), n, setup.elapsed() / 1000.0);

    cs::RebindBatch batch(service.store(), [dueAt] { return dueAt.addSecs(60); });
    QElapsedTimer timer;
    timer.start();
    auto run = batch.runDue();
    const double seconds = timer.nsecsElapsed() / 1e9;
    if (!run) {
        std::printf("%s: batch failed: %s %s\n", qPrintable(label), qPrintable(run.error().code),
                    qPrintable(run.error().message));
        return false;
    }
    auto again = batch.runDue();
    auto mails = service.store().scalar(QStringLiteral("SELECT COUNT(*) FROM message_outbox WHERE kind LIKE 'rebind%'"));
    const bool exact = run.value().applied == n && run.value().failed == 0 && again && again.value().applied == 0
        && mails && mails.value().toInt() == 2 * n;
    std::printf("%s: %d rebindings applied in %.2f s = %.0f requests/s%s; second run applied %d; %d notices; %s\n",
                qPrintable(label), run.value().applied, seconds, run.value().applied / seconds,
                postgres ? qPrintable(QStringLiteral(" (target for 10,000: ≤ %1 s, scaled to %2: ≤ %3 s)")
                                          .arg(kTargetSeconds)
                                          .arg(n)
                                          .arg(kTargetSeconds * n / 10000.0))
                         : "",
                again ? again.value().applied : -1, mails ? mails.value().toInt() : -1,
                exact ? "each applied once" : "MISMATCH");
    std::fflush(stdout);
    return exact;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int requests = 10000;
    QString backend = QStringLiteral("both");
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args.at(i) == QLatin1String("--requests"))
            requests = args.at(i + 1).toInt();
        else if (args.at(i) == QLatin1String("--backend"))
            backend = args.at(i + 1);
    }
    if (requests <= 0) {
        std::fprintf(stderr, "usage: bench_rebind [--requests N] [--backend sqlite|postgres|both]\n");
        return 1;
    }
    CentralService::setFastPasswordHashing(true); // the demo staff the preparation seeds
    bool ok = true;
    QTemporaryDir dir;
    if (backend != QLatin1String("postgres")) {
        ok = runOn(QStringLiteral("SQLite"), QStringLiteral("sqlite:%1/bench.db").arg(dir.path()), requests, false) && ok;
    }
    if (backend != QLatin1String("sqlite")) {
        if (qEnvironmentVariableIsEmpty("CETDESK_TEST_PG_URL")) {
            std::printf("PostgreSQL: skipped (CETDESK_TEST_PG_URL not set)\n");
        } else {
            QTemporaryDir pgDir;
            test::TestDatabase db; // a fresh PostgreSQL database, dropped afterwards
            QString error;
            if (!db.create(pgDir.path(), &error))
                std::printf("PostgreSQL: %s\n", qPrintable(error));
            ok = !db.url().isEmpty() && runOn(QStringLiteral("PostgreSQL"), db.url(), requests, true) && ok;
        }
    }
    return ok ? 0 : 1;
}
