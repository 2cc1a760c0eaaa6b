#include "TableSource.h"

#include "DelimitedSource.h"
#include "FileSignature.h"
#include "TextSniffer.h"
#include "XlsxSheetSource.h"
#include "XlsxWorkbook.h"

#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

namespace cet {

namespace {
constexpr qint64 SampleBytes = 1024 * 1024;  // what encoding detection looks at
constexpr qint64 SeparatorBytes = 64 * 1024; // what separator detection looks at

bool isAscii(QByteArrayView bytes)
{
    for (const char c : bytes) {
        if (static_cast<unsigned char>(c) >= 0x80)
            return false;
    }
    return true;
}

// A file that starts with plain ASCII (English headers, numbers) may have its first Chinese
// character much later; find the first block that is not ASCII so that the guess sees it.
QByteArray firstNonAsciiBlock(QFile &file, const QByteArray &head)
{
    if (!isAscii(head) || file.size() <= head.size())
        return head;
    while (!file.atEnd()) {
        const QByteArray block = file.read(SampleBytes);
        if (!isAscii(block)) {
            // Start at a character boundary: skip UTF-8 continuation bytes (a GBK trail byte
            // is never mistaken for one that matters here: the guess only needs most of it).
            qsizetype start = 0;
            while (start < 3 && start < block.size() && (static_cast<unsigned char>(block[start]) & 0xC0) == 0x80)
                ++start;
            return block.mid(start);
        }
    }
    return head;
}

Result<TableFormat> detectXlsx(const QString &path, const TableOptions &options, const ReaderLimits &limits)
{
    auto book = XlsxWorkbook::open(path, limits);
    if (!book) {
        if (book.error().code == u"xlsx.not_workbook") {
            auto zip = ZipArchive::open(path, limits);
            if (zip)
                return FileSignature::zipNotWorkbook(path, *zip.value());
        }
        return book.error();
    }
    TableFormat format;
    format.kind = TableKind::Xlsx;
    for (const XlsxSheet &sheet : book.value()->sheets())
        format.sheetNames.append(sheet.name);
    if (options.sheet >= format.sheetNames.size()) {
        return Error{QStringLiteral("xlsx.no_sheet"),
                     TableFiles::tr("\"%1\" has %2 sheets; there is no sheet %3.")
                         .arg(QFileInfo(path).fileName())
                         .arg(format.sheetNames.size())
                         .arg(options.sheet + 1),
                     path};
    }
    format.sheet = std::max(options.sheet, 0);
    return format;
}
} // namespace

QString textEncodingName(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8:
        return QStringLiteral("UTF-8");
    case TextEncoding::Utf16LE:
        return QStringLiteral("UTF-16LE");
    case TextEncoding::Utf16BE:
        return QStringLiteral("UTF-16BE");
    case TextEncoding::Gb18030:
        return QStringLiteral("GB18030");
    }
    return {};
}

std::optional<TextEncoding> textEncodingFromName(const QString &name)
{
    QString key = name.trimmed().toLower();
    key.remove(u'-');
    key.remove(u'_');
    key.remove(u' ');
    if (key == u"utf8" || key == u"utf8sig" || key == u"utf8bom")
        return TextEncoding::Utf8;
    if (key == u"utf16" || key == u"utf16le" || key == u"unicode" || key == u"ucs2" || key == u"ucs2le")
        return TextEncoding::Utf16LE;
    if (key == u"utf16be" || key == u"ucs2be" || key == u"unicodebigunmarked" || key == u"unicodebig")
        return TextEncoding::Utf16BE;
    if (key == u"gb18030" || key == u"gbk" || key == u"gb2312" || key == u"cp936" || key == u"ms936"
        || key == u"windows936" || key == u"euccn" || key == u"936" || key == u"chinese")
        return TextEncoding::Gb18030;
    return std::nullopt;
}

Result<TableFormat> TableFiles::detect(const QString &path, const TableOptions &options, const ReaderLimits &limits)
{
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("file.read"), tr("\"%1\" could not be opened: %2").arg(name, file.errorString()), path};
    const QByteArray head = file.read(std::clamp<qint64>(file.size(), 1, SampleBytes));
    if (head.isEmpty() && file.error() != QFileDevice::NoError)
        return Error{QStringLiteral("file.read"), tr("\"%1\" could not be read: %2").arg(name, file.errorString()), path};
    const auto bom = TextSniffer::fromBom(head);
    const qsizetype bomLength = !bom ? 0 : bom->encoding == TextEncoding::Utf8 ? 3 : 2;
    if (head.mid(bomLength).trimmed().isEmpty() && (!bom || bom->encoding == TextEncoding::Utf8))
        return Error{QStringLiteral("file.empty"), tr("\"%1\" is empty.").arg(name), path};

    if (FileSignature::isZip(head))
        return detectXlsx(path, options, limits);
    if (auto unsupported = FileSignature::unsupported(path, head))
        return *unsupported;

    TableFormat format;
    format.kind = TableKind::Delimited;
    if (options.encoding) {
        format.encoding = *options.encoding;
        format.hasBom = bom && bom->encoding == format.encoding;
        format.encodingCertain = true;
    } else {
        const QByteArray sample = firstNonAsciiBlock(file, head);
        const bool wholeFile = file.size() <= head.size();
        const auto guess = TextSniffer::guessEncoding(sample, wholeFile);
        format.encoding = guess.encoding;
        format.hasBom = guess.hasBom;
        format.encodingCertain = guess.certain;
    }
    const bool utf16 = format.encoding == TextEncoding::Utf16LE || format.encoding == TextEncoding::Utf16BE;
    if (!utf16 && TextSniffer::looksBinary(head.left(SeparatorBytes)))
        return Error{QStringLiteral("file.unknown_format"),
                     tr("\"%1\" is not a table: it holds binary data, not text. Import a CSV file or an Excel "
                        "workbook (.xlsx).")
                         .arg(name),
                     path};

    const bool tsv = QFileInfo(path).suffix().compare(u"tsv", Qt::CaseInsensitive) == 0
        || QFileInfo(path).suffix().compare(u"tab", Qt::CaseInsensitive) == 0;
    if (options.separator) {
        format.separator = *options.separator;
    } else {
        QStringDecoder decoder(textEncodingName(format.encoding).toLatin1().constData());
        const QString text = decoder.decode(QByteArrayView(head).first(std::min<qsizetype>(head.size(), SeparatorBytes)));
        format.separator = TextSniffer::guessSeparator(text, tsv ? QChar(u'\t') : QChar(u','), tsv);
    }
    return format;
}

Result<std::unique_ptr<TableSource>> TableFiles::open(const QString &path, const TableFormat &format,
                                                      const ReaderLimits &limits)
{
    if (format.kind == TableKind::Delimited)
        return DelimitedSource::open(path, format, limits);
    auto book = XlsxWorkbook::open(path, limits);
    if (!book)
        return book.error();
    return XlsxSheetSource::open(std::move(book.value()), format.sheet, limits);
}

} // namespace cet
