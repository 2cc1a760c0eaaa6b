#pragma once

// Strict, path-naming reading of one JSON object (internal to cetdesk_protocol).
// The first problem wins; later reads are no-ops once failed.

#include "Result.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QSet>
#include <QString>

#include <optional>

namespace cet::protocol::wire {

Error shapeError(const QString &path, const QString &what);
QString join(const QString &path, const QString &key);     // "a" + "b" → "a.b"; "" + "b" → "b"
QString index(const QString &path, qsizetype i);           // "ops" + 3 → "ops[3]"
// A JSON number that is an integer within ±2^53.
std::optional<qint64> toInteger(const QJsonValue &v);

class Reader
{
public:
    // strict: unknown keys are an error (request objects); otherwise ignored (responses).
    Reader(const QJsonObject &o, const QString &path, bool strict);

    QString string(const QString &key);                       // required string
    QString optionalString(const QString &key);               // missing or null → ""
    QString nullableString(const QString &key);               // required, string or null ("")
    qint64 integer(const QString &key, qint64 min = 0, qint64 max = (qint64(1) << 53));
    std::optional<qint64> nullableInteger(const QString &key); // required, integer ≥ 0 or null
    bool boolean(const QString &key);
    QJsonObject object(const QString &key);                   // required object
    std::optional<QJsonObject> nullableObject(const QString &key); // required, object or null
    QJsonArray array(const QString &key);                     // required array
    QJsonValue any(const QString &key, bool required = true);
    bool has(const QString &key) const { return m_o.contains(key); }
    QDateTime time(const QString &key);                       // required wire time

    void fail(Error e);
    void fail(const QString &key, const QString &what);
    QString path(const QString &key) const { return join(m_path, key); }
    // Checks unknown keys (strict) and returns the first error, if any.
    std::optional<Error> finish();
    bool failed() const { return m_error.has_value(); }

private:
    QJsonValue take(const QString &key, bool required);

    QJsonObject m_o;
    QString m_path;
    bool m_strict;
    QSet<QString> m_seen;
    std::optional<Error> m_error;
};

} // namespace cet::protocol::wire
