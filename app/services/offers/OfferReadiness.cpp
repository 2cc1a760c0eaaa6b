#include "OfferService.h"

#include "OfferRepository.h"
#include "Subject.h"

#include <QMap>

namespace cet {

namespace {

ReadinessFinding finding(QString code, QString campus, QString entity, QString key, QString field, QString message)
{
    ReadinessFinding f;
    f.code = std::move(code);
    f.campusCode = std::move(campus);
    f.entity = std::move(entity);
    f.key = std::move(key);
    f.field = std::move(field);
    f.message = std::move(message);
    return f;
}

QString subjectName(const QString &code)
{
    const auto s = subjectByCode(code);
    return s ? s.value().displayName() : code;
}

} // namespace

Result<QList<ReadinessFinding>> OfferService::readiness() const
{
    auto school = schoolCode();
    if (!school)
        return school.error();
    OfferRepository repo(m_db);
    auto students = repo.studentsPerCampus();
    if (!students)
        return students.error();
    auto campuses = repo.campuses();
    if (!campuses)
        return campuses.error();
    auto offers = repo.offers();
    if (!offers)
        return offers.error();
    auto notices = repo.noticeCodes();
    if (!notices)
        return notices.error();

    QList<ReadinessFinding> out;
    for (auto it = students.value().cbegin(); it != students.value().cend(); ++it) {
        const QString &campus = it.key();
        const int count = it.value();
        const bool known = std::any_of(campuses.value().cbegin(), campuses.value().cend(),
                                       [&](const Campus &c) { return c.info.code == campus; });
        if (!known) {
            out << finding(QStringLiteral("readiness.campus_missing"), campus, QStringLiteral("campus"), campus,
                           QStringLiteral("name"),
                           tr("Campus %1 has %n student(s) but is not set up: add it with its name and address.",
                              nullptr, count)
                               .arg(campus));
            continue;
        }
        int writtenSeats = 0;
        int offered = 0;
        for (const Offer &o : offers.value()) {
            const OfferSettings &s = o.settings;
            if (s.campusCode != campus || !s.offered)
                continue;
            ++offered;
            const QString key = offerKey(campus, s.subject);
            const auto subject = subjectByCode(s.subject);
            if (subject && subject.value().isWritten())
                writtenSeats += s.capacity;
            if (s.capacity <= 0)
                out << finding(QStringLiteral("readiness.no_seats"), campus, QStringLiteral("offer"), key,
                               QStringLiteral("capacity"),
                               tr("Campus %1, %2: offered without seats.").arg(campus, subjectName(s.subject)));
            if (s.feeFen <= 0)
                out << finding(QStringLiteral("readiness.fee_missing"), campus, QStringLiteral("offer"), key,
                               QStringLiteral("fee_yuan"),
                               tr("Campus %1, %2: the fee is not set.").arg(campus, subjectName(s.subject)));
            if (!s.windowStart.isValid() || !s.windowEnd.isValid() || s.windowStart >= s.windowEnd)
                out << finding(QStringLiteral("readiness.window_missing"), campus, QStringLiteral("offer"), key,
                               QStringLiteral("window_start"),
                               tr("Campus %1, %2: the registration window is not set (a start before its end).")
                                   .arg(campus, subjectName(s.subject)));
            if (!s.examAt.isValid())
                out << finding(QStringLiteral("readiness.exam_missing"), campus, QStringLiteral("offer"), key,
                               QStringLiteral("exam_at"),
                               tr("Campus %1, %2: the exam date and time are not set.")
                                   .arg(campus, subjectName(s.subject)));
        }
        if (offered == 0) {
            out << finding(QStringLiteral("readiness.no_subjects"), campus, QStringLiteral("offer"),
                           offerKey(campus, QStringLiteral("1")), QStringLiteral("offered"),
                           tr("Campus %1 offers no subject.").arg(campus));
        } else if (writtenSeats < count) {
            // Every candidate takes at least one written subject, so the written seats of a campus
            // must cover its students.
            ReadinessFinding f = finding(
                QStringLiteral("readiness.capacity_short"), campus, QStringLiteral("offer"),
                offerKey(campus, QStringLiteral("1")), QStringLiteral("capacity"),
                tr("Campus %1 has %2 students but %3 seats in written subjects: %4 more are needed.")
                    .arg(campus)
                    .arg(count)
                    .arg(writtenSeats)
                    .arg(count - writtenSeats));
            f.needed = count;
            f.available = writtenSeats;
            out << f;
        }
        if (!notices.value().contains(campus) && !notices.value().contains(school.value()))
            out << finding(QStringLiteral("readiness.notice_missing"), campus, QStringLiteral("notice"), campus,
                           QStringLiteral("title"),
                           tr("Campus %1 has no notice, and the school has none either.").arg(campus));
    }
    return out;
}

} // namespace cet
