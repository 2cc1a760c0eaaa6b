#include "CsvReader.h"

#include <QIODevice>

#include <algorithm>
#include <cstring>

namespace cet {

namespace {
constexpr char16_t Quote = u'"';
constexpr char16_t Cr = u'\r';
constexpr char16_t Lf = u'\n';
constexpr char16_t ReplacementChar = 0xFFFD;

const char *codecName(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8: return "UTF-8";
    case TextEncoding::Utf16LE: return "UTF-16LE";
    case TextEncoding::Utf16BE: return "UTF-16BE";
    case TextEncoding::Gb18030: return "GB18030";
    }
    return "UTF-8";
}

CsvOptions utf8Options(QChar separator)
{
    CsvOptions options;
    options.separator = separator;
    return options;
}
} // namespace

CsvReader::CsvReader(QIODevice *device, QChar separator)
    : CsvReader(device, utf8Options(separator))
{
}

CsvReader::CsvReader(QIODevice *device, const CsvOptions &options)
    : m_device(device)
    , m_options(options)
    , m_separator(options.separator.unicode())
    , m_decoder(codecName(options.encoding)) // the default flags skip an initial BOM
{
    m_options.blockSize = std::max<qint64>(1, m_options.blockSize);
    if (!m_decoder.isValid()) {
        m_error = fail(QStringLiteral("csv.encoding"),
                       tr("The text encoding %1 is not available in this build of CET Desk. Save the file as "
                          "\"CSV UTF-8\" and try again.")
                           .arg(textEncodingName(options.encoding)),
                       1);
    }
}

bool TextDecoder::inMiddleOfCharacter(bool icu)
{
    if (state.remainingChars != 0)
        return true;
    if (!icu)
        return false;
    char16_t out[16]; // a line feed after at most three held bytes
    appendToBuffer(reinterpret_cast<QChar *>(out), QByteArrayView("\n", 1));
    return hasError();
}

Error CsvReader::fail(const QString &code, const QString &message, qint64 line) const
{
    const QString where = m_options.fileName.isEmpty()
        ? tr("Line %1").arg(line)
        : tr("\"%1\", line %2").arg(m_options.fileName).arg(line);
    return Error{code, where + QStringLiteral(": ") + message, QStringLiteral("line %1").arg(line)};
}

void CsvReader::failLimit(const QString &code, const QString &what, qint64 line)
{
    m_error = fail(code, what, line);
}

// Decodes the next block behind the unconsumed text. false = nothing more (end of input or an
// error, which is then in m_error or m_pendingError).
bool CsvReader::fill()
{
    if (m_eof || m_pendingError)
        return false;
    if (m_pos > 0) {
        std::memmove(m_text.get(), m_text.get() + m_pos, size_t(m_end - m_pos) * sizeof(char16_t));
        m_end -= m_pos;
        m_pos = 0;
    }
    qint64 block = m_options.blockSize;
    if (!m_device->isSequential()) // a small file needs no big buffer
        block = std::clamp<qint64>(m_device->size() - m_device->pos() + 1, 1, block);
    m_raw.resize(block);
    const qint64 n = m_device->read(m_raw.data(), block);
    if (n < 0) {
        m_eof = true;
        m_error = fail(QStringLiteral("csv.read"), tr("the file could not be read."), m_line);
        m_error->detail += QStringLiteral(": ") + m_device->errorString();
        return false;
    }
    if (n == 0) {
        m_eof = true;
        // A multi-byte sequence cut off by the end of the file.
        if (!m_decoder.inMiddleOfCharacter(m_options.encoding == TextEncoding::Gb18030))
            return false;
        m_pendingError = Error{QStringLiteral("csv.encoding"), {}, {}};
        return false;
    }
    m_bytesRead += n;
    const qsizetype need = m_end + m_decoder.requiredSpace(n);
    if (m_capacity < need) {
        // Not a std::vector: its resize would clear memory that is written over at once.
        const qsizetype capacity = std::max(need, m_capacity * 2);
        std::unique_ptr<char16_t[]> grown(new char16_t[size_t(capacity)]);
        if (m_end > 0)
            std::memcpy(grown.get(), m_text.get(), size_t(m_end) * sizeof(char16_t));
        m_text = std::move(grown);
        m_capacity = capacity;
    }
    QChar *start = reinterpret_cast<QChar *>(m_text.get() + m_end);
    QChar *stop = m_decoder.appendToBuffer(start, QByteArrayView(m_raw.constData(), n));
    const qsizetype decoded = stop - start;
    if (m_decoder.hasError()) {
        // Keep the text up to the first bad character; the error is reported when the reader
        // gets there, so that the records before it are still read (and the line is exact).
        const char16_t *first = m_text.get() + m_end;
        const char16_t *bad = std::find(first, first + decoded, ReplacementChar);
        m_end = bad - m_text.get();
        m_pendingError = Error{QStringLiteral("csv.encoding"), {}, {}};
        return true;
    }
    m_end += decoded;
    return true;
}

bool CsvReader::tooLong(qsizetype chars, qint64 line)
{
    if (chars <= m_options.limits.maxRecordChars)
        return false;
    failLimit(QStringLiteral("import.limit_record_chars"),
              tr("the record that starts here is longer than %1 characters. Perhaps a quotation mark (\") is "
                 "missing, or this is not a table.")
                  .arg(m_options.limits.maxRecordChars),
              line);
    return true;
}

// Reads a quoted field starting after its opening quote; on Complete `p` is after the closing
// quote. NeedMore when the text ends before the closing quote is seen.
CsvReader::Outcome CsvReader::parseQuoted(const char16_t *&p, const char16_t *end, qint64 &lines, QString &cell)
{
    const bool atEof = m_eof && !m_pendingError;
    const char16_t *const start = p;
    qsizetype doubled = 0;
    const char16_t *q = p;
    for (;;) {
        while (q < end && *q != Quote) {
            if (*q == Lf || (*q == Cr && (q + 1 == end || q[1] != Lf)))
                ++lines;
            ++q;
        }
        if (q == end)
            return Outcome::NeedMore;
        if (q + 1 == end && !atEof) // cannot see yet whether the quote is doubled
            return Outcome::NeedMore;
        if (q + 1 == end || q[1] != Quote)
            break;
        ++doubled;
        q += 2;
    }
    // q is at the closing quote.
    const qsizetype length = (q - start) - doubled;
    if (doubled == 0) {
        cell = QString(reinterpret_cast<const QChar *>(start), length);
    } else {
        cell = QString(length, Qt::Uninitialized);
        char16_t *out = reinterpret_cast<char16_t *>(cell.data());
        for (const char16_t *s = start; s < q; ++s) {
            *out++ = *s;
            if (*s == Quote)
                ++s;
        }
    }
    p = q + 1;
    return Outcome::Complete;
}

namespace {
qint64 lineBreaks(const char16_t *from, const char16_t *to)
{
    qint64 n = 0;
    for (const char16_t *s = from; s < to; ++s)
        n += (*s == Lf || (*s == Cr && (s + 1 == to || s[1] != Lf))) ? 1 : 0;
    return n;
}
} // namespace

// Parses one record from [m_pos, m_end). Unless the end of the file has been reached, a record
// that runs into the end of the text is NeedMore and is parsed again from its start once more
// text has been decoded: simple, and cheap because records are short next to a block.
CsvReader::Outcome CsvReader::parseRecord(QStringList &fields, qint64 &line)
{
    const char16_t *const base = m_text.get();
    const char16_t *p = base + m_pos;
    const char16_t *const end = base + m_end;
    const bool atEof = m_eof && !m_pendingError; // nothing more will come after `end`

    // Skip empty lines; they are complete however the record turns out.
    while (p < end && (*p == Cr || *p == Lf)) {
        if (*p == Cr) {
            if (p + 1 == end && !atEof)
                return Outcome::NeedMore;
            if (p + 1 < end && p[1] == Lf)
                ++p;
        }
        ++p;
        ++m_line;
        m_pos = p - base;
    }
    if (p == end)
        return Outcome::NeedMore;

    fields.clear();
    const char16_t *const recordStart = p;
    const qint64 startLine = m_line;
    qint64 lines = 0; // line breaks inside quoted fields, then the one that ends the record
    const qint64 maxCell = m_options.limits.maxCellChars;
    const char16_t sep = m_separator;
    for (;;) {
        QString cell;
        if (*p == Quote) {
            const char16_t *const quoteAt = p;
            ++p;
            if (parseQuoted(p, end, lines, cell) == Outcome::NeedMore) {
                if (atEof) {
                    // Name the line of the opening quote: that is where the user has to look.
                    m_error = fail(QStringLiteral("csv.unterminated_quote"),
                                   tr("a quoted field is not closed; a quotation mark (\") is missing."),
                                   startLine + lineBreaks(recordStart, quoteAt));
                    return Outcome::Failed;
                }
                return tooLong(end - recordStart, startLine) ? Outcome::Failed : Outcome::NeedMore;
            }
            // Blanks between the closing quote and the separator are tolerated.
            while (p < end && (*p == u' ' || *p == u'\t') && *p != sep)
                ++p;
            if (p < end && *p != sep && *p != Cr && *p != Lf) {
                m_error = fail(QStringLiteral("csv.text_after_quote"),
                               tr("text follows the closing quotation mark of a field. Put the whole field in "
                                  "quotation marks and double the quotation marks inside it (\"\")."),
                               startLine + lines);
                return Outcome::Failed;
            }
        } else {
            const char16_t *const fieldStart = p;
            while (p < end && *p != sep && *p != Lf && *p != Cr)
                ++p;
            if (p > fieldStart)
                cell = QString(reinterpret_cast<const QChar *>(fieldStart), p - fieldStart);
        }
        if (p == end && !atEof)
            return tooLong(end - recordStart, startLine) ? Outcome::Failed : Outcome::NeedMore;
        if (cell.size() > maxCell) {
            failLimit(QStringLiteral("import.limit_cell_chars"),
                      tr("field %1 has %2 characters; a cell may have at most %3.")
                          .arg(fields.size() + 1)
                          .arg(cell.size())
                          .arg(maxCell),
                      startLine + lines);
            return Outcome::Failed;
        }
        if (fields.size() >= m_options.limits.maxColumns) {
            failLimit(QStringLiteral("import.limit_columns"),
                      tr("the record has more than %1 fields, more than a spreadsheet can hold. Check the "
                         "separator.")
                          .arg(m_options.limits.maxColumns),
                      startLine);
            return Outcome::Failed;
        }
        fields.append(std::move(cell));
        if (p == end)
            break; // the last record of the file has no line break
        if (*p == sep) {
            ++p;
            if (p == end) {
                if (!atEof)
                    return tooLong(end - recordStart, startLine) ? Outcome::Failed : Outcome::NeedMore;
                fields.append(QString()); // "a,b," ends with an empty field
                break;
            }
            if (*p != Cr && *p != Lf)
                continue;
            fields.append(QString());
        }
        // A line break ends the record.
        if (*p == Cr) {
            if (p + 1 == end && !atEof)
                return Outcome::NeedMore;
            if (p + 1 < end && p[1] == Lf)
                ++p;
        }
        ++p;
        ++lines;
        break;
    }
    if (tooLong(p - recordStart, startLine))
        return Outcome::Failed;
    if (++m_records > m_options.limits.maxRows) {
        failLimit(QStringLiteral("import.limit_rows"),
                  tr("the file has more than %1 records, more than CET Desk imports at once. Split the file.")
                      .arg(m_options.limits.maxRows),
                  startLine);
        return Outcome::Failed;
    }
    line = startLine;
    m_line = startLine + lines;
    m_pos = p - base;
    return Outcome::Complete;
}

Result<bool> CsvReader::readRecord(QStringList &fields, qint64 &line)
{
    for (;;) {
        if (m_error)
            return *m_error;
        const Outcome outcome = parseRecord(fields, line);
        if (outcome == Outcome::Complete)
            return true;
        if (outcome == Outcome::Failed)
            return *m_error;
        if (m_eof && !m_pendingError)
            return false; // only empty lines were left
        if (fill())
            continue;
        if (m_error)
            return *m_error;
        if (m_pendingError) {
            if (m_pendingError->message.isEmpty()) {
                const qint64 badLine = m_line + lineBreaks(m_text.get() + m_pos, m_text.get() + m_end);
                m_pendingError = fail(QStringLiteral("csv.encoding"),
                                      tr("the file has bytes that are not %1 text. Choose the file's encoding "
                                         "(for example GBK or UTF-8) and try again.")
                                          .arg(textEncodingName(m_options.encoding)),
                                      badLine);
            }
            m_error = m_pendingError;
            return *m_error;
        }
        // fill() reached the end of the file: parse the rest as the last record.
    }
}

Result<bool> CsvReader::readRecord(CsvRecord &record)
{
    return readRecord(record.fields, record.line);
}

} // namespace cet
