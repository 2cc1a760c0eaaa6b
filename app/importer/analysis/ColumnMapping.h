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
    static QList<StudentField> requiredFields(); // 姓名, 证件类型, 证件号码, 学历, 年级 (性别 optional: derived from the ID)

    // Identifies "the same source": the header cells, trimmed, case-folded, joined. The profile
    // of the last import with the same signature is offered again.
    QString signature() const;

    // JSON text {"headers": [...], "fields": ["name", null, ...]} with stable field keys
    // (studentFieldKey), for remembering profiles; fromJson checks the shape.
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
    // 身份证号 / 证件号 / 身份证号码 / ID No. / …), then a remembered profile with the same
    // signature wins where it maps a column.
    static ColumnMapping guess(const QStringList &headers, const std::optional<ColumnMapping> &profile = {});
    // "The required column 证件号码 (ID number) is not mapped." for each missing field.
    static QStringList missingMessages(const ColumnMapping &mapping);
};

} // namespace cet
