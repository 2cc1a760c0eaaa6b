#include "XmlScanner.h"

#include <algorithm>
#include <cstring>

namespace cet {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

bool isNameStart(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == ':' || (static_cast<unsigned char>(c) >= 0x80);
}

bool isNameChar(char c)
{
    return isNameStart(c) || (c >= '0' && c <= '9') || c == '-' || c == '.';
}

QByteArrayView localName(QByteArrayView qualified)
{
    for (qsizetype i = qualified.size(); i-- > 0;) {
        if (qualified[i] == ':')
            return qualified.sliced(i + 1);
    }
    return qualified;
}

const char *findSeq(const char *p, const char *end, const char *seq, size_t len)
{
    while (p + len <= end) {
        const char *hit = static_cast<const char *>(std::memchr(p, seq[0], size_t(end - p)));
        if (!hit || hit + len > end)
            return nullptr;
        if (std::memcmp(hit, seq, len) == 0)
            return hit;
        p = hit + 1;
    }
    return nullptr;
}

// Length of the entity at p ('&'), or 0 when it is not one XML knows. `code` gets its character.
qsizetype entityAt(const char *p, const char *end, char32_t &code)
{
    const char *semi = static_cast<const char *>(std::memchr(p, ';', size_t(std::min<qptrdiff>(end - p, 12))));
    if (!semi)
        return 0;
    const QByteArrayView e(p + 1, semi - p - 1);
    if (e == "lt")
        code = U'<';
    else if (e == "gt")
        code = U'>';
    else if (e == "amp")
        code = U'&';
    else if (e == "quot")
        code = U'"';
    else if (e == "apos")
        code = U'\'';
    else if (e.size() >= 2 && e[0] == '#') {
        bool ok = false;
        const uint value = (e[1] == 'x' || e[1] == 'X') ? e.sliced(2).toUInt(&ok, 16) : e.sliced(1).toUInt(&ok, 10);
        if (!ok || value == 0 || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF))
            return 0;
        code = char32_t(value);
    } else {
        return 0;
    }
    return semi - p + 1;
}
} // namespace

XmlScanner::XmlScanner(ReadFunction read, QString fileName, QString part, qint64 maxTokenBytes, qint64 blockSize)
    : m_read(std::move(read))
    , m_fileName(std::move(fileName))
    , m_part(std::move(part))
    , m_maxToken(maxTokenBytes)
    , m_block(std::max<qint64>(blockSize, 64))
{
}

qint64 XmlScanner::line() const
{
    const char *data = m_buf.constData();
    return m_linesBefore + std::count(data, data + std::min(m_tokenStart, m_end), '\n') + 1;
}

Result<XmlScanner::Token> XmlScanner::fail(const QString &what)
{
    return Error{QStringLiteral("xlsx.xml"),
                 tr("\"%1\" is damaged: the part %2 is not valid XML at line %3 (%4). Open the file in Excel or "
                    "WPS, save it again and retry.")
                     .arg(m_fileName, m_part)
                     .arg(line())
                     .arg(what),
                 QStringLiteral("%1 line %2").arg(m_part).arg(line())};
}

Result<bool> XmlScanner::more()
{
    if (m_eof)
        return false;
    if (m_pos > 0) {
        const char *data = m_buf.constData();
        m_linesBefore += std::count(data, data + m_pos, '\n');
        std::memmove(m_buf.data(), data + m_pos, size_t(m_end - m_pos));
        m_end -= m_pos;
        m_tokenStart -= m_pos;
        m_pos = 0;
    }
    if (m_end > m_maxToken) {
        m_tokenStart = 0;
        return Error{QStringLiteral("import.limit_cell_chars"),
                     tr("\"%1\" can not be read: the part %2 has a tag or text of more than %3 bytes near line %4.")
                         .arg(m_fileName, m_part)
                         .arg(m_maxToken)
                         .arg(line()),
                     m_part};
    }
    if (m_buf.size() < m_end + m_block)
        m_buf.resize(m_end + m_block);
    const auto n = m_read(m_buf.data() + m_end, m_block);
    if (!n)
        return n.error();
    if (n.value() == 0) {
        m_eof = true;
        return false;
    }
    m_end += n.value();
    return true;
}

QByteArrayView XmlScanner::attribute(QByteArrayView wanted) const
{
    // Attributes with a prefix (xml:space, r:id) are not the ones a spreadsheet part is read by.
    for (const Attribute &a : m_attributes) {
        if (a.name.size() == wanted.size() && std::memcmp(a.name.data(), wanted.data(), size_t(wanted.size())) == 0)
            return a.value;
    }
    return {};
}

// Checks the attributes of a start tag and remembers them.
bool XmlScanner::parseAttributes(const char *p, const char *end)
{
    m_attributes.clear();
    for (;;) {
        while (p < end && isSpace(*p))
            ++p;
        if (p == end)
            return true;
        if (!isNameStart(*p))
            return false;
        const char *nameStart = p;
        while (p < end && isNameChar(*p))
            ++p;
        const QByteArrayView name(nameStart, p - nameStart);
        while (p < end && isSpace(*p))
            ++p;
        if (p == end || *p != '=')
            return false;
        ++p;
        while (p < end && isSpace(*p))
            ++p;
        if (p == end || (*p != '"' && *p != '\''))
            return false;
        const char quote = *p++;
        const char *close = static_cast<const char *>(std::memchr(p, quote, size_t(end - p)));
        if (!close || std::memchr(p, '<', size_t(close - p)))
            return false;
        m_attributes.push_back({name, QByteArrayView(p, close - p)});
        p = close + 1;
        if (p < end && !isSpace(*p))
            return false;
    }
}

void XmlScanner::appendText(QString &out) const
{
    const char *p = m_textBegin;
    const char *end = m_textEnd;
    if (m_textIsCData || !std::memchr(p, '&', size_t(end - p))) {
        if (out.isEmpty())
            out = QString::fromUtf8(p, end - p);
        else
            out += QString::fromUtf8(p, end - p);
        return;
    }
    QByteArray decoded;
    decoded.reserve(end - p);
    while (p < end) {
        const char *amp = static_cast<const char *>(std::memchr(p, '&', size_t(end - p)));
        if (!amp) {
            decoded.append(p, end - p);
            break;
        }
        decoded.append(p, amp - p);
        char32_t code = 0;
        const qsizetype length = entityAt(amp, end, code);
        decoded += QString::fromUcs4(&code, 1).toUtf8();
        p = amp + std::max<qsizetype>(length, 1);
    }
    out += QString::fromUtf8(decoded);
}

Result<XmlScanner::Token> XmlScanner::scanTag()
{
    const char *const data = m_buf.constData();
    const char *const p = data + m_pos;
    const char *const end = data + m_end;
    if (end - p < 2)
        return m_eof ? fail(tr("the part ends inside a tag")) : Result<Token>(Error{});

    if (p[1] == '/') {
        const char *close = static_cast<const char *>(std::memchr(p, '>', size_t(end - p)));
        if (!close)
            return m_eof ? fail(tr("the part ends inside a tag")) : Result<Token>(Error{});
        const char *nameEnd = close;
        while (nameEnd > p + 2 && isSpace(nameEnd[-1]))
            --nameEnd;
        const QByteArrayView qualified(p + 2, nameEnd - p - 2);
        if (m_stackEnds.empty())
            return fail(tr("</%1> closes nothing").arg(QString::fromUtf8(qualified)));
        const qsizetype top = m_stackEnds.size() > 1 ? m_stackEnds[m_stackEnds.size() - 2] : 0;
        const QByteArrayView open(m_stack.constData() + top, m_stackEnds.back() - top);
        if (qualified != open)
            return fail(tr("</%1> closes <%2>").arg(QString::fromUtf8(qualified), QString::fromUtf8(open)));
        m_stack.truncate(top);
        m_stackEnds.pop_back();
        m_name = localName(qualified);
        m_pos = close + 1 - data;
        return Token::EndElement;
    }

    if (p[1] == '?' || p[1] == '!') {
        const bool comment = end - p >= 4 && std::memcmp(p, "<!--", 4) == 0;
        const bool cdata = end - p >= 9 && std::memcmp(p, "<![CDATA[", 9) == 0;
        const char *terminator = p[1] == '?' ? "?>" : comment ? "-->" : cdata ? "]]>" : ">";
        const size_t length = std::strlen(terminator);
        if (p[1] == '!' && !comment && !cdata) {
            if (end - p < 9)
                return m_eof ? fail(tr("the part ends inside a tag")) : Result<Token>(Error{});
            return fail(end - p >= 9 && std::memcmp(p, "<!DOCTYPE", 9) == 0 ? tr("a document type declaration")
                                                                             : tr("an unknown <! tag"));
        }
        const char *close = findSeq(p + 2, end, terminator, length);
        if (!close)
            return m_eof ? fail(tr("the part ends inside a tag")) : Result<Token>(Error{});
        m_pos = close + length - data;
        if (p[1] == '?') {
            const QByteArrayView pi(p, close - p);
            if (pi.startsWith("<?xml ") && (pi.contains("UTF-16") || pi.contains("utf-16")))
                return fail(tr("UTF-16 XML is not supported"));
            return Error{}; // skipped; the caller goes on
        }
        if (comment)
            return Error{};
        if (m_stackEnds.empty())
            return fail(tr("text outside the root element"));
        m_textBegin = p + 9;
        m_textEnd = close;
        m_textIsCData = true;
        return Token::Text;
    }

    // A start tag: find its '>' outside quoted attribute values.
    const char *q = p + 1;
    char quote = 0;
    for (; q < end; ++q) {
        const char c = *q;
        if (quote) {
            if (c == quote)
                quote = 0;
        } else if (c == '"' || c == '\'') {
            quote = c;
        } else if (c == '>') {
            break;
        } else if (c == '<') {
            return fail(tr("a tag is not closed"));
        }
    }
    if (q == end)
        return m_eof ? fail(tr("the part ends inside a tag")) : Result<Token>(Error{});
    const bool selfClosing = q[-1] == '/' && q - 1 > p + 1;
    const char *tagEnd = selfClosing ? q - 1 : q;
    if (!isNameStart(p[1]))
        return fail(tr("a tag without a name"));
    const char *nameEnd = p + 1;
    while (nameEnd < tagEnd && isNameChar(*nameEnd))
        ++nameEnd;
    if (nameEnd < tagEnd && !isSpace(*nameEnd))
        return fail(tr("a bad tag name"));
    if (!parseAttributes(nameEnd, tagEnd))
        return fail(tr("a badly written attribute"));
    if (m_stackEnds.empty() && m_rootSeen)
        return fail(tr("a second root element"));
    const QByteArrayView qualified(p + 1, nameEnd - p - 1);
    m_stack.append(qualified.data(), qualified.size());
    m_stackEnds.push_back(m_stack.size());
    m_rootSeen = true;
    m_name = localName(qualified);
    m_pendingEnd = selfClosing;
    m_pos = q + 1 - data;
    return Token::StartElement;
}

Result<XmlScanner::Token> XmlScanner::next()
{
    if (m_pendingEnd) {
        m_pendingEnd = false;
        const qsizetype top = m_stackEnds.size() > 1 ? m_stackEnds[m_stackEnds.size() - 2] : 0;
        m_stack.truncate(top);
        m_stackEnds.pop_back();
        return Token::EndElement; // m_name is still the start tag's
    }
    for (;;) {
        if (m_pos == m_end) {
            m_tokenStart = m_pos;
            const auto got = more();
            if (!got)
                return got.error();
            if (!got.value()) {
                if (!m_rootSeen)
                    return fail(tr("the part is empty"));
                if (!m_stackEnds.empty()) {
                    const qsizetype top = m_stackEnds.size() > 1 ? m_stackEnds[m_stackEnds.size() - 2] : 0;
                    return fail(tr("the part ends before <%1> is closed")
                                    .arg(QString::fromUtf8(m_stack.constData() + top, m_stackEnds.back() - top)));
                }
                return Token::End;
            }
        }
        m_tokenStart = m_pos;
        if (!m_started) {
            if (m_end - m_pos < 3 && !m_eof) {
                const auto got = more();
                if (!got)
                    return got.error();
                continue;
            }
            m_started = true;
            const QByteArrayView head(m_buf.constData() + m_pos, m_end - m_pos);
            if (head.startsWith("\xEF\xBB\xBF"))
                m_pos += 3;
            else if (head.startsWith("\xFF\xFE") || head.startsWith("\xFE\xFF"))
                return fail(tr("UTF-16 XML is not supported"));
            continue;
        }
        const char *data = m_buf.constData();
        if (data[m_pos] == '<') {
            auto token = scanTag();
            if (token)
                return token;
            if (!token.error().code.isEmpty())
                return token;
            if (m_pos != m_tokenStart)
                continue; // a comment or processing instruction was skipped
            const auto got = more();
            if (!got)
                return got.error();
            continue;
        }
        // Text up to the next tag.
        const char *lt = static_cast<const char *>(std::memchr(data + m_pos, '<', size_t(m_end - m_pos)));
        if (!lt && !m_eof) {
            const auto got = more();
            if (!got)
                return got.error();
            continue;
        }
        const char *begin = data + m_pos;
        const char *stop = lt ? lt : data + m_end;
        m_pos = stop - data;
        if (m_stackEnds.empty()) {
            if (!std::all_of(begin, stop, isSpace))
                return fail(tr("text outside the root element"));
            continue;
        }
        for (const char *amp = begin; (amp = static_cast<const char *>(std::memchr(amp, '&', size_t(stop - amp))));) {
            char32_t code = 0;
            const qsizetype length = entityAt(amp, stop, code);
            if (length == 0)
                return fail(tr("an unknown entity or a bare &"));
            amp += length;
        }
        m_textBegin = begin;
        m_textEnd = stop;
        m_textIsCData = false;
        return Token::Text;
    }
}

} // namespace cet
