#pragma once

// Test and benchmark helpers for StudentImportRepository: a StudentRowSource that packs records
// the way StudentArena does (one large UTF-16 buffer per chunk), generated students, and the
// plan an import would make against a snapshot.

#include "StudentHash.h"
#include "StudentImportRepository.h"

#include <QList>
#include <QString>

#include <vector>

class PackedStudentRows final : public cet::StudentRowSource
{
public:
    static constexpr int kFields = int(cet::StudentField::Count_);

    qsizetype size() const { return m_rows.size(); }
    void reserve(qsizetype n) { m_rows.reserve(n); }

    qsizetype append(const cet::StudentRecord &r)
    {
        std::array<QString, kFields> texts;
        qsizetype length = 0;
        for (int f = 0; f < kFields; ++f) {
            texts[f] = r.fieldText(cet::StudentField(f));
            length += texts[f].size();
        }
        if (m_chunks.isEmpty() || m_chunks.last().size() + length > kChunkChars) {
            m_chunks.append(QString());
            m_chunks.last().reserve(kChunkChars);
        }
        QString &chunk = m_chunks.last();
        Row row;
        row.chunk = qint32(m_chunks.size() - 1);
        row.offset = qint32(chunk.size());
        std::array<QStringView, kFields> views;
        for (int f = 0; f < kFields; ++f) {
            chunk += texts[f];
            row.ends[f] = quint16(chunk.size() - row.offset);
        }
        m_rows.append(row);
        const qsizetype index = m_rows.size() - 1;
        for (int f = 0; f < kFields; ++f)
            views[f] = text(index, cet::StudentField(f));
        m_rows.last().contentHash = cet::studentContentHash(views);
        m_rows.last().identityHash = cet::studentIdentityHash(r.idType, r.idNumber);
        return index;
    }

    QStringView text(qsizetype index, cet::StudentField field) const override
    {
        const Row &row = m_rows.at(index);
        const int f = int(field);
        const int begin = f == 0 ? 0 : row.ends[f - 1];
        return QStringView(m_chunks.at(row.chunk)).mid(row.offset + begin, row.ends[f] - begin);
    }
    int number(qsizetype index, cet::StudentField field) const override { return text(index, field).toInt(); }
    quint64 contentHash(qsizetype index) const override { return m_rows.at(index).contentHash; }
    quint64 identityHash(qsizetype index) const { return m_rows.at(index).identityHash; }

    cet::StudentRecord record(qsizetype index) const
    {
        using F = cet::StudentField;
        cet::StudentRecord r;
        r.name = text(index, F::Name).toString();
        r.gender = cet::Gender(number(index, F::Gender));
        r.idType = cet::IdType(number(index, F::IdType));
        r.idNumber = text(index, F::IdNumber).toString();
        r.schoolCode = text(index, F::SchoolCode).toString();
        r.campusCode = text(index, F::CampusCode).toString();
        r.education = cet::Education(number(index, F::Education));
        r.programYears = number(index, F::ProgramYears);
        r.enrolYear = number(index, F::EnrolYear);
        r.grade = text(index, F::Grade).toString();
        r.department = text(index, F::Department).toString();
        r.major = text(index, F::Major).toString();
        r.className = text(index, F::ClassName).toString();
        r.studentNo = text(index, F::StudentNo).toString();
        r.note = text(index, F::Note).toString();
        return r;
    }

private:
    static constexpr qsizetype kChunkChars = 1 << 20;
    struct Row
    {
        qint32 chunk = 0;
        qint32 offset = 0;
        quint16 ends[kFields] = {};
        quint64 identityHash = 0;
        quint64 contentHash = 0;
    };
    QList<QString> m_chunks;
    QList<Row> m_rows;
};

// Student number `i` of a made-up roster; `variant` changes the note and class (an edited export).
inline cet::StudentRecord makeStudent(qint64 i, int variant = 0)
{
    static const char16_t *const surnames = u"王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗";
    static const char16_t *const given = u"伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平";
    static const char *const departments[] = { "计算机学院", "外国语学院", "数学科学学院", "经济管理学院" };
    static const char *const majors[] = { "软件工程", "英语", "数学与应用数学", "会计" };
    cet::StudentRecord r;
    r.name = QString(QChar(surnames[i % 20])) + QChar(given[(i / 20) % 20]) + QChar(given[(i / 400) % 20]);
    r.gender = i % 2 ? cet::Gender::Male : cet::Gender::Female;
    r.idType = cet::IdType::ResidentId;
    r.idNumber = QStringLiteral("110101%1").arg(i, 12, 10, QLatin1Char('0'));
    r.schoolCode = QStringLiteral("99101");
    r.campusCode = QStringLiteral("99101%1").arg(i % 3);
    r.education = cet::Education(1 + i % 2);
    r.programYears = 3 + int(i % 2);
    r.enrolYear = 2022 + int(i % 4);
    r.grade = QString::number(r.enrolYear);
    r.department = QString::fromUtf8(departments[i % 4]);
    r.major = QString::fromUtf8(majors[(i / 4) % 4]);
    r.className = QStringLiteral("%1班").arg(1 + (i / 16) % 8 + variant);
    r.studentNo = QStringLiteral("%1").arg(i, 9, 10, QLatin1Char('0'));
    if (variant)
        r.note = QStringLiteral("v%1").arg(variant);
    return r;
}

// The plan an import of every row makes against `snapshot` (no rejected rows).
inline std::vector<cet::PlanRow> planFor(const cet::IdentitySnapshot &snapshot, const PackedStudentRows &rows)
{
    std::vector<cet::PlanRow> plan;
    plan.reserve(size_t(rows.size()));
    for (qsizetype i = 0; i < rows.size(); ++i) {
        cet::PlanRow row;
        row.line = i + 2;
        row.arenaIndex = qint32(i);
        if (const cet::IdentityEntry *e = snapshot.find(rows.identityHash(i))) {
            row.existingId = e->id;
            row.existingRowVersion = e->rowVersion;
            if (e->deleted)
                row.action = cet::PlanAction::Insert;
            else if (e->contentHash == rows.contentHash(i))
                row.action = cet::PlanAction::Unchanged;
            else
                row.action = cet::PlanAction::Update;
        }
        plan.push_back(row);
    }
    return plan;
}
