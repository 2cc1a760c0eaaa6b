#pragma once

// A table of error codes, each with its HTTP status and a message in Chinese and in English: the
// shape of the candidate API's catalogue (CandidateMessages) and of the CET6 review's
// (ReviewMessages), which keep their own codes.

#include <QHash>
#include <QString>

namespace cet::central {

struct CatalogueEntry
{
    int status;
    const char16_t *chinese;
    const char *english;
};

using MessageCatalogue = QHash<QString, CatalogueEntry>;

// The entry's message in Chinese or English, "%1" replaced by `detail`.
QString catalogueText(const CatalogueEntry &entry, bool english, const QString &detail);
// The HTTP status of `code` in `catalogue`, 500 for a code it does not know.
int catalogueStatus(const MessageCatalogue &catalogue, const QString &code);

} // namespace cet::central
