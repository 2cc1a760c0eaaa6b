#include "DemoRoster.h"

#include "IdNumber.h"

#include <QDate>

namespace cet::central {

StudentRecord demoStudent(const QString &school, int i)
{
    static const char16_t *const kFamily[] = { u"王", u"李", u"张", u"刘", u"陈", u"杨", u"赵", u"黄", u"周", u"吴" };
    static const char16_t *const kGiven[] = { u"伟", u"芳", u"娜", u"敏", u"静", u"丽", u"强", u"磊", u"军", u"洋",
                                              u"勇", u"艳", u"杰", u"娟", u"涛", u"明", u"超", u"秀英", u"霞", u"平" };
    const QDate birth = QDate(2002, 1, 1).addDays(i / 900);
    const int order = i % 900 + 100; // 3 digits, 100..999
    const QString first17 = QStringLiteral("110101") + birth.toString(QStringLiteral("yyyyMMdd"))
        + QString::number(order);
    StudentRecord r;
    r.idType = IdType::ResidentId;
    r.idNumber = first17 + residentIdCheckChar(first17);
    r.gender = order % 2 == 1 ? Gender::Male : Gender::Female;
    r.name = QString::fromUtf16(kFamily[i % 10]) + QString::fromUtf16(kGiven[(i / 10) % 20]);
    r.schoolCode = school;
    r.campusCode = school + QLatin1Char('1');
    r.education = Education::Bachelor;
    r.programYears = 4;
    r.enrolYear = 2022 + i % 3;
    r.grade = QString::number(r.enrolYear);
    r.department = QStringLiteral("计算机学院");
    r.major = QStringLiteral("软件工程");
    r.className = QStringLiteral("%1级%2班").arg(r.enrolYear).arg(i % 12 + 1);
    r.studentNo = QStringLiteral("%1%2").arg(r.enrolYear).arg(i, 6, 10, QLatin1Char('0'));
    return r;
}

} // namespace cet::central
