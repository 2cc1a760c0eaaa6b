#include "PhotoMatcher.h"

#include "IdNumber.h"
#include "PhotoFileName.h"

#include <QHash>
#include <QLocale>

namespace cet {

namespace {

// "张三 (学号 2021001), 李四 (学号 2021002)" — at most three, so a message stays readable.
QString describe(const QList<PhotoStudent> &students)
{
    QStringList parts;
    for (const PhotoStudent &s : students.mid(0, 3)) {
        parts << (s.studentNo.isEmpty() ? QStringLiteral("%1 (%2)").arg(s.name, maskIdNumber(s.idType, s.idNumber))
                                        : PhotoMatcher::tr("%1 (student no. %2)").arg(s.name, s.studentNo));
    }
    if (students.size() > 3)
        parts << PhotoMatcher::tr("and %n more", nullptr, int(students.size() - 3));
    return parts.join(QStringLiteral(", "));
}

void setStudent(PhotoItem &item, const PhotoStudent &student, PhotoMatchKey key)
{
    item.studentId = student.id;
    item.studentName = student.name;
    item.studentNo = student.studentNo;
    item.matchedBy = key;
}

} // namespace

Result<void> PhotoMatcher::match(PhotoItem &item) const
{
    const QString stem = PhotoFileName::stem(item.entry.name);
    const bool valid = item.status == PhotoStatus::Matched;
    QList<PhotoStudent> candidates;
    PhotoMatchKey key = PhotoMatchKey::None;

    if (const QString idKey = PhotoFileName::idNumberKey(stem); !idKey.isEmpty()) {
        auto byId = m_repository.studentsByIdNumber(idKey);
        if (!byId)
            return byId.error();
        candidates = byId.value();
        key = PhotoMatchKey::IdNumber;
    }
    if (candidates.isEmpty() && !stem.isEmpty()) {
        QStringList keys{ stem };
        if (const QString noKey = PhotoFileName::studentNoKey(stem); noKey != stem)
            keys << noKey;
        for (const QString &k : std::as_const(keys)) {
            auto byNo = m_repository.studentsByStudentNo(k);
            if (!byNo)
                return byNo.error();
            for (const PhotoStudent &s : byNo.value()) {
                if (std::none_of(candidates.cbegin(), candidates.cend(),
                                 [&](const PhotoStudent &c) { return c.id == s.id; }))
                    candidates.append(s);
            }
        }
        key = PhotoMatchKey::StudentNo;
    }

    if (candidates.size() == 1) {
        setStudent(item, candidates.first(), key);
        return {};
    }
    if (!valid)
        return {};
    if (candidates.isEmpty()) {
        item.status = PhotoStatus::NoStudent;
        item.code = QStringLiteral("photos.no_student");
        item.message = tr("No student has the student number or ID number \"%1\". Name each photo after the "
                          "student's student number or ID number, for example 2021001.jpg.")
                           .arg(stem);
        return {};
    }
    setStudent(item, candidates.first(), key);
    item.status = PhotoStatus::Ambiguous;
    item.code = QStringLiteral("photos.ambiguous");
    item.message = key == PhotoMatchKey::IdNumber
        ? tr("The ID number %1 belongs to %n students (with different ID types): %2. Name the photo after the "
             "student number instead.",
             nullptr, int(candidates.size()))
              .arg(maskIdNumber(candidates.first().idType, candidates.first().idNumber), describe(candidates))
        : tr("The student number %1 belongs to %n students: %2. Name the photo after the student's ID number "
             "instead.",
             nullptr, int(candidates.size()))
              .arg(stem, describe(candidates));
    return {};
}

void PhotoMatcher::markDuplicates(QList<PhotoItem> &items)
{
    QHash<qint64, QList<qsizetype>> byStudent;
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (items.at(i).status == PhotoStatus::Matched)
            byStudent[items.at(i).studentId].append(i);
    }
    for (auto it = byStudent.cbegin(); it != byStudent.cend(); ++it) {
        const QList<qsizetype> &group = it.value();
        if (group.size() < 2)
            continue;
        const PhotoItem &first = items.at(group.first());
        const bool identical = std::all_of(group.cbegin(), group.cend(),
                                           [&](qsizetype i) { return items.at(i).sha256 == first.sha256; });
        QStringList names;
        for (qsizetype i : group)
            names << items.at(i).entry.name;
        for (qsizetype n = identical ? 1 : 0; n < group.size(); ++n) {
            PhotoItem &item = items[group.at(n)];
            item.status = PhotoStatus::Duplicate;
            if (identical) {
                item.code = QStringLiteral("photos.duplicate_same");
                item.message = tr("%1 is the same photo as %2 for %3; it is stored once.")
                                   .arg(item.entry.name, first.entry.name, item.studentName);
            } else {
                item.code = QStringLiteral("photos.duplicate");
                item.message = tr("%n different photos are for %1 (%2). None of them is stored: keep one and check "
                                  "again.",
                                  nullptr, int(group.size()))
                                   .arg(item.studentName, names.join(QStringLiteral(", ")));
            }
        }
    }
}

void PhotoMatcher::markStored(QList<PhotoItem> &items, const QHash<qint64, QString> &storedHashes)
{
    for (PhotoItem &item : items) {
        if (item.status != PhotoStatus::Matched)
            continue;
        const auto stored = storedHashes.constFind(item.studentId);
        if (stored == storedHashes.cend())
            continue;
        item.alreadyStored = stored.value() == item.sha256;
        item.replaces = !item.alreadyStored;
    }
}

} // namespace cet
