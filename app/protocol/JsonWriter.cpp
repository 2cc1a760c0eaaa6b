#include "JsonWriter.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

#include <cmath>

namespace cet::protocol {

namespace {

char hexDigit(uint u)
{
    return char(u < 10 ? '0' + u : 'a' + u - 10);
}

void appendEscapedUnit(QByteArray &out, char16_t u)
{
    const char e[6] = { '\\', 'u', hexDigit(u >> 12 & 0xf), hexDigit(u >> 8 & 0xf), hexDigit(u >> 4 & 0xf),
                        hexDigit(u & 0xf) };
    out.append(e, 6);
}

} // namespace

void JsonWriter::appendString(QByteArray &out, QStringView s)
{
    out.reserve(out.size() + s.size() * 3 + 2);
    out.append('"');
    const char16_t *src = s.utf16();
    const char16_t *const end = src + s.size();
    while (src != end) {
        // A run of characters written as they are.
        const char16_t *run = src;
        while (src != end && *src >= 0x20 && *src < 0x80 && *src != u'"' && *src != u'\\')
            ++src;
        if (src != run) {
            const qsizetype n = src - run;
            const qsizetype at = out.size();
            out.resize(at + n);
            char *dst = out.data() + at;
            for (qsizetype i = 0; i < n; ++i)
                dst[i] = char(run[i]);
        }
        if (src == end)
            break;
        const char16_t u = *src++;
        if (u < 0x80) {
            out.append('\\');
            switch (u) {
            case u'"': out.append('"'); break;
            case u'\\': out.append('\\'); break;
            case 0x8: out.append('b'); break;
            case 0xc: out.append('f'); break;
            case 0xa: out.append('n'); break;
            case 0xd: out.append('r'); break;
            case 0x9: out.append('t'); break;
            default: {
                const char e[5] = { 'u', '0', '0', hexDigit(u >> 4), hexDigit(u & 0xf) };
                out.append(e, 5);
            }
            }
        } else if (u < 0x800) {
            const char b[2] = { char(0xc0 | (u >> 6)), char(0x80 | (u & 0x3f)) };
            out.append(b, 2);
        } else if (u < 0xd800 || u > 0xdfff) {
            const char b[3] = { char(0xe0 | (u >> 12)), char(0x80 | ((u >> 6) & 0x3f)), char(0x80 | (u & 0x3f)) };
            out.append(b, 3);
        } else if (u < 0xdc00 && src != end && *src >= 0xdc00 && *src <= 0xdfff) { // a surrogate pair
            const char32_t c = 0x10000 + ((char32_t(u) - 0xd800) << 10) + (char32_t(*src++) - 0xdc00);
            const char b[4] = { char(0xf0 | (c >> 18)), char(0x80 | ((c >> 12) & 0x3f)), char(0x80 | ((c >> 6) & 0x3f)),
                                char(0x80 | (c & 0x3f)) };
            out.append(b, 4);
        } else { // a lone surrogate: as Qt, an escape
            appendEscapedUnit(out, u);
        }
    }
    out.append('"');
}

void JsonWriter::separate()
{
    if (!m_first)
        m_out.append(',');
    m_first = false;
}

void JsonWriter::open(char c)
{
    separate();
    m_out.append(c);
    m_first = true;
}

void JsonWriter::close(char c)
{
    m_out.append(c);
    m_first = false;
}

void JsonWriter::key(QLatin1StringView name)
{
    separate();
    m_out.append('"');
    m_out.append(name.data(), name.size());
    m_out.append("\":", 2);
    m_first = true;
}

void JsonWriter::key(const QString &name)
{
    separate();
    appendString(m_out, name);
    m_out.append(':');
    m_first = true;
}

void JsonWriter::string(QStringView s)
{
    separate();
    appendString(m_out, s);
}

void JsonWriter::integer(qint64 n)
{
    separate();
    char buf[24];
    char *p = buf + sizeof buf;
    quint64 u = n < 0 ? 0 - quint64(n) : quint64(n);
    do {
        *--p = char('0' + u % 10);
        u /= 10;
    } while (u);
    if (n < 0)
        *--p = '-';
    m_out.append(p, buf + sizeof buf - p);
}

void JsonWriter::boolean(bool b)
{
    separate();
    if (b)
        m_out.append("true", 4);
    else
        m_out.append("false", 5);
}

void JsonWriter::null()
{
    separate();
    m_out.append("null", 4);
}

void JsonWriter::raw(QByteArrayView json)
{
    separate();
    m_out.append(json.data(), json.size());
}

void JsonWriter::value(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Bool:
        boolean(v.toBool());
        return;
    case QJsonValue::Double: {
        // As QJsonDocument: integers (kept as such by QJsonValue) exactly, other numbers shortest.
        const QVariant n = v.toVariant();
        if (n.typeId() == QMetaType::LongLong) {
            integer(n.toLongLong());
            return;
        }
        const double d = v.toDouble();
        if (!std::isfinite(d)) {
            null();
            return;
        }
        separate();
        m_out.append(QByteArray::number(d, 'g', QLocale::FloatingPointShortest));
        return;
    }
    case QJsonValue::String:
        string(v.toString());
        return;
    case QJsonValue::Array: {
        beginArray();
        const QJsonArray a = v.toArray();
        for (const QJsonValue &item : a)
            value(item);
        endArray();
        return;
    }
    case QJsonValue::Object: {
        beginObject();
        const QJsonObject o = v.toObject();
        for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
            key(it.key());
            value(it.value());
        }
        endObject();
        return;
    }
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    null();
}

} // namespace cet::protocol
