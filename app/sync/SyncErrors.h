#pragma once

#include "Result.h"

#include <QString>

namespace cet {

// The user's message for an error code of the server or of the sync engine (the server's own
// messages are English, for logs; they go to Error::detail).
QString syncErrorMessage(const QString &code, const QString &serverMessage = {});
Error syncError(const QString &code, const QString &detail = {});

// Error families, for exit codes and the status bar.
bool isAuthError(const QString &code);    // auth.* and sync.sign_in_needed: ask the user to sign in
bool isNetworkError(const QString &code); // net.* and server.unavailable: offline, retry later

} // namespace cet
