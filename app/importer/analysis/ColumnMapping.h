#pragma once

#include "StudentRecord.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace cet {

// Which file column feeds which student field. A column maps to at most one field and a field
// comes from at most one column.
struct ColumnMapping
{
    QStringList headers;                        // the header cells as the file has them
    QList<std::optional<StudentField>> fields;  // same size as headers; nullopt = ignored column

    std::optional<qsizetype> columnOf(StudentField field) const;
    // Required fields (RequiredFields()) that no column feeds.
    QList<StudentField> missingRequired() const;
    // What validateStudent requires and the converter can not fill in: 姓名, 证件号码, 学校代码,
    // 校区代码, 学历, 学制, 入学年份, 年级. 性别 is optional (taken from an 18-character ID number) and
    // so is 证件类型 (居民身份证 when the number is a valid resident ID number).
    static QList<StudentField> requiredFields();

    // Identifies "the same source": the header cells, trimmed, case-folded, joined by U+001F. The profile
    // of the last import with the same signature is offered again.
    QString signature() const;

    // JSON text {"headers": [...], "fields": ["name", null, ...]} with stable field keys
    // (studentFieldKey), for remembering profiles; fromJson checks the shape and gives nullopt for
    // anything else (not an object, a key missing, wrong types, sizes that differ, an unknown
    // field key, a field named twice).
    QString toJson() const;
    static std::optional<ColumnMapping> fromJson(const QString &json);
};

// Stable lower-case keys of fields ("name", "gender", "id_type", "id_number", "school_code",
// "campus_code", "education", "program_years", "enrol_year", "grade", "department", "major",
// "class_name", "student_no", "note"), used in JSON (profiles, CLI output, outbox).
QString studentFieldKey(StudentField field);
std::optional<StudentField> studentFieldFromKey(const QString &key);

class ColumnGuess
{
    Q_DECLARE_TR_FUNCTIONS(cet::ColumnGuess)
public:
    ColumnGuess() = delete;
    // The mapping guessed from the header cells: StudentColumns synonyms (Chinese and English,
    // 身份证号 / 证件号 / 身份证号码 / ID No. / …; the first column naming a field wins). A
    // remembered profile with the same signature (and so the same columns) wins as a whole,
    // including the columns the user chose to ignore.
    static ColumnMapping guess(const QStringList &headers, const std::optional<ColumnMapping> &profile = {});
    // "The required column 证件号码 (ID number) is not mapped." for each missing field.
    static QStringList missingMessages(const ColumnMapping &mapping);
};

} // namespace cet
