#pragma once

#include "Job.h"
#include "ReviewTypes.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace cet {

// One evidence file of a review, ready to show: its bytes and where the cache keeps them (for
// "open with another program").
struct EvidenceFile
{
    QString reviewKey;
    int n = 0;
    QString contentType; // image/jpeg, image/png or application/pdf
    QByteArray bytes;
    QString path;
    bool fromCache = false;
};

// Fetches one evidence file from cet-central with the database's session (on the job's thread, a
// connection of its own), checks it against the SHA-256 the synced review names, and keeps it in
// the EvidenceCache. Stopping aborts the download. Result: an EvidenceFile.
class EvidenceFetchJob : public Job
{
    Q_DECLARE_TR_FUNCTIONS(cet::EvidenceFetchJob)
public:
    struct Request
    {
        QString databasePath;
        QString reviewKey;
        ReviewEvidence evidence;
        QString caFile;
    };

    explicit EvidenceFetchJob(Request request) : m_request(std::move(request)) { }
    JobOutcome run(JobControl &control) override;
    QString description() const override;

    // The file from the cache alone (no network): for showing it at once, offline too.
    static std::optional<EvidenceFile> cached(const QString &databasePath, const QString &reviewKey,
                                              const ReviewEvidence &evidence);
    // Fetches (or reads from the cache) on the calling thread: for cetdesk-cli and tests.
    static Result<EvidenceFile> fetch(const Request &request, const std::atomic<bool> *cancel = nullptr);

private:
    Request m_request;
};

} // namespace cet
