#pragma once

#include "RegistrationState.h"
#include "Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace cet {

class SyncHttp;

// The school's registrations as the server sees them, GET /api/v1/school/registrations: every live
// one (complete), or those changed since a cursor the server handed out earlier, a registration
// that no longer exists as Unregistered.
struct RegistrationStates
{
    QDateTime generatedAt;
    QString cursor; // to send as `since` next time
    bool complete = false;
    QList<StudentRegistration> registrations;

    // Errors: protocol.bad_answer (a field missing or of the wrong type).
    static Result<RegistrationStates> fromJson(const QJsonObject &o);
};

// Fetches with the session of `http` (a coordinator's token; `school` names the school for an
// account that may reach several); everything when `since` is empty. Blocking.
Result<RegistrationStates> fetchRegistrationStates(SyncHttp &http, const QString &school, const QString &since);

} // namespace cet
