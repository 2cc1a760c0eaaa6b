#include "ServiceCache.h"

#include "CentralService.h"
#include "HttpLogging.h"

namespace cet::central::http {

ServiceCache::ServiceCache(QString dbUrl, std::function<void(CentralService &)> configure)
    : m_dbUrl(std::move(dbUrl))
    , m_configure(std::move(configure))
{ }

ServiceCache::~ServiceCache() = default;

Result<CentralService *> ServiceCache::forThisThread()
{
    if (m_services.hasLocalData())
        return m_services.localData();
    auto opened = CentralService::open(m_dbUrl);
    if (!opened) {
        qCWarning(lcHttp).noquote() << "cannot open the database:" << opened.error().message << opened.error().detail;
        return opened.error();
    }
    CentralService *service = opened.value().release();
    if (m_configure)
        m_configure(*service);
    m_services.setLocalData(service); // deleted when the thread ends
    return service;
}

} // namespace cet::central::http
