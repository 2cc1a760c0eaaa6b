// libFuzzer target for XLSX. Even first byte: the rest is the file as it is (ZIP structure, zip
// bombs, lying headers). Odd first byte: the rest is the worksheet XML, packed here into an
// otherwise valid workbook, so that mutations reach the XML scanner instead of failing CRCs.
#include "../FuzzFile.h"

#include <zip.h>

using namespace cet;

namespace {

void addPart(zip_t *z, const char *name, const void *data, size_t size)
{
    zip_source_t *source = zip_source_buffer(z, data, size, 0);
    if (!source || zip_file_add(z, name, source, ZIP_FL_OVERWRITE) < 0)
        abort();
    zip_set_file_compression(z, zip_uint64_t(zip_name_locate(z, name, 0)), ZIP_CM_STORE, 0);
}

void writeWorkbook(const QString &path, const uint8_t *sheet, size_t size)
{
    static const char rels[] =
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" "
        "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
        "Target=\"xl/workbook.xml\"/></Relationships>";
    static const char book[] =
        "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
        "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>"
        "<sheet name=\"S\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>";
    static const char bookRels[] =
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
        "Target=\"worksheets/sheet1.xml\"/>"
        "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" "
        "Target=\"sharedStrings.xml\"/>"
        "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" "
        "Target=\"styles.xml\"/></Relationships>";
    static const char strings[] =
        "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>姓名</t></si>"
        "<si><r><t>张</t></r><r><t>三</t></r><rPh><t>x</t></rPh></si><si><t/></si></sst>";
    static const char styles[] =
        "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><numFmts count=\"1\">"
        "<numFmt numFmtId=\"176\" formatCode=\"yyyy-mm-dd\"/></numFmts><cellXfs count=\"3\"><xf numFmtId=\"0\"/>"
        "<xf numFmtId=\"14\"/><xf numFmtId=\"176\"/></cellXfs></styleSheet>";
    int error = 0;
    zip_t *z = zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    if (!z)
        abort();
    addPart(z, "_rels/.rels", rels, sizeof rels - 1);
    addPart(z, "xl/workbook.xml", book, sizeof book - 1);
    addPart(z, "xl/_rels/workbook.xml.rels", bookRels, sizeof bookRels - 1);
    addPart(z, "xl/sharedStrings.xml", strings, sizeof strings - 1);
    addPart(z, "xl/styles.xml", styles, sizeof styles - 1);
    addPart(z, "xl/worksheets/sheet1.xml", sheet, size);
    if (zip_close(z) != 0)
        abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    static const QString path = fuzz::scratchPath("xlsx");
    if (data[0] & 1)
        writeWorkbook(path, data + 1, size - 1);
    else
        fuzz::writeFile(path, data + 1, size - 1);
    fuzz::detectAndRead(path, {});
    return 0;
}
