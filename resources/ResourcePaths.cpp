#include "ResourcePaths.h"

namespace cet {

QStringList breezeRccCandidates(const QString &applicationDir)
{
    return {applicationDir + QStringLiteral("/breeze-icons.rcc"),
            applicationDir + QStringLiteral("/../share/cetdesk/breeze-icons.rcc")};
}

QString applicationIconPath()
{
    return QStringLiteral(":/cetdesk/icons/cetdesk.svg");
}

} // namespace cet
