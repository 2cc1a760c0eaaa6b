#pragma once

// The candidate API's JSON body reader. A body is read against the fields its endpoint declares,
// and refused as a whole — nothing is changed — when it is not JSON (request.bad_json), not an
// object (request.not_object), lacks a required field (request.missing_field), has a field the
// endpoint does not know (request.unknown_field) or a field of the wrong type
// (request.wrong_type; null counts as wrong for every type). The error's detail names the field.
// Unknown fields are refused rather than ignored so that a misspelt optional field ("moblie") is
// not silently dropped.

#include "Result.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace cet::central::candidate {

class StrictBody
{
public:
    // Integer: a JSON number without a fraction; the lists: arrays whose every element is of that type.
    enum class Type { String, Boolean, Integer, StringList, IntegerList };
    struct Field
    {
        QString name;
        Type type = Type::String;
        bool required = true;
    };

    static Result<StrictBody> parse(const QByteArray &body, const QList<Field> &fields);

    // A declared string field; "" when it was optional and absent.
    QString string(const QString &name) const { return m_object.value(name).toString(); }
    bool boolean(const QString &name) const { return m_object.value(name).toBool(); }
    qint64 integer(const QString &name) const { return qint64(m_object.value(name).toDouble()); }
    QStringList strings(const QString &name) const;
    QList<qint64> integers(const QString &name) const;
    bool has(const QString &name) const { return m_object.contains(name); }

private:
    explicit StrictBody(QJsonObject o) : m_object(std::move(o)) { }
    QJsonObject m_object;
};

} // namespace cet::central::candidate
