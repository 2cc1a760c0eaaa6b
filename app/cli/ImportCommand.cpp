#include "ImportCommand.h"

#include "CsvReader.h"
#include "Database.h"
#include "IdDocument.h"
#include "IdNumber.h"
#include "ImportBatchRepository.h"
#include "Logging.h"
#include "StudentColumns.h"
#include "StudentLabels.h"
#include "StudentRepository.h"
#include "StudentValidation.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <optional>

namespace cet {

namespace {

struct Rejection
{
    qint64 line = 0;
    std::optional<StudentField> field;
    QString message;
};

using Columns = QList<std::optional<StudentField>>;

QString cell(const CsvRecord &row, const Columns &columns, StudentField field)
{
    for (qsizetype i = 0; i < columns.size() && i < row.fields.size(); ++i) {
        if (columns.at(i) == field)
            return row.fields.at(i).trimmed();
    }
    return {};
}

// Turns one CSV row into a record; label errors (gender, ID type, education) are added to `issues`.
StudentRecord toRecord(const CsvRecord &row, const Columns &columns, QList<FieldIssue> &issues)
{
    StudentRecord r;
    const auto text = [&](StudentField f) { return cell(row, columns, f); };
    r.name = text(StudentField::Name);
    if (const QString g = text(StudentField::Gender); !g.isEmpty()) {
        const auto gender = genderFromLabel(g);
        gender ? void(r.gender = gender.value()) : issues.append({StudentField::Gender, FieldIssue::Severity::Error, gender.error()});
    }
    if (const QString t = text(StudentField::IdType); !t.isEmpty()) {
        const auto type = idTypeFromLabel(t);
        type ? void(r.idType = type.value()) : issues.append({StudentField::IdType, FieldIssue::Severity::Error, type.error()});
    }
    r.idNumber = normaliseIdNumber(text(StudentField::IdNumber)).number;
    r.schoolCode = text(StudentField::SchoolCode);
    r.campusCode = text(StudentField::CampusCode);
    if (const QString e = text(StudentField::Education); !e.isEmpty()) {
        const auto education = educationFromLabel(e);
        education ? void(r.education = education.value())
                  : issues.append({StudentField::Education, FieldIssue::Severity::Error, education.error()});
    }
    r.programYears = text(StudentField::ProgramYears).toInt();
    r.enrolYear = text(StudentField::EnrolYear).toInt();
    r.grade = text(StudentField::Grade);
    r.department = text(StudentField::Department);
    r.major = text(StudentField::Major);
    r.className = text(StudentField::ClassName);
    r.studentNo = text(StudentField::StudentNo);
    r.note = text(StudentField::Note);
    return r;
}

QByteArray sha256(const QString &path)
{
    QFile file(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (file.open(QIODevice::ReadOnly))
        hash.addData(&file);
    return hash.result().toHex();
}

int unreadable(const CliContext &c, const QString &message)
{
    c.err << message << Qt::endl;
    return ExitUnreadable;
}

int databaseError(const CliContext &c, const Error &error)
{
    qCWarning(lcImport) << error.code << error.detail;
    c.err << error.message << Qt::endl;
    return ExitDatabase;
}

} // namespace

int ImportCommand::run(const CliContext &c, const QString &path, const QString &actor)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return unreadable(c, tr("Cannot read \"%1\": %2").arg(path, file.errorString()));

    CsvReader reader(&file);
    CsvRecord header;
    const auto gotHeader = reader.readRecord(header);
    if (!gotHeader)
        return unreadable(c, gotHeader.error().message);
    const Columns columns = gotHeader.value() ? StudentColumns::mapHeaderRow(header.fields) : Columns();
    for (const StudentField required : {StudentField::Name, StudentField::IdType, StudentField::IdNumber}) {
        if (!columns.contains(required))
            return unreadable(c, tr("\"%1\" is not a student file: the column \"%2\" is missing.")
                                     .arg(path, StudentColumns::chineseHeader(required)));
    }

    auto db = Database::open(c.databasePath);
    if (!db)
        return databaseError(c, db.error());
    StudentRepository students(*db.value());

    QList<StudentRecord> valid;
    QList<Rejection> rejected;
    QSet<QString> seen;
    int rowsRead = 0;
    CsvRecord row;
    for (;;) {
        const auto next = reader.readRecord(row);
        if (!next)
            return unreadable(c, next.error().message);
        if (!next.value())
            break;
        ++rowsRead;
        QList<FieldIssue> issues;
        StudentRecord record = toRecord(row, columns, issues);
        // A label that could not be read is reported once, not again as "required" by validation.
        QSet<StudentField> labelErrors;
        for (const FieldIssue &issue : std::as_const(issues))
            labelErrors.insert(issue.field);
        const QList<FieldIssue> validation = validateStudent(record);
        for (const FieldIssue &issue : validation) {
            if (!labelErrors.contains(issue.field))
                issues.append(issue);
        }
        bool rowOk = true;
        for (const FieldIssue &issue : std::as_const(issues)) {
            if (issue.severity == FieldIssue::Severity::Error) {
                rejected.append({row.line, issue.field, issue.error.message});
                rowOk = false;
            }
        }
        if (!rowOk)
            continue;
        const QString identity = QString::number(int(record.idType)) + u':' + record.idNumber;
        if (seen.contains(identity)) {
            rejected.append({row.line, StudentField::IdNumber, tr("The same ID number appears earlier in the file.")});
            continue;
        }
        const auto existing = students.byIdentity(record.idType, record.idNumber);
        if (!existing)
            return databaseError(c, existing.error());
        if (existing.value().has_value()) {
            rejected.append({row.line, StudentField::IdNumber, tr("A student with this ID number is already in the database.")});
            continue;
        }
        seen.insert(identity);
        valid.append(record);
    }

    QSet<qint64> rejectedLines;
    for (const Rejection &r : std::as_const(rejected))
        rejectedLines.insert(r.line);

    ImportBatchRepository batches(*db.value());
    ImportBatch batch;
    batch.actor = actor;
    batch.fileName = QFileInfo(path).fileName();
    batch.fileSha256 = QString::fromLatin1(sha256(path));
    batch.startedAt = QDateTime::currentDateTimeUtc();
    batch.rowsRead = rowsRead;
    const auto batchId = batches.create(batch);
    if (!batchId)
        return databaseError(c, batchId.error());
    batch.id = batchId.value();
    if (!valid.isEmpty()) {
        const auto inserted = students.insert(valid, batch.id);
        if (!inserted)
            return databaseError(c, inserted.error());
    }
    batch.rowsInserted = int(valid.size());
    batch.rowsRejected = int(rejectedLines.size());
    batch.finishedAt = QDateTime::currentDateTimeUtc();
    if (const auto finished = batches.finish(batch); !finished)
        return databaseError(c, finished.error());
    qCInfo(lcImport) << "imported" << path << "read" << rowsRead << "inserted" << valid.size() << "rejected"
                     << rejectedLines.size();

    for (const Rejection &r : std::as_const(rejected)) {
        const QString field = r.field ? studentFieldLabel(*r.field) : QString();
        c.out << tr("Line %1: %2: %3").arg(r.line).arg(field, r.message) << Qt::endl;
    }
    c.out << tr("%1 rows read, %2 imported, %3 rejected.").arg(rowsRead).arg(valid.size()).arg(rejectedLines.size())
          << Qt::endl;
    return rejectedLines.isEmpty() ? ExitOk : ExitRejected;
}

} // namespace cet
