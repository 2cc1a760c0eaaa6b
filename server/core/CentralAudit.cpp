// Reading the audit log back (the hash chain check, the export for auditors) and keeping less:
// recorded op results purged after the retention period.
#include "Audit.h"
#include "AuditChain.h"
#include "CentralService.h"
#include "CentralStore.h"
#include "OpResultSql.h"

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

Result<qint64> CentralService::purgeOpResults(int days)
{
    if (days < 1)
        return Error{ QStringLiteral("admin.invalid"), QStringLiteral("Keep op results for at least one day."), {} };
    const QDateTime at = now();
    Transaction tx(*m_store);
    if (auto r = tx.begin(true); !r)
        return r.error();
    auto n = opresultsql::purgeBefore(*m_store, at.addDays(-days));
    if (!n)
        return n.error();
    AuditEntry e;
    e.at = at;
    e.actor = QStringLiteral("admin-cli");
    e.role = roles::admin;
    e.action = QStringLiteral("admin.purge_op_results");
    e.entity = QStringLiteral("op_results");
    e.after = auditJson({ { QStringLiteral("days"), days }, { QStringLiteral("deleted"), n.value() } });
    if (auto r = writeAudit(*m_store, e); !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return n.value();
}

} // namespace cet::central
