#include "StudentRecord.h"

namespace cet {

bool StudentRecord::operator==(const StudentRecord &o) const
{
    return id == o.id && rowVersion == o.rowVersion && serverVersion == o.serverVersion && updatedAt == o.updatedAt
        && sameContent(o);
}

bool StudentRecord::sameContent(const StudentRecord &o) const
{
    return name == o.name && gender == o.gender && idType == o.idType && idNumber == o.idNumber
        && schoolCode == o.schoolCode && campusCode == o.campusCode && education == o.education
        && programYears == o.programYears && enrolYear == o.enrolYear && grade == o.grade && department == o.department
        && major == o.major && className == o.className && studentNo == o.studentNo && note == o.note;
}

QString StudentRecord::fieldText(StudentField field) const
{
    const auto number = [](int v) { return v == 0 ? QString() : QString::number(v); };
    switch (field) {
    case StudentField::Name:
        return name;
    case StudentField::Gender:
        return number(static_cast<int>(gender));
    case StudentField::IdType:
        return number(static_cast<int>(idType));
    case StudentField::IdNumber:
        return idNumber;
    case StudentField::SchoolCode:
        return schoolCode;
    case StudentField::CampusCode:
        return campusCode;
    case StudentField::Education:
        return number(static_cast<int>(education));
    case StudentField::ProgramYears:
        return number(programYears);
    case StudentField::EnrolYear:
        return number(enrolYear);
    case StudentField::Grade:
        return grade;
    case StudentField::Department:
        return department;
    case StudentField::Major:
        return major;
    case StudentField::ClassName:
        return className;
    case StudentField::StudentNo:
        return studentNo;
    case StudentField::Note:
        return note;
    case StudentField::Count_:
        break;
    }
    return {};
}

} // namespace cet
