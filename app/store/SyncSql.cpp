#include "SyncSql.h"

#include "JsonWriter.h"
#include "StoreSql.h"
#include "StudentFields.h"
#include "SyncStore.h"
#include "Digest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QHash>
#include <QSqlError>
#include <QUuid>

#include <algorithm>

namespace cet::syncsql {

namespace {

constexpr int kFields = static_cast<int>(StudentField::Count_);

// The text member of a text field (null for integer fields).
const QString *textMember(const StudentRecord &r, StudentField f)
{
    switch (f) {
    case StudentField::Name: return &r.name;
    case StudentField::IdNumber: return &r.idNumber;
    case StudentField::SchoolCode: return &r.schoolCode;
    case StudentField::CampusCode: return &r.campusCode;
    case StudentField::Grade: return &r.grade;
    case StudentField::Department: return &r.department;
    case StudentField::Major: return &r.major;
    case StudentField::ClassName: return &r.className;
    case StudentField::StudentNo: return &r.studentNo;
    case StudentField::Note: return &r.note;
    default: return nullptr;
    }
}

} // namespace

bool isIdentity(StudentField f)
{
    return f == StudentField::IdType || f == StudentField::IdNumber;
}

// The protocol's field names are the column names, made once (studentsql::column() builds a new
// string per call; the merge and the import expansion ask for every field of every record).
const QString &columnName(StudentField f)
{
    return protocol::studentFieldNames().at(static_cast<int>(f));
}

QString entityKey(const StudentRecord &r)
{
    return protocol::studentKey(r);
}

bool parseKey(const QString &key, IdType &type, QString &number)
{
    const qsizetype colon = key.indexOf(u':');
    if (colon <= 0)
        return false;
    bool ok = false;
    const int t = key.left(colon).toInt(&ok);
    if (!ok)
        return false;
    type = static_cast<IdType>(t);
    number = key.mid(colon + 1);
    return !number.isEmpty();
}

QJsonValue fieldJson(const StudentRecord &r, StudentField f)
{
    return protocol::studentFieldValue(r, f);
}

QJsonObject recordJson(const StudentRecord &r)
{
    return protocol::studentToJson(r);
}

std::optional<StudentField> fieldOfColumn(const QString &column)
{
    static const QHash<QString, StudentField> byColumn = [] {
        QHash<QString, StudentField> h;
        for (int f = 0; f < kFields; ++f)
            h.insert(columnName(StudentField(f)), StudentField(f));
        return h;
    }();
    const auto it = byColumn.constFind(column);
    if (it == byColumn.constEnd())
        return std::nullopt;
    return it.value();
}

void setField(StudentRecord &r, StudentField f, const QJsonValue &v)
{
    if (protocol::isIntegerField(f))
        protocol::setStudentInt(r, f, v.toInt());
    else
        protocol::setStudentText(r, f, v.toString());
}

void setFromJson(StudentRecord &r, const QJsonObject &data)
{
    for (auto it = data.constBegin(); it != data.constEnd(); ++it) {
        if (const auto f = fieldOfColumn(it.key()))
            setField(r, *f, it.value());
    }
}

StudentRecord recordOf(IdType type, const QString &number, const QJsonObject &data)
{
    StudentRecord r;
    setFromJson(r, data);
    r.idType = type;
    r.idNumber = number;
    return r;
}

void bindField(lite::Statement &s, int index, const StudentRecord &r, StudentField f)
{
    if (const QString *text = textMember(r, f))
        s.bindText(index, *text);
    else
        s.bindInt(index, protocol::studentFieldInt(r, f));
}

StudentRecord readRow(const lite::Statement &s, int first)
{
    StudentRecord r;
    r.id = s.columnInt(first);
    r.name = s.columnText(first + 1);
    r.gender = static_cast<Gender>(s.columnInt(first + 2));
    r.idType = static_cast<IdType>(s.columnInt(first + 3));
    r.idNumber = s.columnText(first + 4);
    r.schoolCode = s.columnText(first + 5);
    r.campusCode = s.columnText(first + 6);
    r.education = static_cast<Education>(s.columnInt(first + 7));
    r.programYears = int(s.columnInt(first + 8));
    r.enrolYear = int(s.columnInt(first + 9));
    r.grade = s.columnText(first + 10);
    r.department = s.columnText(first + 11);
    r.major = s.columnText(first + 12);
    r.className = s.columnText(first + 13);
    r.studentNo = s.columnText(first + 14);
    r.note = s.columnText(first + 15);
    r.rowVersion = s.columnInt(first + 16);
    r.serverVersion = s.columnInt(first + 17);
    r.updatedAt = QDateTime::fromString(s.columnText(first + 18), Qt::ISODateWithMs);
    return r;
}

namespace {

} // namespace

QByteArray recordJsonUtf8(const StudentRecord &r)
{
    protocol::JsonWriter w(400);
    protocol::writeStudentJson(w, r);
    return w.take();
}

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(compactUtf8(o));
}

QByteArray compactUtf8(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

Result<void> queueOp(QSqlDatabase db, const QString &entity, const QString &key, qint64 baseVersion,
                     const QString &kind, const QJsonObject &changes)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO outbox (op_id, entity, entity_key, base_version, changes, state, created_at,"
                             " kind) VALUES (?, ?, ?, ?, ?, 'queued', ?, ?)"));
    q.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
    q.addBindValue(entity);
    q.addBindValue(key);
    q.addBindValue(baseVersion);
    q.addBindValue(compact(changes));
    q.addBindValue(sql::nowText());
    q.addBindValue(kind);
    if (!q.exec())
        return queryError(q, QStringLiteral("store.outbox_failed"));
    return {};
}

QString compactValue(const QJsonValue &v)
{
    // A value wrapped in an array, so that strings, numbers and null all round-trip.
    return QString::fromUtf8(QJsonDocument(QJsonArray{ v }).toJson(QJsonDocument::Compact));
}

QJsonValue parseValue(const QString &text)
{
    const QJsonDocument d = QJsonDocument::fromJson(text.toUtf8());
    return d.isArray() ? d.array().at(0) : QJsonValue();
}

QJsonObject parseObject(QByteArrayView utf8)
{
    return QJsonDocument::fromJson(QByteArray::fromRawData(utf8.data(), utf8.size())).object();
}

LocalDigest digestOf(QSqlQuery &q)
{
    protocol::DigestBuilder b;
    while (q.next())
        b.add(q.value(0).toString(), q.value(1).toLongLong());
    return LocalDigest{ b.count(), b.hash() };
}

Error queryError(const QSqlQuery &q, const QString &code)
{
    return sql::error(code, q.lastError());
}

Result<QString> clientId(QSqlDatabase db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT client_id FROM sync_state WHERE id = 1")))
        return queryError(q);
    QString id = q.next() ? q.value(0).toString() : QString();
    q.finish();
    if (!id.isEmpty())
        return id;
    // Made by migration v5; this only covers a row that lost it.
    id = QString::fromLatin1(QUuid::createUuid().toRfc4122().left(8).toHex());
    q.prepare(QStringLiteral("UPDATE sync_state SET client_id = ? WHERE id = 1"));
    q.addBindValue(id);
    if (!q.exec())
        return queryError(q, QStringLiteral("store.update_failed"));
    return id;
}

} // namespace cet::syncsql
