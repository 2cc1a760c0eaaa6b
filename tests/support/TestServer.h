#pragma once

// Runs the real cet-central executable for a test: start, stop, SIGKILL, restart on the same
// database. The executable is $CETCENTRAL_BIN if set, else CETDESK_TEST_CENTRAL_BIN (compiled
// in: <build>/bin/cet-central). The server listens on 127.0.0.1; its port is read from the line
// "listening on http://ADDR:PORT" it prints. Its output is kept (output()) for failure messages.
//
// Database URLs: "sqlite:PATH" or a PostgreSQL URL. scratchPostgresUrl() makes an isolated one
// from $CETDESK_TEST_PG_URL (scripts/test-postgres.sh) with a fresh schema per call.

#include <QProcess>
#include <QString>
#include <QStringList>

#include <memory>

namespace cet::test {

class TestServer
{
public:
    TestServer();
    ~TestServer(); // kill()s a running server

    TestServer(const TestServer &) = delete;
    TestServer &operator=(const TestServer &) = delete;

    static QString executable();

    // The command line after the executable; "{db}" and "{listen}" are replaced. Default:
    // demo --db {db} --listen {listen}
    void setArguments(const QStringList &arguments);
    void setDatabaseUrl(const QString &url) { m_dbUrl = url; }
    QString databaseUrl() const { return m_dbUrl; }
    // Extra environment (CETCENTRAL_FAST_PASSWORD_HASH=1 is always set).
    void setEnvironment(const QString &name, const QString &value);

    // Starts and waits (up to timeoutMs) until it prints its address. port 0: the kernel picks
    // (the same port is tried first on restart). False on failure (see errorString()/output()).
    bool start(quint16 port = 0, int timeoutMs = 30000);
    // SIGTERM, wait; SIGKILL if it does not stop in time.
    bool stop(int timeoutMs = 10000);
    // SIGKILL now and reap it (the database is left as the kill left it).
    void kill();
    // Starts again on the same database, on the previous port when it is still free (else a new
    // one: read port()).
    bool restart(int timeoutMs = 30000);

    bool isRunning() const;
    qint64 pid() const; // 0 when not running; SIGKILL from any thread: ::kill(pid, SIGKILL)
    quint16 port() const { return m_port; }
    QString baseUrl() const; // "http://127.0.0.1:PORT"
    QString errorString() const { return m_error; }
    QString output() const; // everything it printed (stdout + stderr) in all runs

    // A fresh, isolated PostgreSQL URL ("…?schema=<prefix>_<random>") from $CETDESK_TEST_PG_URL,
    // or an empty string when the variable is not set.
    static QString scratchPostgresUrl(const QString &prefix = QStringLiteral("t"));
    // True for a port on 127.0.0.1 nobody listens on right now.
    static bool portFree(quint16 port);

private:
    std::unique_ptr<QProcess> m_process;
    QStringList m_arguments;
    QString m_dbUrl;
    QStringList m_env;
    quint16 m_port = 0;
    QString m_error;
    mutable QByteArray m_output;
};

} // namespace cet::test
