#include "MessageCatalogue.h"

namespace cet::central {

QString catalogueText(const CatalogueEntry &entry, bool english, const QString &detail)
{
    QString text = english ? QString::fromUtf8(entry.english) : QString::fromUtf16(entry.chinese);
    if (text.contains(QLatin1String("%1")))
        text = text.arg(detail);
    return text;
}

int catalogueStatus(const MessageCatalogue &catalogue, const QString &code)
{
    const auto it = catalogue.constFind(code);
    return it == catalogue.constEnd() ? 500 : it->status;
}

} // namespace cet::central
