#pragma once

// The real cet-central for the HTTP tests: admin commands run to completion, and a server
// started on 127.0.0.1 port 0 whose address is read from its "listening on http://…" line.
// The binary comes from the compile definition CETCENTRAL_TEST_BIN ($<TARGET_FILE:cet-central>).

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>

namespace cet::test {

class CentralProcess
{
public:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    ~CentralProcess();

    // cet-central ARGS…, waits for the exit (stdin fed from `input`).
    static Run run(const QStringList &args, const QByteArray &input = {});

    // cet-central serve|demo … --listen 127.0.0.1:0; waits for the "listening on" line.
    bool start(const QStringList &args, int timeoutMs = 60000);
    void kill();
    // Stops the server process without ending it (SIGSTOP) and lets it go on (SIGCONT): while it
    // is paused the kernel still completes connections into its listen backlog.
    bool pause();
    bool resume();
    bool isRunning() const;
    QUrl baseUrl() const { return m_baseUrl; }
    QString output() const; // what it printed so far (for failure messages)

private:
    bool setStopped(bool stopped);

    std::unique_ptr<QProcess> m_process;
    QUrl m_baseUrl;
    mutable QByteArray m_output;
};

// The database of one test run: sqlite:<dir>/central.db, or — when CETDESK_TEST_PG_URL is set — a
// PostgreSQL database created for this run and dropped afterwards.
class TestDatabase
{
public:
    ~TestDatabase();
    bool create(const QString &dir, QString *error);
    QString url() const { return m_url; }
    bool isPostgres() const { return !m_pgName.isEmpty(); }

private:
    QString m_url;
    QString m_pgName;
    QString m_adminUrl;
};

} // namespace cet::test
