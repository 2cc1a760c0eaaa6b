#include "CsvReader.h"

#include <QIODevice>

namespace cet {

namespace {
constexpr qint64 BlockSize = 64 * 1024;
constexpr char16_t Quote = u'"';
constexpr char16_t Cr = u'\r';
constexpr char16_t Lf = u'\n';
} // namespace

CsvReader::CsvReader(QIODevice *device, QChar separator)
    : m_device(device)
    , m_separator(separator)
    , m_decoder(QStringDecoder::Utf8) // the default flags skip an initial BOM
{
}

bool CsvReader::fill()
{
    while (m_pos >= m_buffer.size()) {
        if (m_eof)
            return false;
        QByteArray bytes(BlockSize, Qt::Uninitialized);
        const qint64 n = m_device->read(bytes.data(), BlockSize);
        if (n < 0) {
            m_eof = true;
            m_error = fail(QStringLiteral("csv.read"), tr("Line %1: the file could not be read."), m_line);
            m_error->detail += QStringLiteral(": ") + m_device->errorString();
            return false;
        }
        if (n == 0) {
            m_eof = true;
            return false;
        }
        m_buffer = m_decoder.decode(QByteArrayView(bytes.constData(), n));
        m_pos = 0;
        if (m_decoder.hasError()) {
            m_eof = true;
            m_error = fail(QStringLiteral("csv.encoding"),
                           tr("Line %1: the file is not UTF-8 text. Save it as \"CSV UTF-8\" and try again."),
                           m_line);
            return false;
        }
    }
    return true;
}

Error CsvReader::fail(const QString &code, const QString &message, qint64 line)
{
    return Error{code, message.arg(line), QStringLiteral("line %1").arg(line)};
}

Result<bool> CsvReader::readRecord(CsvRecord &record)
{
    enum class State { FieldStart, Unquoted, Quoted, QuoteInQuoted };

    if (m_error)
        return *m_error;

    record.fields.clear();
    record.line = m_line;
    QString field;
    State state = State::FieldStart;
    qint64 quoteLine = m_line;
    bool anything = false; // any character of this record consumed (empty lines are skipped)

    auto endOfLine = [this](char16_t c) {
        if (c == Cr && fill() && m_buffer.at(m_pos) == QChar(Lf))
            ++m_pos;
        ++m_line;
    };

    for (;;) {
        if (!fill()) {
            if (m_error)
                return *m_error;
            if (state == State::Quoted) {
                m_error = fail(QStringLiteral("csv.unterminated_quote"),
                               tr("Line %1: a quoted field is not closed; a quotation mark (\") is missing."),
                               quoteLine);
                return *m_error;
            }
            if (!anything)
                return false;
            record.fields.append(field);
            return true;
        }

        const char16_t c = m_buffer.at(m_pos++).unicode();
        switch (state) {
        case State::FieldStart:
        case State::Unquoted:
            if (c == m_separator.unicode()) {
                anything = true;
                record.fields.append(field);
                field.clear();
                state = State::FieldStart;
            } else if (c == Cr || c == Lf) {
                endOfLine(c);
                if (!anything) { // an empty line: skip it
                    record.line = m_line;
                    continue;
                }
                record.fields.append(field);
                return true;
            } else if (c == Quote && state == State::FieldStart) {
                anything = true;
                quoteLine = m_line;
                state = State::Quoted;
            } else {
                anything = true;
                // Copy the rest of an unquoted run at once.
                const qsizetype start = m_pos - 1;
                qsizetype end = m_pos;
                while (end < m_buffer.size()) {
                    const char16_t d = m_buffer.at(end).unicode();
                    if (d == m_separator.unicode() || d == Cr || d == Lf)
                        break;
                    ++end;
                }
                field.append(QStringView(m_buffer).mid(start, end - start));
                m_pos = end;
                state = State::Unquoted;
            }
            break;
        case State::Quoted:
            if (c == Quote) {
                state = State::QuoteInQuoted;
            } else {
                if (c == Lf || (c == Cr && !(m_pos < m_buffer.size() && m_buffer.at(m_pos) == QChar(Lf))))
                    ++m_line;
                field.append(QChar(c));
            }
            break;
        case State::QuoteInQuoted:
            if (c == Quote) {
                field.append(QChar(Quote));
                state = State::Quoted;
            } else if (c == m_separator.unicode()) {
                record.fields.append(field);
                field.clear();
                state = State::FieldStart;
            } else if (c == Cr || c == Lf) {
                endOfLine(c);
                record.fields.append(field);
                return true;
            } else {
                m_error = fail(QStringLiteral("csv.text_after_quote"),
                               tr("Line %1: text follows the closing quotation mark of a field."), m_line);
                return *m_error;
            }
            break;
        }
    }
}

} // namespace cet
