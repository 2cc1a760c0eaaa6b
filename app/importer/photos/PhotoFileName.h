#pragma once

#include <QString>
#include <QStringList>

namespace cet {

// What a file's name says in a folder or ZIP of photos. Paths are relative, with '/' separators.
class PhotoFileName
{
public:
    enum class Kind {
        Jpeg,       // *.jpg / *.jpeg, any case
        OtherImage, // *.png, *.bmp, *.gif, *.heic, …: meant as a photo, but the wrong format
        NotPhoto,   // anything else (a list of names, a README): ignored
    };

    // Entries a listing leaves out without a word: hidden files and folders (".name"), macOS
    // resource forks (__MACOSX/, "._name") and the thumbnail caches of Windows and macOS.
    static bool isSkipped(const QString &relativePath);

    static Kind kind(const QString &relativePath);

    // The name without its folders and extension, trimmed: "2021/0301 .JPG" → "0301".
    static QString stem(const QString &relativePath);

    // The keys a stem is looked up by. An ID number as normaliseIdNumber() cleans it (full-width
    // characters, spaces, a lower-case x); a 学号 with full-width characters made half-width.
    static QString idNumberKey(const QString &stem);
    static QString studentNoKey(const QString &stem);
};

} // namespace cet
