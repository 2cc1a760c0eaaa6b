#pragma once

#include "StudentRecord.h"

#include <QList>
#include <QString>
#include <QStringView>

namespace cet {

// Many student records packed in a few large UTF-16 buffers: about 2 bytes per character plus a
// small fixed cost per row, instead of ~15 separate QStrings per record. A 1,000,000-row import
// keeps its accepted rows here (well under 200 MB), and the store binds the field texts to
// SQLite straight from the buffers (sqlite3_bind_text16 with the view's pointer).
// Append-only; views stay valid until the arena is cleared or destroyed.
class StudentArena
{
public:
    qsizetype size() const;
    void reserve(qsizetype rows);
    void clear();

    // Appends the record's 15 field texts (StudentRecord::fieldText, so gender, ID type and
    // education as their numeric codes) and returns its index.
    qsizetype append(const StudentRecord &record);

    // The field text of row `index`, exactly as StudentRecord::fieldText gave it.
    QStringView text(qsizetype index, StudentField field) const;
    // Integer fields (Gender, IdType, Education, ProgramYears, EnrolYear) as numbers (0 if empty).
    int number(qsizetype index, StudentField field) const;
    // The record rebuilt as a StudentRecord (id 0, no bookkeeping).
    StudentRecord record(qsizetype index) const;

    // studentIdentityHash / studentContentHash of row `index` (computed when appended).
    quint64 identityHash(qsizetype index) const;
    quint64 contentHash(qsizetype index) const;

    // Bytes held (for the benchmark's memory figures).
    qint64 bytesUsed() const;

private:
    struct Row
    {
        qint32 chunk;
        qint32 offset;                                  // into the chunk, in QChars
        quint16 ends[int(StudentField::Count_)];        // end of each field relative to offset
        quint64 identityHash;
        quint64 contentHash;
    };
    QList<QString> m_chunks; // each up to a few MB, never reallocated once full
    QList<Row> m_rows;
};

} // namespace cet
