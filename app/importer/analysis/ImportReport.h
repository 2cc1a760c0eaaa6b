#pragma once

#include "StudentRecord.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace cet {

// One problem of one row, as the report and the rejected-rows export show it.
struct RowProblem
{
    qint64 line = 0;                 // as the user sees it in their spreadsheet
    std::optional<StudentField> field;
    FieldIssue::Severity severity = FieldIssue::Severity::Error;
    QString code;                    // "id.check_char", "duplicate.in_file", …
    QString message;                 // translated
    QString value;                   // the cell as the file had it
};

// All rows with the same problem code and severity.
struct ReportGroup
{
    QString code;
    FieldIssue::Severity severity = FieldIssue::Severity::Error;
    QString title;       // translated rule name: "身份证号码校验位错误"
    QString suggestion;  // translated fix, may be empty: "把该列设置为文本格式后重新输入证件号码"
    qint64 count = 0;
    QList<qint64> lines; // ascending; all of them (8 bytes each)
};

// Two rows that are the same student (same ID type and number), or that share a 学号 with
// different ID numbers. `otherLine` 0 = the other is a database record (`otherId`).
struct DuplicatePair
{
    QString code;          // "duplicate.in_file", "duplicate.student_no_in_file", "duplicate.student_no_in_db"
    qint64 line = 0;
    qint64 otherLine = 0;
    qint64 otherId = 0;
    StudentRecord record;  // the row
    StudentRecord other;   // the other row or the database record
};

// The validation report of one file, built row by row.
class ImportReport
{
    Q_DECLARE_TR_FUNCTIONS(cet::ImportReport)
public:
    void addProblem(const RowProblem &problem);
    void addNormalisations(quint8 flags);     // Normalisation flags of one row
    void addDuplicate(const DuplicatePair &pair);
    void addSkipped(qint64 line, int rowSkip); // RowSkip value: blank / totals / repeated header

    // Error groups first (by count, descending), then warnings.
    QList<ReportGroup> groups() const;
    QList<RowProblem> problemsOfLine(qint64 line) const;
    const QList<RowProblem> &problems() const { return m_problems; } // in file order
    const QList<DuplicatePair> &duplicates() const { return m_duplicates; }
    // Count of rows per Normalisation flag; and a translated sentence for each non-zero count.
    QHash<int, qint64> normalisationCounts() const { return m_normalisations; }
    QStringList normalisationMessages() const;
    qint64 skippedRows() const { return m_skipped; }

    static QString ruleTitle(const QString &code);      // translated
    static QString ruleSuggestion(const QString &code); // translated, may be empty

private:
    QList<RowProblem> m_problems;
    QList<DuplicatePair> m_duplicates;
    QHash<int, qint64> m_normalisations;
    qint64 m_skipped = 0;
};

} // namespace cet
