#include "StudentFields.h"

#include "JsonWriter.h"
#include "Wire.h"
#include "WireReader.h"

#include <algorithm>
#include <vector>

namespace cet::protocol {

const QStringList &studentFieldNames()
{
    static const QStringList names = {
        QStringLiteral("name"),          QStringLiteral("gender"),     QStringLiteral("id_type"),
        QStringLiteral("id_number"),     QStringLiteral("school_code"), QStringLiteral("campus_code"),
        QStringLiteral("education"),     QStringLiteral("program_years"), QStringLiteral("enrol_year"),
        QStringLiteral("grade"),         QStringLiteral("department"), QStringLiteral("major"),
        QStringLiteral("class_name"),    QStringLiteral("student_no"), QStringLiteral("note"),
    };
    return names;
}

QString studentFieldName(StudentField f)
{
    const int i = static_cast<int>(f);
    return i >= 0 && i < studentFieldNames().size() ? studentFieldNames().at(i) : QString();
}

std::optional<StudentField> studentFieldFromName(const QString &name)
{
    const qsizetype i = studentFieldNames().indexOf(name);
    if (i < 0)
        return std::nullopt;
    return static_cast<StudentField>(i);
}

bool isIntegerField(StudentField f)
{
    switch (f) {
    case StudentField::Gender:
    case StudentField::IdType:
    case StudentField::Education:
    case StudentField::ProgramYears:
    case StudentField::EnrolYear:
        return true;
    default:
        return false;
    }
}

int studentFieldInt(const StudentRecord &r, StudentField f)
{
    switch (f) {
    case StudentField::Gender:
        return static_cast<int>(r.gender);
    case StudentField::IdType:
        return static_cast<int>(r.idType);
    case StudentField::Education:
        return static_cast<int>(r.education);
    case StudentField::ProgramYears:
        return r.programYears;
    case StudentField::EnrolYear:
        return r.enrolYear;
    default:
        return 0;
    }
}

QJsonValue studentFieldValue(const StudentRecord &r, StudentField f)
{
    return isIntegerField(f) ? QJsonValue(studentFieldInt(r, f)) : QJsonValue(r.fieldText(f));
}

void setStudentInt(StudentRecord &r, StudentField f, int n)
{
    switch (f) {
    case StudentField::Gender: r.gender = static_cast<Gender>(n); break;
    case StudentField::IdType: r.idType = static_cast<IdType>(n); break;
    case StudentField::Education: r.education = static_cast<Education>(n); break;
    case StudentField::ProgramYears: r.programYears = n; break;
    case StudentField::EnrolYear: r.enrolYear = n; break;
    default: break;
    }
}

void setStudentText(StudentRecord &r, StudentField f, const QString &s)
{
    switch (f) {
    case StudentField::Name: r.name = s; break;
    case StudentField::IdNumber: r.idNumber = s; break;
    case StudentField::SchoolCode: r.schoolCode = s; break;
    case StudentField::CampusCode: r.campusCode = s; break;
    case StudentField::Grade: r.grade = s; break;
    case StudentField::Department: r.department = s; break;
    case StudentField::Major: r.major = s; break;
    case StudentField::ClassName: r.className = s; break;
    case StudentField::StudentNo: r.studentNo = s; break;
    case StudentField::Note: r.note = s; break;
    default: break;
    }
}

Result<void> setStudentField(StudentRecord &r, StudentField f, const QJsonValue &v, const QString &path)
{
    if (isIntegerField(f)) {
        int n = 0;
        if (!v.isNull()) {
            const auto i = wire::toInteger(v);
            if (!i || *i < 0 || *i > 100000)
                return wire::shapeError(path, QStringLiteral("expected an integer 0..100000 or null"));
            n = int(*i);
        }
        setStudentInt(r, f, n);
        return {};
    }
    if (!v.isNull() && !v.isString())
        return wire::shapeError(path, QStringLiteral("expected a string or null"));
    const QString s = v.toString();
    if (s.size() > 1000)
        return wire::shapeError(path, QStringLiteral("longer than 1000 characters"));
    setStudentText(r, f, s);
    return {};
}

bool sameFieldValue(StudentField f, const QJsonValue &a, const QJsonValue &b)
{
    if (isIntegerField(f)) {
        const qint64 x = a.isNull() ? 0 : wire::toInteger(a).value_or(-1);
        const qint64 y = b.isNull() ? 0 : wire::toInteger(b).value_or(-2);
        return x == y;
    }
    if ((!a.isNull() && !a.isString()) || (!b.isNull() && !b.isString()))
        return false;
    return a.toString() == b.toString();
}

QJsonObject studentToJson(const StudentRecord &r)
{
    QJsonObject o;
    for (int i = 0; i < int(StudentField::Count_); ++i)
        o.insert(studentFieldNames().at(i), studentFieldValue(r, StudentField(i)));
    return o;
}

void writeStudentJson(JsonWriter &w, const StudentRecord &r)
{
    // QJsonObject keeps its keys sorted; write them in that order.
    struct Entry
    {
        QLatin1StringView name;
        StudentField field;
    };
    static const std::vector<Entry> order = [] {
        std::vector<Entry> out;
        static QList<QByteArray> names; // owns the Latin-1 bytes
        for (int i = 0; i < int(StudentField::Count_); ++i)
            names.append(studentFieldNames().at(i).toLatin1());
        for (int i = 0; i < int(StudentField::Count_); ++i)
            out.push_back({ QLatin1StringView(names.at(i)), StudentField(i) });
        std::sort(out.begin(), out.end(), [](const Entry &a, const Entry &b) { return a.name < b.name; });
        return out;
    }();
    w.beginObject();
    for (const Entry &e : order) {
        w.key(e.name);
        if (isIntegerField(e.field))
            w.integer(studentFieldInt(r, e.field));
        else
            w.string(r.fieldText(e.field));
    }
    w.endObject();
}

Result<StudentRecord> studentFromJson(const QJsonObject &o, const QString &path)
{
    StudentRecord r;
    for (int i = 0; i < int(StudentField::Count_); ++i) {
        const QString &name = studentFieldNames().at(i);
        const auto it = o.constFind(name);
        if (it == o.constEnd())
            return wire::shapeError(wire::join(path, name), QStringLiteral("missing"));
        auto set = setStudentField(r, StudentField(i), it.value(), wire::join(path, name));
        if (!set)
            return set.error();
    }
    for (auto it = o.constBegin(); it != o.constEnd(); ++it)
        if (!studentFieldFromName(it.key()))
            return wire::shapeError(wire::join(path, it.key()), QStringLiteral("unknown field"));
    return r;
}

QString studentKey(IdType type, const QString &idNumber)
{
    return QString::number(static_cast<int>(type)) + QLatin1Char(':') + idNumber;
}

QString studentKey(const StudentRecord &r)
{
    return studentKey(r.idType, r.idNumber);
}

Result<StudentKey> parseStudentKey(const QString &key, const QString &path)
{
    const qsizetype colon = key.indexOf(QLatin1Char(':'));
    bool ok = false;
    const int type = colon > 0 ? QStringView(key).left(colon).toInt(&ok) : 0;
    if (!ok || type < 1 || type > 8 || colon + 1 >= key.size() || key.size() > 100)
        return wire::shapeError(path, QStringLiteral("expected \"<id_type 1..8>:<id_number>\""));
    return StudentKey{ static_cast<IdType>(type), key.mid(colon + 1) };
}

} // namespace cet::protocol
