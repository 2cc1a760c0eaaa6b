#!/usr/bin/env python3
"""Writes the small delimited-text fixtures of tests/data/import (committed; rerun to refresh).

Each holds the same three students, written the way a school's tools write them: Excel's
"CSV UTF-8" (BOM), plain UTF-8, Excel's "CSV" on Chinese Windows (GBK), Excel's "Unicode text"
(UTF-16LE TSV with BOM), UTF-16BE, semicolons, quoted multi-line fields, old-Mac CR line ends,
title rows above the header with a totals row below, English headers.
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
HEADER = ["姓名", "性别", "证件类型", "证件号码", "学号"]
ROWS = [
    ["张三", "男", "中华人民共和国居民身份证", "11010519491231002X", "0190001"],
    ["李四", "女", "中华人民共和国居民身份证", "330106200001011227", "0190002"],
    ["Wang Wu", "男", "护照", "E12345678", "0190003"],
]


def write(name, data):
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(data)


def table(rows, sep=",", eol="\r\n"):
    return eol.join(sep.join(r) for r in rows) + eol


def main():
    body = table([HEADER] + ROWS)
    write("utf8.csv", body.encode("utf-8"))
    write("utf8-bom.csv", body.encode("utf-8-sig"))
    write("gbk.csv", body.encode("gbk"))
    tsv = table([HEADER] + ROWS, sep="\t")
    write("utf16le.tsv", tsv.encode("utf-16-le").join([b"\xff\xfe", b""]))
    write("utf16be.tsv", tsv.encode("utf-16-be").join([b"\xfe\xff", b""]))
    semi = [HEADER + ["备注"]] + [r + ["a,b"] for r in ROWS]
    write("semicolon.csv", table(semi, sep=";").encode("utf-8"))
    write("cr-only.csv", table([HEADER] + ROWS, eol="\r").encode("utf-8"))
    write("english-headers.csv",
          table([["Name", "Gender", "ID Type", "ID Number", "Student No."]] + ROWS, eol="\n").encode("utf-8"))
    multi = ('姓名,证件号码,备注\r\n'
             '张三,11010519491231002X,"第一行\r\n第二行"\r\n'
             '"李""四""",330106200001011227,"含,逗号"\r\n'
             '\r\n'
             'Wang Wu,E12345678,"a\nb\nc"\r\n'
             'last,1,\r\n')
    write("multiline.csv", multi.encode("utf-8"))
    titled = ('2024年秋季学期学生名单,,,,\r\n'
              '导出时间：2024-09-01,,,,\r\n'
              ',,,,\r\n'
              + table([HEADER] + ROWS)
              + '\r\n合计,3人,,,\r\n')
    write("title-rows.csv", titled.encode("utf-8-sig"))
    # Broken and foreign files.
    write("unterminated.csv", '姓名,证件号码\r\n张三,"110105\r\n李四,330106\r\n'.encode("utf-8"))
    write("empty.csv", b"")
    write("old-excel.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504 + "Workbook".encode("utf-16-le") + b"\x00" * 512)
    write("encrypted.xlsx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504
          + "EncryptionInfo".encode("utf-16-le") + b"\x00" * 100 + "EncryptedPackage".encode("utf-16-le") + b"\x00" * 400)
    write("document.pdf", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n")
    write("binary.csv", bytes(range(256)) * 4)
    write("webpage.xls", '<html><head><meta charset="utf-8"></head><body><table><tr><td>姓名</td></tr></table></body></html>\n'.encode("utf-8"))


if __name__ == "__main__":
    main()
