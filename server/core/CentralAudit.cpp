// Reading the audit log back: the hash chain check and the export for auditors.
#include "AuditChain.h"
#include "CentralService.h"
#include "CentralStore.h"

namespace cet::central {

Result<CentralService::AuditCheck> CentralService::verifyAudit()
{
    auto v = auditchain::verify(*m_store);
    if (!v)
        return v.error();
    return AuditCheck{ v.value().rows, v.value().unchained, v.value().brokenId, v.value().problem };
}

Result<qint64> CentralService::exportAudit(const QDateTime &from, const QDateTime &to,
                                           const std::function<void(const QJsonObject &)> &row)
{
    return auditchain::exportRows(*m_store, from, to, row);
}

} // namespace cet::central
