#include "FileSignature.h"

#include "ZipArchive.h"

#include <QFileInfo>

#include <algorithm>

namespace cet {

namespace {
Error unknown(const QString &path, const QString &message)
{
    return Error{QStringLiteral("file.unknown_format"), message, path};
}

bool containsUtf16(QByteArrayView bytes, QLatin1StringView text)
{
    QByteArray utf16;
    for (const char c : text) {
        utf16 += c;
        utf16 += '\0';
    }
    return bytes.indexOf(utf16) >= 0;
}
} // namespace

bool FileSignature::isZip(QByteArrayView head)
{
    return head.startsWith("PK\x03\x04") || head.startsWith("PK\x05\x06") || head.startsWith("PK\x07\x08");
}

std::optional<Error> FileSignature::unsupported(const QString &path, QByteArrayView head)
{
    const QString name = QFileInfo(path).fileName();
    const QString suffix = QFileInfo(path).suffix().toLower();
    const QString saveAs = tr("Open it in Excel or WPS and save it as an Excel workbook (.xlsx) or as CSV, then "
                              "import that file.");
    if (head.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")) {
        // Excel keeps a password-protected .xlsx in this container, with an "EncryptionInfo" stream.
        if (containsUtf16(head, QLatin1StringView("EncryptionInfo"))
            || containsUtf16(head, QLatin1StringView("EncryptedPackage"))) {
            return Error{QStringLiteral("xlsx.encrypted"),
                         tr("\"%1\" is protected with a password. Open it in Excel or WPS, remove the password "
                            "(File ▸ Info ▸ Protect Workbook ▸ Encrypt with Password), save it and import it again.")
                             .arg(name),
                         path};
        }
        if (suffix == u"doc")
            return unknown(path, tr("\"%1\" is an old Word document (.doc), not a table.").arg(name));
        return unknown(path, tr("\"%1\" is in the old Excel 97–2003 format (.xls), which CET Desk does not read. %2")
                                 .arg(name, saveAs));
    }
    if (head.startsWith("%PDF"))
        return unknown(path, tr("\"%1\" is a PDF document, not a table. Import the spreadsheet the PDF was made "
                                "from, as .xlsx or CSV.")
                                 .arg(name));
    if (head.startsWith("\xFF\xD8\xFF") || head.startsWith("\x89PNG") || head.startsWith("GIF8"))
        return unknown(path, tr("\"%1\" is a picture, not a table.").arg(name));
    if (head.startsWith("Rar!") || head.startsWith("7z\xBC\xAF\x27\x1C") || head.startsWith("\x1F\x8B"))
        return unknown(path, tr("\"%1\" is a compressed archive (RAR, 7z or gzip). Unpack it and import the table "
                                "inside.")
                                 .arg(name));
    // "Excel" files that schools' systems export as web pages or XML Spreadsheet 2003.
    const QByteArray start = head.first(std::min<qsizetype>(head.size(), 4096)).toByteArray().toLower();
    const qsizetype firstTag = start.indexOf('<');
    if (firstTag >= 0 && start.left(firstTag).trimmed().replace("\xEF\xBB\xBF", "").isEmpty()) {
        if (start.contains("<html") || start.contains("<table") || start.contains("<!doctype html"))
            return unknown(path, tr("\"%1\" is a web page (HTML) saved with a spreadsheet name. %2").arg(name, saveAs));
        if (start.contains("urn:schemas-microsoft-com:office:spreadsheet"))
            return unknown(path, tr("\"%1\" is an XML Spreadsheet 2003 file. %2").arg(name, saveAs));
        if (start.startsWith("<?xml"))
            return unknown(path, tr("\"%1\" is an XML file, not a table. %2").arg(name, saveAs));
    }
    return std::nullopt;
}

Error FileSignature::zipNotWorkbook(const QString &path, const ZipArchive &zip)
{
    const QString name = QFileInfo(path).fileName();
    if (zip.find(QStringLiteral("word/document.xml")))
        return unknown(path, tr("\"%1\" is a Word document, not a table. Copy the table into Excel or WPS and save "
                                "it as .xlsx.")
                                 .arg(name));
    if (zip.hasPrefix(QStringLiteral("ppt/")))
        return unknown(path, tr("\"%1\" is a PowerPoint presentation, not a table.").arg(name));
    if (zip.find(QStringLiteral("content.xml")) && zip.find(QStringLiteral("mimetype")))
        return unknown(path, tr("\"%1\" is an OpenDocument file (.ods). Open it in LibreOffice or WPS and save it "
                                "as an Excel workbook (.xlsx).")
                                 .arg(name));
    return unknown(path, tr("\"%1\" is a ZIP archive, not an Excel workbook. If it holds the table, unpack it and "
                            "import the table.")
                             .arg(name));
}

} // namespace cet
