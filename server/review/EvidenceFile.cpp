#include "EvidenceFile.h"

#include "ReviewMessages.h"

namespace cet::central::review {

Result<QString> evidenceContentType(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return reviewError(codes::evidenceEmpty);
    if (bytes.size() > kMaxEvidenceBytes)
        return reviewError(codes::evidenceTooLarge);
    // JPEG: SOI marker followed by the next marker's 0xFF. PNG: the 8-byte signature. PDF: "%PDF-"
    // (a PDF may start with a few bytes of junk before it in theory; real scanners do not write any).
    if (bytes.startsWith(QByteArray::fromRawData("\xFF\xD8\xFF", 3)))
        return QStringLiteral("image/jpeg");
    if (bytes.startsWith(QByteArray::fromRawData("\x89PNG\r\n\x1A\n", 8)))
        return QStringLiteral("image/png");
    if (bytes.startsWith("%PDF-"))
        return QStringLiteral("application/pdf");
    return reviewError(codes::evidenceBadType);
}

} // namespace cet::central::review
