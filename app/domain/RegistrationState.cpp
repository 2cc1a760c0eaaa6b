#include "RegistrationState.h"

#include "Subject.h"

#include <QLocale>

namespace cet {

QString registrationStateName(RegistrationState state)
{
    switch (state) {
    case RegistrationState::Unregistered: return QStringLiteral("unregistered");
    case RegistrationState::Bound: return QStringLiteral("bound");
    case RegistrationState::Booked: return QStringLiteral("booked");
    case RegistrationState::Paid: return QStringLiteral("paid");
    }
    return {};
}

std::optional<RegistrationState> registrationStateFromName(const QString &name)
{
    if (name == QLatin1String("none"))
        return RegistrationState::Unregistered;
    for (RegistrationState state : kRegistrationStates) {
        if (name == registrationStateName(state))
            return state;
    }
    return std::nullopt;
}

QString registrationStateDisplayName(RegistrationState state)
{
    switch (state) {
    case RegistrationState::Unregistered: return RegistrationLabels::tr("Not registered");
    case RegistrationState::Bound: return RegistrationLabels::tr("Registered, no subject");
    case RegistrationState::Booked: return RegistrationLabels::tr("Booked, not paid");
    case RegistrationState::Paid: return RegistrationLabels::tr("Paid");
    }
    return {};
}

QString registeredSubjectsText(const QList<RegisteredSubject> &subjects)
{
    QStringList parts;
    for (const RegisteredSubject &s : subjects) {
        const auto subject = subjectByCode(s.subject);
        const QString name = subject ? subject.value().displayName() : s.subject;
        parts << (s.paid ? RegistrationLabels::tr("%1 (paid)") : RegistrationLabels::tr("%1 (not paid)")).arg(name);
    }
    return QLocale().createSeparatedList(parts);
}

} // namespace cet
