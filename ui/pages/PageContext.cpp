#include "PageContext.h"

namespace cet {

PageContext::PageContext(Database &db, AppSettings &settings, const QString &actor, QObject *parent)
    : QObject(parent), m_db(db), m_settings(settings), m_actor(actor)
{
}

void PageContext::setStatusText(QWidget *page, const QString &text)
{
    m_status.insert(page, text);
    emit statusTextChanged(page, text);
}

} // namespace cet
