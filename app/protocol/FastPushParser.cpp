#include "FastPushParser.h"

#include "StudentFields.h"

#include <QVarLengthArray>

namespace cet::protocol::wire {

namespace {

// Reads the bytes of one JSON document; every method returns false at anything outside the subset.
class Scanner
{
public:
    explicit Scanner(QByteArrayView b) : m_p(b.data()), m_end(b.data() + b.size()) { }

    void skipSpace()
    {
        while (m_p != m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
            ++m_p;
    }
    bool atEnd() const { return m_p == m_end; }
    // The next non-space byte is c: consumes it.
    bool take(char c)
    {
        skipSpace();
        if (m_p == m_end || *m_p != c)
            return false;
        ++m_p;
        return true;
    }
    bool peek(char c)
    {
        skipSpace();
        return m_p != m_end && *m_p == c;
    }
    bool takeLiteral(const char *word, qsizetype n)
    {
        skipSpace();
        if (m_end - m_p < n || memcmp(m_p, word, size_t(n)) != 0)
            return false;
        m_p += n;
        return true;
    }
    bool peekString() { return peek('"'); }
    bool peekNull() { return peek('n'); }

    // A string: the raw bytes between the quotes when there is no escape (raw), else unescaped into
    // scratch. Fails on \u escapes, control characters and invalid UTF-8.
    bool string(QByteArrayView &raw, QByteArray &scratch, bool &ascii, bool &escaped)
    {
        if (!take('"'))
            return false;
        const char *start = m_p;
        escaped = false;
        ascii = true;
        while (true) {
            if (m_p == m_end)
                return false;
            const uchar c = uchar(*m_p);
            if (c == '"')
                break;
            if (c < 0x20)
                return false;
            if (c == '\\') { // the escaped byte is checked below
                escaped = true;
                if (++m_p == m_end)
                    return false;
            } else if (c >= 0x80) {
                ascii = false;
            }
            ++m_p;
        }
        const char *stop = m_p++;
        if (!escaped) {
            raw = QByteArrayView(start, stop - start);
        } else {
            scratch.clear();
            for (const char *q = start; q < stop; ++q) {
                if (*q != '\\') {
                    scratch.append(*q);
                    continue;
                }
                ++q; // < stop: the scan above stepped over every escaped byte
                switch (*q) {
                case '"': scratch.append('"'); break;
                case '\\': scratch.append('\\'); break;
                case '/': scratch.append('/'); break;
                case 'b': scratch.append('\b'); break;
                case 'f': scratch.append('\f'); break;
                case 'n': scratch.append('\n'); break;
                case 'r': scratch.append('\r'); break;
                case 't': scratch.append('\t'); break;
                default: return false; // \u and anything else
                }
            }
            raw = QByteArrayView(scratch);
        }
        return ascii || raw.isValidUtf8();
    }

    bool string(QString &out)
    {
        QByteArrayView raw;
        bool ascii = true, escaped = false;
        if (!string(raw, m_scratch, ascii, escaped))
            return false;
        out = ascii ? QString::fromLatin1(raw) : QString::fromUtf8(raw);
        return true;
    }

    // A non-negative integer written as plain digits (at most 15, no leading zero).
    bool integer(qint64 &out)
    {
        skipSpace();
        const char *start = m_p;
        qint64 n = 0;
        while (m_p != m_end && *m_p >= '0' && *m_p <= '9') {
            if (m_p - start < 15) // longer runs are refused below; no overflow on the way
                n = n * 10 + (*m_p - '0');
            ++m_p;
        }
        const qsizetype digits = m_p - start;
        if (digits == 0 || digits > 15 || (digits > 1 && *start == '0'))
            return false;
        if (m_p != m_end && (*m_p == '.' || *m_p == 'e' || *m_p == 'E'))
            return false;
        out = n;
        return true;
    }

    // A value of an op's changes: a string, a plain integer or null (other values: the general path).
    bool scalar(QJsonValue &out)
    {
        skipSpace();
        if (m_p == m_end)
            return false;
        if (*m_p == '"') {
            QString s;
            if (!string(s))
                return false;
            out = QJsonValue(s);
            return true;
        }
        if (*m_p == 'n') {
            if (!takeLiteral("null", 4))
                return false;
            out = QJsonValue(QJsonValue::Null);
            return true;
        }
        qint64 n = 0;
        if (!integer(n))
            return false;
        out = QJsonValue(n);
        return true;
    }

    // A key of an object and its colon; the key as raw ASCII bytes (fails otherwise).
    bool key(QByteArrayView &name)
    {
        bool ascii = true, escaped = false;
        if (!string(name, m_scratch, ascii, escaped) || !ascii || escaped)
            return false; // only plain ASCII keys without escapes
        return take(':');
    }

private:
    const char *m_p;
    const char *m_end;
    QByteArray m_scratch;
};

std::optional<StudentField> fieldOf(QByteArrayView name)
{
    static const QList<QByteArray> names = [] {
        QList<QByteArray> out;
        for (const QString &n : studentFieldNames())
            out.append(n.toLatin1());
        return out;
    }();
    for (qsizetype i = 0; i < names.size(); ++i) {
        if (names.at(i) == name)
            return StudentField(i);
    }
    return std::nullopt;
}

// "changes": {"field": [old, new], ...} of scalar values; `studentFields` gets, per change in
// reading order, its StudentField (or -1 for a name that is not one), for checkStudentChanges once
// the op's entity is known (keys are sorted: "changes" comes before "entity").
bool readChanges(Scanner &s, QMap<QString, FieldChange> &changes, QVarLengthArray<int, 16> &studentFields)
{
    if (!s.take('{'))
        return false;
    if (s.take('}'))
        return true;
    do {
        QByteArrayView name;
        if (!s.key(name) || name.isEmpty())
            return false;
        const auto f = fieldOf(name);
        const QString field = f ? studentFieldNames().at(int(*f)) : QString::fromLatin1(name);
        if (changes.contains(field))
            return false;
        FieldChange fc;
        if (!s.take('[') || !s.scalar(fc.oldValue) || !s.take(',') || !s.scalar(fc.newValue) || !s.take(']'))
            return false;
        studentFields.append(f ? int(*f) : -1);
        changes.insert(field, std::move(fc));
    } while (s.take(','));
    return s.take('}');
}

// A student op's changes, checked as Op::fromJson checks them.
bool checkStudentChanges(const QMap<QString, FieldChange> &changes, const QVarLengthArray<int, 16> &studentFields)
{
    StudentRecord scratch;
    for (const int f : studentFields) {
        if (f < 0)
            return false;
        const FieldChange &fc = changes.find(studentFieldNames().at(f)).value();
        if (!setStudentField(scratch, StudentField(f), fc.oldValue, QString()).ok()
            || !setStudentField(scratch, StudentField(f), fc.newValue, QString()).ok())
            return false;
    }
    return true;
}

bool readOp(Scanner &s, Op &op)
{
    if (!s.take('{'))
        return false;
    enum Seen { OpId = 1, Entity = 2, Key = 4, Base = 8, Kind = 16, Changes = 32 };
    int seen = 0;
    QString kind;
    QVarLengthArray<int, 16> studentFields;
    const auto once = [&seen](int bit) {
        if (seen & bit)
            return false;
        seen |= bit;
        return true;
    };
    if (s.take('}'))
        return false;
    do {
        QByteArrayView name;
        if (!s.key(name))
            return false;
        bool ok = false;
        if (name == "op_id")
            ok = once(OpId) && s.string(op.opId);
        else if (name == "entity")
            ok = once(Entity) && s.string(op.entity);
        else if (name == "key")
            ok = once(Key) && s.string(op.key);
        else if (name == "base_version")
            ok = once(Base) && s.integer(op.baseVersion);
        else if (name == "kind")
            ok = once(Kind) && s.string(kind);
        else if (name == "changes")
            ok = once(Changes) && readChanges(s, op.changes, studentFields);
        if (!ok)
            return false;
    } while (s.take(','));
    if (!s.take('}'))
        return false;
    if ((seen & (OpId | Entity | Key | Base | Kind)) != (OpId | Entity | Key | Base | Kind))
        return false;
    if (op.opId.isEmpty() || op.opId.size() > kMaxOpIdLength || !isEntityName(op.entity))
        return false;
    if (op.entity == kStudentEntity) {
        if (!parseStudentKey(op.key).ok() || !checkStudentChanges(op.changes, studentFields))
            return false;
    } else if (op.key.isEmpty() || op.key.size() > kMaxKeyLength) {
        return false;
    }
    if (kind == QLatin1String("upsert"))
        op.kind = Op::Kind::Upsert;
    else if (kind == QLatin1String("delete"))
        op.kind = Op::Kind::Delete;
    else
        return false;
    return op.kind == Op::Kind::Delete || (seen & Changes);
}

} // namespace

std::optional<PushRequest> parsePushFast(QByteArrayView body)
{
    if (body.size() > kMaxBodyBytes)
        return std::nullopt;
    Scanner s(body);
    PushRequest p;
    bool seenEpoch = false, seenOps = false;
    if (!s.take('{') || s.peek('}'))
        return std::nullopt;
    do {
        QByteArrayView name;
        if (!s.key(name))
            return std::nullopt;
        if (name == "epoch" && !seenEpoch) {
            seenEpoch = true;
            if (s.peekNull()) {
                if (!s.takeLiteral("null", 4))
                    return std::nullopt;
            } else if (!s.string(p.epoch)) {
                return std::nullopt;
            }
        } else if (name == "ops" && !seenOps) {
            seenOps = true;
            if (!s.take('[') || s.peek(']'))
                return std::nullopt;
            do {
                if (p.ops.size() == kMaxOpsPerPush)
                    return std::nullopt;
                Op op;
                if (!readOp(s, op))
                    return std::nullopt;
                p.ops.append(std::move(op));
            } while (s.take(','));
            if (!s.take(']'))
                return std::nullopt;
        } else {
            return std::nullopt;
        }
    } while (s.take(','));
    if (!s.take('}') || !seenOps)
        return std::nullopt;
    s.skipSpace();
    if (!s.atEnd())
        return std::nullopt;
    return p;
}

} // namespace cet::protocol::wire
