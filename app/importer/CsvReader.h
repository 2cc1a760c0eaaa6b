#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringDecoder>
#include <QStringList>

#include <optional>

class QIODevice;

namespace cet {

// One record of a CSV file and the 1-based line on which it starts.
struct CsvRecord
{
    QStringList fields;
    qint64 line = 0;
};

// A streaming RFC 4180 reader: UTF-8 (an initial BOM is skipped), any one-character separator,
// quoted fields with embedded separators, doubled quotes and line breaks, CRLF / LF / CR line
// ends. Lines that are completely empty are skipped. Reads the device in blocks; never loads
// the whole file.
//
// Errors (the reader stops at the first): "csv.unterminated_quote", "csv.text_after_quote",
// "csv.encoding" (bytes that are not UTF-8), "csv.read" (device error).
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(cet::CsvReader)
public:
    explicit CsvReader(QIODevice *device, QChar separator = u',');

    // Reads the next record into `record`. true = a record was read, false = end of input.
    Result<bool> readRecord(CsvRecord &record);

    // The line the reader has reached (1-based).
    qint64 currentLine() const { return m_line; }

private:
    bool fill();
    Error fail(const QString &code, const QString &message, qint64 line);

    QIODevice *m_device;
    QChar m_separator;
    QStringDecoder m_decoder;
    QString m_buffer;
    qsizetype m_pos = 0;
    qint64 m_line = 1;
    qint64 m_bytesDecoded = 0;
    bool m_eof = false;
    std::optional<Error> m_error;
};

} // namespace cet
