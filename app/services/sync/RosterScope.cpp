#include "RosterScope.h"

#include "StaffRoles.h"
#include "StudentRepository.h"
#include "SyncStore.h"

#include <QCoreApplication>

namespace cet::rosterscope {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(cet::RosterScope)
};

Error wrongSchool(const QString &held, const QString &wanted)
{
    return Error{ QStringLiteral("sync.wrong_school"),
                  Text::tr("This database holds the roster of school %1, so it can not sync school %2: that "
                           "would mix two schools' records. To work for school %2, choose another database "
                           "file in File › Settings (an empty one is created) and restart CET Desk, then sign "
                           "in again. To keep working on school %1, sign in as a user of school %1.")
                      .arg(held, wanted),
                  QStringLiteral("database school %1, account school %2").arg(held, wanted) };
}

} // namespace

Result<QString> heldSchool(Database &db)
{
    auto state = SyncStore(db).state();
    if (!state)
        return state.error();
    if (state.value().cursor > 0 && !state.value().schoolCode.isEmpty())
        return state.value().schoolCode;
    auto first = StudentRepository(db).fetch(StudentQuery{}, 0, 1);
    if (!first)
        return first.error();
    return first.value().isEmpty() ? QString() : first.value().constFirst().schoolCode;
}

Result<QString> scopeForSignIn(Database &db, const SyncAccount &account)
{
    auto state = SyncStore(db).state();
    if (!state)
        return state.error();
    // Roles without a roster leave the database's school as it is.
    if (!roles::worksOnRoster(account.role))
        return state.value().schoolCode;
    auto held = heldSchool(db);
    if (!held)
        return held.error();
    if (roles::choosesSchool(account.role))
        return held.value().isEmpty() ? state.value().schoolCode : held.value();
    if (!held.value().isEmpty() && held.value() != account.school)
        return wrongSchool(held.value(), account.school);
    return account.school;
}

Result<void> checkChoice(Database &db, const QString &school)
{
    auto held = heldSchool(db);
    if (!held)
        return held.error();
    if (!held.value().isEmpty() && held.value() != school)
        return wrongSchool(held.value(), school);
    return {};
}

} // namespace cet::rosterscope
