#include "CandidateSetup.h"

#include "DemoRoster.h"
#include "IdDocument.h"
#include "PassportService.h"
#include "RegistrationService.h"

namespace cet::central::test {

QString boundCandidate(candidate::CandidateContext context, const QString &email, int i)
{
    auto id = candidate::PassportService(context).registerPassport(email, QStringLiteral("secret-pass-1"), {});
    if (!id) {
        qWarning("register %s: %s", qPrintable(email), qPrintable(id.error().code));
        return {};
    }
    const StudentRecord s = demoStudent(kDemoSchool, i);
    auto bound = candidate::RegistrationService(context).bind(
        id.value(), candidate::StudentKey{ QString::number(idTypeCode(s.idType)), s.idNumber, s.name }, true);
    if (!bound) {
        qWarning("bind %d: %s", i, qPrintable(bound.error().code));
        return {};
    }
    return id.value();
}

offersql::OfferRow offerAt(CentralStore &store, const QString &campus, const QString &subject, const QString &school)
{
    auto offers = offersql::forCampus(store, school.isEmpty() ? kDemoSchool : school, campus);
    if (offers) {
        for (const auto &o : offers.value()) {
            if (o.subject == subject)
                return o;
        }
    }
    return {};
}

bool setCapacity(CentralStore &store, const QString &campus, const QString &subject, int capacity)
{
    offersql::OfferRow o = offerAt(store, campus, subject);
    o.capacity = capacity;
    return offersql::put(store, o).ok();
}

} // namespace cet::central::test
