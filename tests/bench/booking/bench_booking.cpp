// bench_booking: candidates booking subjects over HTTP against the real cet-central on 127.0.0.1
// (server and load generator on the same machine), on SQLite and on PostgreSQL (when
// CETDESK_TEST_PG_URL is set). Every client is a keep-alive connection, all driven from one thread
// (KeepAliveLoad), so that the generator leaves the server most of the two cores. The loads:
//   - churn: each client books 英语四级 and cancels it again, over and over (two writes per booking);
//   - bookings: the clients book 英语四级 and then its oral test for fresh candidates, one after
//     another, until --fresh-candidates have booked both (what registration opening looks like);
// each first as fast as the server answers (its capacity), then at a fixed offered rate (--rate
// bookings/s; the latency counts from when each booking was due, so falling behind shows). Printed:
// bookings per second and booking latency (p50, p99), next to a baseline measured in the same run:
// one plain INSERT per "request" into a scratch table of the same database from the same number of
// threads (no HTTP, no rules). Then a race: R candidates for S seats of one campus, printing how
// many were booked, oversold and refused (名额已满). Prints figures; asserts nothing on time.
//
//     bench_booking [--clients 200] [--seconds 5] [--rate 1000] [--fresh-candidates 2500]
//                   [--race 400] [--seats 100] [--server-threads 4] [--backend sqlite|postgres|both]

#include "TestApiClient.h"
#include "CentralProcess.h"
#include "CentralService.h"
#include "CentralStore.h"
#include "DemoRoster.h"
#include "IdDocument.h"
#include "KeepAliveLoad.h"
#include "OfferSql.h"
#include "PassportService.h"
#include "RegistrationService.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <mutex>
#include <thread>

using namespace cet;
using namespace cet::central;
using namespace cet::test;

namespace {

const QString kSchool = QStringLiteral("10001");
const QString kCampus = QStringLiteral("100011");

struct Options
{
    int clients = 200;
    int seconds = 5;
    int race = 400;
    int seats = 100;
    int serverThreads = 4;
    int rate = 1000;
    int freshCandidates = 2500; // for each bookings-only load
    QString backend = QStringLiteral("both");
};

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(std::min(values.size() - 1, qsizetype(p * double(values.size() - 1) + 0.5)));
}

// Passports signed in and bound to demo students first..first+count-1, made in-process (fast
// password hashing: the benchmark is about booking, not about hashing passwords).
QStringList candidates(CentralService &svc, int first, int count)
{
    candidate::CandidateContext context{ svc.store(), [&svc] { return svc.now(); } };
    QStringList tokens;
    for (int i = first; i < first + count; ++i) {
        const QString email = QStringLiteral("bench%1@example.com").arg(i);
        const QString password = QStringLiteral("bench-pass-1");
        if (!candidate::PassportService(context).registerPassport(email, password, {}))
            return {};
        auto signIn = candidate::PassportService(context).login(email, password);
        const StudentRecord s = demoStudent(kSchool, i);
        if (!signIn
            || !candidate::RegistrationService(context).bind(
                signIn.value().passportId,
                candidate::StudentKey{ QString::number(idTypeCode(s.idType)), s.idNumber, s.name }, true))
            return {};
        tokens << signIn.value().token;
    }
    return tokens;
}

bool setCapacity(CentralStore &store, const QString &subject, int capacity)
{
    auto offers = offersql::forCampus(store, kSchool, kCampus);
    if (!offers)
        return false;
    for (offersql::OfferRow o : offers.value()) {
        if (o.subject == subject) {
            o.capacity = capacity;
            return offersql::put(store, o).ok();
        }
    }
    return false;
}

QList<QByteArray> bearers(const QStringList &tokens)
{
    QList<QByteArray> out;
    for (const QString &token : tokens)
        out << "Bearer " + token.toLatin1();
    return out;
}

QByteArray bookBody(const char *subject)
{
    return QByteArray("{\"subject\":\"") + subject + "\",\"campus\":\"" + kCampus.toLatin1() + "\"}";
}

// Clients booking and cancelling 英语四级 as `plan` says, each on a keep-alive connection of its
// own, all driven from one thread (KeepAliveLoad); the latencies are the bookings'.
LoadResult churnLoad(const QUrl &base, const QStringList &tokens, const LoadPlan &plan)
{
    const QList<LoadStep> script{ { "POST", "/api/v1/candidate/subjects", bookBody("1"), 201, true },
                                  { "DELETE", "/api/v1/candidate/subjects/1", {}, 200, false } };
    return runKeepAliveLoad(QHostAddress(base.host()), quint16(base.port()), bearers(tokens), script, plan);
}

// Bookings only: `connections` connections, each booking 英语四级 and then its oral test for one
// candidate after another, until every candidate has booked both; the latencies are every booking's.
LoadResult freshLoad(const QUrl &base, const QStringList &tokens, int connections, int seconds, double bookingsPerSecond)
{
    const QList<LoadStep> script{ { "POST", "/api/v1/candidate/subjects", bookBody("1"), 201, true },
                                  { "POST", "/api/v1/candidate/subjects", bookBody("F"), 201, true } };
    return runKeepAliveLoad(QHostAddress(base.host()), quint16(base.port()), bearers(tokens), script,
                            LoadPlan{ seconds, bookingsPerSecond / 2, connections });
}

void printLoad(const QString &backend, const QString &what, const LoadResult &r, int bookingsPerCycle,
               const char *note)
{
    std::printf("%-8s %s: %7.0f bookings/s (%s), p50 %6.1f ms, p99 %6.1f ms, %d errors\n", qPrintable(backend),
                qPrintable(what),
                r.elapsedSeconds > 0 ? double(r.completedCycles) * bookingsPerCycle / r.elapsedSeconds : 0.0, note,
                percentile(r.latenciesMs, 0.5), percentile(r.latenciesMs, 0.99), r.errors);
    if (r.errors)
        std::printf("%-8s first error: %s\n", qPrintable(backend), r.firstError.left(300).constData());
    std::fflush(stdout);
}

// One INSERT per "request" from `threads` connections of their own, for `seconds`.
QList<double> insertBaseline(const QString &url, int threads, int seconds)
{
    {
        auto svc = CentralService::open(url);
        if (!svc || !svc.value()->store().exec(QStringLiteral("CREATE TABLE bench_baseline (id %1, who TEXT NOT NULL, "
                                                              "at BIGINT NOT NULL)")
                                                   .arg(svc.value()->store().isPostgres()
                                                            ? QStringLiteral("BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY")
                                                            : QStringLiteral("INTEGER PRIMARY KEY AUTOINCREMENT"))))
            return {};
    }
    std::mutex mutex;
    QList<double> latencies;
    QElapsedTimer clock;
    clock.start();
    const qint64 endMs = qint64(seconds) * 1000;
    std::vector<std::thread> pool;
    for (int i = 0; i < threads; ++i) {
        pool.emplace_back([&, i] {
            auto svc = CentralService::open(url);
            if (!svc)
                return;
            CentralStore &store = svc.value()->store();
            QList<double> mine;
            while (clock.elapsed() < endMs) {
                QElapsedTimer t;
                t.start();
                // A transaction of its own, like a request's.
                if (!store.begin(true))
                    continue;
                if (!store.exec(QStringLiteral("INSERT INTO bench_baseline (who, at) VALUES (?, ?)"),
                                { QString::number(i), QDateTime::currentMSecsSinceEpoch() })) {
                    store.rollback();
                    continue;
                }
                if (store.commit())
                    mine << double(t.nsecsElapsed()) / 1e6;
            }
            std::lock_guard<std::mutex> lock(mutex);
            latencies << mine;
        });
    }
    for (auto &t : pool)
        t.join();
    return latencies;
}

void runBackend(const QString &name, const Options &o)
{
    QTemporaryDir dir;
    TestDatabase db;
    QString error;
    if (!db.create(dir.path(), &error)) {
        std::printf("%s: no database: %s\n", qPrintable(name), qPrintable(error));
        return;
    }
    QElapsedTimer preparing;
    preparing.start();
    const int pool = o.freshCandidates;
    auto opened = CentralService::open(db.url());
    if (!opened || !opened.value()->migrate() || !opened.value()->seedDemo(o.clients + o.race + 2 * pool)) {
        std::printf("%s: could not prepare the database\n", qPrintable(name));
        return;
    }
    CentralService &svc = *opened.value();
    const QStringList load = candidates(svc, 0, o.clients);
    const QStringList racers = candidates(svc, o.clients, o.race);
    const QStringList freshFast = candidates(svc, o.clients + o.race, pool);
    const QStringList freshRated = candidates(svc, o.clients + o.race + pool, pool);
    const int seats = o.clients + 2 * pool;
    if (load.size() != o.clients || racers.size() != o.race || freshFast.size() != pool || freshRated.size() != pool
        || !setCapacity(svc.store(), QStringLiteral("1"), seats) || !setCapacity(svc.store(), QStringLiteral("F"), seats)
        || !setCapacity(svc.store(), QStringLiteral("3"), o.seats)) {
        std::printf("%s: could not prepare the candidates\n", qPrintable(name));
        return;
    }
    std::printf("%-8s prepared  %d bound candidates in %.1f s\n", qPrintable(name),
                o.clients + o.race + 2 * pool, double(preparing.elapsed()) / 1000);
    CentralProcess server;
    if (!server.start({ QStringLiteral("serve"), QStringLiteral("--db"), db.url(), QStringLiteral("--listen"),
                        QStringLiteral("127.0.0.1:0"), QStringLiteral("--threads"), QString::number(o.serverThreads) })) {
        std::printf("%s: the server did not start: %s\n", qPrintable(name), qPrintable(server.output()));
        return;
    }

    const char *churn = "each followed by a cancel";
    printLoad(name, QStringLiteral("churn     %1 clients, as fast as answered").arg(o.clients),
              churnLoad(server.baseUrl(), load, LoadPlan{ o.seconds, 0 }), 1, churn);
    if (o.rate > 0) {
        printLoad(name, QStringLiteral("churn     %1 clients, offered %2/s").arg(o.clients).arg(o.rate),
                  churnLoad(server.baseUrl(), load, LoadPlan{ o.seconds, double(o.rate) }), 1, churn);
    }
    if (pool > 0) {
        const QByteArray fresh = QByteArray::number(pool) + " candidates booking 英语四级 and its oral test";
        printLoad(name, QStringLiteral("bookings  %1 clients, as fast as answered").arg(o.clients),
                  freshLoad(server.baseUrl(), freshFast, o.clients, o.seconds * 4, 0), 2, fresh.constData());
        if (o.rate > 0) {
            printLoad(name, QStringLiteral("bookings  %1 clients, offered %2/s").arg(o.clients).arg(o.rate),
                      freshLoad(server.baseUrl(), freshRated, o.clients, o.seconds * 4, o.rate), 2,
                      fresh.constData());
        }
    }

    const QList<double> baseline = insertBaseline(db.url(), std::min(o.clients, 32), o.seconds);
    std::printf("%-8s baseline  %3d threads: %7.0f INSERTs/s (plain INSERT per transaction, no HTTP), "
                "p50 %6.2f ms, p99 %6.2f ms\n",
                qPrintable(name), std::min(o.clients, 32), double(baseline.size()) / o.seconds,
                percentile(baseline, 0.5), percentile(baseline, 0.99));
    std::fflush(stdout);

    std::mutex mutex;
    int booked = 0, full = 0, other = 0;
    std::vector<std::thread> threads;
    const int workers = std::min(o.race, 50);
    for (int w = 0; w < workers; ++w) {
        threads.emplace_back([&, w] {
            ApiClient api(server.baseUrl());
            CandidateClient client(api);
            for (int i = w; i < racers.size(); i += workers) {
                const ApiResponse r = client.bookSubject(racers.at(i), QStringLiteral("3"), kCampus);
                std::lock_guard<std::mutex> lock(mutex);
                if (r.status == 201)
                    ++booked;
                else if (r.errorCode() == QLatin1String("subjects.full") && r.errorMessage() == QStringLiteral("名额已满"))
                    ++full;
                else
                    ++other;
            }
        });
    }
    for (auto &t : threads)
        t.join();
    int taken = -1;
    if (auto offers = offersql::forCampus(svc.store(), kSchool, kCampus)) {
        for (const auto &off : offers.value()) {
            if (off.subject == QLatin1String("3"))
                taken = off.taken;
        }
    }
    std::printf("%-8s race      %3d candidates for %d seats: %d booked, %d oversold, %d refused 名额已满, "
                "%d other answers, seats taken %d\n",
                qPrintable(name), o.race, o.seats, booked, std::max(0, taken - o.seats), full, other, taken);
    std::fflush(stdout);
    server.kill();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    CentralService::setFastPasswordHashing(true);
    Options o;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        const QString name = args.at(i), value = args.at(i + 1);
        if (name == QLatin1String("--clients"))
            o.clients = value.toInt();
        else if (name == QLatin1String("--seconds"))
            o.seconds = value.toInt();
        else if (name == QLatin1String("--race"))
            o.race = value.toInt();
        else if (name == QLatin1String("--fresh-candidates"))
            o.freshCandidates = value.toInt();
        else if (name == QLatin1String("--rate"))
            o.rate = value.toInt();
        else if (name == QLatin1String("--seats"))
            o.seats = value.toInt();
        else if (name == QLatin1String("--server-threads"))
            o.serverThreads = value.toInt();
        else if (name == QLatin1String("--backend"))
            o.backend = value;
        else {
            std::fprintf(stderr, "unknown option %s\n", qPrintable(name));
            return 1;
        }
    }
    if (o.clients < 1 || o.seconds < 1 || o.race < 0 || o.seats < 0 || o.serverThreads < 1 || o.freshCandidates < 0) {
        std::fprintf(stderr, "--clients, --seconds and --server-threads must be positive\n");
        return 1;
    }
    const QByteArray pg = qgetenv("CETDESK_TEST_PG_URL");
    if (o.backend != QLatin1String("postgres")) {
        qunsetenv("CETDESK_TEST_PG_URL");
        runBackend(QStringLiteral("sqlite"), o);
    }
    if (o.backend != QLatin1String("sqlite")) {
        if (pg.isEmpty()) {
            std::printf("postgres: skipped (CETDESK_TEST_PG_URL is not set)\n");
        } else {
            qputenv("CETDESK_TEST_PG_URL", pg);
            runBackend(QStringLiteral("postgres"), o);
        }
    }
    return 0;
}
