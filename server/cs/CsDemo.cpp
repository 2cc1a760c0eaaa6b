#include "CsDemo.h"

#include "CentralStore.h"
#include "DemoRoster.h"
#include "IdDocument.h"
#include "PassportService.h"
#include "PassportSql.h"
#include "RebindService.h"
#include "RegistrationService.h"

namespace cet::central::cs {

namespace {

const QString kSchool = QStringLiteral("10001");
const QString kPassword = QStringLiteral("demo-candidate-1");

Result<QString> boundPassport(candidate::CandidateContext context, const QString &email, int student)
{
    auto id = candidate::PassportService(context).registerPassport(email, kPassword, {});
    if (!id)
        return id.error();
    const StudentRecord s = demoStudent(kSchool, student);
    auto bound = candidate::RegistrationService(context).bind(
        id.value(), candidate::StudentKey { QString::number(idTypeCode(s.idType)), s.idNumber, s.name }, true);
    if (!bound)
        return bound.error();
    return id.value();
}

QString line(const QString &text, int student)
{
    const StudentRecord s = demoStudent(kSchool, student);
    return QStringLiteral("  %1: %2, ID type %3, %4").arg(text, s.name).arg(idTypeCode(s.idType)).arg(s.idNumber);
}

} // namespace

Result<QStringList> seedCsDemo(candidate::CandidateContext context, int rosterSize)
{
    if (rosterSize < kCsDemoStudents)
        return QStringList();
    const QStringList lines = {
        line(QStringLiteral("lost email, new passport cs-new0@example.com registered (rebind)"), 0),
        line(QStringLiteral("bound and signed in (change the email themselves)"), 1),
        line(QStringLiteral("never bound (register anew)"), 2),
        line(QStringLiteral("a rebinding request filed by agent1, waiting for super1"), 3),
    };
    auto seeded = passportsql::findByEmailKey(context.store, QStringLiteral("cs-old0@example.com"));
    if (!seeded)
        return seeded.error();
    if (seeded.value())
        return lines;

    if (auto old = boundPassport(context, QStringLiteral("cs-old0@example.com"), 0); !old)
        return old.error();
    if (auto fresh = candidate::PassportService(context).registerPassport(QStringLiteral("cs-new0@example.com"), kPassword, {});
        !fresh)
        return fresh.error();
    if (auto reachable = boundPassport(context, QStringLiteral("cs-old1@example.com"), 1); !reachable)
        return reachable.error();
    if (auto signedIn = candidate::PassportService(context).login(QStringLiteral("cs-old1@example.com"), kPassword);
        !signedIn)
        return signedIn.error();
    if (auto old = boundPassport(context, QStringLiteral("cs-old3@example.com"), 3); !old)
        return old.error();
    auto fresh = candidate::PassportService(context).registerPassport(QStringLiteral("cs-new3@example.com"), kPassword, {});
    if (!fresh)
        return fresh.error();
    const StudentRecord s = demoStudent(kSchool, 3);
    RebindFiling filing;
    filing.idType = idTypeCode(s.idType);
    filing.idNumber = s.idNumber;
    filing.name = s.name;
    filing.newPassportId = fresh.value();
    filing.newEmail = QStringLiteral("cs-new3@example.com");
    filing.checks = { QStringLiteral("id_card_photo"), QStringLiteral("callback_number") };
    filing.notes = QStringLiteral("考生来电：原邮箱已停用，忘记密码，已注册新通行证。");
    if (auto filed = RebindService(context.store, context.now).file(CsStaff { QStringLiteral("agent1"), kAgentRole }, filing);
        !filed)
        return filed.error();
    return lines;
}

} // namespace cet::central::cs
