#include "StudentSql.h"

#include "StoreSql.h"

#include <QRegularExpression>

namespace cet::studentsql {

namespace {

// Column per StudentField, in enum order.
const char *const kColumns[] = { "name",       "gender",     "id_type",       "id_number", "school_code",
                                 "campus_code", "education",  "program_years", "enrol_year", "grade",
                                 "department",  "major",      "class_name",    "student_no", "note" };
static_assert(std::size(kColumns) == static_cast<size_t>(StudentField::Count_));

QString asciiLower(const QString &s)
{
    QString out = s;
    for (QChar &c : out) {
        if (c.unicode() >= 'A' && c.unicode() <= 'Z')
            c = QChar(c.unicode() + ('a' - 'A'));
    }
    return out;
}

// "col >= ? AND col < ?" for a prefix, appended to `w`.
QString prefixRange(const QString &col, const QString &prefix, QVariantList &binds)
{
    const QString upper = sql::prefixSuccessor(prefix);
    binds << prefix;
    if (upper.isEmpty())
        return col + QStringLiteral(" >= ?");
    binds << upper;
    return col + QStringLiteral(" >= ? AND ") + col + QStringLiteral(" < ?");
}

} // namespace

const QString &selectColumns()
{
    static const QString columns = []() -> QString {
        QString s = QStringLiteral("id");
        for (const char *c : kColumns)
            s += QStringLiteral(", ") + QLatin1String(c);
        return s + QStringLiteral(", row_version, server_version, updated_at");
    }();
    return columns;
}

StudentRecord readRecord(const QSqlQuery &q)
{
    StudentRecord r;
    r.id = q.value(0).toLongLong();
    r.name = q.value(1).toString();
    r.gender = static_cast<Gender>(q.value(2).toInt());
    r.idType = static_cast<IdType>(q.value(3).toInt());
    r.idNumber = q.value(4).toString();
    r.schoolCode = q.value(5).toString();
    r.campusCode = q.value(6).toString();
    r.education = static_cast<Education>(q.value(7).toInt());
    r.programYears = q.value(8).toInt();
    r.enrolYear = q.value(9).toInt();
    r.grade = q.value(10).toString();
    r.department = q.value(11).toString();
    r.major = q.value(12).toString();
    r.className = q.value(13).toString();
    r.studentNo = q.value(14).toString();
    r.note = q.value(15).toString();
    r.rowVersion = q.value(16).toLongLong();
    r.serverVersion = q.value(17).toLongLong();
    r.updatedAt = QDateTime::fromString(q.value(18).toString(), Qt::ISODateWithMs);
    return r;
}

QString column(StudentField field)
{
    const int i = static_cast<int>(field);
    Q_ASSERT(i >= 0 && i < static_cast<int>(StudentField::Count_));
    return QLatin1String(kColumns[i]);
}

QVariant value(const StudentRecord &r, StudentField field)
{
    switch (field) {
    case StudentField::Name: return sql::text(r.name);
    case StudentField::Gender: return static_cast<int>(r.gender);
    case StudentField::IdType: return static_cast<int>(r.idType);
    case StudentField::IdNumber: return sql::text(r.idNumber);
    case StudentField::SchoolCode: return sql::text(r.schoolCode);
    case StudentField::CampusCode: return sql::text(r.campusCode);
    case StudentField::Education: return static_cast<int>(r.education);
    case StudentField::ProgramYears: return r.programYears;
    case StudentField::EnrolYear: return r.enrolYear;
    case StudentField::Grade: return sql::text(r.grade);
    case StudentField::Department: return sql::text(r.department);
    case StudentField::Major: return sql::text(r.major);
    case StudentField::ClassName: return sql::text(r.className);
    case StudentField::StudentNo: return sql::text(r.studentNo);
    case StudentField::Note: return sql::text(r.note);
    case StudentField::Count_: break;
    }
    return {};
}

SearchKind searchKind(const QString &text)
{
    static const QRegularExpression number(QStringLiteral("^[0-9]+[xX]?$"));
    if (text.isEmpty())
        return SearchKind::None;
    return number.match(text).hasMatch() ? SearchKind::Number : SearchKind::Name;
}

Where where(const StudentFilter &filter, bool forScan)
{
    Where w;
    QStringList terms{ QStringLiteral("deleted_at IS NULL") };
    const QString search = filter.search.trimmed();
    const SearchKind kind = searchKind(search);
    // Equality filters in index-priority order (most selective first, by typical data).
    struct Eq
    {
        const char *column;
        const char *index;
        QVariant value;
    };
    QList<Eq> eqs;
    if (!filter.department.isEmpty())
        eqs.append({ "department", "students_department", filter.department });
    if (!filter.grade.isEmpty())
        eqs.append({ "grade", "students_grade", filter.grade });
    if (!filter.campusCode.isEmpty())
        eqs.append({ "campus_code", "students_campus", filter.campusCode });
    if (filter.education)
        eqs.append({ "education", "students_education", static_cast<int>(*filter.education) });

    if (kind == SearchKind::Name) {
        terms << prefixRange(QStringLiteral("name"), asciiLower(search), w.binds);
        if (!forScan)
            w.drivingIndex = QStringLiteral("students_name");
    } else if (kind == SearchKind::Number) {
        const QString prefix = search.toUpper();
        if (forScan) {
            const QString a = prefixRange(QStringLiteral("id_number"), prefix, w.binds);
            const QString b = prefixRange(QStringLiteral("student_no"), prefix, w.binds);
            terms << QStringLiteral("((%1) OR (%2))").arg(a, b);
        } else {
            // Two index range scans, united by row id; the row lookups follow.
            const QString a = prefixRange(QStringLiteral("id_number"), prefix, w.binds);
            const QString b = prefixRange(QStringLiteral("student_no"), prefix, w.binds);
            terms << QStringLiteral("id IN (SELECT id FROM students WHERE %1 AND deleted_at IS NULL "
                                    "UNION SELECT id FROM students WHERE %2 AND deleted_at IS NULL)")
                         .arg(a, b);
        }
    } else if (!eqs.isEmpty() && !forScan) {
        w.drivingIndex = QLatin1String(eqs.first().index);
    }
    // When a search drives the plan, the equality terms must not (unary + disables index use).
    const bool plus = !forScan && kind == SearchKind::Number;
    for (const Eq &eq : std::as_const(eqs)) {
        terms << (plus ? QStringLiteral("+") : QString()) + QLatin1String(eq.column) + QStringLiteral(" = ?");
        w.binds << eq.value;
    }
    // The registration states are a small table of their own (one row per registered student):
    // a lookup of each candidate row by its primary key, never the plan's driver.
    if (filter.registration) {
        const QString match = QStringLiteral("EXISTS (SELECT 1 FROM registration_states r WHERE "
                                             "r.id_number = students.id_number AND r.id_type = students.id_type");
        if (*filter.registration == RegistrationState::Unregistered) {
            terms << QStringLiteral("NOT ") + match + QLatin1Char(')');
        } else {
            terms << match + QStringLiteral(" AND r.state = ?)");
            w.binds << static_cast<int>(*filter.registration);
        }
    }
    w.sql = terms.join(QStringLiteral(" AND "));
    return w;
}

QString sortIndex(const std::optional<StudentField> &sortField)
{
    if (!sortField)
        return {};
    switch (*sortField) {
    case StudentField::Name: return QStringLiteral("students_name");
    case StudentField::IdNumber: return QStringLiteral("students_id_number");
    case StudentField::StudentNo: return QStringLiteral("students_student_no");
    case StudentField::CampusCode: return QStringLiteral("students_campus");
    case StudentField::Department: return QStringLiteral("students_department");
    case StudentField::Grade: return QStringLiteral("students_grade");
    case StudentField::Education: return QStringLiteral("students_education");
    default: return {};
    }
}

QString orderBy(const StudentQuery &query)
{
    QStringList cols;
    if (query.sortField) {
        switch (*query.sortField) {
        // Ties are broken by the columns of the sort's index, so the index serves the whole ORDER BY.
        case StudentField::CampusCode:
            cols = { QStringLiteral("campus_code"), QStringLiteral("department"), QStringLiteral("grade"),
                     QStringLiteral("education") };
            break;
        case StudentField::Department:
            cols = { QStringLiteral("department"), QStringLiteral("grade"), QStringLiteral("education"),
                     QStringLiteral("campus_code") };
            break;
        case StudentField::Grade:
            cols = { QStringLiteral("grade"), QStringLiteral("education"), QStringLiteral("campus_code"),
                     QStringLiteral("department") };
            break;
        case StudentField::Education:
            cols = { QStringLiteral("education"), QStringLiteral("campus_code"), QStringLiteral("department"),
                     QStringLiteral("grade") };
            break;
        default: cols = { column(*query.sortField) }; break;
        }
        // deleted_at is NULL in every live row; naming it lets the index serve the whole ORDER BY.
        if (!sortIndex(query.sortField).isEmpty())
            cols << QStringLiteral("deleted_at");
    }
    cols << QStringLiteral("id");
    if (query.descending) {
        for (QString &c : cols)
            c += QStringLiteral(" DESC");
    }
    return QStringLiteral(" ORDER BY ") + cols.join(QStringLiteral(", "));
}

} // namespace cet::studentsql
