#pragma once

#include <QLoggingCategory>

namespace cet::central::http {
Q_DECLARE_LOGGING_CATEGORY(lcHttp) // "central.http"
}
