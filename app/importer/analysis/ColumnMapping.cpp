#include "ColumnMapping.h"

#include "StudentColumns.h"
#include "StudentLabels.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

#include <array>

namespace cet {

namespace {

constexpr int kFieldCount = int(StudentField::Count_);

// Indexed by StudentField; never translated: they are stored in profiles and printed as JSON.
constexpr std::array<const char *, kFieldCount> kFieldKeys {
    "name",     "gender",     "id_type", "id_number", "school_code", "campus_code", "education", "program_years",
    "enrol_year", "grade",    "department", "major",  "class_name",  "student_no",  "note",
};

// A column maps to one field and a field comes from one column: later columns lose.
void dropRepeatedFields(QList<std::optional<StudentField>> &fields)
{
    std::array<bool, kFieldCount> seen {};
    for (std::optional<StudentField> &field : fields) {
        if (!field)
            continue;
        bool &was = seen[std::size_t(*field)];
        if (was)
            field.reset();
        was = true;
    }
}

} // namespace

QString studentFieldKey(StudentField field)
{
    const int i = int(field);
    return i >= 0 && i < kFieldCount ? QString::fromLatin1(kFieldKeys[std::size_t(i)]) : QString();
}

std::optional<StudentField> studentFieldFromKey(const QString &key)
{
    for (int i = 0; i < kFieldCount; ++i) {
        if (key == QLatin1String(kFieldKeys[std::size_t(i)]))
            return StudentField(i);
    }
    return std::nullopt;
}

std::optional<qsizetype> ColumnMapping::columnOf(StudentField field) const
{
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (fields.at(i) == field)
            return i;
    }
    return std::nullopt;
}

QList<StudentField> ColumnMapping::requiredFields()
{
    // What validateStudent requires, less what the converter can fill in: 性别 from the ID number,
    // 证件类型 as 居民身份证 for valid resident ID numbers.
    return {StudentField::Name,      StudentField::IdNumber,     StudentField::SchoolCode, StudentField::CampusCode,
            StudentField::Education, StudentField::ProgramYears, StudentField::EnrolYear,  StudentField::Grade};
}

QList<StudentField> ColumnMapping::missingRequired() const
{
    QList<StudentField> missing;
    for (const StudentField field : requiredFields()) {
        if (!columnOf(field))
            missing.append(field);
    }
    return missing;
}

QString ColumnMapping::signature() const
{
    QString s;
    for (qsizetype i = 0; i < headers.size(); ++i) {
        if (i > 0)
            s += u'\x1f';
        s += headers.at(i).trimmed().toCaseFolded();
    }
    return s;
}

QString ColumnMapping::toJson() const
{
    QJsonArray headerArray;
    for (const QString &header : headers)
        headerArray.append(header);
    QJsonArray fieldArray;
    for (qsizetype i = 0; i < headers.size(); ++i) {
        const auto field = i < fields.size() ? fields.at(i) : std::nullopt;
        fieldArray.append(field ? QJsonValue(studentFieldKey(*field)) : QJsonValue(QJsonValue::Null));
    }
    const QJsonObject object {{QStringLiteral("headers"), headerArray}, {QStringLiteral("fields"), fieldArray}};
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

std::optional<ColumnMapping> ColumnMapping::fromJson(const QString &json)
{
    QJsonParseError error {};
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    const QJsonObject object = doc.object();
    const QJsonValue headerValue = object.value(QStringLiteral("headers"));
    const QJsonValue fieldValue = object.value(QStringLiteral("fields"));
    if (!headerValue.isArray() || !fieldValue.isArray())
        return std::nullopt;
    const QJsonArray headerArray = headerValue.toArray();
    const QJsonArray fieldArray = fieldValue.toArray();
    if (headerArray.size() != fieldArray.size())
        return std::nullopt;

    ColumnMapping mapping;
    std::array<bool, kFieldCount> seen {};
    for (qsizetype i = 0; i < headerArray.size(); ++i) {
        const QJsonValue header = headerArray.at(i);
        const QJsonValue field = fieldArray.at(i);
        if (!header.isString())
            return std::nullopt;
        mapping.headers.append(header.toString());
        if (field.isNull()) {
            mapping.fields.append(std::nullopt);
            continue;
        }
        if (!field.isString())
            return std::nullopt;
        const auto parsed = studentFieldFromKey(field.toString());
        if (!parsed || seen[std::size_t(*parsed)])
            return std::nullopt;
        seen[std::size_t(*parsed)] = true;
        mapping.fields.append(parsed);
    }
    return mapping;
}

ColumnMapping ColumnGuess::guess(const QStringList &headers, const std::optional<ColumnMapping> &profile)
{
    ColumnMapping mapping;
    mapping.headers = headers;
    mapping.fields = StudentColumns::mapHeaderRow(headers);
    dropRepeatedFields(mapping.fields);
    if (!profile || profile->fields.size() != headers.size() || profile->signature() != mapping.signature())
        return mapping;
    // The user's own choices for these very headers, including the columns they chose to ignore.
    mapping.fields = profile->fields;
    dropRepeatedFields(mapping.fields);
    return mapping;
}

QStringList ColumnGuess::missingMessages(const ColumnMapping &mapping)
{
    QStringList messages;
    for (const StudentField field : mapping.missingRequired()) {
        messages.append(tr("The required column %1 (%2) is not mapped: choose the file column that holds it, "
                           "or add the column to the file.")
                            .arg(StudentColumns::chineseHeader(field), studentFieldLabel(field)));
    }
    return messages;
}

} // namespace cet
