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

// The validation report of one file, built row by row. Memory stays bounded on huge files: full
// details (RowProblem) are kept for the first MaxProblemDetails problems only, while the groups
// keep every line number.
class ImportReport
{
    Q_DECLARE_TR_FUNCTIONS(cet::ImportReport)
public:
    static constexpr qint64 MaxProblemDetails = 100'000;
    static constexpr qint64 MaxDuplicateDetails = 10'000; // pairs hold two records each

    void addProblem(const RowProblem &problem);
    void addNormalisations(quint8 flags);     // Normalisation flags of one row
    void addDuplicate(const DuplicatePair &pair);
    void addSkipped(qint64 line, int rowSkip); // RowSkip value: blank / totals / repeated header / note

    // Error groups first (by count, descending; equal counts by code), then warnings. `count` is
    // the number of rows (a row with the same code on two fields counts once).
    QList<ReportGroup> groups() const;
    // The problems of one row that have details (see truncatedProblems()).
    QList<RowProblem> problemsOfLine(qint64 line) const;
    const QList<RowProblem> &problems() const { return m_problems; } // in the order added
    // Problems counted in the groups whose details were not kept (past MaxProblemDetails).
    qint64 truncatedProblems() const { return m_truncated; }
    qint64 errorCount() const { return m_errors; }     // problems, not rows
    qint64 warningCount() const { return m_warnings; }
    const QList<DuplicatePair> &duplicates() const { return m_duplicates; } // the first MaxDuplicateDetails
    qint64 truncatedDuplicates() const { return m_truncatedDuplicates; }
    // Count of rows per Normalisation flag; and a translated sentence for each non-zero count.
    QHash<int, qint64> normalisationCounts() const { return m_normalisations; }
    QStringList normalisationMessages() const;
    qint64 skippedRows() const { return m_skipped; }
    qint64 skippedRows(int rowSkip) const { return m_skippedByKind.value(rowSkip); }

    static QString ruleTitle(const QString &code);      // translated
    static QString ruleSuggestion(const QString &code); // translated, may be empty

private:
    struct Group
    {
        QString code;
        FieldIssue::Severity severity = FieldIssue::Severity::Error;
        QList<qint64> lines;  // in the order added, each line once when added in file order
        bool ordered = true;  // lines ascending without repeats
    };
    QList<RowProblem> m_problems;
    QList<DuplicatePair> m_duplicates;
    QHash<int, qint64> m_normalisations;
    QHash<QString, qsizetype> m_groupIndex[2]; // per severity: code → index into m_groups
    QList<Group> m_groups;
    QHash<int, qint64> m_skippedByKind;
    qint64 m_skipped = 0;
    qint64 m_truncated = 0;
    qint64 m_truncatedDuplicates = 0;
    qint64 m_errors = 0;
    qint64 m_warnings = 0;
};

} // namespace cet
