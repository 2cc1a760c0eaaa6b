#pragma once

// StudentRecord ⇄ the wire's StudentFields object. Keys are the client's column names:
//   name, gender, id_type, id_number, school_code, campus_code, education, program_years,
//   enrol_year, grade, department, major, class_name, student_no, note
// gender, id_type, education, program_years, enrol_year are JSON integers; the rest strings.

#include "Result.h"
#include "StudentRecord.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

#include <optional>

namespace cet::protocol {

class JsonWriter;

inline const QString kStudentEntity = QStringLiteral("student");

QString studentFieldName(StudentField f);                       // wire/column name
std::optional<StudentField> studentFieldFromName(const QString &name);
const QStringList &studentFieldNames();                         // in StudentField order
bool isIntegerField(StudentField f);

// The field's value as JSON (an int or a string; 0/"" as they are).
QJsonValue studentFieldValue(const StudentRecord &r, StudentField f);
// An integer field's value (isIntegerField(f)); 0 for a text field.
int studentFieldInt(const StudentRecord &r, StudentField f);
// Unchecked setters (the caller has checked the value): an integer field's value / a text
// field's value; a field of the other kind is left alone.
void setStudentInt(StudentRecord &r, StudentField f, int n);
void setStudentText(StudentRecord &r, StudentField f, const QString &s);
// Sets one field from JSON. null → 0 / "". Wrong type → request.bad_shape naming `path`.
Result<void> setStudentField(StudentRecord &r, StudentField f, const QJsonValue &v, const QString &path);
// Whether two wire values mean the same for field f (null == "" == 0 as set by setStudentField).
bool sameFieldValue(StudentField f, const QJsonValue &a, const QJsonValue &b);

QJsonObject studentToJson(const StudentRecord &r);
// The same object as studentToJson(r), written straight as compact JSON (the bytes
// QJsonDocument(studentToJson(r)).toJson(Compact) gives).
void writeStudentJson(JsonWriter &w, const StudentRecord &r);
// Strict: every field present, right types, no unknown keys (request.bad_shape naming `path.field`).
Result<StudentRecord> studentFromJson(const QJsonObject &o, const QString &path = QStringLiteral("data"));

// Entity key "<id_type>:<id_number>" (the client's entityKey).
QString studentKey(IdType type, const QString &idNumber);
QString studentKey(const StudentRecord &r);
struct StudentKey
{
    IdType idType = IdType::Unknown;
    QString idNumber;
};
// request.bad_shape when not "<int 1..8>:<non-empty>".
Result<StudentKey> parseStudentKey(const QString &key, const QString &path = QStringLiteral("key"));

} // namespace cet::protocol
