#include "EvidenceDownload.h"

#include "Database.h"
#include "SyncErrors.h"
#include "SyncStore.h"
#include "TokenStore.h"

namespace cet {

Result<SyncHttp::Download> downloadReviewEvidence(const QString &databasePath, const QString &reviewKey, int n,
                                                  const QString &caFile, const std::atomic<bool> *cancel)
{
    SyncState state;
    {
        auto db = Database::open(databasePath, Database::Mode::ReadOnly);
        if (!db)
            return db.error();
        auto read = SyncStore(*db.value()).state();
        if (!read)
            return read.error();
        state = read.value();
    }
    if (state.serverUrl.isEmpty())
        return syncError(QStringLiteral("sync.sign_in_needed"), QStringLiteral("no server"));
    const QString token = TokenStore().read(state.serverUrl, state.userName);
    if (token.isEmpty())
        return syncError(QStringLiteral("sync.sign_in_needed"), QStringLiteral("no token"));
    SyncHttp http;
    if (auto r = http.setServer(state.serverUrl); !r)
        return r.error();
    if (!caFile.isEmpty()) {
        if (auto r = http.setCaFile(caFile); !r)
            return r.error();
    }
    http.setToken(token);
    http.setRetryPolicy(2, 300);
    http.setCancelFlag(cancel);
    return http.download(QStringLiteral("/api/v1/reviews/%1/evidence/%2")
                             .arg(QString::fromLatin1(QUrl::toPercentEncoding(reviewKey)))
                             .arg(n));
}

} // namespace cet
