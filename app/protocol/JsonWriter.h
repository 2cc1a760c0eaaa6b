#pragma once

// Compact JSON written straight into UTF-8 bytes, for hot paths that would otherwise build a
// QJsonObject only to serialise it. The output is byte for byte what
// QJsonDocument(...).toJson(QJsonDocument::Compact) writes for the same values and key order:
// strings escape '"', '\\', and control characters (\b \f \n \r \t, else \u00xx), other characters
// are UTF-8, lone surrogates are written as \udxxx. Keys must be given in the order QJsonObject keeps
// them (sorted) when the bytes are to equal Qt's.
//
//   JsonWriter w;
//   w.beginObject();
//   w.key("id"); w.integer(7);
//   w.key("name"); w.string(name);
//   w.endObject();
//   QByteArray body = w.take();

#include <QByteArray>
#include <QJsonValue>
#include <QString>
#include <QStringView>

namespace cet::protocol {

class JsonWriter
{
public:
    explicit JsonWriter(qsizetype reserve = 0) { m_out.reserve(reserve); }

    void beginObject() { open('{'); }
    void endObject() { close('}'); }
    void beginArray() { open('['); }
    void endArray() { close(']'); }
    void key(QLatin1StringView name); // ASCII names without characters that need escaping
    void key(const QString &name);

    void string(QStringView s);
    void integer(qint64 n);
    void boolean(bool b);
    void null();
    void value(const QJsonValue &v); // any value, objects and arrays included
    // A value that is already compact JSON (one value; not checked).
    void raw(QByteArrayView json);

    const QByteArray &bytes() const { return m_out; }
    QByteArray take() { return std::move(m_out); }

    // The JSON string literal (quotes included) of s, appended to out.
    static void appendString(QByteArray &out, QStringView s);

private:
    void open(char c);
    void close(char c);
    void separate(); // a comma unless first in its container or right after a key

    QByteArray m_out;
    bool m_first = true; // nothing written yet in the current container (or a key was just written)
};

} // namespace cet::protocol
