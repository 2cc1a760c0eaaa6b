#include "OpChanges.h"

#include "StudentFields.h"
#include "SyncSql.h"

#include <QStringDecoder>

#include <array>
#include <limits>
#include <optional>

namespace cet::syncsql {

namespace {

constexpr int kFields = static_cast<int>(StudentField::Count_);

// The column names as UTF-8, by field.
const std::array<QByteArray, kFields> &columnBytes()
{
    static const std::array<QByteArray, kFields> names = [] {
        std::array<QByteArray, kFields> n;
        for (int f = 0; f < kFields; ++f)
            n[size_t(f)] = columnName(StudentField(f)).toUtf8();
        return n;
    }();
    return names;
}

// A JSON value of the plain shape: null, an integer, or a string without \u escapes.
struct Value
{
    enum class Kind { Null, Integer, String } kind = Kind::Null;
    qint64 integer = 0;
    QString text;
};

class Reader
{
public:
    explicit Reader(QByteArrayView in)
        : m_in(in)
    { }

    bool take(char c)
    {
        if (m_at >= m_in.size() || m_in[m_at] != c)
            return false;
        ++m_at;
        return true;
    }
    bool atEnd() const { return m_at == m_in.size(); }

    // A string's raw bytes (no escapes other than the simple ones, which are decoded).
    std::optional<QByteArray> string()
    {
        if (!take('"'))
            return std::nullopt;
        QByteArray out;
        while (m_at < m_in.size()) {
            const char c = m_in[m_at++];
            if (c == '"')
                return out;
            if (static_cast<unsigned char>(c) < 0x20)
                return std::nullopt;
            if (c != '\\') {
                out += c;
                continue;
            }
            if (m_at >= m_in.size())
                return std::nullopt;
            switch (m_in[m_at++]) {
            case '"':
                out += '"';
                break;
            case '\\':
                out += '\\';
                break;
            case '/':
                out += '/';
                break;
            case 'b':
                out += '\b';
                break;
            case 'f':
                out += '\f';
                break;
            case 'n':
                out += '\n';
                break;
            case 'r':
                out += '\r';
                break;
            case 't':
                out += '\t';
                break;
            default:
                return std::nullopt; // \u and anything else: the full parser
            }
        }
        return std::nullopt;
    }

    std::optional<Value> value()
    {
        Value v;
        if (m_at >= m_in.size())
            return std::nullopt;
        const char c = m_in[m_at];
        if (c == 'n') {
            if (m_in.sliced(m_at).startsWith("null")) {
                m_at += 4;
                return v;
            }
            return std::nullopt;
        }
        if (c == '"') {
            auto bytes = string();
            if (!bytes)
                return std::nullopt;
            QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
            v.text = utf8.decode(*bytes);
            if (utf8.hasError())
                return std::nullopt;
            v.kind = Value::Kind::String;
            return v;
        }
        const bool negative = c == '-';
        qsizetype at = m_at + (negative ? 1 : 0);
        const qsizetype first = at;
        qint64 n = 0;
        while (at < m_in.size() && m_in[at] >= '0' && m_in[at] <= '9') {
            if (at - first >= 18)
                return std::nullopt;
            n = n * 10 + (m_in[at] - '0');
            ++at;
        }
        const qsizetype digits = at - first;
        if (digits == 0 || (digits > 1 && m_in[first] == '0'))
            return std::nullopt;
        if (at < m_in.size() && (m_in[at] == '.' || m_in[at] == 'e' || m_in[at] == 'E'))
            return std::nullopt;
        m_at = at;
        v.kind = Value::Kind::Integer;
        v.integer = negative ? -n : n;
        return v;
    }

private:
    QByteArrayView m_in;
    qsizetype m_at = 0;
};

std::optional<StudentField> fieldOf(const QByteArray &column)
{
    const auto &names = columnBytes();
    for (int f = 0; f < kFields; ++f) {
        if (names[size_t(f)] == column)
            return StudentField(f);
    }
    return std::nullopt;
}

void set(StudentRecord &r, StudentField f, const Value &v)
{
    if (protocol::isIntegerField(f)) {
        const bool inRange = v.kind == Value::Kind::Integer && v.integer >= std::numeric_limits<int>::min()
            && v.integer <= std::numeric_limits<int>::max();
        protocol::setStudentInt(r, f, inRange ? int(v.integer) : 0);
    } else {
        protocol::setStudentText(r, f, v.kind == Value::Kind::String ? v.text : QString());
    }
}

} // namespace

bool readNewValues(QByteArrayView changes, StudentRecord &r)
{
    Reader in(changes);
    if (!in.take('{'))
        return false;
    if (in.take('}'))
        return in.atEnd();
    quint32 seen = 0;
    for (;;) {
        auto column = in.string();
        if (!column || !in.take(':') || !in.take('['))
            return false;
        const auto f = fieldOf(*column);
        if (!f || (seen & (1u << int(*f)))) // an unknown or repeated column: the full parser
            return false;
        seen |= 1u << int(*f);
        if (!in.value() || !in.take(','))
            return false;
        auto now = in.value();
        if (!now || !in.take(']'))
            return false;
        set(r, *f, *now);
        if (in.take('}'))
            return in.atEnd();
        if (!in.take(','))
            return false;
    }
}

} // namespace cet::syncsql
