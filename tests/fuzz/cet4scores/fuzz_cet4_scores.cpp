// libFuzzer target for what cet-central reads from files it did not write:
//   bytes → Cet4ScoreFile::parse (import-scores); the same bytes → evidenceContentType (uploads).
// Besides "no crash, no leak, no UB" it checks the promises: every row that parses is a CET4
// written ticket of its own sitting with a score from 0 to 710 and a name and ID number; problems
// come in line order, after the header; an accepted evidence file starts with its signature.
#include "Cet4ScoreFile.h"
#include "EvidenceFile.h"

#include <cstdlib>

using namespace cet::central::review;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto file = Cet4ScoreFile::parse(bytes);
    if (file.ok()) {
        const Cet4ScoreFile &f = file.value();
        if (f.rows.size() > f.dataRows)
            std::abort();
        for (const auto &r : f.rows) {
            if (r.ticket.size() != 15 || r.ticket.at(9) != QLatin1Char('1') || r.total < 0 || r.total > 710
                || (r.examMonth != 6 && r.examMonth != 12) || r.name.isEmpty() || r.idNumber.isEmpty())
                std::abort();
        }
        qint64 last = 1;
        for (const auto &p : f.problems) {
            if (p.line <= 1 || p.line < last || p.message.isEmpty())
                std::abort();
            last = p.line;
        }
    } else if (file.error().code.isEmpty() || file.error().message.isEmpty()) {
        std::abort();
    }
    const auto type = evidenceContentType(bytes);
    if (type.ok()) {
        const QString t = type.value();
        const bool hasSignature = (t == QLatin1String("image/jpeg") && bytes.startsWith("\xFF\xD8\xFF"))
            || (t == QLatin1String("image/png") && bytes.startsWith("\x89PNG"))
            || (t == QLatin1String("application/pdf") && bytes.startsWith("%PDF-"));
        if (!hasSignature || bytes.size() > kMaxEvidenceBytes)
            std::abort();
    }
    return 0;
}
