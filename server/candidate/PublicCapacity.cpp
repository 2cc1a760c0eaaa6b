#include "PublicCapacity.h"

#include "CandidateMessages.h"
#include "CentralStore.h"
#include "OfferSql.h"
#include "ScopeSql.h"
#include "Subject.h"
#include "TimedRulesSql.h"

#include <QJsonArray>

namespace cet::central::candidate {

QString capacityColour(int capacity, int remaining)
{
    if (remaining <= 0)
        return QStringLiteral("red");
    if (qint64(remaining) * 2 > capacity)
        return QStringLiteral("green");
    return QStringLiteral("yellow");
}

Result<QJsonObject> publicCapacity(const CandidateContext &context, const QString &session, const QString &school)
{
    CentralStore &store = context.store;
    auto known = timedrulessql::sessionExists(store, session.trimmed());
    if (!known)
        return known.error();
    if (!known.value())
        return error(codes::unknownSession);
    auto name = scopesql::schoolName(store, school.trimmed());
    if (!name)
        return name.error();
    if (!name.value())
        return error(codes::unknownSchool);
    auto campuses = scopesql::campuses(store, school.trimmed());
    if (!campuses)
        return campuses.error();

    QJsonArray campusList;
    for (auto it = campuses.value().cbegin(); it != campuses.value().cend(); ++it) {
        auto offers = offersql::forCampus(store, school.trimmed(), it.key());
        if (!offers)
            return offers.error();
        QJsonArray subjects;
        for (const auto &o : offers.value()) {
            if (!o.offered)
                continue;
            const auto subject = subjectByCode(o.subject);
            const int remaining = qMax(0, o.capacity - o.taken);
            const QString colour = capacityColour(o.capacity, remaining);
            subjects.append(QJsonObject{
                { QStringLiteral("subject"), o.subject },
                { QStringLiteral("label"), subject ? subject.value().label : o.subject },
                { QStringLiteral("capacity"), o.capacity },
                { QStringLiteral("remaining"), remaining },
                { QStringLiteral("colour"), colour },
                { QStringLiteral("shown"), remaining > 0 ? QString::number(remaining) : QStringLiteral("无") },
            });
        }
        campusList.append(QJsonObject{ { QStringLiteral("code"), it.key() },
                                       { QStringLiteral("name"), it.value() },
                                       { QStringLiteral("subjects"), subjects } });
    }
    return QJsonObject{
        { QStringLiteral("session"), session.trimmed() },
        { QStringLiteral("school"),
          QJsonObject{ { QStringLiteral("code"), school.trimmed() }, { QStringLiteral("name"), *name.value() } } },
        { QStringLiteral("campuses"), campusList },
    };
}

} // namespace cet::central::candidate
