#include "HttpLogging.h"

namespace cet::central::http {
Q_LOGGING_CATEGORY(lcHttp, "central.http")
}
