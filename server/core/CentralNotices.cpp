#include "CentralService.h"
#include "CentralStore.h"
#include "NoticeTable.h"
#include "ScopeSql.h"

#include <QJsonArray>

namespace cet::central {

namespace {
constexpr int kChinaOffsetSeconds = 8 * 3600; // "today" for candidates is the date in China (UTC+8)
} // namespace

Result<QJsonObject> CentralService::publicNotices(const QString &school)
{
    if (school.isEmpty())
        return Error{ protocol::codes::badShape, QStringLiteral("query.school: missing"), {} };
    const QString today = now().toOffsetFromUtc(kChinaOffsetSeconds).date().toString(Qt::ISODate);
    if (auto r = m_store->beginSnapshot(); !r)
        return r.error();
    auto name = scopesql::schoolName(*m_store, school);
    if (!name || !name.value()) {
        m_store->rollback();
        if (!name)
            return name.error();
        return Error{ protocol::codes::notFound, QStringLiteral("School %1 does not exist.").arg(school), {} };
    }
    auto campuses = scopesql::campuses(*m_store, school);
    if (!campuses) {
        m_store->rollback();
        return campuses.error();
    }
    auto notices = noticetable::live(*m_store, school);
    m_store->rollback(); // read only
    if (!notices)
        return notices.error();

    // The school's notice first, then the campuses' by code (live() orders by scope code).
    QList<StoredNotice> shown;
    for (const StoredNotice &n : notices.value()) {
        if (n.record.shownFrom > today) // YYYY-MM-DD compares as text
            continue;
        if (n.scope == school)
            shown.prepend(n);
        else
            shown.append(n);
    }
    QJsonArray list;
    for (const StoredNotice &n : std::as_const(shown)) {
        const bool ofSchool = n.scope == school;
        list.append(QJsonObject{
            { QStringLiteral("scope"), ofSchool ? QStringLiteral("school") : QStringLiteral("campus") },
            { QStringLiteral("code"), n.scope },
            { QStringLiteral("campus_name"),
              ofSchool ? QJsonValue(QJsonValue::Null) : QJsonValue(campuses.value().value(n.scope)) },
            { QStringLiteral("title"), n.record.title },
            { QStringLiteral("body"), n.record.body },
            { QStringLiteral("shown_from"), n.record.shownFrom },
            { QStringLiteral("updated_at"), protocol::toWireTime(n.changedAt) },
        });
    }
    return QJsonObject{
        { QStringLiteral("school"),
          QJsonObject{ { QStringLiteral("code"), school }, { QStringLiteral("name"), *name.value() } } },
        { QStringLiteral("notices"), list },
    };
}

} // namespace cet::central
