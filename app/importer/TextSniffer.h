#pragma once

#include "TableSource.h"

#include <QByteArrayView>
#include <QStringView>

#include <optional>

namespace cet {

// Guesses how a delimited text file is written, from its first bytes.
namespace TextSniffer {

struct EncodingGuess
{
    TextEncoding encoding = TextEncoding::Utf8;
    bool hasBom = false;
    bool certain = true;
};

// A UTF-8 or UTF-16 byte-order mark at the start of `head`.
std::optional<EncodingGuess> fromBom(QByteArrayView head);

// BOM; else UTF-16 recognised by its zero bytes; else valid UTF-8 → UTF-8 (a character cut off at
// the end of the sample is allowed unless `wholeFile`); else GB18030 (certain = false).
EncodingGuess guessEncoding(QByteArrayView sample, bool wholeFile);

// True for bytes no text table has: NUL bytes (outside UTF-16) or many control characters.
bool looksBinary(QByteArrayView sample);

// The one of , ; \t | that splits the first records most consistently (quotes respected);
// `fallback` when none splits them at all. `text` may end in the middle of a record.
QChar guessSeparator(QStringView text, QChar fallback, bool preferTab);

} // namespace TextSniffer

} // namespace cet
