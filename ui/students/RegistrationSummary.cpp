#include "RegistrationSummary.h"

#include "StudentRepository.h"

#include <QLocale>

namespace cet {

RegistrationSummary::RegistrationSummary(const StudentRepository &repository, QWidget *parent)
    : QLabel(parent), m_repository(repository)
{
    setObjectName(QStringLiteral("registrationSummary"));
    setTextFormat(Qt::RichText);
    setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    setWordWrap(true);
    connect(this, &QLabel::linkActivated, this, [this](const QString &link) {
        if (const auto state = registrationStateFromName(link))
            Q_EMIT stateChosen(*state);
    });
}

void RegistrationSummary::refresh()
{
    const Result<QDateTime> fetched = m_repository.registrationsFetchedAt();
    if (!fetched || !fetched.value().isValid()) {
        setText(tr("Registration on the candidate site: not fetched yet (shown after the next sync)."));
        return;
    }
    const Result<RegistrationTally> tally = m_repository.registrationTally();
    if (!tally) {
        setText(tally.error().message.toHtmlEscaped());
        return;
    }
    const RegistrationTally &t = tally.value();
    const QLocale locale;
    const auto link = [&](RegistrationState state, qint64 n) {
        return QStringLiteral("<a href=\"%1\">%2 %3</a>")
            .arg(registrationStateName(state), registrationStateDisplayName(state).toHtmlEscaped(), locale.toString(n));
    };
    setText(tr("Registration on the candidate site: %1 of %2 registered (%3 · %4 · %5) · %6 · as of %7")
                .arg(locale.toString(t.registered()), locale.toString(t.students),
                     link(RegistrationState::Paid, t.paid), link(RegistrationState::Booked, t.booked),
                     link(RegistrationState::Bound, t.bound), link(RegistrationState::Unregistered, t.unregistered),
                     locale.toString(fetched.value().toLocalTime(), QLocale::ShortFormat).toHtmlEscaped()));
}

} // namespace cet
