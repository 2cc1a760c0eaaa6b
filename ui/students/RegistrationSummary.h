#pragma once

#include "RegistrationState.h"

#include <QLabel>

namespace cet {

class StudentRepository;

// One line above the Students table: how many students of the roster have registered on the
// candidate site, booked, paid, and how many have not, as last fetched from the server; each
// count is a link that shows those students.
class RegistrationSummary : public QLabel
{
    Q_OBJECT
public:
    RegistrationSummary(const StudentRepository &repository, QWidget *parent = nullptr);

    // Re-reads the tally.
    void refresh();

Q_SIGNALS:
    void stateChosen(cet::RegistrationState state);

private:
    const StudentRepository &m_repository;
};

} // namespace cet
