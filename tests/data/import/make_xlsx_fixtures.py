#!/usr/bin/env python3
"""Writes the small XLSX fixtures of tests/data/import (committed; rerun to refresh).

Only the standard library (zipfile). Each workbook imitates what one kind of writer emits:

  shared-strings.xlsx   Excel: styles, <dimension>, spans, r on rows and cells, a shared-string
                        table with rich-text runs and a phonetic guide (<rPh>), a skipped row
  inline-strings.xlsx   streaming writers (xlsxwriter constant_memory, many exporters): t="inlineStr"
  second-sheet.xlsx     WPS: an instructions sheet first, the roster on the second sheet
  dates-booleans.xlsx   dates (built-in 14, 22, a custom "yyyy年m月d日", the 1900 leap-year bug),
                        booleans, an error, a formula string, an ISO t="d" cell
  number-id.xlsx        ID numbers and 学号 typed as numbers (what Excel does to an unformatted
                        column): "3.30101199001011E+17", "123.0", "1.9E+5"
  no-r.xlsx             minimal writers: no r attributes, no <dimension>, no styles part
  x-prefix.xlsx         the .NET Open XML SDK: every element with an x: namespace prefix
  absolute-targets.xlsx relationship targets written as absolute paths ("/xl/worksheets/…")
  broken-xml.xlsx       a worksheet whose XML stops in the middle of a tag
  out-of-range.xlsx     a cell beyond XFD1048576
  word.docx             a Word document (a ZIP, but not a workbook)
"""
import os
import zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG = "http://schemas.openxmlformats.org/package/2006/relationships"
DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'


def content_types(sheets, shared=True, styles=True):
    parts = ['<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>']
    for i in range(1, sheets + 1):
        parts.append('<Override PartName="/xl/worksheets/sheet%d.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' % i)
    if shared:
        parts.append('<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>')
    if styles:
        parts.append('<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>')
    return (DECL + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>' + "".join(parts) + '</Types>')


ROOT_RELS = (DECL + '<Relationships xmlns="%s"><Relationship Id="rId1" Type="%s/officeDocument" '
             'Target="xl/workbook.xml"/></Relationships>' % (PKG, REL))


def workbook(names, prefix="", date1904=False):
    p = prefix + ":" if prefix else ""
    ns = ('xmlns:%s="%s"' % (prefix, MAIN)) if prefix else ('xmlns="%s"' % MAIN)
    pr = '<%sworkbookPr%s/>' % (p, ' date1904="1"' if date1904 else ' defaultThemeVersion="124226"')
    sheets = "".join('<%ssheet name="%s" sheetId="%d" r:id="rId%d"/>' % (p, escape(n, {'"': "&quot;"}), i + 1, i + 1)
                     for i, n in enumerate(names))
    return (DECL + '<%sworkbook %s xmlns:r="%s">%s<%sbookViews><%sworkbookView xWindow="0" yWindow="0"/></%sbookViews>'
            '<%ssheets>%s</%ssheets><%scalcPr calcId="191029"/></%sworkbook>'
            % (p, ns, REL, pr, p, p, p, p, sheets, p, p, p))


def workbook_rels(sheets, shared=True, styles=True, absolute=False):
    base = "/xl/" if absolute else ""
    rels = ['<Relationship Id="rId%d" Type="%s/worksheet" Target="%sworksheets/sheet%d.xml"/>' % (i, REL, base, i)
            for i in range(1, sheets + 1)]
    n = sheets
    if styles:
        n += 1
        rels.append('<Relationship Id="rId%d" Type="%s/styles" Target="%sstyles.xml"/>' % (n, REL, base))
    if shared:
        n += 1
        rels.append('<Relationship Id="rId%d" Type="%s/sharedStrings" Target="%ssharedStrings.xml"/>' % (n, REL, base))
    rels.append('<Relationship Id="rId%d" Type="%s/theme" Target="%stheme/theme1.xml"/>' % (n + 1, REL, base))
    return DECL + '<Relationships xmlns="%s">%s</Relationships>' % (PKG, "".join(rels))


STYLES = (DECL + '<styleSheet xmlns="%s"><numFmts count="2"><numFmt numFmtId="176" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;;@"/>'
          '<numFmt numFmtId="177" formatCode="[Red]0.00;[Blue]\\-0.00"/></numFmts>'
          '<fonts count="1"><font><sz val="11"/><name val="等线"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills>'
          '<borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
          '<cellXfs count="7"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
          '<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
          '<xf numFmtId="22" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
          '<xf numFmtId="176" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
          '<xf numFmtId="177" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
          '<xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
          '<xf numFmtId="1" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>'
          '<cellStyles count="1"><cellStyle name="常规" xfId="0" builtinId="0"/></cellStyles></styleSheet>' % MAIN)


def sheet(rows_xml, prefix="", dimension="A1:E4", extra=""):
    p = prefix + ":" if prefix else ""
    ns = ('xmlns:%s="%s"' % (prefix, MAIN)) if prefix else ('xmlns="%s"' % MAIN)
    dim = '<%sdimension ref="%s"/>' % (p, dimension) if dimension else ""
    return (DECL + '<%sworksheet %s xmlns:r="%s">%s<%ssheetViews><%ssheetView workbookViewId="0"/></%ssheetViews>'
            '<%ssheetFormatPr defaultRowHeight="14.25"/><%ssheetData>%s</%ssheetData>%s'
            '<%spageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></%sworksheet>'
            % (p, ns, REL, dim, p, p, p, p, p, rows_xml, p, extra, p, p))


def shared_strings(strings):
    items = []
    for s in strings:
        items.append(s if s.startswith("<") else '<si><t%s>%s</t></si>' % (' xml:space="preserve"' if s != s.strip() else "", escape(s)))
    return (DECL + '<sst xmlns="%s" count="%d" uniqueCount="%d">%s</sst>' % (MAIN, len(items), len(items), "".join(items)))


def save(name, files):
    with zipfile.ZipFile(os.path.join(HERE, name), "w", zipfile.ZIP_DEFLATED) as z:
        for member, text in files:
            z.writestr(member, text)


def package(name, sheets_xml, names=None, shared=None, styles=True, prefix="", absolute=False, date1904=False):
    names = names or ["Sheet%d" % (i + 1) for i in range(len(sheets_xml))]
    files = [("[Content_Types].xml", content_types(len(sheets_xml), shared is not None, styles)),
             ("_rels/.rels", ROOT_RELS),
             ("xl/workbook.xml", workbook(names, prefix, date1904)),
             ("xl/_rels/workbook.xml.rels", workbook_rels(len(sheets_xml), shared is not None, styles, absolute)),
             ("xl/theme/theme1.xml", DECL + '<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Office"/>')]
    if styles:
        files.append(("xl/styles.xml", STYLES))
    if shared is not None:
        files.append(("xl/sharedStrings.xml", shared))
    for i, xml in enumerate(sheets_xml, start=1):
        files.append(("xl/worksheets/sheet%d.xml" % i, xml))
    save(name, files)


def s_cell(ref, index, style=None):
    return '<c r="%s"%s t="s"><v>%d</v></c>' % (ref, ' s="%d"' % style if style is not None else "", index)


def main():
    # Excel: shared strings (one with rich-text runs and a phonetic guide), a title row, an empty row 2.
    strings = ["学生名单",
               "姓名", "性别", "证件类型", "证件号码", "学号",
               '<si><r><rPr><b/><sz val="11"/></rPr><t>张</t></r><r><t>三</t></r><rPh sb="0" eb="1"><t>ZHANG</t></rPh><phoneticPr fontId="1"/></si>',
               "男", "中华人民共和国居民身份证", "11010519491231002X", "0190001",
               "李四", "女", "330106200001011227", "0190002", "  spaced  ", "a <b> & _x000D_ c"]
    rows = ('<row r="1" spans="1:5"><c r="A1" t="s"><v>0</v></c></row>'
            '<row r="3" spans="1:5">' + "".join(s_cell("%s3" % c, i + 1) for i, c in enumerate("ABCDE")) + '</row>'
            '<row r="4" spans="1:5">' + s_cell("A4", 6) + s_cell("B4", 7) + s_cell("C4", 8) + s_cell("D4", 9) + s_cell("E4", 10, 5) + '</row>'
            '<row r="5" spans="1:5"><c r="A5" s="0"/><c r="B5" s="0"/></row>'
            '<row r="6" spans="1:5">' + s_cell("A6", 11) + s_cell("B6", 12) + s_cell("C6", 8) + s_cell("D6", 13) + s_cell("E6", 14, 5) + '</row>'
            '<row r="7" spans="1:5">' + s_cell("A7", 15) + '<c r="C7" t="s"><v>16</v></c></row>')
    package("shared-strings.xlsx", [sheet(rows, dimension="A1:E7")], names=["学籍"], shared=shared_strings(strings))

    # Inline strings, as streaming writers emit them.
    def inline(ref, text):
        return '<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref, escape(text))
    rows = ('<row r="1">' + "".join(inline("%s1" % c, h) for c, h in zip("ABCDE", ["姓名", "性别", "证件类型", "证件号码", "学号"])) + '</row>'
            '<row r="2">' + "".join(inline("%s2" % c, v) for c, v in zip("ABCDE", ["张三", "男", "中华人民共和国居民身份证", "11010519491231002X", "0190001"])) + '</row>'
            '<row r="3"><c r="A3" t="inlineStr"><is><r><t>李</t></r><r><rPr><b/></rPr><t>四</t></r></is></c>'
            + inline("E3", "0190002") + '</row>')
    package("inline-strings.xlsx", [sheet(rows, dimension=None)], names=["Sheet1"], shared=None, styles=False)

    # WPS: the roster on the second sheet.
    strings = ["填表说明：请勿修改表头", "姓名", "证件号码", "张三", "11010519491231002X"]
    first = sheet('<row r="1">' + s_cell("A1", 0) + '</row>', dimension="A1")
    second = sheet('<row r="1">' + s_cell("A1", 1) + s_cell("B1", 2) + '</row>'
                   '<row r="2">' + s_cell("A2", 3) + s_cell("B2", 4) + '</row>', dimension="A1:B2")
    package("second-sheet.xlsx", [first, second], names=["说明", "学籍"], shared=shared_strings(strings))

    # Dates, booleans, errors, formula strings.
    rows = ('<row r="1"><c r="A1" s="1"><v>45536</v></c><c r="B1" s="2"><v>45536.354166666664</v></c>'
            '<c r="C1" s="3"><v>36526</v></c><c r="D1" s="1"><v>60</v></c><c r="E1" s="1"><v>59</v></c></row>'
            '<row r="2"><c r="A2" t="b"><v>1</v></c><c r="B2" t="b"><v>0</v></c><c r="C2" t="e"><v>#N/A</v></c>'
            '<c r="D2" t="str"><f>A1&amp;"x"</f><v>a&amp;b</v></c><c r="E2" t="d"><v>2024-09-01T00:00:00Z</v></c></row>'
            '<row r="3"><c r="A3" s="4"><v>-1.5</v></c><c r="B3" s="6"><v>42</v></c><c r="C3" t="d"><v>2024-09-01T08:30:00</v></c></row>')
    package("dates-booleans.xlsx", [sheet(rows, dimension="A1:E3")], names=["Sheet1"], shared=shared_strings(["x"]))

    # Numbers typed into an unformatted column.
    strings = ["姓名", "证件号码", "学号", "张三", "李四", "王五"]
    rows = ('<row r="1">' + s_cell("A1", 0) + s_cell("B1", 1) + s_cell("C1", 2) + '</row>'
            '<row r="2">' + s_cell("A2", 3) + '<c r="B2"><v>3.30101199001011E+17</v></c><c r="C2"><v>190001</v></c></row>'
            '<row r="3">' + s_cell("A3", 4) + '<c r="B3" t="n"><v>330101199001011000</v></c><c r="C3"><v>123.0</v></c></row>'
            '<row r="4">' + s_cell("A4", 5) + '<c r="B4"><v>1.9E+5</v></c><c r="C4" s="6"><v>0.1</v></c></row>')
    package("number-id.xlsx", [sheet(rows, dimension="A1:C4")], names=["Sheet1"], shared=shared_strings(strings))

    # No r attributes, no dimension, no styles.
    strings = ["姓名", "证件号码", "张三", "11010519491231002X", "李四"]
    rows = ('<row><c t="s"><v>0</v></c><c t="s"><v>1</v></c></row>'
            '<row><c t="s"><v>2</v></c><c t="s"><v>3</v></c></row>'
            '<row></row>'
            '<row><c t="s"><v>4</v></c><c/><c><v>7</v></c></row>')
    package("no-r.xlsx", [sheet(rows, dimension=None)], names=["Sheet1"], shared=shared_strings(strings), styles=False)

    # The Open XML SDK's x: prefix on every element.
    strings_x = (DECL + '<x:sst xmlns:x="%s"><x:si><x:t>姓名</x:t></x:si><x:si><x:t>张三</x:t></x:si></x:sst>' % MAIN)
    rows = ('<x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c></x:row>'
            '<x:row r="2"><x:c r="A2" t="s"><x:v>1</x:v></x:c><x:c r="B2"><x:v>5</x:v></x:c></x:row>')
    package("x-prefix.xlsx", [sheet(rows, prefix="x", dimension="A1:B2")], names=["Sheet1"], shared=strings_x,
            styles=False, prefix="x")

    # Absolute relationship targets.
    strings = ["姓名", "张三"]
    rows = '<row r="1">' + s_cell("A1", 0) + '</row><row r="2">' + s_cell("A2", 1) + '</row>'
    package("absolute-targets.xlsx", [sheet(rows, dimension="A1:A2")], names=["Sheet1"],
            shared=shared_strings(strings), absolute=True)

    # Broken: the sheet's XML stops inside a tag.
    good = sheet('<row r="1">' + s_cell("A1", 0) + '</row>\n<row r="2">' + s_cell("A2", 1) + '</row>', dimension="A1:A2")
    broken = good[:good.index('<row r="2">') + 8]
    package("broken-xml.xlsx", [broken], names=["Sheet1"], shared=shared_strings(strings))

    # A cell beyond column XFD.
    rows = '<row r="1">' + s_cell("A1", 0) + '<c r="XFE1"><v>1</v></c></row>'
    package("out-of-range.xlsx", [sheet(rows, dimension="A1")], names=["Sheet1"], shared=shared_strings(strings))

    save("word.docx", [("[Content_Types].xml", DECL + "<Types/>"), ("word/document.xml", DECL + "<document/>")])


if __name__ == "__main__":
    main()
