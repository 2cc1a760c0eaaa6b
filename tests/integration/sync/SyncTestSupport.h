#pragma once

// Helpers for sync tests and benchmarks: a cet-central child process on loopback, and valid
// generated students of a school.

#include "IdNumber.h"
#include "StudentRecord.h"

#include <QDate>
#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QStringList>

#include <memory>

namespace synctest {

// Starts `cet-central <args…> --listen 127.0.0.1:<port>` and waits for "listening on URL".
class CentralProcess
{
public:
    ~CentralProcess() { stop(); }

    bool start(const QString &program, const QStringList &args, int port = 0, int timeoutMs = 120000)
    {
        m_process = std::make_unique<QProcess>();
        m_process->setProcessChannelMode(QProcess::SeparateChannels);
        QStringList all = args;
        all << QStringLiteral("--listen") << QStringLiteral("127.0.0.1:%1").arg(port);
        m_process->start(program, all);
        if (!m_process->waitForStarted(10000))
            return false;
        QElapsedTimer t;
        t.start();
        static const QRegularExpression listening(QStringLiteral("listening on (\\S+)"));
        // Only this run's output counts: on a restart, the previous run's "listening on" line must
        // not make the wait end before the new process listens.
        const qsizetype runStart = m_output.size();
        while (t.elapsed() < timeoutMs) {
            m_process->waitForReadyRead(200);
            m_output += QString::fromUtf8(m_process->readAllStandardOutput());
            const auto m = listening.match(m_output, runStart);
            if (m.hasMatch()) {
                m_url = m.captured(1);
                while (m_url.endsWith(u'/'))
                    m_url.chop(1);
                m_port = m_url.section(u':', -1).toInt();
                return true;
            }
            if (m_process->state() == QProcess::NotRunning)
                break;
        }
        m_output += QString::fromUtf8(m_process->readAllStandardError());
        return false;
    }

    void stop()
    {
        if (!m_process)
            return;
        m_process->kill();
        m_process->waitForFinished(10000);
        m_process.reset();
    }

    QString url() const { return m_url; }
    int port() const { return m_port; }
    QString output() const { return m_output; }

private:
    std::unique_ptr<QProcess> m_process;
    QString m_output, m_url;
    int m_port = 0;
};

// The i-th generated student of `school` (valid resident ID; campus school + "1").
inline cet::StudentRecord student(const QString &school, int i)
{
    const QDate birth = QDate(2004, 1, 1).addDays(i / 900);
    const int order = i % 900 + 100;
    const QString first17 = QStringLiteral("110101") + birth.toString(QStringLiteral("yyyyMMdd")) + QString::number(order);
    cet::StudentRecord r;
    r.idType = cet::IdType::ResidentId;
    r.idNumber = first17 + cet::residentIdCheckChar(first17);
    r.gender = order % 2 == 1 ? cet::Gender::Male : cet::Gender::Female;
    r.name = QStringLiteral("测试%1").arg(i);
    r.schoolCode = school;
    r.campusCode = school + QLatin1Char('1');
    r.education = cet::Education::Bachelor;
    r.programYears = 4;
    r.enrolYear = 2023;
    r.grade = QStringLiteral("2023");
    r.department = QStringLiteral("数学学院");
    r.major = QStringLiteral("统计学");
    r.className = QStringLiteral("2023级%1班").arg(i % 10 + 1);
    r.studentNo = QStringLiteral("T%1").arg(i, 7, 10, QLatin1Char('0'));
    return r;
}

} // namespace synctest
