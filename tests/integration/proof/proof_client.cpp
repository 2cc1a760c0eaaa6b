// A desktop in a process of its own for tst_syncfaults: signs in to the server (token in memory:
// CETDESK_NO_KEYCHAIN=1) and runs one sync of the local database. The test SIGKILLs it mid-pull.
//   proof_client --db PATH --server URL [--pull-limit N] [--user U --password P]
// Prints "ok pulled=N pending=N cursor=N" and exits 0, or "error CODE: message" and exits 2.
#include "Database.h"
#include "SyncEngine.h"
#include "SyncStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

using namespace cet;

int main(int argc, char **argv)
{
    qputenv("CETDESK_NO_KEYCHAIN", "1");
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({{QStringLiteral("db"), QStringLiteral("local database"), QStringLiteral("path")},
                       {QStringLiteral("server"), QStringLiteral("server URL"), QStringLiteral("url")},
                       {QStringLiteral("pull-limit"), QStringLiteral("changes per page"), QStringLiteral("n"),
                        QStringLiteral("1000")},
                       {QStringLiteral("user"), QStringLiteral("user"), QStringLiteral("name"), QStringLiteral("coord1")},
                       {QStringLiteral("password"), QStringLiteral("password"), QStringLiteral("pw"),
                        QStringLiteral("demo-coordinator")}});
    parser.process(app);
    QTextStream out(stdout);
    auto fail = [&](const Error &e) {
        out << "error " << e.code << ": " << e.message << " " << e.detail << Qt::endl;
        return 2;
    };
    auto db = Database::open(parser.value(QStringLiteral("db")));
    if (!db)
        return fail(db.error());
    SyncEngine engine(DatabaseWriter::forPath(db.value()->path()));
    SyncEngine::Options options;
    options.pullLimit = parser.value(QStringLiteral("pull-limit")).toInt();
    engine.setOptions(options);
    engine.http().setRetryPolicy(2, 20, 50);
    auto signedIn = engine.signIn(parser.value(QStringLiteral("server")), parser.value(QStringLiteral("user")),
                                  parser.value(QStringLiteral("password")));
    if (!signedIn)
        return fail(signedIn.error());
    auto summary = engine.sync();
    if (!summary)
        return fail(summary.error());
    auto state = SyncStore(*db.value()).state();
    out << "ok pulled=" << summary.value().pulled << " pending=" << summary.value().pendingAfter
        << " cursor=" << (state ? state.value().cursor : -1) << Qt::endl;
    return 0;
}
