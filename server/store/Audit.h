#pragma once

// The append-only audit log: who, role, when, what, before → after, reason. Every row carries
// the hash of the row before it and its own (AuditChain), written under the chain head's lock.

#include "CentralStore.h"

#include <QJsonObject>

#include <optional>

namespace cet::central {

struct AuditEntry
{
    QDateTime at;
    QString actor;
    QString role;
    QString action;    // "login.success", "student.update", "admin.create_school", ...
    QString entity;    // "staff", "student", "school", ...
    QString entityKey;
    QString school;    // empty = none
    std::optional<QString> before; // compact JSON text (auditJson)
    std::optional<QString> after;
    QString reason;
};

// The compact JSON text of an object, for AuditEntry::before / after.
QString auditJson(const QJsonObject &o);

Result<void> writeAudit(CentralStore &store, const AuditEntry &e);

// Collects entries and writes them with multi-row INSERTs (a push writes hundreds at once).
class AuditBuffer
{
public:
    void add(AuditEntry e) { m_entries.append(std::move(e)); }
    Result<void> flush(CentralStore &store);

private:
    Result<void> flushChained(CentralStore &store, QString &chainHead);
    QList<AuditEntry> m_entries;
};

} // namespace cet::central
