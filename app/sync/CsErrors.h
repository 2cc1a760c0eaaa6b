#pragma once

#include "Result.h"

#include <QString>

namespace cet {

// The user's message for an error of the customer-service desk: the cs.* codes of the server
// (stable; the server's own wording goes to Error::detail), then every sync/network code.
QString csErrorMessage(const QString &code, const QString &serverMessage = {});
// The same error with the desk's message (codes other than cs.* keep theirs).
Error csError(Error e);

} // namespace cet
