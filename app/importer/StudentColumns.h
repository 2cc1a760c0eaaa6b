#pragma once

#include "StudentRecord.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace cet {

// The column names of student files: the Chinese header that schools use (and that exports
// write, so an export can be imported again) and English synonyms.
class StudentColumns
{
public:
    StudentColumns() = delete;

    // 姓名, 性别, 证件类型, 证件号码, 学校代码, 校区代码, 学历, 学制, 入学年份, 年级, 院系, 专业, 班级, 学号, 备注
    static QString chineseHeader(StudentField field);
    static QStringList chineseHeaderRow();

    // The field a header cell names: the Chinese name, the synonyms schools use (学生姓名, 身份证号,
    // 学院, …) or an English one (Name, ID No., Student ID, …). Case, spaces, full-width letters,
    // dots, hyphens, underscores, marks such as "*" or a trailing ":" and a trailing note in
    // parentheses ("证件号码（必填）") are ignored.
    static std::optional<StudentField> fieldForHeader(const QString &header);

    // For each column of a header row, its field (std::nullopt for columns that are ignored).
    static QList<std::optional<StudentField>> mapHeaderRow(const QStringList &header);
};

} // namespace cet
