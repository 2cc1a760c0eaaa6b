#pragma once

// One CentralService per worker thread (each with its own database connection), opened on the
// thread's first request and closed when the thread ends.

#include "Result.h"

#include <QString>
#include <QThreadStorage>

#include <functional>

namespace cet::central {
class CentralService;
}

namespace cet::central::http {

class ServiceCache
{
public:
    // `configure` runs once on every newly opened service (tests: a clock offset).
    explicit ServiceCache(QString dbUrl, std::function<void(CentralService &)> configure = {});
    ~ServiceCache();

    Result<CentralService *> forThisThread();

private:
    QString m_dbUrl;
    std::function<void(CentralService &)> m_configure;
    QThreadStorage<CentralService *> m_services;
};

} // namespace cet::central::http
