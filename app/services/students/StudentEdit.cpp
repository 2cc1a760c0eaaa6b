#include "StudentEdit.h"

namespace cet {

StudentEdit::StudentEdit(StudentRecord before, StudentRecord after)
    : m_before(std::move(before))
    , m_after(std::move(after))
{ }

StudentRecord StudentEdit::before() const
{
    return side(Side::Before);
}

StudentRecord StudentEdit::after() const
{
    return side(Side::After);
}

StudentRecord StudentEdit::side(Side s) const
{
    QMutexLocker lock(&m_mutex);
    return s == Side::Before ? m_before : m_after;
}

void StudentEdit::setStored(Side s, const StudentRecord &stored)
{
    QMutexLocker lock(&m_mutex);
    (s == Side::Before ? m_before : m_after) = stored;
}

} // namespace cet
