#include "CentralService.h"

#include "CentralStore.h"
#include "PasswordHash.h"
#include "ScopeSql.h"

namespace cet::central {

bool roles::isValid(const QString &role)
{
    return role == coordinator || role == csAgent || role == csSupervisor || role == admin;
}

CentralService::CentralService(std::unique_ptr<CentralStore> store)
    : m_store(std::move(store)), m_now([] { return QDateTime::currentDateTimeUtc(); })
{
}

CentralService::~CentralService() = default;

Result<std::unique_ptr<CentralService>> CentralService::open(const QString &dbUrl)
{
    auto store = CentralStore::open(dbUrl);
    if (!store)
        return store.error();
    return std::unique_ptr<CentralService>(new CentralService(std::move(store).value()));
}

Result<void> CentralService::migrate()
{
    return m_store->migrate();
}

int CentralService::schemaVersion() const
{
    auto v = m_store->schemaVersion();
    return v ? v.value() : 0;
}

void CentralService::setClock(std::function<QDateTime()> now)
{
    m_now = now ? std::move(now) : [] { return QDateTime::currentDateTimeUtc(); };
}

QDateTime CentralService::now() const
{
    return m_now().toUTC();
}

void CentralService::setFastPasswordHashing(bool fast)
{
    password::setFast(fast);
}

Result<QString> CentralService::scopeSchool(const Session &session, const QString &school) const
{
    const Staff &s = session.staff;
    if (s.role == roles::coordinator && !s.school.isEmpty() && (school.isEmpty() || school == s.school))
        return s.school;
    if (s.role == roles::admin && !school.isEmpty())
        return school;
    return Error{ protocol::codes::forbidden,
                  s.role == roles::coordinator
                      ? QStringLiteral("A coordinator can only reach their own school's data.")
                      : QStringLiteral("Role %1 can not use the sync endpoints.").arg(s.role),
                  {} };
}

Result<QString> CentralService::epoch(const QString &school)
{
    auto s = scopesql::read(*m_store, school);
    if (!s)
        return s.error();
    if (!s.value())
        return Error{ protocol::codes::notFound, QStringLiteral("School %1 does not exist.").arg(school), {} };
    return s.value()->epoch;
}

} // namespace cet::central
