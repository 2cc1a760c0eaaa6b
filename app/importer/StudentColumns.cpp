#include "StudentColumns.h"

#include <QHash>

namespace cet {

namespace {

constexpr int FieldCount = static_cast<int>(StudentField::Count_);

QString key(const QString &header)
{
    QString k;
    for (const QChar c : header) {
        if (!c.isSpace() && c != u'_' && c != u'-' && c != QChar(0xFEFF))
            k.append(c.toLower());
    }
    return k;
}

const QHash<QString, StudentField> &synonyms()
{
    static const QHash<QString, StudentField> map = [] {
        QHash<QString, StudentField> m;
        const auto add = [&m](StudentField f, std::initializer_list<const char16_t *> names) {
            for (const char16_t *name : names)
                m.insert(key(QString::fromUtf16(name)), f);
        };
        for (int i = 0; i < FieldCount; ++i) {
            const auto f = static_cast<StudentField>(i);
            m.insert(key(StudentColumns::chineseHeader(f)), f);
        }
        add(StudentField::Name, {u"Name", u"Full name", u"Student name"});
        add(StudentField::Gender, {u"Gender", u"Sex"});
        add(StudentField::IdType, {u"ID Type", u"ID document type", u"Document type"});
        add(StudentField::IdNumber, {u"ID Number", u"ID No", u"Document number", u"身份证号", u"身份证号码"});
        add(StudentField::SchoolCode, {u"School Code", u"School"});
        add(StudentField::CampusCode, {u"Campus Code", u"Campus"});
        add(StudentField::Education, {u"Education", u"Degree level"});
        add(StudentField::ProgramYears, {u"Program Years", u"Programme Years", u"Length of Schooling"});
        add(StudentField::EnrolYear, {u"Enrol Year", u"Enrolment Year", u"Enrollment Year", u"Year of Entry"});
        add(StudentField::Grade, {u"Grade"});
        add(StudentField::Department, {u"Department", u"College", u"Faculty"});
        add(StudentField::Major, {u"Major"});
        add(StudentField::ClassName, {u"Class", u"Class Name"});
        add(StudentField::StudentNo, {u"Student No", u"Student Number", u"Student ID"});
        add(StudentField::Note, {u"Note", u"Notes", u"Remarks"});
        return m;
    }();
    return map;
}

} // namespace

QString StudentColumns::chineseHeader(StudentField field)
{
    switch (field) {
    case StudentField::Name: return QStringLiteral("姓名");
    case StudentField::Gender: return QStringLiteral("性别");
    case StudentField::IdType: return QStringLiteral("证件类型");
    case StudentField::IdNumber: return QStringLiteral("证件号码");
    case StudentField::SchoolCode: return QStringLiteral("学校代码");
    case StudentField::CampusCode: return QStringLiteral("校区代码");
    case StudentField::Education: return QStringLiteral("学历");
    case StudentField::ProgramYears: return QStringLiteral("学制");
    case StudentField::EnrolYear: return QStringLiteral("入学年份");
    case StudentField::Grade: return QStringLiteral("年级");
    case StudentField::Department: return QStringLiteral("院系");
    case StudentField::Major: return QStringLiteral("专业");
    case StudentField::ClassName: return QStringLiteral("班级");
    case StudentField::StudentNo: return QStringLiteral("学号");
    case StudentField::Note: return QStringLiteral("备注");
    case StudentField::Count_: break;
    }
    return {};
}

QStringList StudentColumns::chineseHeaderRow()
{
    QStringList row;
    for (int i = 0; i < FieldCount; ++i)
        row.append(chineseHeader(static_cast<StudentField>(i)));
    return row;
}

std::optional<StudentField> StudentColumns::fieldForHeader(const QString &header)
{
    const auto it = synonyms().constFind(key(header));
    if (it == synonyms().constEnd())
        return std::nullopt;
    return *it;
}

QList<std::optional<StudentField>> StudentColumns::mapHeaderRow(const QStringList &header)
{
    QList<std::optional<StudentField>> columns;
    columns.reserve(header.size());
    for (const QString &cell : header)
        columns.append(fieldForHeader(cell));
    return columns;
}

} // namespace cet
