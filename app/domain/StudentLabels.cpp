#include "StudentLabels.h"

namespace cet {

namespace {

QString compact(const QString &s)
{
    QString out;
    for (QChar c : s) {
        if (!c.isSpace())
            out.append(c.toLower());
    }
    return out;
}

bool oneOf(const QString &key, std::initializer_list<const char *> utf8)
{
    for (const char *s : utf8) {
        if (key == QString::fromUtf8(s))
            return true;
    }
    return false;
}

} // namespace

QString educationLabel(Education education)
{
    switch (education) {
    case Education::JuniorCollege:
        return QString::fromUtf8("专科");
    case Education::Bachelor:
        return QString::fromUtf8("本科");
    case Education::Master:
        return QString::fromUtf8("硕士研究生");
    case Education::Doctorate:
        return QString::fromUtf8("博士研究生");
    case Education::Unknown:
        break;
    }
    return {};
}

QString educationDisplayName(Education education)
{
    switch (education) {
    case Education::JuniorCollege:
        return StudentLabels::tr("Junior college");
    case Education::Bachelor:
        return StudentLabels::tr("Bachelor");
    case Education::Master:
        return StudentLabels::tr("Master");
    case Education::Doctorate:
        return StudentLabels::tr("Doctorate");
    case Education::Unknown:
        break;
    }
    return StudentLabels::tr("Unknown");
}

Result<Education> educationFromLabel(const QString &label)
{
    const QString k = compact(label);
    if (oneOf(k, { "专科", "大专", "高职", "高职高专", "1", "juniorcollege" }))
        return Education::JuniorCollege;
    if (oneOf(k, { "本科", "大学本科", "2", "bachelor", "undergraduate" }))
        return Education::Bachelor;
    if (oneOf(k, { "硕士研究生", "硕士", "研究生", "3", "master" }))
        return Education::Master;
    if (oneOf(k, { "博士研究生", "博士", "4", "doctorate", "phd" }))
        return Education::Doctorate;
    return Error { QStringLiteral("student.education_unknown"),
        StudentLabels::tr("Unknown education level \"%1\".").arg(label.trimmed()), {} };
}

QString genderLabel(Gender gender)
{
    switch (gender) {
    case Gender::Male:
        return QString::fromUtf8("男");
    case Gender::Female:
        return QString::fromUtf8("女");
    case Gender::Unknown:
        break;
    }
    return {};
}

QString genderDisplayName(Gender gender)
{
    switch (gender) {
    case Gender::Male:
        return StudentLabels::tr("Male");
    case Gender::Female:
        return StudentLabels::tr("Female");
    case Gender::Unknown:
        break;
    }
    return StudentLabels::tr("Unknown");
}

Result<Gender> genderFromLabel(const QString &label)
{
    const QString k = compact(label);
    if (oneOf(k, { "男", "男性", "m", "male", "1" }))
        return Gender::Male;
    if (oneOf(k, { "女", "女性", "f", "female", "2" }))
        return Gender::Female;
    return Error { QStringLiteral("student.gender_unknown"),
        StudentLabels::tr("Unknown gender \"%1\".").arg(label.trimmed()), {} };
}

QString studentFieldLabel(StudentField field)
{
    switch (field) {
    case StudentField::Name:
        return StudentLabels::tr("Name");
    case StudentField::Gender:
        return StudentLabels::tr("Gender");
    case StudentField::IdType:
        return StudentLabels::tr("ID type");
    case StudentField::IdNumber:
        return StudentLabels::tr("ID number");
    case StudentField::SchoolCode:
        return StudentLabels::tr("School code");
    case StudentField::CampusCode:
        return StudentLabels::tr("Campus code");
    case StudentField::Education:
        return StudentLabels::tr("Education");
    case StudentField::ProgramYears:
        return StudentLabels::tr("Program years");
    case StudentField::EnrolYear:
        return StudentLabels::tr("Enrolment year");
    case StudentField::Grade:
        return StudentLabels::tr("Grade");
    case StudentField::Department:
        return StudentLabels::tr("Department");
    case StudentField::Major:
        return StudentLabels::tr("Major");
    case StudentField::ClassName:
        return StudentLabels::tr("Class");
    case StudentField::StudentNo:
        return StudentLabels::tr("Student no.");
    case StudentField::Note:
        return StudentLabels::tr("Note");
    case StudentField::Count_:
        break;
    }
    return {};
}

} // namespace cet
