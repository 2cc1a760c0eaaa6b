#pragma once

#include "Result.h"
#include "TableSource.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringDecoder>
#include <QStringList>

#include <memory>
#include <optional>

class QIODevice;

namespace cet {

// One record of a CSV file and the 1-based line on which it starts.
struct CsvRecord
{
    QStringList fields;
    qint64 line = 0;
};

struct CsvOptions
{
    TextEncoding encoding = TextEncoding::Utf8;
    QChar separator = u',';
    ReaderLimits limits;
    QString fileName;              // named in error messages when set
    qint64 blockSize = 256 * 1024; // bytes read from the device at a time (tests use tiny blocks)
};

// A streaming RFC 4180 reader: UTF-8, UTF-16 or GB18030 (an initial BOM is skipped), any
// one-character separator, quoted fields with embedded separators, doubled quotes and line
// breaks, CRLF / LF / CR line ends. Lines that are completely empty are skipped. Reads the
// device in blocks and decodes them with one stateful decoder, so a character split across two
// blocks is read whole; never loads the whole file. Each field costs one allocation.
//
// Errors (the reader stops at the first): "csv.unterminated_quote", "csv.text_after_quote",
// "csv.encoding" (bytes that are not text in the encoding), "csv.read" (device error),
// "import.limit_record_chars", "import.limit_cell_chars", "import.limit_columns", "import.limit_rows".
// A decoder that can tell whether it holds the start of a character at the end of the input.
class TextDecoder : public QStringDecoder
{
public:
    // Made in place, never moved: Qt 6.4's ICU-backed decoders report errors to the state they
    // were made with, so a moved one never says hasError() (GB18030 bytes that are not text then
    // became U+FFFD without an error).
    explicit TextDecoder(const char *name) : QStringDecoder(name) { }
    TextDecoder(const TextDecoder &) = delete;
    TextDecoder &operator=(const TextDecoder &) = delete;
    // For UTF-8 and UTF-16 Qt's own state says so. The ICU-backed GB18030 decoder keeps its
    // pending bytes inside ICU, so `icu` asks it by feeding a line feed, which ends any character
    // and cannot continue one: a held lead byte then comes out as an error. Only at the end.
    bool inMiddleOfCharacter(bool icu);
};

class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(cet::CsvReader)
public:
    explicit CsvReader(QIODevice *device, QChar separator = u',');
    CsvReader(QIODevice *device, const CsvOptions &options);

    // Reads the next record into `record`. true = a record was read, false = end of input.
    Result<bool> readRecord(CsvRecord &record);
    Result<bool> readRecord(QStringList &fields, qint64 &line);

    // The line the reader has reached (1-based).
    qint64 currentLine() const { return m_line; }
    // Bytes taken from the device so far.
    qint64 bytesRead() const { return m_bytesRead; }

private:
    enum class Outcome { Complete, NeedMore, Failed };

    bool fill();
    Outcome parseRecord(QStringList &fields, qint64 &line);
    Outcome parseQuoted(const char16_t *&p, const char16_t *end, qint64 &lines, QString &cell);
    bool tooLong(qsizetype chars, qint64 line);
    Error fail(const QString &code, const QString &message, qint64 line) const;
    void failLimit(const QString &code, const QString &what, qint64 line);

    QIODevice *m_device;
    CsvOptions m_options;
    char16_t m_separator;
    TextDecoder m_decoder;
    QByteArray m_raw;
    std::unique_ptr<char16_t[]> m_text; // decoded, not yet consumed text is [m_pos, m_end)
    qsizetype m_capacity = 0;
    qsizetype m_pos = 0;
    qsizetype m_end = 0;
    qint64 m_line = 1;
    qint64 m_records = 0;
    qint64 m_bytesRead = 0;
    bool m_eof = false;
    std::optional<Error> m_pendingError; // a decoding error at m_end, reported when reached
    std::optional<Error> m_error;
};

} // namespace cet
