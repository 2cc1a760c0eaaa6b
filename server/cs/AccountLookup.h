#pragma once

// The agent's account lookup (POST /api/v1/cs/lookup): ID type, ID number and name must all match
// a live student record (the seeds' "仅限查询已验证学籍信息的考生"); otherwise the same not-found
// answer whether or not the number exists, so that the desk can not be used to probe who is
// registered. Every lookup — found or not — is audited with the reason the agent typed.
//
// The guidance names the seeds' three cases: the record was never bound → the candidate registers
// anew (nothing to move); bound, and the passport is signed in somewhere right now → the candidate
// can still reach the account and changes the email themselves; bound and unreachable → rebind.

#include "CentralStore.h"
#include "CsStaff.h"

#include <QJsonObject>

#include <functional>

namespace cet::central::cs {

struct LookupQuery
{
    int idType = 0;
    QString idNumber, name, reason;
};

class AccountLookup
{
public:
    AccountLookup(CentralStore &store, std::function<QDateTime()> now) : m_store(store), m_now(std::move(now)) { }

    // {"candidate", "passport" | null, "registration", "rebindings", "guidance"} (the contract's shape).
    Result<QJsonObject> lookup(const CsStaff &staff, const LookupQuery &query);

private:
    Result<QJsonObject> find(const LookupQuery &query, const QString &number, QString &school);

    CentralStore &m_store;
    std::function<QDateTime()> m_now;
};

// The identity checks shared by lookup and filing: the ID type code (cs.bad_id_type) and the
// normalised number.
Result<QString> checkedIdNumber(int idType, const QString &idNumber);

} // namespace cet::central::cs
