#include "StudentArena.h"

#include "LargeAlloc.h"
#include "StudentHash.h"

#include <algorithm>
#include <array>
#include <cstdlib>
#include <cstring>
#include <new>

namespace cet {

namespace {

constexpr qsizetype kMaxRowUnits = 0xFFFF;

// StudentRecord::fieldText of an integer field without a QString: empty for 0.
QStringView numberText(int value, char16_t (&buffer)[12])
{
    if (value == 0)
        return {};
    char16_t *end = buffer + 12;
    char16_t *p = end;
    unsigned v = value < 0 ? 0u - unsigned(value) : unsigned(value);
    do {
        *--p = char16_t(u'0' + v % 10);
        v /= 10;
    } while (v != 0);
    if (value < 0)
        *--p = u'-';
    return QStringView(p, end - p);
}

} // namespace

void StudentArena::FreeDeleter::operator()(void *p) const
{
    std::free(p);
}

// Left uninitialised: pages are touched only as rows fill them.
template<typename T>
StudentArena::Block<T> StudentArena::allocate(qsizetype count)
{
    void *p = allocateLarge(std::size_t(count) * sizeof(T));
    return Block<T>(static_cast<T *>(p));
}

StudentArena::StudentArena(const StudentArena &other) : m_used(other.m_used), m_size(other.m_size)
{
    m_chunks.reserve(other.m_chunks.size());
    for (const auto &chunk : other.m_chunks) {
        m_chunks.push_back(allocate<char16_t>(ChunkChars));
        std::memcpy(m_chunks.back().get(), chunk.get(), std::size_t(ChunkChars) * sizeof(char16_t));
    }
    m_rowBlocks.reserve(other.m_rowBlocks.size());
    for (const auto &block : other.m_rowBlocks) {
        m_rowBlocks.push_back(allocate<Row>(RowsPerBlock));
        std::memcpy(m_rowBlocks.back().get(), block.get(), std::size_t(RowsPerBlock) * sizeof(Row));
    }
}

StudentArena &StudentArena::operator=(const StudentArena &other)
{
    if (this != &other)
        *this = StudentArena(other);
    return *this;
}

void StudentArena::reserve(qsizetype rows)
{
    m_rowBlocks.reserve(std::size_t(std::max<qsizetype>(rows, 0) / RowsPerBlock + 1));
}

void StudentArena::clear()
{
    m_chunks.clear();
    m_rowBlocks.clear();
    m_used = 0;
    m_size = 0;
}

char16_t *StudentArena::reserveText(qsizetype units, qint32 &chunk, qint32 &offset)
{
    if (m_chunks.empty() || m_used + units > ChunkChars) {
        m_chunks.push_back(allocate<char16_t>(ChunkChars));
        m_used = 0;
    }
    chunk = qint32(m_chunks.size() - 1);
    offset = qint32(m_used);
    m_used += units;
    return m_chunks.back().get() + offset;
}

qsizetype StudentArena::append(const StudentRecord &r)
{
    char16_t numbers[5][12];
    std::array<QStringView, FieldCount> texts {
        r.name,
        numberText(int(r.gender), numbers[0]),
        numberText(int(r.idType), numbers[1]),
        r.idNumber,
        r.schoolCode,
        r.campusCode,
        numberText(int(r.education), numbers[2]),
        numberText(r.programYears, numbers[3]),
        numberText(r.enrolYear, numbers[4]),
        r.grade,
        r.department,
        r.major,
        r.className,
        r.studentNo,
        r.note,
    };
    qsizetype total = 0;
    for (QStringView &t : texts) {
        // Never happens for converted rows (RowConverter caps every field); keeps ends in 16 bits.
        if (total + t.size() > kMaxRowUnits)
            t = t.first(kMaxRowUnits - total);
        total += t.size();
    }

    if ((m_size & (RowsPerBlock - 1)) == 0 && std::size_t(m_size >> RowBlockBits) == m_rowBlocks.size())
        m_rowBlocks.push_back(allocate<Row>(RowsPerBlock));
    Row &row = m_rowBlocks.back()[std::size_t(m_size & (RowsPerBlock - 1))];
    char16_t *const base = reserveText(total, row.chunk, row.offset);
    char16_t *out = base;
    for (int f = 0; f < FieldCount; ++f) {
        QStringView &t = texts[std::size_t(f)];
        const char16_t *in = t.utf16();
        // Fields are short: a plain loop beats a memcpy call per field.
        for (qsizetype i = 0, n = t.size(); i < n; ++i)
            out[i] = in[i];
        t = QStringView(out, t.size()); // hash the packed copy: what text() returns is what was hashed
        out += t.size();
        row.ends[f] = quint16(out - base);
    }
    row.identityHash = studentIdentityHash(r.idType, texts[std::size_t(StudentField::IdNumber)]);
    row.contentHash = studentContentHash(texts);
    return m_size++;
}

QStringView StudentArena::text(qsizetype index, StudentField field) const
{
    const Row &r = row(index);
    const int f = int(field);
    if (f < 0 || f >= FieldCount)
        return {};
    const int begin = f == 0 ? 0 : r.ends[f - 1];
    return QStringView(m_chunks[std::size_t(r.chunk)].get() + r.offset + begin, r.ends[f] - begin);
}

int StudentArena::number(qsizetype index, StudentField field) const
{
    const QStringView t = text(index, field);
    return t.isEmpty() ? 0 : t.toInt();
}

StudentRecord StudentArena::record(qsizetype index) const
{
    const auto s = [&](StudentField f) { return text(index, f).toString(); };
    StudentRecord r;
    r.name = s(StudentField::Name);
    r.gender = Gender(number(index, StudentField::Gender));
    r.idType = IdType(number(index, StudentField::IdType));
    r.idNumber = s(StudentField::IdNumber);
    r.schoolCode = s(StudentField::SchoolCode);
    r.campusCode = s(StudentField::CampusCode);
    r.education = Education(number(index, StudentField::Education));
    r.programYears = number(index, StudentField::ProgramYears);
    r.enrolYear = number(index, StudentField::EnrolYear);
    r.grade = s(StudentField::Grade);
    r.department = s(StudentField::Department);
    r.major = s(StudentField::Major);
    r.className = s(StudentField::ClassName);
    r.studentNo = s(StudentField::StudentNo);
    r.note = s(StudentField::Note);
    return r;
}

qint64 StudentArena::bytesUsed() const
{
    return qint64(m_chunks.size()) * qint64(largeAllocationBytes(std::size_t(ChunkChars) * sizeof(char16_t)))
        + qint64(m_rowBlocks.size()) * qint64(largeAllocationBytes(std::size_t(RowsPerBlock) * sizeof(Row)));
}

} // namespace cet
