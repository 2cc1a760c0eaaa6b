#pragma once

#include <QLoggingCategory>
#include <QString>

Q_DECLARE_LOGGING_CATEGORY(lcApp)
Q_DECLARE_LOGGING_CATEGORY(lcStore)
Q_DECLARE_LOGGING_CATEGORY(lcImport)
Q_DECLARE_LOGGING_CATEGORY(lcExport)
Q_DECLARE_LOGGING_CATEGORY(lcUi)

namespace cet {

// Installs the one message handler of the process: every message goes to stderr and to a
// rotating log file in `directory` (cetdesk.log, cetdesk.1.log, ... at most `keepFiles` files of
// `maxBytes` each). Logging never shows UI.
void installLogHandler(const QString &directory, qint64 maxBytes = 2 * 1024 * 1024, int keepFiles = 5);

// The least severe message that is also written to stderr (default QtDebugMsg: all). The log file
// always gets every enabled message. The CLI uses QtWarningMsg so that its output stays clean.
void setStderrLogLevel(QtMsgType minimum);

} // namespace cet
