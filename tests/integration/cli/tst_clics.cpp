// cetdesk-cli cs lookup|request|approve|refuse|list|withdraw as real processes against a real
// cet-central (the demo's customer-service callers), each signing in with --server, --user and
// --password-stdin like cetdesk-cli sync.
#include "CsDemoCallers.h"
#include "TestServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace cet;
using namespace cet::test;

class TestCliCs : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    TestServer m_server;
    CsDemoCallers m_callers;

    struct Run
    {
        int exitCode = -1;
        QString out, err;
        QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
        QString describe() const { return QStringLiteral("exit %1\nout: %2\nerr: %3").arg(exitCode).arg(out, err); }
    };

    // As `user` (password demo-<role>), on a database of the user's own.
    Run run(const QString &user, const QStringList &args)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("en_US.UTF-8"));
        env.insert(QStringLiteral("CETDESK_NO_KEYCHAIN"), QStringLiteral("1"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        process.setProcessEnvironment(env);
        const QString password = user.startsWith(u"super") ? u"demo-cs_supervisor"_qs : u"demo-cs_agent"_qs;
        process.start(QStringLiteral(CETDESK_CLI_PATH),
                      QStringList{ u"--db"_qs, m_dir.filePath(user + u".sqlite"_qs), u"cs"_qs } + args
                          + QStringList{ u"--server"_qs, m_server.baseUrl(), u"--user"_qs, user, u"--password-stdin"_qs });
        process.write(password.toUtf8() + '\n');
        process.closeWriteChannel();
        Run r;
        if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit)
            return r;
        r.exitCode = process.exitCode();
        r.out = QString::fromUtf8(process.readAllStandardOutput());
        r.err = QString::fromUtf8(process.readAllStandardError());
        return r;
    }

    static QStringList identity(const CsDemoCaller &c)
    {
        return { u"--id-type"_qs, QString::number(c.idType), u"--id-number"_qs, c.idNumber, u"--name"_qs, c.name };
    }

    qint64 pendingRequestId()
    {
        const Run r = run(u"super1"_qs, { u"list"_qs, u"--state"_qs, u"submitted"_qs, u"--json"_qs });
        for (const QJsonValue &v : r.json().value(u"requests"_qs).toArray()) {
            if (v.toObject().value(u"candidate"_qs).toObject().value(u"name"_qs).toString() == m_callers.pending.name)
                return v.toObject().value(u"id"_qs).toInteger();
        }
        return 0;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_server.setDatabaseUrl(u"sqlite:"_qs + m_dir.filePath(u"central.sqlite"_qs));
        m_server.setArguments({ u"demo"_qs, u"--db"_qs, u"{db}"_qs, u"--roster"_qs, u"20"_qs, u"--listen"_qs,
                                u"{listen}"_qs });
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString() + m_server.output()));
        QString error;
        QVERIFY2(m_callers.load(m_server.output(), m_server.baseUrl(), &error), qPrintable(error));
    }

    void lookupNeedsAllFieldsAndAReason()
    {
        Run r = run(u"agent1"_qs, QStringList{ u"lookup"_qs } + identity(m_callers.lostEmail));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"--reason"_qs), qPrintable(r.describe()));
        r = run(u"agent1"_qs, { u"lookup"_qs, u"--id-type"_qs, u"9"_qs, u"--id-number"_qs, u"x"_qs, u"--name"_qs,
                                u"y"_qs, u"--reason"_qs, u"call"_qs });
        QCOMPARE(r.exitCode, 1);
    }

    void lookupAnswersTheThreeCases()
    {
        const QStringList reason{ u"--reason"_qs, u"caller lost the login email"_qs, u"--json"_qs };
        Run r = run(u"agent1"_qs, QStringList{ u"lookup"_qs } + identity(m_callers.lostEmail) + reason);
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(r.json().value(u"guidance"_qs).toString(), u"rebind"_qs);
        const QJsonObject passport = r.json().value(u"passport"_qs).toObject();
        QVERIFY(!passport.value(u"passport_id"_qs).toString().isEmpty());
        QVERIFY2(!passport.value(u"email_masked"_qs).toString().contains(u"cs-old0@example.com"_qs), qPrintable(r.out));

        r = run(u"agent1"_qs, QStringList{ u"lookup"_qs } + identity(m_callers.reachable) + reason);
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(r.json().value(u"guidance"_qs).toString(), u"change_email_self"_qs);

        r = run(u"agent1"_qs, QStringList{ u"lookup"_qs } + identity(m_callers.neverBound) + reason);
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(r.json().value(u"guidance"_qs).toString(), u"register_anew"_qs);
        QVERIFY(r.json().value(u"passport"_qs).isNull());

        // Human output: the guided answer in words.
        r = run(u"agent1"_qs, QStringList{ u"lookup"_qs } + identity(m_callers.neverBound)
                                  + QStringList{ u"--reason"_qs, u"call"_qs });
        QVERIFY2(r.exitCode == 0 && r.out.contains(u"passport: never bound"_qs)
                     && r.out.contains(u"nothing to move"_qs),
                 qPrintable(r.describe()));

        // A wrong name finds nothing, with the desk's message and exit code 2.
        CsDemoCaller wrong = m_callers.lostEmail;
        wrong.name += u"X"_qs;
        r = run(u"agent1"_qs, QStringList{ u"lookup"_qs } + identity(wrong) + reason);
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.json().value(u"error"_qs).toObject().value(u"code"_qs).toString(), u"cs.not_found"_qs);
        QVERIFY2(r.err.contains(u"No verified registration"_qs), qPrintable(r.describe()));
    }

    void fileApproveAndFourEyes()
    {
        const QStringList request = QStringList{ u"request"_qs } + identity(m_callers.lostEmail)
            + QStringList{ u"--new-passport-id"_qs, m_callers.newPassportId, u"--new-email"_qs,
                           m_callers.newEmail.toUpper(), u"--check"_qs, u"id_card_photo"_qs, u"--check"_qs,
                           u"callback_number"_qs, u"--notes"_qs, u"原邮箱已停用"_qs, u"--json"_qs };
        // Checked before anything is sent: a short passport ID, a check the desk does not know.
        QStringList bad = request;
        bad[bad.indexOf(m_callers.newPassportId)] = m_callers.newPassportId.left(31);
        QCOMPARE(run(u"agent1"_qs, bad).exitCode, 1);
        bad = request;
        bad[bad.indexOf(u"callback_number"_qs)] = u"gut_feeling"_qs;
        QCOMPARE(run(u"agent1"_qs, bad).exitCode, 1);
        // The server checks the email belongs to the new passport.
        bad = request;
        bad[bad.indexOf(m_callers.newEmail.toUpper())] = u"someone.else@example.com"_qs;
        Run r = run(u"agent1"_qs, bad);
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.json().value(u"error"_qs).toObject().value(u"code"_qs).toString(), u"cs.email_mismatch"_qs);

        r = run(u"agent1"_qs, request);
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const qint64 id = r.json().value(u"id"_qs).toInteger();
        QVERIFY(id > 0);
        QCOMPARE(r.json().value(u"state"_qs).toString(), u"submitted"_qs);
        QCOMPARE(r.json().value(u"new_passport_id"_qs).toString(), m_callers.newPassportId);
        QCOMPARE(r.json().value(u"filed_by"_qs).toString(), u"agent1"_qs);

        // One open request per candidate.
        r = run(u"agent1"_qs, request);
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.json().value(u"error"_qs).toObject().value(u"code"_qs).toString(), u"cs.request_open"_qs);

        // An agent can not approve (not even another agent's request).
        r = run(u"agent2"_qs, { u"approve"_qs, QString::number(id), u"--json"_qs });
        QVERIFY2(r.exitCode == 4, qPrintable(r.describe()));
        QCOMPARE(r.json().value(u"error"_qs).toObject().value(u"code"_qs).toString(), u"cs.forbidden"_qs);

        r = run(u"super1"_qs, { u"approve"_qs, QString::number(id), u"--note"_qs, u"checked"_qs, u"--json"_qs });
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(r.json().value(u"state"_qs).toString(), u"approved"_qs);
        QCOMPARE(r.json().value(u"decided_by"_qs).toString(), u"super1"_qs);
        QVERIFY2(r.json().value(u"apply_at"_qs).isString(), qPrintable(r.out));

        // Approving twice: wrong state. Withdrawing after approval: refused too.
        r = run(u"super1"_qs, { u"approve"_qs, QString::number(id), u"--json"_qs });
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.json().value(u"error"_qs).toObject().value(u"code"_qs).toString(), u"cs.bad_state"_qs);
        QCOMPARE(run(u"agent1"_qs, { u"withdraw"_qs, QString::number(id) }).exitCode, 2);

        // Hold back and release before the batch.
        r = run(u"super1"_qs, { u"hold"_qs, QString::number(id), u"--json"_qs });
        QVERIFY2(r.exitCode == 0 && r.json().value(u"state"_qs).toString() == u"held", qPrintable(r.describe()));
        r = run(u"super1"_qs, { u"release"_qs, QString::number(id), u"--json"_qs });
        QVERIFY2(r.exitCode == 0 && r.json().value(u"state"_qs).toString() == u"approved", qPrintable(r.describe()));

        r = run(u"super1"_qs, { u"list"_qs, u"--state"_qs, u"approved"_qs, u"--json"_qs });
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        bool listed = false;
        for (const QJsonValue &v : r.json().value(u"requests"_qs).toArray())
            listed = listed || v.toObject().value(u"id"_qs).toInteger() == id;
        QVERIFY2(listed, qPrintable(r.out));
    }

    void refuseNeedsAReason()
    {
        const qint64 id = pendingRequestId();
        QVERIFY(id > 0);
        QCOMPARE(run(u"super1"_qs, { u"refuse"_qs, QString::number(id) }).exitCode, 1);
        const Run r = run(u"super1"_qs, { u"refuse"_qs, QString::number(id), u"--reason"_qs,
                                          u"caller could not confirm the school"_qs });
        QVERIFY2(r.exitCode == 0 && r.out.contains(u"refused"_qs), qPrintable(r.describe()));
        QCOMPARE(pendingRequestId(), 0);
    }

    void withoutSignInExplains()
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
        env.insert(QStringLiteral("CETDESK_NO_KEYCHAIN"), QStringLiteral("1"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(CETDESK_CLI_PATH),
                      { u"--db"_qs, m_dir.filePath(u"nobody.sqlite"_qs), u"cs"_qs, u"list"_qs });
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 4);
        QVERIFY(QString::fromUtf8(process.readAllStandardError()).contains(u"--password-stdin"_qs));
    }
};

QTEST_GUILESS_MAIN(TestCliCs)
#include "tst_clics.moc"
