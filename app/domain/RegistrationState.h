#pragma once

#include "IdType.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace cet {

// How far a student of the roster has got on the candidate site, as the school's desk sees it.
enum class RegistrationState {
    Unregistered, // no live registration binds the student's record
    Bound,        // registered (a passport is bound to the record), no subject booked
    Booked,       // subjects booked, at least one of them not paid
    Paid,         // every booked subject paid
};

// Every state, in the order of the candidate's progress (for filters and legends).
inline constexpr RegistrationState kRegistrationStates[] = { RegistrationState::Unregistered, RegistrationState::Bound,
                                                             RegistrationState::Booked, RegistrationState::Paid };

class RegistrationLabels
{
    Q_DECLARE_TR_FUNCTIONS(cet::RegistrationLabels)
public:
    RegistrationLabels() = delete;
};

// "unregistered", "bound", "booked", "paid": the wire's and the CLI's names; "none" (the wire's
// name for a registration that no longer exists) reads as Unregistered.
QString registrationStateName(RegistrationState state);
std::optional<RegistrationState> registrationStateFromName(const QString &name);
// Translated for display: 未报名, 已报名（未报科目）, 已报科目（未缴费）, 已缴费.
QString registrationStateDisplayName(RegistrationState state);

// One subject of a registration: its code (CET4, CET6_ORAL, …), the campus and whether paid.
struct RegisteredSubject
{
    QString subject, campusCode;
    bool paid = false;
};

// A student's registration as the school's desk holds it.
struct StudentRegistration
{
    IdType idType = IdType::ResidentId;
    QString idNumber;
    RegistrationState state = RegistrationState::Unregistered;
    QDateTime savedAt;
    QList<RegisteredSubject> subjects;
};

// "CET4 已缴费、CET6 未缴费" for a tooltip or a detail line; empty without subjects.
QString registeredSubjectsText(const QList<RegisteredSubject> &subjects);

} // namespace cet
