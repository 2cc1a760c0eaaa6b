#include "ImportProfiles.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QSettings>

namespace cet {

namespace {

// Settings keys can not hold arbitrary header text; the signature's hash names the profile.
QString keyFor(const QString &signature)
{
    return u"importProfiles/"_qs
        + QString::fromLatin1(QCryptographicHash::hash(signature.toUtf8(), QCryptographicHash::Sha1).toHex());
}

} // namespace

std::optional<ColumnMapping> ImportProfiles::find(const QString &signature)
{
    if (signature.isEmpty())
        return std::nullopt;
    QSettings settings;
    const QString json = settings.value(keyFor(signature) + u"/mapping"_qs).toString();
    if (json.isEmpty())
        return std::nullopt;
    auto mapping = ColumnMapping::fromJson(json);
    if (!mapping || mapping->signature() != signature)
        return std::nullopt;
    return mapping;
}

void ImportProfiles::remember(const ColumnMapping &mapping)
{
    const QString signature = mapping.signature();
    if (signature.isEmpty())
        return;
    QSettings settings;
    settings.setValue(keyFor(signature) + u"/mapping"_qs, mapping.toJson());
    settings.setValue(keyFor(signature) + u"/usedAt"_qs, QDateTime::currentDateTimeUtc());
}

} // namespace cet
