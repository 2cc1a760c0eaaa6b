#include "ImportProfiles.h"

#include <QCryptographicHash>
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

std::optional<MappingProfile> ImportProfiles::find(const QString &signature)
{
    if (signature.isEmpty())
        return std::nullopt;
    QSettings settings;
    const QString key = keyFor(signature);
    const QString json = settings.value(key + u"/mapping"_qs).toString();
    if (json.isEmpty())
        return std::nullopt;
    auto mapping = ColumnMapping::fromJson(json);
    if (!mapping || mapping->signature() != signature)
        return std::nullopt;
    MappingProfile profile;
    profile.mapping = std::move(*mapping);
    profile.fileName = settings.value(key + u"/fileName"_qs).toString();
    profile.savedAt = settings.value(key + u"/usedAt"_qs).toDateTime().toUTC();
    return profile;
}

void ImportProfiles::remember(const ColumnMapping &mapping, const QString &fileName)
{
    const QString signature = mapping.signature();
    if (signature.isEmpty())
        return;
    QSettings settings;
    const QString key = keyFor(signature);
    settings.setValue(key + u"/mapping"_qs, mapping.toJson());
    settings.setValue(key + u"/fileName"_qs, fileName);
    settings.setValue(key + u"/usedAt"_qs, QDateTime::currentDateTimeUtc());
}

} // namespace cet
