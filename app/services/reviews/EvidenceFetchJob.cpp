#include "EvidenceFetchJob.h"

#include "EvidenceCache.h"
#include "EvidenceDownload.h"

namespace cet {

std::optional<EvidenceFile> EvidenceFetchJob::cached(const QString &databasePath, const QString &reviewKey,
                                                     const ReviewEvidence &evidence)
{
    const EvidenceCache cache(databasePath);
    auto bytes = cache.read(evidence.sha256, evidence.size);
    if (!bytes)
        return std::nullopt;
    return EvidenceFile { reviewKey, evidence.n, evidence.contentType, *bytes, cache.pathOf(evidence.sha256), true };
}

Result<EvidenceFile> EvidenceFetchJob::fetch(const Request &request, const std::atomic<bool> *cancel)
{
    if (auto hit = cached(request.databasePath, request.reviewKey, request.evidence))
        return *hit;
    auto got = downloadReviewEvidence(request.databasePath, request.reviewKey, request.evidence.n, request.caFile,
                                      cancel);
    if (!got)
        return got.error();
    const EvidenceCache cache(request.databasePath);
    // The synced review names the file's hash: what arrived must be that file (a file replaced on
    // the server, or damaged on the way, is not shown as the candidate's proof).
    if (EvidenceCache::sha256Of(got.value().body) != request.evidence.sha256.toLower())
        return Error { QStringLiteral("evidence.mismatch"),
                       tr("Evidence file %1 is not the file this review names; sync and try again.")
                           .arg(request.evidence.n),
                       {} };
    if (auto r = cache.write(request.evidence.sha256, got.value().body); !r)
        return r.error();
    QString type = QString::fromLatin1(got.value().contentType);
    if (type.isEmpty())
        type = request.evidence.contentType;
    return EvidenceFile { request.reviewKey, request.evidence.n, type, got.value().body,
                          cache.pathOf(request.evidence.sha256), false };
}

QString EvidenceFetchJob::description() const
{
    return tr("Fetching evidence file %1…").arg(m_request.evidence.n);
}

JobOutcome EvidenceFetchJob::run(JobControl &control)
{
    return outcomeOf(fetch(m_request, &control.counters().cancelRequested), control);
}

} // namespace cet
