#pragma once

// A school's desk signed in to the test server, for the end-to-end tests of the desk against a
// real cet-central: the sync engine of a desk database, with short retries, a long timeout and
// its warnings printed. Header only: the tests that use it link the desk's sync library.

#include "Database.h"
#include "DatabaseWriter.h"
#include "SyncEngine.h"

#include <QUrl>

#include <memory>

namespace cet::test {

// nullptr, with the reason printed, when the sign-in fails.
inline std::unique_ptr<SyncEngine> signedInDesk(Database &db, const QUrl &server, const QString &user,
                                                const QString &password = QStringLiteral("demo-coordinator"))
{
    auto engine = std::make_unique<SyncEngine>(DatabaseWriter::forPath(db.path()));
    engine->http().setRetryPolicy(2, 20);
    engine->http().setTimeout(60000);
    engine->setLogSink([](const QString &level, const QString &message) {
        if (level != QLatin1String("info"))
            qWarning("sync %s: %s", qPrintable(level), qPrintable(message));
    });
    auto signedIn = engine->signIn(server.toString(), user, password);
    if (!signedIn) {
        qWarning("sign-in failed: %s %s", qPrintable(signedIn.error().code), qPrintable(signedIn.error().message));
        return nullptr;
    }
    return engine;
}

} // namespace cet::test
