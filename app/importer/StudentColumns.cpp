#include "StudentColumns.h"

#include <QHash>

#include <utility>

namespace cet {

namespace {

constexpr int FieldCount = static_cast<int>(StudentField::Count_);

// Header cells as schools write them: "姓名*", " ID No. ", "证件号码（必填）", "学号：", full-width
// letters. The key drops what varies and keeps what names the column.
QString key(const QString &header)
{
    QString k;
    k.reserve(header.size());
    for (QChar c : header) {
        char16_t u = c.unicode();
        if (u >= 0xFF01 && u <= 0xFF5E) // full-width ASCII
            u = char16_t(u - 0xFEE0);
        else if (u == 0x3010) // 【
            u = u'[';
        else if (u == 0x3011) // 】
            u = u']';
        c = QChar(u);
        if (c.isSpace() || u == u'_' || u == u'-' || u == u'.' || u == 0xFEFF || u == 0x200B)
            continue;
        k.append(c.toLower());
    }
    // Marks around the name: "*姓名", "姓名*", "学号:", "证件号码(必填)", "姓名[必填]".
    while (!k.isEmpty() && (k.front() == u'*' || k.front() == u'#'))
        k.remove(0, 1);
    for (;;) {
        const qsizetype before = k.size();
        while (!k.isEmpty() && (k.back() == u'*' || k.back() == u':' || k.back() == u'#'))
            k.chop(1);
        for (const auto &[open, close] : {std::pair {u'(', u')'}, std::pair {u'[', u']'}}) {
            if (k.endsWith(QChar(close))) {
                const qsizetype at = k.lastIndexOf(QChar(open));
                if (at > 0)
                    k.truncate(at);
            }
        }
        if (k.size() == before)
            break;
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
        add(StudentField::Name, {u"学生姓名", u"考生姓名", u"Name", u"Full name", u"Student name"});
        add(StudentField::Gender, {u"Gender", u"Sex"});
        add(StudentField::IdType, {u"身份证件类型", u"证件种类", u"ID Type", u"ID document type", u"Document type"});
        add(StudentField::IdNumber, {u"证件号", u"证件编号", u"身份证号", u"身份证号码", u"身份证件号", u"身份证件号码",
                                     u"ID Number", u"ID No", u"IDNo", u"ID Card No", u"ID Card Number",
                                     u"Document number"});
        add(StudentField::SchoolCode, {u"学校编码", u"院校代码", u"笔试报名学校", u"School Code"});
        add(StudentField::CampusCode, {u"校区编码", u"考点校区", u"笔试报名校区", u"Campus Code", u"Campus"});
        add(StudentField::Education, {u"学历层次", u"培养层次", u"Education", u"Education Level", u"Degree level"});
        add(StudentField::ProgramYears, {u"Program Years", u"Programme Years", u"Length of Schooling",
                                         u"Years of Study"});
        add(StudentField::EnrolYear, {u"入学年度", u"入学时间", u"入学日期", u"Enrol Year", u"Enrolment Year",
                                      u"Enrollment Year", u"Year of Entry", u"Admission Year"});
        add(StudentField::Grade, {u"所在年级", u"Grade"});
        add(StudentField::Department, {u"学院", u"系别", u"院系名称", u"学院名称", u"所在院系", u"所在学院",
                                       u"Department", u"College", u"School", u"Faculty"});
        add(StudentField::Major, {u"专业名称", u"所学专业", u"Major"});
        add(StudentField::ClassName, {u"班级名称", u"所在班级", u"Class", u"Class Name"});
        add(StudentField::StudentNo, {u"学生编号", u"Student No", u"Student Number", u"Student ID"});
        add(StudentField::Note, {u"Note", u"Notes", u"Remark", u"Remarks"});
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
