#include "Logging.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QMutex>
#include <QMutexLocker>

#include <cstdio>

Q_LOGGING_CATEGORY(lcApp, "cetdesk.app")
Q_LOGGING_CATEGORY(lcStore, "cetdesk.store")
Q_LOGGING_CATEGORY(lcImport, "cetdesk.import")
Q_LOGGING_CATEGORY(lcExport, "cetdesk.export")
Q_LOGGING_CATEGORY(lcUi, "cetdesk.ui")

namespace cet {

namespace {

struct LogState
{
    QMutex mutex;
    QString directory;
    qint64 maxBytes = 0;
    int keepFiles = 0;
    QFile file;
    int stderrMinimum = 0; // severity rank, see rank()
};

LogState &state()
{
    static LogState s;
    return s;
}

QString logPath(const QString &directory, int index)
{
    return index == 0 ? directory + QStringLiteral("/cetdesk.log")
                      : directory + QStringLiteral("/cetdesk.%1.log").arg(index);
}

// cetdesk.log → cetdesk.1.log → ... ; the oldest is dropped. Called with the mutex held.
void rotate(LogState &s)
{
    s.file.close();
    QFile::remove(logPath(s.directory, s.keepFiles - 1));
    for (int i = s.keepFiles - 2; i >= 0; --i)
        QFile::rename(logPath(s.directory, i), logPath(s.directory, i + 1));
    s.file.setFileName(logPath(s.directory, 0));
    s.file.open(QIODevice::WriteOnly | QIODevice::Append);
}

int rank(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg: return 0;
    case QtInfoMsg: return 1;
    case QtWarningMsg: return 2;
    case QtCriticalMsg: return 3;
    case QtFatalMsg: return 4;
    }
    return 0;
}

const char *typeName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg: return "debug";
    case QtInfoMsg: return "info";
    case QtWarningMsg: return "warning";
    case QtCriticalMsg: return "critical";
    case QtFatalMsg: return "fatal";
    }
    return "?";
}

void handler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QByteArray line = QDateTime::currentDateTime().toString(Qt::ISODateWithMs).toUtf8() + ' '
        + typeName(type) + ' ' + (context.category ? context.category : "default") + ": " + message.toUtf8()
        + '\n';
    LogState &s = state();
    QMutexLocker lock(&s.mutex);
    if (rank(type) >= s.stderrMinimum)
        std::fputs(line.constData(), stderr);
    if (s.file.isOpen()) {
        if (s.file.size() + line.size() > s.maxBytes && s.keepFiles > 1)
            rotate(s);
        s.file.write(line);
        s.file.flush();
    }
}

} // namespace

void installLogHandler(const QString &directory, qint64 maxBytes, int keepFiles)
{
    LogState &s = state();
    {
        QMutexLocker lock(&s.mutex);
        QDir().mkpath(directory);
        s.directory = directory;
        s.maxBytes = qMax<qint64>(maxBytes, 1024);
        s.keepFiles = qMax(keepFiles, 1);
        s.file.close();
        s.file.setFileName(logPath(directory, 0));
        s.file.open(QIODevice::WriteOnly | QIODevice::Append);
    }
    qInstallMessageHandler(handler);
}

void setStderrLogLevel(QtMsgType minimum)
{
    LogState &s = state();
    QMutexLocker lock(&s.mutex);
    s.stderrMinimum = rank(minimum);
}

} // namespace cet
