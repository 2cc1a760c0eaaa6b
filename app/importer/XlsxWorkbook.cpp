#include "XlsxWorkbook.h"

#include "XlsxValues.h"

#include <QDir>
#include <QHash>
#include <QXmlStreamReader>

namespace cet {

namespace {
// Workbook, relationships and styles are small; anything bigger is not a real workbook.
constexpr qint64 MaxSmallPart = 64 * 1024 * 1024;

struct Relationship
{
    QString id;
    QString type;
    QString target;
};

Error xmlError(const QString &file, const QString &part, const QXmlStreamReader &xml)
{
    return Error{QStringLiteral("xlsx.xml"),
                 XlsxWorkbook::tr("\"%1\" is damaged: the part %2 is not valid XML at line %3 (%4). Open the file "
                                  "in Excel or WPS, save it again and retry.")
                     .arg(file, part)
                     .arg(xml.lineNumber())
                     .arg(xml.errorString()),
                 QStringLiteral("%1 line %2").arg(part).arg(xml.lineNumber())};
}

// The folder of a part ("xl/workbook.xml" → "xl") and the rels member that belongs to it.
QString relsOf(const QString &part)
{
    const qsizetype slash = part.lastIndexOf(u'/');
    if (slash < 0)
        return QStringLiteral("_rels/") + part + QStringLiteral(".rels");
    return part.left(slash) + QStringLiteral("/_rels/") + part.mid(slash + 1) + QStringLiteral(".rels");
}

QString resolveTarget(const QString &fromPart, QString target)
{
    target.replace(u'\\', u'/');
    if (target.startsWith(u'/'))
        return QDir::cleanPath(target.mid(1));
    const qsizetype slash = fromPart.lastIndexOf(u'/');
    const QString folder = slash < 0 ? QString() : fromPart.left(slash + 1);
    QString resolved = QDir::cleanPath(folder + target);
    while (resolved.startsWith(u"../"))
        resolved.remove(0, 3);
    return resolved;
}

Result<QList<Relationship>> readRelationships(const ZipArchive &zip, const QString &relsPart)
{
    QList<Relationship> out;
    const auto member = zip.find(relsPart);
    if (!member)
        return out;
    const auto bytes = zip.readAll(*member, MaxSmallPart);
    if (!bytes)
        return bytes.error();
    QXmlStreamReader xml(bytes.value());
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement || xml.name() != u"Relationship")
            continue;
        const auto a = xml.attributes();
        if (a.value(QLatin1String("TargetMode")) != u"External")
            out.append({a.value(QLatin1String("Id")).toString(), a.value(QLatin1String("Type")).toString(),
                        a.value(QLatin1String("Target")).toString()});
    }
    if (xml.hasError())
        return xmlError(zip.fileName(), *member, xml);
    return out;
}

QString relId(const QXmlStreamAttributes &attributes)
{
    // r:id, whatever the prefix of the relationships namespace is.
    for (const QXmlStreamAttribute &a : attributes) {
        if (a.name() == u"id" && a.namespaceUri().endsWith(u"relationships"))
            return a.value().toString();
    }
    for (const QXmlStreamAttribute &a : attributes) {
        if (a.qualifiedName().endsWith(u":id"))
            return a.value().toString();
    }
    return {};
}
} // namespace

Result<std::unique_ptr<XlsxWorkbook>> XlsxWorkbook::open(const QString &path, const ReaderLimits &limits)
{
    auto zip = ZipArchive::open(path, limits);
    if (!zip)
        return zip.error();
    std::unique_ptr<XlsxWorkbook> book(new XlsxWorkbook);
    book->m_zip = std::move(zip.value());
    const ZipArchive &archive = *book->m_zip;

    QString workbookPart;
    const auto rootRels = readRelationships(archive, QStringLiteral("_rels/.rels"));
    if (!rootRels)
        return rootRels.error();
    for (const Relationship &r : rootRels.value()) {
        if (r.type.endsWith(u"/officeDocument")) {
            if (const auto found = archive.find(resolveTarget(QString(), r.target)))
                workbookPart = *found;
        }
    }
    if (workbookPart.isEmpty()) {
        if (const auto found = archive.find(QStringLiteral("xl/workbook.xml")))
            workbookPart = *found;
    }
    if (workbookPart.isEmpty()) {
        return Error{QStringLiteral("xlsx.not_workbook"),
                     tr("\"%1\" is a ZIP archive but not an Excel workbook (it has no xl/workbook.xml).")
                         .arg(archive.fileName()),
                     path};
    }
    auto read = book->readWorkbook(workbookPart);
    if (!read)
        return read.error();
    return book;
}

Result<void> XlsxWorkbook::readWorkbook(const QString &workbookPart)
{
    const ZipArchive &archive = *m_zip;
    const auto bytes = archive.readAll(workbookPart, MaxSmallPart);
    if (!bytes)
        return bytes.error();
    QList<QPair<QString, QString>> sheetIds; // name, relationship id
    QXmlStreamReader xml(bytes.value());
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"sheet" || xml.name() == u"chartsheet" || xml.name() == u"dialogsheet")
            sheetIds.append({xml.attributes().value(QLatin1String("name")).toString(), relId(xml.attributes())});
        else if (xml.name() == u"workbookPr") {
            const auto v = xml.attributes().value(QLatin1String("date1904"));
            m_date1904 = v == u"1" || v == u"true";
        }
    }
    if (xml.hasError())
        return xmlError(archive.fileName(), workbookPart, xml);

    const auto rels = readRelationships(archive, relsOf(workbookPart));
    if (!rels)
        return rels.error();
    QHash<QString, QString> worksheetById;
    for (const Relationship &r : rels.value()) {
        const QString target = resolveTarget(workbookPart, r.target);
        if (r.type.endsWith(u"/worksheet"))
            worksheetById.insert(r.id, archive.find(target).value_or(target));
        else if (r.type.endsWith(u"/sharedStrings"))
            m_sharedStrings = archive.find(target).value_or(QString());
        else if (r.type.endsWith(u"/styles"))
            m_styles = archive.find(target).value_or(QString());
    }
    // Some writers leave out the relationships of these two; look where Excel puts them.
    const QString folder = workbookPart.left(workbookPart.lastIndexOf(u'/') + 1);
    if (m_sharedStrings.isEmpty())
        m_sharedStrings = archive.find(folder + QStringLiteral("sharedStrings.xml")).value_or(QString());
    if (m_styles.isEmpty())
        m_styles = archive.find(folder + QStringLiteral("styles.xml")).value_or(QString());

    for (const auto &[name, id] : std::as_const(sheetIds))
        m_sheets.push_back({name, worksheetById.value(id)});
    if (m_sheets.empty()) {
        return Error{QStringLiteral("xlsx.no_sheets"),
                     tr("\"%1\" has no worksheets.").arg(archive.fileName()), workbookPart};
    }
    return {};
}

Result<std::vector<bool>> XlsxWorkbook::dateStyles() const
{
    std::vector<bool> dates;
    if (m_styles.isEmpty())
        return dates;
    const auto bytes = m_zip->readAll(m_styles, MaxSmallPart);
    if (!bytes)
        return bytes.error();
    QHash<int, bool> customIsDate;
    QXmlStreamReader xml(bytes.value());
    bool inCellXfs = false;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::EndElement && xml.name() == u"cellXfs")
            inCellXfs = false;
        if (token != QXmlStreamReader::StartElement)
            continue;
        const auto a = xml.attributes();
        if (xml.name() == u"numFmt") {
            customIsDate.insert(a.value(QLatin1String("numFmtId")).toInt(),
                                xlsx::isDateFormatCode(a.value(QLatin1String("formatCode"))));
        } else if (xml.name() == u"cellXfs") {
            inCellXfs = true;
        } else if (xml.name() == u"xf" && inCellXfs) {
            const int id = a.value(QLatin1String("numFmtId")).toInt();
            dates.push_back(customIsDate.contains(id) ? customIsDate.value(id) : xlsx::isBuiltInDateFormat(id));
            xml.skipCurrentElement();
        }
    }
    if (xml.hasError())
        return xmlError(m_zip->fileName(), m_styles, xml);
    return dates;
}

} // namespace cet
