#pragma once

// Files for the tests of the import outputs and of cetdesk-cli: generated rosters (valid ID
// numbers computed, not copied), reading a written table back with the importer's own readers,
// and looking inside an XLSX (a ZIP) with libzip.

#include "TableSource.h"

#include <QFile>
#include <QString>
#include <QStringList>

#include <zip.h>

namespace importtest {

inline QString residentId(const QString &first17)
{
    static const int weights[] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += (first17.at(i).unicode() - u'0') * weights[i];
    return first17 + QChar(QLatin1Char("10X98765432"[sum % 11]));
}

// Student k: a woman (even sequence digit) born 2003, from Hangzhou.
inline QString idOf(int k)
{
    return residentId(QStringLiteral("33010620030101") + QString::number(200 + 2 * k).right(3));
}

inline QString header()
{
    return QStringLiteral("姓名,性别,证件类型,证件号码,学校代码,校区代码,学历,学制,入学年份,年级,院系,专业,班级,学号,备注");
}

// A valid row for student k; 学号 with leading zeros.
inline QString row(int k, const QString &major = QStringLiteral("英语"))
{
    return QStringLiteral("学生%1,女,身份证,%2,10335,103351,本科,4,2023,2023级,外语学院,%3,英语2301,00%4,")
        .arg(k)
        .arg(idOf(k), major)
        .arg(23000 + k);
}

inline bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

// UTF-8 with CRLF line ends.
inline bool writeCsv(const QString &path, const QStringList &lines)
{
    return writeBytes(path, (lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n")).toUtf8());
}

// Every row of a table (sheet -1 = the first), read with the importer's readers.
inline cet::Result<QList<cet::SourceRow>> readTable(const QString &path, int sheet = -1)
{
    cet::TableOptions options;
    options.sheet = sheet;
    auto format = cet::TableFiles::detect(path, options);
    if (!format)
        return format.error();
    auto source = cet::TableFiles::open(path, format.value());
    if (!source)
        return source.error();
    QList<cet::SourceRow> rows;
    cet::SourceRow r;
    for (;;) {
        auto next = source.value()->next(r);
        if (!next)
            return next.error();
        if (!next.value())
            return rows;
        rows.append(r);
    }
}

inline QStringList sheetNames(const QString &path)
{
    const auto format = cet::TableFiles::detect(path);
    return format ? format.value().sheetNames : QStringList();
}

// One entry of a ZIP file; empty if absent.
inline QByteArray zipEntry(const QString &path, const char *name)
{
    const QByteArray file = QFile::encodeName(path);
    zip_t *archive = zip_open(file.constData(), ZIP_RDONLY, nullptr);
    if (!archive)
        return {};
    QByteArray bytes;
    zip_stat_t stat;
    if (zip_stat(archive, name, 0, &stat) == 0) {
        if (zip_file_t *entry = zip_fopen(archive, name, 0)) {
            bytes.resize(qsizetype(stat.size));
            if (zip_fread(entry, bytes.data(), stat.size) != zip_int64_t(stat.size))
                bytes.clear();
            zip_fclose(entry);
        }
    }
    zip_discard(archive);
    return bytes;
}

// Replaces (or adds) one entry of a ZIP file, as a spreadsheet program saving it would.
inline bool replaceZipEntry(const QString &path, const char *name, const QByteArray &bytes)
{
    const QByteArray file = QFile::encodeName(path);
    zip_t *archive = zip_open(file.constData(), 0, nullptr);
    if (!archive)
        return false;
    void *copy = malloc(size_t(bytes.size()));
    memcpy(copy, bytes.constData(), size_t(bytes.size()));
    zip_source_t *source = zip_source_buffer(archive, copy, zip_uint64_t(bytes.size()), 1);
    if (!source)
        free(copy);
    if (!source || zip_file_add(archive, name, source, ZIP_FL_OVERWRITE) < 0) {
        zip_source_free(source);
        zip_discard(archive);
        return false;
    }
    return zip_close(archive) == 0;
}

} // namespace importtest
