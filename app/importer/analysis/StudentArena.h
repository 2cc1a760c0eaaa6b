#pragma once

#include "StudentRecord.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <memory>
#include <vector>

namespace cet {

// Many student records packed in a few large UTF-16 buffers: about 2 bytes per character plus a
// small fixed cost per row (56 bytes), instead of ~15 separate QStrings per record. A 1,000,000-row
// import keeps its accepted rows here (well under 200 MB), and the store binds the field texts to
// SQLite straight from the buffers (sqlite3_bind_text16 with the view's pointer).
// Append-only; views stay valid until the arena is cleared, assigned to or destroyed (a chunk is
// never reallocated once rows point into it; moving the arena keeps them valid too).
// A row holds at most 65,535 characters in all; RowConverter caps field lengths well below that
// (longer rows are cut to fit, which converted rows never need). Memory comes in 2 MB blocks
// (huge pages on Linux: a million rows fault in a few hundred pages instead of 50,000).
class StudentArena
{
public:
    StudentArena() = default;
    StudentArena(const StudentArena &other);
    StudentArena &operator=(const StudentArena &other);
    StudentArena(StudentArena &&other) noexcept = default;
    StudentArena &operator=(StudentArena &&other) noexcept = default;
    ~StudentArena() = default;

    qsizetype size() const { return m_size; }
    void reserve(qsizetype rows); // a hint; blocks are allocated as rows arrive
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
    quint64 identityHash(qsizetype index) const { return row(index).identityHash; }
    quint64 contentHash(qsizetype index) const { return row(index).contentHash; }

    // Bytes held (for the benchmark's memory figures).
    qint64 bytesUsed() const;

    // Characters per chunk (a row never spans two chunks).
    static constexpr qsizetype ChunkChars = qsizetype(1) << 20;

private:
    static constexpr int FieldCount = int(StudentField::Count_);
    struct Row
    {
        qint32 chunk;
        qint32 offset;                // into the chunk, in UTF-16 units
        quint16 ends[FieldCount];     // end of each field relative to offset
        quint64 identityHash;
        quint64 contentHash;
    };
    // Rows live in blocks of RowsPerBlock, so that growing never copies them.
    static constexpr int RowBlockBits = 15;
    static constexpr qsizetype RowsPerBlock = qsizetype(1) << RowBlockBits;
    struct FreeDeleter
    {
        void operator()(void *p) const;
    };
    template<typename T>
    using Block = std::unique_ptr<T[], FreeDeleter>;
    template<typename T>
    static Block<T> allocate(qsizetype count);

    const Row &row(qsizetype index) const
    {
        return m_rowBlocks[std::size_t(index >> RowBlockBits)][std::size_t(index & (RowsPerBlock - 1))];
    }
    char16_t *reserveText(qsizetype units, qint32 &chunk, qint32 &offset);

    std::vector<Block<char16_t>> m_chunks; // each ChunkChars units, never reallocated
    qsizetype m_used = 0;                  // units used in the last chunk
    std::vector<Block<Row>> m_rowBlocks;
    qsizetype m_size = 0;
};

} // namespace cet
